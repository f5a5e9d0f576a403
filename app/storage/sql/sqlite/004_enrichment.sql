-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 4: what article understanding stores. Relevance comes with its reasons (JSON),
-- and each article's near-duplicate signature is kept so the clustering index can be rebuilt
-- at start without reading every body again.

ALTER TABLE articles ADD COLUMN relevance_reasons TEXT NOT NULL DEFAULT '';

CREATE TABLE article_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    signature BLOB NOT NULL
);

CREATE INDEX articles_by_relevance ON articles(relevance DESC, id DESC);
