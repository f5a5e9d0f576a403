-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 15: FTS5 merges the index's segments as it writes; by default it merges four of a
-- level into one of the next. Merging eight at a time writes each posting fewer times over the
-- index's life: a cold sync's indexing took a fifth less time (bench: tests/bench/bench_sync), and
-- searches read a few more segments, which the search benchmarks measure (bench_storage, bench_gui).
INSERT INTO article_fts (article_fts, rank) VALUES ('automerge', 8);
