-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: sources, articles, user state kept apart, tags, clusters, fetch log.
-- Times are UTC seconds since the epoch. Statements end with ';' at the end of a line.

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'feed',
    name TEXT NOT NULL,
    url TEXT NOT NULL UNIQUE,
    enabled INTEGER NOT NULL DEFAULT 1,
    interval_minutes INTEGER NOT NULL DEFAULT 60,
    time_zone TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    fetch_full_page INTEGER NOT NULL DEFAULT 0,
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    last_attempt INTEGER,
    last_success INTEGER,
    http_status INTEGER,
    error TEXT NOT NULL DEFAULT '',
    items_new INTEGER NOT NULL DEFAULT 0,
    items_updated INTEGER NOT NULL DEFAULT 0,
    next_due INTEGER,
    created INTEGER NOT NULL
);

CREATE TABLE clusters (
    id INTEGER PRIMARY KEY,
    representative_id INTEGER,
    size INTEGER NOT NULL DEFAULT 1,
    created INTEGER NOT NULL
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    guid TEXT NOT NULL,
    url TEXT NOT NULL DEFAULT '',
    canonical_url TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    body_html TEXT NOT NULL DEFAULT '',
    clean_text TEXT NOT NULL DEFAULT '',
    authors TEXT NOT NULL DEFAULT '',
    emails TEXT NOT NULL DEFAULT '',
    published INTEGER,
    updated INTEGER,
    fetched INTEGER NOT NULL,
    sort_time INTEGER NOT NULL,
    date_guessed INTEGER NOT NULL DEFAULT 0,
    language TEXT NOT NULL DEFAULT '',
    relevance REAL NOT NULL DEFAULT 0,
    cluster_id INTEGER REFERENCES clusters(id) ON DELETE SET NULL,
    content_hash TEXT NOT NULL DEFAULT '',
    UNIQUE (source_id, guid)
);

CREATE INDEX articles_by_time ON articles(sort_time DESC, id DESC);
CREATE INDEX articles_by_source_time ON articles(source_id, sort_time DESC, id DESC);
CREATE INDEX articles_by_canonical ON articles(canonical_url) WHERE canonical_url <> '';
CREATE INDEX articles_by_cluster ON articles(cluster_id) WHERE cluster_id IS NOT NULL;

-- What the user did. Never written by sync, so a re-fetch cannot lose it.
CREATE TABLE article_state (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    labels TEXT NOT NULL DEFAULT '',
    changed INTEGER NOT NULL
);

CREATE INDEX article_state_starred ON article_state(article_id) WHERE starred = 1;
CREATE INDEX article_state_read ON article_state(article_id) WHERE read = 1;

CREATE TABLE tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (article_id, kind, value)
) WITHOUT ROWID;

CREATE INDEX tags_by_value ON tags(kind, value, article_id);

CREATE TABLE fetch_log (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    started INTEGER NOT NULL,
    finished INTEGER,
    http_status INTEGER,
    bytes INTEGER NOT NULL DEFAULT 0,
    items_new INTEGER NOT NULL DEFAULT 0,
    items_updated INTEGER NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT ''
);

CREATE INDEX fetch_log_by_source ON fetch_log(source_id, started DESC);
