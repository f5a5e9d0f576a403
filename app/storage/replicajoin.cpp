// SPDX-License-Identifier: GPL-3.0-or-later
// ReplicaRepository: joining a team, leaving it, the outbox queue, and what a single user's cache
// brings along when it joins.
#include "replicarepository.h"
#include "replicasql_p.h"
#include "storage/articleindex.h"
#include "storage/contentcodec.h"
#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Medtour::ReplicaRepository {

using namespace ReplicaSql;

namespace {

/// The source that holds what a joined cache kept of its own (negative ids never meet the server's).
constexpr qint64 kKeptSourceId = -1;
constexpr char kKeptSourceUrl[] = "medtour:kept-before-joining";

/// Queues the state of the article `id` now has (after a carried-over state was set on it).
Error queueState(QSqlQuery &q, qint64 id, int read, int starred, const QString &note, qint64 changed)
{
    const auto add = [&](const QString &kind, const QString &value) {
        return queueChange(q, id, kind, value, changed);
    };
    if (read)
        if (Error e = add(u"read"_s, u"1"_s))
            return e;
    if (starred)
        if (Error e = add(u"starred"_s, u"1"_s))
            return e;
    if (!note.isEmpty())
        if (Error e = add(u"note"_s, note))
            return e;
    return {};
}

} // namespace

Error queue(const Database &cache, const QList<qint64> &ids, const QString &kind, const QString &value, qint64 changed)
{
    QSqlQuery q(cache.db());
    for (const qint64 id : ids) {
        if (id <= 0)
            continue;
        if (Error e = queueChange(q, id, kind, value, changed))
            return e;
    }
    return {};
}

Error join(const Database &cache, const QString &server, const QString &user, const QString &role, int days,
           qint64 latestChange)
{
    TransactionScope transaction(cache);
    if (!transaction.began())
        return {Error::Database, u"cannot begin a transaction"_s};
    QSqlQuery q(cache.db());
    // What was the user's: their marks and notes, with what identifies the article anywhere, and
    // its text (for an article the team does not have).
    if (Error e =
            run(q,
                u"INSERT INTO join_carryover (source_url, source_name, guid, canonical_url, url, title, summary, "
                u"body_html, clean_text, published, sort_time, language, read, starred, note, changed) SELECT "
                u"s.url, s.name, a.guid, a.canonical_url, a.url, a.title, a.summary, coalesce(c.body_html, ''), "
                u"coalesce(c.clean_text, ''), a.published, a.sort_time, a.language, st.read, st.starred, st.note, "
                u"st.changed FROM article_state st JOIN articles a ON a.id = st.article_id JOIN sources s ON s.id "
                u"= a.source_id LEFT JOIN article_content c ON c.article_id = a.id WHERE st.read = 1 OR "
                u"st.starred = 1 OR st.note <> ''"_s,
                {}, "keeping the user's marks"))
        return e;
    // The team's articles replace the single user's: their ids are the server's from now on.
    for (const QString &sql :
         {u"INSERT INTO article_fts (article_fts) VALUES ('delete-all')"_s,
          u"INSERT INTO article_trigrams (article_trigrams) VALUES ('delete-all')"_s, u"DELETE FROM search_pending"_s,
          u"DELETE FROM sources"_s, u"DELETE FROM clusters"_s, u"DELETE FROM outbox"_s, u"DELETE FROM team_notes"_s}) {
        if (Error e = run(q, sql, {}, "emptying the cache for the team"))
            return e;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QList<std::pair<QString, QVariant>> meta{
        {u"team_server"_s, server},
        {u"team_user"_s, user},
        {u"team_role"_s, role},
        {u"team_change"_s, 0},
        {u"team_joined"_s, now},
        {u"team_backfill_cutoff"_s, days > 0 ? now - qint64(days) * 86400 : 0},
        {u"team_backfill_until"_s, days > 0 ? latestChange : 0},
        {u"team_backfill_below"_s, 0},
    };
    for (const auto &[key, value] : meta) {
        if (Error e = setMeta(q, key, value))
            return e;
    }
    if (Error e = transaction.commit())
        return e;
    cache.noteContentChanged();
    return {};
}

Error leave(const Database &cache)
{
    TransactionScope transaction(cache);
    QSqlQuery q(cache.db());
    for (const QString &sql : {u"DELETE FROM meta WHERE key LIKE 'team\\_%' ESCAPE '\\'"_s, u"DELETE FROM outbox"_s,
                               u"DELETE FROM team_notes"_s}) {
        if (Error e = run(q, sql, {}, "leaving the team"))
            return e;
    }
    return transaction.commit();
}

Result<int> settleCarryover(const Database &cache, bool final)
{
    TransactionScope transaction(cache);
    if (!transaction.began())
        return Error{Error::Database, u"cannot begin a transaction"_s};
    QSqlQuery q(cache.db());
    QSqlQuery rows(cache.db());
    if (!rows.exec(u"SELECT id, source_url, guid, canonical_url, read, starred, note, changed FROM join_carryover"_s))
        return sqlError(rows, "reading what the cache kept");
    struct Match
    {
        qint64 carried;
        qint64 article;
        int read, starred;
        QString note;
        qint64 changed;
    };
    QList<Match> matches;
    QList<qint64> unmatched;
    while (rows.next()) {
        // The same feed item (source URL and guid), else the same page (canonical URL).
        q.prepare(u"SELECT a.id FROM articles a JOIN sources s ON s.id = a.source_id WHERE (s.url = ? AND a.guid = ?) "
                  u"OR (? <> '' AND a.canonical_url = ?) ORDER BY (s.url = ? AND a.guid = ?) DESC LIMIT 1"_s);
        for (const QVariant &v :
             {rows.value(1), rows.value(2), rows.value(3), rows.value(3), rows.value(1), rows.value(2)})
            q.addBindValue(v);
        if (q.exec() && q.next())
            matches.append({rows.value(0).toLongLong(), q.value(0).toLongLong(), rows.value(4).toInt(),
                            rows.value(5).toInt(), rows.value(6).toString(), rows.value(7).toLongLong()});
        else
            unmatched << rows.value(0).toLongLong();
    }
    rows.finish();
    for (const Match &m : std::as_const(matches)) {
        if (Error e =
                run(q,
                    u"INSERT INTO article_state (article_id, read, starred, note, changed) VALUES (?, ?, ?, ?, ?) "
                    u"ON CONFLICT (article_id) DO UPDATE SET read = max(read, excluded.read), starred = "
                    u"max(starred, excluded.starred), note = CASE WHEN excluded.note <> '' THEN excluded.note ELSE "
                    u"note END, changed = max(changed, excluded.changed)"_s,
                    {m.article, m.read, m.starred, m.note, m.changed}, "restoring the user's marks"))
            return e;
        if (Error e = queueState(q, m.article, m.read, m.starred, m.note, m.changed))
            return e;
        if (Error e = run(q, u"DELETE FROM join_carryover WHERE id = ?"_s, {m.carried}, "settling what the cache kept"))
            return e;
    }
    int kept = 0;
    if (final && !unmatched.isEmpty()) {
        // No team article for these: they stay, as the user's own, where the team's never go.
        if (Error e = run(q,
                          u"INSERT INTO sources (id, kind, name, url, enabled, created) VALUES (?, 'file', ?, ?, 0, ?) "
                          u"ON CONFLICT (id) DO NOTHING"_s,
                          {kKeptSourceId,
                           QCoreApplication::translate("Medtour::ReplicaRepository", "Kept from before joining"),
                           QString::fromLatin1(kKeptSourceUrl), QDateTime::currentSecsSinceEpoch()},
                          "keeping the user's articles"))
            return e;
        SearchIndex index(cache.db());
        for (const qint64 carried : std::as_const(unmatched)) {
            q.prepare(u"SELECT coalesce(min(id), 0) - 1 FROM articles WHERE id < 0"_s);
            const qint64 id = q.exec() && q.next() ? std::min<qint64>(-1, q.value(0).toLongLong()) : -1;
            if (Error e =
                    run(q,
                        u"INSERT INTO articles (id, source_id, guid, url, canonical_url, title, summary, published, "
                        u"fetched, sort_time, language, outlet) SELECT ?, ?, source_url || ':' || guid, url, "
                        u"canonical_url, title, summary, published, sort_time, sort_time, language, source_name "
                        u"FROM join_carryover WHERE id = ?"_s,
                        {id, kKeptSourceId, carried}, "keeping an article of the user's"))
                return e;
            if (Error e = run(q,
                              u"INSERT INTO article_content (article_id, body_html, clean_text) SELECT ?, body_html, "
                              u"clean_text FROM join_carryover WHERE id = ?"_s,
                              {id, carried}, "keeping an article's text"))
                return e;
            if (Error e = run(q,
                              u"INSERT INTO article_state (article_id, read, starred, note, changed) SELECT ?, read, "
                              u"starred, note, changed FROM join_carryover WHERE id = ?"_s,
                              {id, carried}, "keeping an article's marks"))
                return e;
            q.prepare(u"SELECT title, summary, clean_text FROM join_carryover WHERE id = ?"_s);
            q.addBindValue(carried);
            if (q.exec() && q.next() &&
                !index.add(id, q.value(0).toString(), q.value(1).toString(), ContentCodec::unpack(q.value(2))))
                return Error{Error::Database, index.lastError()};
            q.finish();
            if (Error e =
                    run(q, u"DELETE FROM join_carryover WHERE id = ?"_s, {carried}, "settling what the cache kept"))
                return e;
            ++kept;
        }
        if (!index.flush())
            return Error{Error::Database, index.lastError()};
    }
    if (Error e = transaction.commit())
        return e;
    if (!matches.isEmpty() || kept > 0)
        cache.noteContentChanged();
    return int(matches.size()) + kept;
}

} // namespace Medtour::ReplicaRepository
