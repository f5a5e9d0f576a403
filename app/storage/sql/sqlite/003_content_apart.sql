-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: article bodies move to their own table. List, filter and count queries
-- touch only the small rows of `articles`; the bodies (kilobytes each) are read when an
-- article is opened, searched for a snippet, or exported.

CREATE TABLE article_content (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    body_html TEXT NOT NULL DEFAULT '',
    clean_text TEXT NOT NULL DEFAULT ''
);

INSERT INTO article_content (article_id, body_html, clean_text)
SELECT id, body_html, clean_text FROM articles;

ALTER TABLE articles DROP COLUMN body_html;

ALTER TABLE articles DROP COLUMN clean_text;

CREATE INDEX articles_by_language ON articles(language, sort_time DESC);
