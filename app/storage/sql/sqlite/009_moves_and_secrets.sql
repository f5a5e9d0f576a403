-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 9, from probing the reader as a hostile world would (issue 21):
-- * A source whose feed answers with a permanent redirect to another host keeps its address until
--   the move is seen again in later syncs: `moved_to` is where it was sent, `moved_seen` in how many
--   syncs in a row. Once the address is rewritten, `original_url` keeps the one it had at first.
-- * Articles dated more than a day after they were fetched (a pubDate in 2099) are dated like an
--   undated one: at the time they were fetched, marked as guessed, so they neither sit above the
--   news for ever nor escape pruning.
-- * Source addresses that carry a password (https://user:secret@host/feed) lose it to the credential
--   store; that is C++ work after these statements (SchemaMigrator, moveUrlPasswords).

ALTER TABLE sources ADD COLUMN moved_to TEXT NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN moved_seen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN original_url TEXT NOT NULL DEFAULT '';

UPDATE articles SET published = NULL, sort_time = fetched, date_guessed = 1 WHERE sort_time > fetched + 86400;
