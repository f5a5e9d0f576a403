-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 6: a source's last error as a stable code ("timeout", "http", "not-a-feed", …)
-- next to the English detail, so the reader can say in the user's language what happened and
-- what to try. Empty when the last sync succeeded (and for rows written before version 6).

ALTER TABLE sources ADD COLUMN error_code TEXT NOT NULL DEFAULT '';
