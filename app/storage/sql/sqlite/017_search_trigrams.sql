-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 17: the trigrams of each article's Korean runs (SearchTokenizer::documentTrigrams),
-- in an index of their own. A three-syllable word ("설명회") was a phrase of two bigrams, each
-- common, that FTS5 matched position by position: 43–54 ms to count its 149,844 articles in a
-- million. As one trigram it is one token's list of articles. A trigram is only ever looked up
-- alone, so this index keeps no positions (detail=none), which makes it cheaper to write than the
-- main one: as two more columns of article_fts, a cold sync's second phase took a third longer.
-- Every article waits to be indexed again, into both, as schema 14 did.
CREATE VIRTUAL TABLE article_trigrams USING fts5(trigrams, content = '', detail = none, tokenize = 'ascii');
INSERT INTO article_trigrams (article_trigrams, rank) VALUES ('automerge', 8);
INSERT INTO article_trigrams (article_trigrams, rank) VALUES ('hashsize', 16777216);
INSERT INTO article_fts (article_fts) VALUES ('delete-all');
DELETE FROM search_pending;
INSERT INTO search_pending (article_id) SELECT id FROM articles;
