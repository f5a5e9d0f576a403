-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 5: a source's folder (its OPML category path, "/"-separated), for import/export
-- and for grouping sources in the UI.

ALTER TABLE sources ADD COLUMN folder TEXT NOT NULL DEFAULT '';
