-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 13: a sync stores its articles first and indexes them for search after, so that
-- they show in the list sooner. The articles stored and not indexed yet are listed here, in the
-- transaction that stores them; the indexing takes them off in the transaction that indexes them.
-- A sync killed in between leaves them here, and the next start indexes them (SearchIndex::indexPending).
CREATE TABLE search_pending (article_id INTEGER PRIMARY KEY);
