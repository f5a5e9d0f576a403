-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 17: the search index gains the trigrams of the title's and the body's Korean runs
-- (SearchTokenizer::documentTrigrams), in columns of their own so that no bigram phrase reads across
-- them. A three-syllable word ("설명회") was a phrase of two bigrams, each common, that FTS5 matched
-- position by position: 43–54 ms to count its 149,844 articles in a million. As one trigram it is one
-- token's list. FTS5 cannot add a column, so the table is made again: its settings (schemas 15 and 16)
-- with it, and every article waits to be indexed again, as schema 14 did.
DROP TABLE article_fts;
CREATE VIRTUAL TABLE article_fts USING fts5(title, body, title_trigrams, body_trigrams, content = '',
                                            tokenize = 'ascii');
INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', 8);
INSERT INTO article_fts (article_fts, rank) VALUES ('hashsize', 16777216);
DELETE FROM search_pending;
INSERT INTO search_pending (article_id) SELECT id FROM articles;
