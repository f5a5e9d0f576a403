// SPDX-License-Identifier: GPL-3.0-or-later
// ReplicaRepository on the cache's side: its progress, the outbox, writing what was pulled, joining.
// (replicaserver.cpp reads the server.)
#include "replicarepository.h"
#include "replicasql_p.h"
#include "storage/articleindex.h"
#include "storage/articlesql_p.h"
#include "storage/contentcodec.h"
#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/transaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Medtour::ReplicaRepository {

using namespace ReplicaSql;

namespace {

using ArticleSql::text;

/// Removes an article's search tokens (the index keeps none of the text to find them by).
bool unindex(QSqlQuery &q, SearchIndex &index, qint64 id)
{
    q.prepare(u"SELECT a.title, a.summary, coalesce(c.clean_text, '') FROM articles a LEFT JOIN article_content c "
              u"ON c.article_id = a.id WHERE a.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return true; // not here: nothing to remove
    const QString title = q.value(0).toString(), summary = q.value(1).toString(),
                  body = ContentCodec::unpack(q.value(2));
    q.finish();
    return index.remove(id, title, summary, body);
}

Error applyTombstones(QSqlQuery &q, SearchIndex &index, const ReplicaChunk &chunk, const QString &me)
{
    for (const ReplicaChunk::Row &row : chunk.tombstones) {
        const QString kind = row.values.value(0).toString();
        const qint64 id = row.values.value(1).toLongLong();
        if (kind == u"articles") {
            if (!unindex(q, index, id))
                return {Error::Database, index.lastError()};
            if (Error e = run(q, u"DELETE FROM articles WHERE id = ?"_s, {id}, "removing an article"))
                return e;
        } else if (kind == u"sources") {
            q.prepare(u"SELECT id FROM articles WHERE source_id = ?"_s);
            q.addBindValue(id);
            if (!q.exec())
                return sqlError(q, "reading a removed source's articles");
            QList<qint64> ids;
            while (q.next())
                ids << q.value(0).toLongLong();
            for (const qint64 article : std::as_const(ids)) {
                if (!unindex(q, index, article))
                    return {Error::Database, index.lastError()};
            }
            if (Error e = run(q, u"DELETE FROM sources WHERE id = ?"_s, {id}, "removing a source"))
                return e;
        } else if (kind == u"clusters") {
            if (Error e = run(q, u"DELETE FROM clusters WHERE id = ?"_s, {id}, "removing a cluster"))
                return e;
        } else if (kind == u"note") {
            const QString member = row.values.value(2).toString();
            if (Error e = run(q, u"DELETE FROM team_notes WHERE article_id = ? AND member = ?"_s, {id, member},
                              "removing a note"))
                return e;
            if (member != me)
                continue;
            if (Error e = run(q,
                              u"UPDATE article_state SET note = '' WHERE article_id = ? AND NOT EXISTS (SELECT 1 "
                              u"FROM outbox WHERE article_id = ? AND kind = 'note')"_s,
                              {id, id}, "clearing a note"))
                return e;
        }
    }
    return {};
}

/// Each row of `rows` through `sql` (an upsert), in order.
/// Runs a prepared statement with `binds` in order.
Error execPrepared(QSqlQuery &q, const QVariantList &binds, const char *what)
{
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds.at(i));
    return q.exec() ? Error{} : sqlError(q, what);
}

Error upsertAll(QSqlQuery &q, const QList<ReplicaChunk::Row> &rows, const QString &sql, const char *what)
{
    if (rows.isEmpty())
        return {};
    if (!q.prepare(sql)) // once for all the rows (see ArticleStatements)
        return sqlError(q, what);
    for (const ReplicaChunk::Row &row : rows) {
        if (Error e = execPrepared(q, row.values, what))
            return e;
    }
    return {};
}

Error applySources(QSqlQuery &q, const ReplicaChunk &chunk)
{
    return upsertAll(q, chunk.sources,
                     u"INSERT INTO sources (id, kind, name, url, enabled, interval_minutes, time_zone, language, "
                     u"fetch_full_page, folder, created, last_attempt, last_success, http_status, error, "
                     u"error_code, items_new, items_updated, next_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                     u"?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = "
                     u"excluded.name, url = excluded.url, enabled = excluded.enabled, interval_minutes = "
                     u"excluded.interval_minutes, time_zone = excluded.time_zone, language = excluded.language, "
                     u"fetch_full_page = excluded.fetch_full_page, folder = excluded.folder, last_attempt = "
                     u"excluded.last_attempt, last_success = excluded.last_success, http_status = "
                     u"excluded.http_status, error = excluded.error, error_code = excluded.error_code, items_new "
                     u"= excluded.items_new, items_updated = excluded.items_updated, next_due = excluded.next_due"_s,
                     "storing a team source");
}

Error applyClusters(QSqlQuery &q, const ReplicaChunk &chunk)
{
    return upsertAll(q, chunk.clusters,
                     u"INSERT INTO clusters (id, representative_id, size, created) VALUES (?, ?, ?, ?) ON CONFLICT "
                     u"(id) DO UPDATE SET representative_id = excluded.representative_id, size = excluded.size"_s,
                     "storing a story cluster");
}

/// The statements a chunk's articles go through, each prepared once per chunk: SQLite compiles a
/// statement on every prepare(), and compiling five of them again for every article was most of
/// the work of a pull.
struct ArticleStatements
{
    explicit ArticleStatements(const QSqlDatabase &db)
        : existing(db)
        , article(db)
        , content(db)
        , clearTags(db)
        , tag(db)
    {}

    bool prepare()
    {
        return existing.prepare(u"SELECT a.title, a.summary, coalesce(c.clean_text, '') FROM articles a LEFT JOIN "
                                u"article_content c ON c.article_id = a.id WHERE a.id = ?"_s) &&
               article.prepare(
                   u"INSERT INTO articles (id, source_id, guid, url, canonical_url, title, summary, authors, emails, "
                   u"published, updated, fetched, sort_time, date_guessed, language, relevance, cluster_id, "
                   u"content_hash, relevance_reasons, outlet) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                   u"?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, guid = excluded.guid, "
                   u"url = excluded.url, canonical_url = excluded.canonical_url, title = excluded.title, summary = "
                   u"excluded.summary, authors = excluded.authors, emails = excluded.emails, published = "
                   u"excluded.published, updated = excluded.updated, sort_time = excluded.sort_time, date_guessed = "
                   u"excluded.date_guessed, language = excluded.language, relevance = excluded.relevance, cluster_id "
                   u"= excluded.cluster_id, content_hash = excluded.content_hash, relevance_reasons = "
                   u"excluded.relevance_reasons, outlet = excluded.outlet"_s) &&
               content.prepare(u"INSERT INTO article_content (article_id, body_html, clean_text) VALUES (?, ?, ?) ON "
                               u"CONFLICT (article_id) DO UPDATE SET body_html = excluded.body_html, clean_text = "
                               u"excluded.clean_text"_s) &&
               clearTags.prepare(u"DELETE FROM tags WHERE article_id = ?"_s) &&
               tag.prepare(u"INSERT INTO tags (article_id, kind, value) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s);
    }

    QSqlQuery existing, article, content, clearTags, tag;
};

Error applyArticles(const QSqlDatabase &db, SearchIndex &index, const ReplicaChunk &chunk)
{
    if (chunk.articles.isEmpty())
        return {};
    ArticleStatements st(db);
    if (!st.prepare())
        return {Error::Database, u"cannot prepare to store team articles"_s};
    for (const ReplicaChunk::Row &row : chunk.articles) {
        const QVariantList &v = row.values;
        const qint64 id = v.value(0).toLongLong();
        // An article the cache holds already leaves the search index under its old text first.
        st.existing.bindValue(0, id);
        if (!st.existing.exec())
            return sqlError(st.existing, "reading a team article");
        if (st.existing.next()) {
            const QString title = st.existing.value(0).toString(), summary = st.existing.value(1).toString(),
                          body = ContentCodec::unpack(st.existing.value(2));
            st.existing.finish();
            if (!index.remove(id, title, summary, body))
                return {Error::Database, index.lastError()};
        }
        // 0..19 the article's columns, 20 body_html, 21 clean_text, 22 packed tags.
        if (Error e = execPrepared(st.article, v.mid(0, 20), "storing a team article"))
            return e;
        if (Error e = execPrepared(
                st.content,
                {id, ContentCodec::pack(v.value(20).toString()), ContentCodec::pack(v.value(21).toString())},
                "storing an article's text"))
            return e;
        if (Error e = execPrepared(st.clearTags, {id}, "replacing an article's tags"))
            return e;
        for (const QString &tag : v.value(22).toString().split(u'\x1e', Qt::SkipEmptyParts)) {
            const qsizetype cut = tag.indexOf(u'\x1f');
            if (cut < 0)
                continue;
            if (Error e = execPrepared(st.tag, {id, tag.left(cut), tag.mid(cut + 1)}, "storing an article's tags"))
                return e;
        }
        if (!index.add(id, v.value(5).toString(), v.value(6).toString(), v.value(21).toString()))
            return {Error::Database, index.lastError()};
    }
    return {};
}

/// The member's own marks and everybody's notes; a change still waiting in the outbox wins over
/// what the server had before it.
Error applyStateAndNotes(QSqlQuery &q, const ReplicaChunk &chunk, const QString &me)
{
    for (const ReplicaChunk::Row &row : chunk.states) {
        const QVariantList &v = row.values; // article_id, read, starred, changed
        if (Error e =
                run(q,
                    u"INSERT INTO article_state (article_id, read, starred, changed) SELECT ?, ?, ?, ? WHERE "
                    u"EXISTS (SELECT 1 FROM articles WHERE id = ?) ON CONFLICT (article_id) DO UPDATE SET read = "
                    u"CASE WHEN EXISTS (SELECT 1 FROM outbox o WHERE o.article_id = excluded.article_id AND o.kind "
                    u"= 'read') THEN article_state.read ELSE excluded.read END, starred = CASE WHEN EXISTS (SELECT "
                    u"1 FROM outbox o WHERE o.article_id = excluded.article_id AND o.kind = 'starred') THEN "
                    u"article_state.starred ELSE excluded.starred END, changed = max(article_state.changed, "
                    u"excluded.changed)"_s,
                    {v.value(0), v.value(1), v.value(2), v.value(3), v.value(0)}, "storing the member's marks"))
            return e;
    }
    for (const ReplicaChunk::Row &row : chunk.notes) {
        const QVariantList &v = row.values; // article_id, member, text, updated
        if (Error e =
                run(q,
                    u"INSERT INTO team_notes (article_id, member, text, updated) SELECT ?, ?, ?, ? WHERE EXISTS "
                    u"(SELECT 1 FROM articles WHERE id = ?) ON CONFLICT (article_id, member) DO UPDATE SET text = "
                    u"excluded.text, updated = excluded.updated"_s,
                    {v.value(0), v.value(1), v.value(2), v.value(3), v.value(0)}, "storing a note"))
            return e;
        if (v.value(1).toString() != me)
            continue;
        if (Error e =
                run(q,
                    u"INSERT INTO article_state (article_id, note, changed) SELECT ?, ?, ? WHERE EXISTS (SELECT 1 "
                    u"FROM articles WHERE id = ?) AND NOT EXISTS (SELECT 1 FROM outbox WHERE article_id = ? AND "
                    u"kind = 'note') ON CONFLICT (article_id) DO UPDATE SET note = excluded.note"_s,
                    {v.value(0), v.value(2), v.value(3), v.value(0), v.value(0)}, "storing the member's note"))
            return e;
    }
    return {};
}

} // namespace

bool isReplica(const Database &cache)
{
    QSqlQuery q(cache.db());
    return q.exec(u"SELECT 1 FROM meta WHERE key = 'team_server'"_s) && q.next();
}

ReplicaInfo info(const Database &cache)
{
    ReplicaInfo out;
    const QHash<QString, QString> meta = teamMeta(cache.db()); // one read for all of them
    out.server = meta.value(u"team_server"_s);
    if (out.server.isEmpty())
        return out;
    out.user = meta.value(u"team_user"_s);
    out.role = meta.value(u"team_role"_s);
    out.change = meta.value(u"team_change"_s).toLongLong();
    const QString pulled = meta.value(u"team_last_pull"_s);
    if (!pulled.isEmpty())
        out.lastPull = QDateTime::fromSecsSinceEpoch(pulled.toLongLong(), Qt::UTC);
    out.backfillCutoff = meta.value(u"team_backfill_cutoff"_s).toLongLong();
    out.backfillUntil = meta.value(u"team_backfill_until"_s).toLongLong();
    out.backfillBelow = meta.value(u"team_backfill_below"_s).toLongLong();
    return out;
}

Error setRole(const Database &cache, const QString &role)
{
    QSqlQuery q(cache.db());
    return setMeta(q, u"team_role"_s, role);
}

int pending(const Database &cache)
{
    QSqlQuery q(cache.db());
    return q.exec(u"SELECT count(*) FROM outbox"_s) && q.next() ? q.value(0).toInt() : 0;
}

QList<OutboxChange> outbox(const Database &cache, int limit)
{
    QList<OutboxChange> out;
    QSqlQuery q(cache.db());
    q.prepare(u"SELECT id, change_id, article_id, kind, value, changed FROM outbox ORDER BY id LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toLongLong()});
    return out;
}

Error removeFromOutbox(const Database &cache, const QStringList &changeIds)
{
    TransactionScope transaction(cache);
    QSqlQuery q(cache.db());
    for (const QString &id : changeIds) {
        if (Error e = run(q, u"DELETE FROM outbox WHERE change_id = ?"_s, {id}, "clearing the outbox"))
            return e;
    }
    return transaction.commit();
}

Error apply(const Database &cache, const ReplicaChunk &chunk)
{
    TransactionScope transaction(cache);
    if (!transaction.began())
        return {Error::Database, u"cannot begin a transaction"_s};
    QSqlDatabase db = cache.db();
    const QString me = teamMeta(db).value(u"team_user"_s);
    QSqlQuery q(db);
    SearchIndex index(db);
    // Deletions first: ids are never reused, and a source removed and added again keeps its URL.
    if (Error e = applyTombstones(q, index, chunk, me))
        return e;
    if (Error e = applySources(q, chunk))
        return e;
    if (Error e = applyClusters(q, chunk))
        return e;
    if (Error e = applyArticles(db, index, chunk))
        return e;
    if (!index.flush())
        return {Error::Database, index.lastError()};
    if (Error e = applyStateAndNotes(q, chunk, me))
        return e;
    if (chunk.backfill) {
        const Error e = chunk.backfillNext == 0 ? setMeta(q, u"team_backfill_until"_s, 0)
                                                : setMeta(q, u"team_backfill_below"_s, chunk.backfillNext);
        if (e)
            return e;
    } else if (Error e = setMeta(q, u"team_change"_s, chunk.upTo)) {
        return e;
    }
    if (Error e = setMeta(q, u"team_last_pull"_s, QDateTime::currentSecsSinceEpoch()))
        return e;
    if (Error e = transaction.commit())
        return e;
    cache.noteContentChanged();
    return {};
}

} // namespace Medtour::ReplicaRepository
