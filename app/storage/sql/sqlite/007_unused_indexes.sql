-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 7: drop three indexes no query reads any more. Filters by tag value, language
-- and relevance are answered by the in-memory ArticleIndex (and the SQL filter a test compares it
-- with looks tags up by article_id, the primary key). Every new article paid for updating them:
-- tags_by_value alone doubled the cost of storing an article's tags.

DROP INDEX IF EXISTS tags_by_value;

DROP INDEX IF EXISTS articles_by_language;

DROP INDEX IF EXISTS articles_by_relevance;
