-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 8: a `page` source's article whose own page could not be read stays a bare title
-- and is fetched again at the next syncs, but not for ever. `failures` counts the failed attempts
-- in a row; a page that is gone (HTTP 404 or 410) or failed too often is not requested again.
-- The row goes with its article.

CREATE TABLE page_failures (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    failures INTEGER NOT NULL,
    last_error TEXT NOT NULL DEFAULT ''
);
