-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 15: FTS5 merges the index's segments as it writes; by default it merges four of a
-- level into one of the next. Merging eight at a time writes each posting fewer times over the
-- index's life: a cold sync's inserts into the index took a fifth less time, and its whole
-- indexing phase a tenth (tests/bench/bench_sync). Searches read a few more segments; bench_storage
-- found them no slower at 100,000 and at 1,000,000 articles.
INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', 8);
