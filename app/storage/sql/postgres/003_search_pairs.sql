-- SPDX-License-Identifier: GPL-3.0-or-later
-- Team server, schema version 3: search terms gain word pairs (SearchIndex::tsVector()).
--
-- A phrase search now requires the pairs of its words, which rows written before this step lack:
-- every row is written again. ServerSchema::migrate() follows this script with the rows, made by
-- our tokenizer (PostgreSQL cannot make them), then builds the index anew, all in this step's
-- transaction: an interrupted upgrade leaves the server as it was. Rebuilding the GIN index in one
-- go is much faster than keeping it up to date row by row. The service's writes wait meanwhile, and
-- this build's readers and service use the server once the step is committed.
LOCK TABLE articles IN SHARE MODE;
DROP INDEX article_search_tokens;
TRUNCATE article_search;
