// SPDX-License-Identifier: GPL-3.0-or-later
// ReplicaRepository on the server's side: what changed since a replica's last pull, and the member's
// changes coming in.
#include "replicarepository.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Medtour::ReplicaRepository {

namespace {

/// The lock writers hold while they draw change numbers (medtour_stamp in the team schema).
constexpr qint64 kChangeLock = 7402117;

constexpr char kSourceColumns[] =
    "id, kind, name, url, enabled, interval_minutes, time_zone, language, fetch_full_page, folder, created, "
    "last_attempt, last_success, http_status, error, error_code, items_new, items_updated, next_due";
constexpr char kArticleColumns[] =
    "a.id, a.source_id, a.guid, a.url, a.canonical_url, a.title, a.summary, a.authors, a.emails, a.published, "
    "a.updated, a.fetched, a.sort_time, a.date_guessed, a.language, a.relevance, a.cluster_id, a.content_hash, "
    "a.relevance_reasons, a.outlet, coalesce(c.body_html, ''), coalesce(c.clean_text, ''), "
    "(SELECT string_agg(t.kind || chr(31) || t.value, chr(30)) FROM tags t WHERE t.article_id = a.id)";

Error fill(QSqlDatabase db, const QString &sql, const QVariantList &binds, QList<ReplicaChunk::Row> *rows,
           const char *what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, what);
    const int columns = q.record().count();
    while (q.next()) {
        ReplicaChunk::Row row;
        row.values.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row.values << q.value(i);
        rows->append(std::move(row));
    }
    return {};
}

/// "1,2,3" of the ids in column `column` of `rows` (numbers, safe to splice), or "0" for none.
QString idsOf(const QList<ReplicaChunk::Row> &rows, int column)
{
    QStringList ids;
    for (const ReplicaChunk::Row &row : rows) {
        if (!row.values.value(column).isNull())
            ids << QString::number(row.values.value(column).toLongLong());
    }
    ids.removeDuplicates();
    return ids.isEmpty() ? u"0"_s : ids.join(u',');
}

/// The sources and clusters the chunk's articles need, whatever their own change numbers, and the
/// member's marks and everybody's notes on those articles (a backfill brings them along).
Error fillReferenced(QSqlDatabase db, ReplicaChunk *chunk, bool withStateAndNotes)
{
    const QString articles = idsOf(chunk->articles, 0);
    if (Error e = fill(db,
                       u"SELECT %1 FROM sources WHERE id IN (%2)"_s.arg(QLatin1StringView(kSourceColumns),
                                                                        idsOf(chunk->articles, 1)),
                       {}, &chunk->sources, "reading the team's sources"))
        return e;
    if (Error e = fill(db,
                       u"SELECT id, representative_id, size, created FROM clusters WHERE id IN (%1)"_s.arg(
                           idsOf(chunk->articles, 16)),
                       {}, &chunk->clusters, "reading story clusters"))
        return e;
    if (!withStateAndNotes)
        return {};
    if (Error e = fill(db,
                       u"SELECT article_id, read, starred, changed FROM member_state WHERE member = current_user AND "
                       u"article_id IN (%1)"_s.arg(articles),
                       {}, &chunk->states, "reading the member's marks"))
        return e;
    return fill(db, u"SELECT article_id, member, text, updated FROM notes WHERE article_id IN (%1)"_s.arg(articles), {},
                &chunk->notes, "reading notes");
}

/// Runs `body` in a read-only, repeatable-read transaction: one snapshot for the whole chunk.
template<typename Body>
Result<ReplicaChunk> inSnapshot(const Database &server, Body body)
{
    QSqlDatabase db = server.db();
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"_s))
        return sqlError(q, "reading the team server");
    ReplicaChunk chunk;
    const Error error = body(db, chunk);
    q.exec(u"COMMIT"_s);
    if (error)
        return error;
    return chunk;
}

} // namespace

Result<qint64> stableChange(const Database &server)
{
    // A shared hold of the writers' lock waits for any writer between drawing numbers and commit;
    // every number up to what the sequence says then belongs to a committed (or abandoned) change.
    QSqlDatabase db = server.db();
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN"_s))
        return sqlError(q, "reading the newest change");
    q.prepare(u"SELECT pg_advisory_xact_lock_shared(?)"_s);
    q.addBindValue(kChangeLock);
    Error error;
    qint64 stable = 0;
    if (!q.exec())
        error = sqlError(q, "reading the newest change");
    else if (!q.exec(u"SELECT last_value FROM change_seq"_s) || !q.next())
        error = sqlError(q, "reading the newest change");
    else
        stable = q.value(0).toLongLong();
    q.finish();
    QSqlQuery end(db);
    end.exec(error ? u"ROLLBACK"_s : u"COMMIT"_s);
    if (error)
        return error;
    return stable;
}

Result<ReplicaChunk> read(const Database &server, const ReplicaInfo &replica, qint64 stable)
{
    return inSnapshot(server, [&](QSqlDatabase db, ReplicaChunk &chunk) -> Error {
        chunk.from = replica.change;
        chunk.upTo = stable;
        // Articles the backfill will bring are left out until the replica is past its end.
        const qint64 cutoff = replica.backfillUntil > 0 ? replica.backfillCutoff : 0;
        const qint64 until = replica.backfillUntil > 0 ? replica.backfillUntil : 0;
        const QString wanted = u"a.change_seq > ? AND a.change_seq <= ? AND (a.change_seq > ? OR a.sort_time >= ?)"_s;
        // A page ends at its kKPageArticles-th article, so that one transaction stays small.
        QSqlQuery q(db);
        q.prepare(u"SELECT a.change_seq FROM articles a WHERE "_s + wanted +
                  u" ORDER BY a.change_seq LIMIT 1 OFFSET ?"_s);
        for (const QVariant &v :
             {QVariant(chunk.from), QVariant(stable), QVariant(until), QVariant(cutoff), QVariant(kPageArticles - 1)})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, "paging the team's changes");
        if (q.next()) {
            chunk.upTo = q.value(0).toLongLong();
            chunk.more = chunk.upTo < stable;
        }
        const QVariantList range{chunk.from, chunk.upTo};
        if (Error e = fill(db,
                           u"SELECT kind, row_id, member FROM tombstones WHERE change_seq > ? AND change_seq <= ? "
                           u"ORDER BY change_seq"_s,
                           range, &chunk.tombstones, "reading deletions"))
            return e;
        if (Error e = fill(db,
                           u"SELECT %1 FROM articles a LEFT JOIN article_content c ON c.article_id = a.id WHERE "_s.arg(
                               QLatin1StringView(kArticleColumns)) +
                               wanted + u" ORDER BY a.change_seq"_s,
                           {chunk.from, chunk.upTo, until, cutoff}, &chunk.articles, "reading the team's articles"))
            return e;
        if (Error e = fillReferenced(db, &chunk, false))
            return e;
        if (Error e = fill(db,
                           u"SELECT %1 FROM sources WHERE change_seq > ? AND change_seq <= ?"_s.arg(
                               QLatin1StringView(kSourceColumns)),
                           range, &chunk.sources, "reading the team's sources"))
            return e;
        if (Error e = fill(db,
                           u"SELECT id, representative_id, size, created FROM clusters WHERE change_seq > ? AND "
                           u"change_seq <= ?"_s,
                           range, &chunk.clusters, "reading story clusters"))
            return e;
        if (Error e = fill(db,
                           u"SELECT article_id, read, starred, changed FROM member_state WHERE member = current_user "
                           u"AND change_seq > ? AND change_seq <= ?"_s,
                           range, &chunk.states, "reading the member's marks"))
            return e;
        return fill(db,
                    u"SELECT article_id, member, text, updated FROM notes WHERE change_seq > ? AND change_seq <= ?"_s,
                    range, &chunk.notes, "reading notes");
    });
}

Result<ReplicaChunk> readBackfill(const Database &server, const ReplicaInfo &replica)
{
    return inSnapshot(server, [&](QSqlDatabase db, ReplicaChunk &chunk) -> Error {
        chunk.backfill = true;
        const qint64 below = replica.backfillBelow > 0 ? replica.backfillBelow : std::numeric_limits<qint64>::max();
        if (Error e = fill(db,
                           u"SELECT %1 FROM articles a LEFT JOIN article_content c ON c.article_id = a.id WHERE "
                           u"a.sort_time < ? AND a.change_seq <= ? AND a.id < ? ORDER BY a.id DESC LIMIT ?"_s.arg(
                               QLatin1StringView(kArticleColumns)),
                           {replica.backfillCutoff, replica.backfillUntil, below, kPageArticles}, &chunk.articles,
                           "reading older articles"))
            return e;
        chunk.backfillNext =
            chunk.articles.size() < kPageArticles ? 0 : chunk.articles.constLast().values.value(0).toLongLong();
        return fillReferenced(db, &chunk, true);
    });
}

Result<int> push(const Database &server, const QList<OutboxChange> &changes)
{
    if (changes.isEmpty())
        return 0;
    QSqlDatabase db = server.db();
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN"_s))
        return sqlError(q, "sending changes");
    const auto failed = [&db](const QSqlQuery &query, const char *what) {
        Error e = sqlError(query, what);
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return e;
    };
    int applied = 0;
    for (const OutboxChange &c : changes) {
        // Recorded first: a change the server already has (its answer was lost) changes nothing.
        q.prepare(u"INSERT INTO applied_changes (change_id, applied) VALUES (?, ?) ON CONFLICT DO NOTHING"_s);
        q.addBindValue(c.changeId);
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!q.exec())
            return failed(q, "sending changes");
        if (q.numRowsAffected() == 0)
            continue;
        ++applied;
        // The later change wins, whichever device made it.
        if (c.kind == u"read" || c.kind == u"starred") {
            q.prepare(
                u"INSERT INTO member_state (article_id, %1, changed) SELECT id, ?, ? FROM articles WHERE id = ? "
                u"ON CONFLICT (member, article_id) DO UPDATE SET %1 = excluded.%1, changed = excluded.changed "
                u"WHERE member_state.changed <= excluded.changed"_s.arg(c.kind == u"read" ? u"read"_s : u"starred"_s));
            q.addBindValue(c.value.toInt() != 0 ? 1 : 0);
            q.addBindValue(c.changed);
            q.addBindValue(c.articleId);
        } else if (c.value.isEmpty()) {
            q.prepare(u"DELETE FROM notes WHERE article_id = ? AND member = current_user AND updated <= ?"_s);
            q.addBindValue(c.articleId);
            q.addBindValue(c.changed);
        } else {
            q.prepare(u"INSERT INTO notes (article_id, text, updated) SELECT id, ?, ? FROM articles WHERE id = ? ON "
                      u"CONFLICT (member, article_id) DO UPDATE SET text = excluded.text, updated = excluded.updated "
                      u"WHERE notes.updated <= excluded.updated"_s);
            q.addBindValue(c.value);
            q.addBindValue(c.changed);
            q.addBindValue(c.articleId);
        }
        if (!q.exec())
            return failed(q, "sending changes");
    }
    if (!q.exec(u"COMMIT"_s))
        return sqlError(q, "sending changes");
    return applied;
}

} // namespace Medtour::ReplicaRepository
