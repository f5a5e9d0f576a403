-- SPDX-License-Identifier: GPL-3.0-or-later
-- Team server, schema version 6: an article's text is compressed with LZ4.
--
-- PostgreSQL compresses a value of more than 2 KB, with pglz unless a column says otherwise, and an
-- article's body and clean text are that long. In the service's cold sync of 10,000 articles pglz
-- was the largest single function of the server's profile (2.4% of its CPU); LZ4 compresses and
-- decompresses several times faster, and every replica pull and `show` reads the text back.
-- Text stored before keeps pglz until it is written again. A server built without LZ4 keeps pglz.
DO $$
BEGIN
    ALTER TABLE article_content ALTER COLUMN body_html SET COMPRESSION lz4,
                                ALTER COLUMN clean_text SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'this PostgreSQL has no LZ4: article text stays compressed with pglz';
END
$$;
