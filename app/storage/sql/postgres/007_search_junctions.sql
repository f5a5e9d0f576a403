-- SPDX-License-Identifier: GPL-3.0-or-later
-- Team server, schema version 7: where a document's words meet, indexed beside its search terms.
--
-- A phrase is a sequence of tokens, and the GIN index on the tokens cannot test a sequence: it
-- gives every row that has all of them, and each is then read and rechecked. For a phrase of
-- common words that rarely meet ("우즈베키스탄 협약 카자흐스탄") that is a few hundred thousand rows
-- of a million, and seconds. `junctions` holds, for each token of one or two characters, its first
-- character, '|', and the token after it: where a Korean word ends and the next begins, spaced
-- ("탄 협약") or joined ("탄협 협약"), both give 탄|협약. A phrase's junctions, looked up in their
-- own index, leave a few thousand candidates (SearchIndex::tsJunctions(), tsJunctionQuery()).
--
-- The service writes the pairs with the tokens; medtour_junctions() makes the same from stored
-- tokens, for the rows written before this step (and the tests compare the two).
CREATE FUNCTION medtour_junctions(v tsvector) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SET search_path = pg_catalog AS $$
    SELECT coalesce(array_to_tsvector(array_agg(DISTINCT left(a.lexeme, 1) || '|' || b.lexeme)), ''::tsvector)
    FROM (SELECT u.lexeme, p FROM unnest(v) u, unnest(u.positions) p WHERE char_length(u.lexeme) <= 2) a
    JOIN (SELECT u.lexeme, p FROM unnest(v) u, unnest(u.positions) p) b ON b.p = a.p + 1
$$;

ALTER TABLE article_search ADD COLUMN junctions tsvector NOT NULL DEFAULT '';
UPDATE article_search SET junctions = medtour_junctions(tokens);
CREATE INDEX article_search_junctions ON article_search USING gin (junctions);
