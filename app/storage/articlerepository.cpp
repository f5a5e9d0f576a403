// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleRepository's reads and the user's state (articleupsert.cpp stores articles, articlesearch.cpp
// searches them). On the desktop cache filtered lists come from the in-memory ArticleIndex; on a team
// server, in SQL.
#include "articlerepository.h"

#include "storage/articleindex.h"
#include "storage/articlesql_p.h"
#include "storage/contentcodec.h"
#include "storage/database.h"
#include "storage/querysql.h"
#include "storage/replicarepository.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Medtour {

using namespace ArticleSql;

ArticleRepository::ArticleRepository(const Database &database)
    : m_database(database)
    , m_connection(database.connectionName())
{}

Result<QList<ArticleSummary>> ArticleRepository::page(const ArticleQuery &query, const PageCursor &after,
                                                      int limit) const
{
    if (m_database.isServer())
        return serverPage(query, after, limit);
    // With filters, the in-memory index picks the page's ids in one pass; SQL then reads just
    // those rows. The plain newest-first list walks the time index directly.
    if (query != ArticleQuery()) {
        const Result<std::vector<qint64>> ids = m_database.articleIndex().pageIds(query, after, limit);
        if (!ids)
            return ids.error();
        return rowsByIds(*ids);
    }
    SqlFilter filter;
    if (after.valid) {
        filter.where << QStringLiteral("(a.sort_time < ? OR (a.sort_time = ? AND a.id < ?))");
        filter.binds << after.sortTime << after.sortTime << after.id;
    }
    return pageRows(summarySelect(false) + filter.whereClause() +
                        QStringLiteral(" ORDER BY a.sort_time DESC, a.id DESC"),
                    filter.binds, limit);
}

Result<QList<ArticleSummary>> ArticleRepository::serverPage(const ArticleQuery &query, const PageCursor &after,
                                                            int limit) const
{
    SqlFilter filter = QuerySql::filterFor(query, true);
    QString order;
    if (query.sort == ArticleQuery::Sort::Relevance) {
        order = u"a.relevance DESC, a.sort_time DESC, a.id DESC"_s;
        if (after.valid) {
            filter.where << u"(a.relevance < ? OR (a.relevance = ? AND (a.sort_time < ? OR (a.sort_time = ? AND "
                            u"a.id < ?))))"_s;
            filter.binds << after.relevance << after.relevance << after.sortTime << after.sortTime << after.id;
        }
    } else if (query.sort == ArticleQuery::Sort::Source) {
        order = u"lower(s.name), a.source_id, a.sort_time DESC, a.id DESC"_s;
        if (after.valid) {
            // The cursor's row tells where its source sorts.
            filter.where << u"(lower(s.name), a.source_id, -a.sort_time, -a.id) > (SELECT lower(s2.name), "
                            u"b.source_id, -b.sort_time, -b.id FROM articles b JOIN sources s2 ON s2.id = "
                            u"b.source_id WHERE b.id = ?)"_s;
            filter.binds << after.id;
        }
    } else {
        order = u"a.sort_time DESC, a.id DESC"_s;
        if (after.valid) {
            filter.where << u"(a.sort_time < ? OR (a.sort_time = ? AND a.id < ?))"_s;
            filter.binds << after.sortTime << after.sortTime << after.id;
        }
    }
    if (query.collapseClusters) {
        // Each story once: a cluster shows through its newest copy.
        filter.where << u"(a.cluster_id IS NULL OR a.id = (SELECT b.id FROM articles b WHERE b.cluster_id = "
                        u"a.cluster_id ORDER BY b.sort_time DESC, b.id DESC LIMIT 1))"_s;
    }
    return pageRows(summarySelect(true) + filter.whereClause() + u" ORDER BY "_s + order, filter.binds, limit);
}

Result<QList<ArticleSummary>> ArticleRepository::pageRows(const QString &sql, const QVariantList &binds,
                                                          int limit) const
{
    QList<ArticleSummary> rows;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql + u" LIMIT ?"_s))
        return sqlError(q, "reading a page of articles");
    for (const QVariant &v : binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, "reading a page of articles");
    while (q.next())
        rows << summaryFrom(q);
    return rows;
}

Result<QList<ArticleSummary>> ArticleRepository::rowsByIds(const std::vector<qint64> &ids) const
{
    QList<ArticleSummary> rows;
    if (ids.empty())
        return rows;
    QHash<qint64, qsizetype> position;
    for (const qint64 id : ids)
        position.insert(id, position.size());
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(summarySelect(m_database.isServer()) + QStringLiteral("WHERE a.id IN (%1)").arg(idList(ids))))
        return sqlError(q, "reading articles by id");
    while (q.next())
        rows << summaryFrom(q);
    // In the order asked for (the index has already sorted them by the query's sort).
    std::sort(rows.begin(), rows.end(), [&position](const ArticleSummary &a, const ArticleSummary &b) {
        return position.value(a.id) < position.value(b.id);
    });
    return rows;
}

Result<int> ArticleRepository::count(const ArticleQuery &query) const
{
    if (m_database.isServer())
        return serverCount(query);
    if (query != ArticleQuery())
        return m_database.articleIndex().count(query);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM articles")) || !q.next())
        return sqlError(q, "counting articles");
    return q.value(0).toInt();
}

Result<int> ArticleRepository::serverCount(const ArticleQuery &query) const
{
    const SqlFilter filter = QuerySql::filterFor(query, true);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(u"SELECT count(*) FROM articles a LEFT JOIN article_state st ON st.article_id = a.id "_s +
                   filter.whereClause()))
        return sqlError(q, "counting articles");
    for (const QVariant &v : filter.binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlError(q, "counting articles");
    return q.value(0).toInt();
}

Result<Article> ArticleRepository::article(qint64 id) const
{
    // The user's own note: a column of the cache's state row; on a team server, the member's row of
    // the notes everybody sees.
    const QString note = m_database.isServer()
                             ? u"coalesce((SELECT n.text FROM notes n WHERE n.article_id = a.id AND n.member = "
                               u"current_user), '')"_s
                             : u"coalesce(st.note, '')"_s;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(
            u"SELECT a.id, a.source_id, s.name, a.title, a.url, a.sort_time, a.date_guessed, a.relevance, "
            u"coalesce(st.read, 0), coalesce(st.starred, 0), "_s +
            note +
            u", a.guid, a.canonical_url, a.summary, "
            u"coalesce(c.body_html, ''), coalesce(c.clean_text, ''), a.authors, a.emails, a.updated, a.fetched, "
            u"a.language, a.relevance_reasons, a.cluster_id, a.outlet "
            u"FROM articles a JOIN sources s ON s.id = a.source_id LEFT JOIN article_state st ON st.article_id = "
            u"a.id LEFT JOIN article_content c ON c.article_id = a.id WHERE a.id = ?"_s))
        return sqlError(q, "reading an article");
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "reading an article");
    if (!q.next())
        return Error{Error::NotFound, QStringLiteral("no article with id %1").arg(id)};
    Article a;
    a.summary = summaryFrom(q, false);
    a.summary.state.note = q.value(10).toString();
    a.guid = q.value(11).toString();
    a.canonicalUrl = QUrl(q.value(12).toString());
    a.lead = q.value(13).toString();
    a.bodyHtml = ContentCodec::unpack(q.value(14));
    a.cleanText = ContentCodec::unpack(q.value(15));
    a.authors = q.value(16).toString().split(u'\n', Qt::SkipEmptyParts);
    a.emails = q.value(17).toString().split(u'\n', Qt::SkipEmptyParts);
    a.updated = fromSecs(q.value(18));
    a.fetched = fromSecs(q.value(19));
    a.language = q.value(20).toString();
    a.relevanceReasons = q.value(21).toString().toUtf8();
    a.clusterId = q.value(22).isNull() ? 0 : q.value(22).toLongLong();
    a.outlet = q.value(23).toString();
    a.summary.clusterId = a.clusterId;
    return a;
}

Result<int> ArticleRepository::updateState(const QList<qint64> &ids, const char *column, const QVariant &value)
{
    if (ids.isEmpty())
        return 0;
    if (m_database.isServer()) {
        if (qstrcmp(column, "note") == 0)
            return setServerNote(ids.constFirst(), value.toString());
        return updateServerState(ids, column, value.toBool() ? 1 : 0);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    TransactionScope transaction(m_database);
    if (!transaction.began())
        return Error{Error::Database, QStringLiteral("cannot begin a transaction")};
    const QString list = idList(ids);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(db);
    // Rows for articles that exist; unknown ids are simply not counted.
    q.prepare(QStringLiteral("INSERT INTO article_state (article_id, changed) SELECT id, ? FROM articles "
                             "WHERE id IN (%1) ON CONFLICT (article_id) DO NOTHING")
                  .arg(list));
    q.addBindValue(now);
    if (!q.exec())
        return sqlError(q, "recording user state");
    q.prepare(QStringLiteral("UPDATE article_state SET %1 = ?, changed = ? WHERE article_id IN (%2)")
                  .arg(QLatin1StringView(column), list));
    q.addBindValue(value);
    q.addBindValue(now);
    if (!q.exec())
        return sqlError(q, "recording user state");
    const int affected = q.numRowsAffected();
    // A team's replica sends the change to the server (the outbox, in this transaction).
    if (ReplicaRepository::isReplica(m_database)) {
        const QString queued =
            qstrcmp(column, "note") == 0 ? value.toString() : QString::number(value.toBool() ? 1 : 0);
        const QString kind = qstrcmp(column, "starred") == 0 ? u"starred"_s : QString::fromLatin1(column);
        if (Error error = ReplicaRepository::queue(m_database, ids, kind, queued, now))
            return error;
    }
    if (Error error = transaction.commit())
        return error;
    return affected;
}

Result<int> ArticleRepository::updateServerState(const QList<qint64> &ids, const char *column, int value)
{
    // The member's own row (row-level security sees to it that no other one can be touched).
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO member_state (article_id, %1, changed) SELECT id, ?, ? FROM articles "
                             "WHERE id IN (%2) ON CONFLICT (member, article_id) DO UPDATE SET %1 = excluded.%1, "
                             "changed = excluded.changed")
                  .arg(QLatin1StringView(column), idList(ids)));
    q.addBindValue(value);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return sqlError(q, "recording user state");
    return q.numRowsAffected();
}

Result<int> ArticleRepository::setServerNote(qint64 id, const QString &note)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (note.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM notes WHERE article_id = ? AND member = current_user"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, "clearing a note");
        q.prepare(QStringLiteral("SELECT count(*) FROM articles WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toInt() : 0;
    }
    q.prepare(QStringLiteral("INSERT INTO notes (article_id, text, updated) SELECT id, ?, ? FROM articles WHERE id = ? "
                             "ON CONFLICT (member, article_id) DO UPDATE SET text = excluded.text, "
                             "updated = excluded.updated"));
    q.addBindValue(note);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "recording a note");
    return q.numRowsAffected();
}

Error ArticleRepository::setRelevance(qint64 id, double relevance, const QByteArray &reasonsJson)
{
    QSqlQuery &q =
        m_database.statement(QStringLiteral("UPDATE articles SET relevance = ?, relevance_reasons = ? WHERE id = ?"));
    q.addBindValue(relevance);
    q.addBindValue(QString::fromUtf8(reasonsJson));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "storing relevance");
    m_database.noteContentChanged(); // the index filters and sorts by relevance
    return {};
}

Result<QHash<qint64, double>> ArticleRepository::relevances(const QList<qint64> &ids) const
{
    QHash<qint64, double> out;
    out.reserve(ids.size());
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    constexpr qsizetype kChunk = 500; // below SQLite's bound-parameter limit
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QString marks = QStringLiteral("?");
        for (qsizetype i = 1; i < chunk.size(); ++i)
            marks += QStringLiteral(",?");
        if (!q.prepare(QStringLiteral("SELECT id, relevance FROM articles WHERE id IN (%1)").arg(marks)))
            return sqlError(q, "reading relevance");
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, "reading relevance");
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toDouble());
    }
    return out;
}

Result<QList<TeamNote>> ArticleRepository::teamNotes(qint64 id, bool othersOnly) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    const QString others = !othersOnly             ? QString()
                           : m_database.isServer() ? QStringLiteral(" AND member <> current_user")
                                                   : QStringLiteral(" AND member <> coalesce((SELECT value FROM meta "
                                                                    "WHERE key = 'team_user'), '')");
    q.prepare(QStringLiteral("SELECT member, text, updated FROM %1 WHERE article_id = ?%2 ORDER BY updated, member")
                  .arg(m_database.isServer() ? QStringLiteral("notes") : QStringLiteral("team_notes"), others));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "reading the team's notes");
    QList<TeamNote> notes;
    while (q.next())
        notes.append({q.value(0).toString(), q.value(1).toString(),
                      QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC)});
    return notes;
}

Result<int> ArticleRepository::setRead(const QList<qint64> &ids, bool read)
{
    return updateState(ids, "read", read);
}

Result<int> ArticleRepository::setStarred(const QList<qint64> &ids, bool starred)
{
    return updateState(ids, "starred", starred);
}

Result<int> ArticleRepository::setNote(qint64 id, const QString &note)
{
    // An empty note clears it: '' (a null QString would be bound as NULL, which the column refuses).
    return updateState({id}, "note", text(note));
}

PageCursor ArticleRepository::cursorAfter(const ArticleSummary &row)
{
    return {row.published.toSecsSinceEpoch(), row.id, true, row.relevance};
}

} // namespace Medtour
