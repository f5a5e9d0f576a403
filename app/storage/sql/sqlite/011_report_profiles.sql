-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 9 (issue 18; the lead renumbers it 011 at merge): scheduled reports.
-- A profile keeps its filter (ArticleQuery as JSON), formats, schedule and destinations, and the
-- watermark of its last successful run: the arrival time (articles.fetched, set once when an
-- article first enters the cache) it looked up to. report_seen holds the articles a run already
-- looked at whose arrival is within an hour of the watermark, so an article whose transaction
-- committed after the run, with an earlier arrival time, is still reported next time, and none
-- twice. running_since is a run's claim on the profile, so the desktop and a cron job never
-- send the same report twice at once (a claim older than an hour is a crashed run's, and lapses).
-- mail_settings is the outgoing server (the password is in the credential store).

CREATE TABLE report_profiles (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    query TEXT NOT NULL DEFAULT '{}',
    formats TEXT NOT NULL DEFAULT 'pdf',
    group_by TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    every TEXT NOT NULL DEFAULT 'daily',
    at_time TEXT NOT NULL DEFAULT '07:00',
    time_zone TEXT NOT NULL DEFAULT '',
    folder TEXT NOT NULL DEFAULT '',
    mail_to TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    created INTEGER NOT NULL,
    watermark INTEGER,
    last_slot INTEGER,
    last_run INTEGER,
    last_status TEXT NOT NULL DEFAULT '',
    last_error TEXT NOT NULL DEFAULT '',
    last_articles INTEGER NOT NULL DEFAULT 0,
    last_files TEXT NOT NULL DEFAULT '',
    running_since INTEGER
);

CREATE TABLE report_seen (
    profile_id INTEGER NOT NULL REFERENCES report_profiles(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL,
    arrived INTEGER NOT NULL,
    PRIMARY KEY (profile_id, article_id)
) WITHOUT ROWID;

CREATE TABLE mail_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    smtp_url TEXT NOT NULL,
    from_addr TEXT NOT NULL,
    user_name TEXT NOT NULL DEFAULT '',
    ca_file TEXT NOT NULL DEFAULT ''
);
