-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: the full-text index and a small key/value table for cache metadata.
-- The index is contentless: it stores postings only, over tokens the application makes
-- (see app/text/searchtokenizer.h); the text itself stays in articles. Version '0' below makes
-- the next open fill it from the articles already in the cache (SearchIndex::ensureCurrent).

CREATE VIRTUAL TABLE article_fts USING fts5(title, body, content = '', tokenize = 'ascii');

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

INSERT INTO meta (key, value) VALUES ('search_tokenizer', '0');
