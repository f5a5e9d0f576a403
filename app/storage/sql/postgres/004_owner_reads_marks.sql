-- SPDX-License-Identifier: GPL-3.0-or-later
-- Team server, schema version 4: removing a source keeps the articles any member starred.
--
-- The removal (medtour_remove_source) runs as the tables' owner, the admin, and must see every
-- member's stars to keep what anybody starred. Row-level security is forced on the owner too, so
-- the owner saw only the admin's own marks: an editor's removal of a source took the articles
-- other members had starred. (The tests' admin was a superuser, whom row-level security does not
-- bind, and that hid it.)
--
-- The owner may now read every member's marks, never change them. The admin owns the tables and
-- could lift their row-level security anyway; members still see and change only their own rows.
DO $$
BEGIN
    EXECUTE format('CREATE POLICY owner_reads_state ON member_state FOR SELECT TO %I USING (true)',
                   (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'member_state'));
END
$$;
