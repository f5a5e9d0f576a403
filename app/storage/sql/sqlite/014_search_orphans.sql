-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 14: removing a source took its articles with it (ON DELETE CASCADE) but left their
-- tokens in the contentless search index, where an article that got one of their ids later (SQLite
-- reuses the highest ids) was found by the old article's words. Removal now takes them out first
-- (SearchIndex::removeWhere); a cache from before starts its index afresh. The articles are listed
-- as waiting, and indexed again as a sync's second phase indexes its own: in the background at the
-- reader's start, or first thing in a medtour-cli command that searches.
INSERT INTO article_fts (article_fts) VALUES ('delete-all');
INSERT OR IGNORE INTO search_pending (article_id) SELECT id FROM articles;
