-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5: a source's folder (its OPML category path, "/"-separated), for import/export
-- and grouping; and an article's outlet, for aggregators (Google News) whose items each come
-- from a different publisher.

ALTER TABLE sources ADD COLUMN folder TEXT NOT NULL DEFAULT '';

ALTER TABLE articles ADD COLUMN outlet TEXT NOT NULL DEFAULT '';
