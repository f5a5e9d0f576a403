-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 9: a cache can be a team server's replica. Its articles, sources and clusters then
-- carry the server's ids and come from it (ReplicaRepository); the member's own changes wait in the
-- outbox until the server has them, each sent with an id the server remembers, so that a change sent
-- twice (an answer lost on the way) is applied once. The team's notes are kept beside the member's
-- own. Which server, which member and how far the replica got are in meta ('team_…').

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    change_id TEXT NOT NULL UNIQUE,
    article_id INTEGER NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    changed INTEGER NOT NULL,
    UNIQUE (article_id, kind)
);

CREATE TABLE team_notes (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    member TEXT NOT NULL,
    text TEXT NOT NULL,
    updated INTEGER NOT NULL,
    PRIMARY KEY (article_id, member)
) WITHOUT ROWID;

-- What a single user's cache held that was theirs (stars, notes, read marks) when it joined a team:
-- matched to the team's articles as they arrive, and kept as local articles when no match comes.
CREATE TABLE join_carryover (
    id INTEGER PRIMARY KEY,
    source_url TEXT NOT NULL,
    source_name TEXT NOT NULL,
    guid TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    url TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    body_html TEXT NOT NULL,
    clean_text TEXT NOT NULL,
    published INTEGER,
    sort_time INTEGER NOT NULL,
    language TEXT NOT NULL,
    read INTEGER NOT NULL,
    starred INTEGER NOT NULL,
    note TEXT NOT NULL,
    changed INTEGER NOT NULL
);
