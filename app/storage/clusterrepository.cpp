// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterrepository.h"

#include "storage/articleindex.h"
#include "storage/contentcodec.h"
#include "storage/database.h"
#include "storage/pgarray_p.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Medtour {

ClusterRepository::ClusterRepository(const Database &database)
    : m_database(database)
    , m_connection(database.connectionName())
{}

Result<QList<StoredSignature>> ClusterRepository::signatures() const
{
    QList<StoredSignature> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT s.article_id, coalesce(a.cluster_id, s.article_id), s.signature, a.sort_time "
                           "FROM article_signatures s JOIN articles a ON a.id = s.article_id ORDER BY s.article_id")))
        return sqlError(q, "reading signatures");
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toByteArray(),
                    QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC)});
    }
    return out;
}

Error ClusterRepository::record(qint64 articleId, const QByteArray &signature, qint64 clusterId,
                                const QList<qint64> &merged, qint64 representative, int size)
{
    if (Error e = storeSignature(articleId, signature))
        return e;
    if (Error e = storeCluster(clusterId, representative > 0 ? representative : articleId, size))
        return e;
    for (const qint64 from : merged) {
        if (Error e = merge(from, clusterId))
            return e;
    }
    return assign(articleId, clusterId);
}

Error ClusterRepository::storeSignature(qint64 articleId, const QByteArray &signature)
{
    QSqlQuery &q =
        m_database.statement(QStringLiteral("INSERT INTO article_signatures (article_id, signature) VALUES (?, ?) "
                                            "ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature"));
    q.addBindValue(articleId);
    q.addBindValue(signature);
    if (!q.exec())
        return sqlError(q, "storing a signature");
    return {};
}

Error ClusterRepository::storeCluster(qint64 clusterId, qint64 representative, int size)
{
    QSqlQuery &q = m_database.statement(
        QStringLiteral("INSERT INTO clusters (id, representative_id, size, created) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET representative_id = excluded.representative_id, "
                       "size = excluded.size"));
    q.addBindValue(clusterId);
    q.addBindValue(representative);
    q.addBindValue(size);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return sqlError(q, "storing a cluster");
    return {};
}

Error ClusterRepository::merge(qint64 from, qint64 into)
{
    QSqlQuery &relabel =
        m_database.statement(QStringLiteral("UPDATE articles SET cluster_id = ? WHERE cluster_id = ?"));
    relabel.addBindValue(into);
    relabel.addBindValue(from);
    if (!relabel.exec())
        return sqlError(relabel, "merging clusters");
    QSqlQuery &drop = m_database.statement(QStringLiteral("DELETE FROM clusters WHERE id = ?"));
    drop.addBindValue(from);
    if (!drop.exec())
        return sqlError(drop, "merging clusters");
    m_database.noteContentChanged();
    return {};
}

Error ClusterRepository::assign(qint64 articleId, qint64 clusterId)
{
    QSqlQuery &q = m_database.statement(QStringLiteral("UPDATE articles SET cluster_id = ? WHERE id = ?"));
    q.addBindValue(clusterId);
    q.addBindValue(articleId);
    if (!q.exec())
        return sqlError(q, "assigning a cluster");
    m_database.noteContentChanged(); // "each story once" reads clusters from the index
    return {};
}

Error ClusterRepository::recordAll(const Placements &rows)
{
    if (!m_database.isServer()) {
        // A sync's second phase records a thousand placements at a time: a statement per
        // kRowsPerStatement rows, not per row (each of which cost more than its row's writing).
        static constexpr qsizetype kRowsPerStatement = 100;
        const auto inChunks = [this](qsizetype count, const QString &head, const QString &row, const QString &tail,
                                     const char *what, const auto &bind) -> Error {
            for (qsizetype from = 0; from < count; from += kRowsPerStatement) {
                const qsizetype n = std::min(kRowsPerStatement, count - from);
                QString sql = head;
                for (qsizetype i = 0; i < n; ++i)
                    sql += (i ? QStringLiteral(", ") : QString()) + row;
                sql += tail;
                QSqlQuery partial(QSqlDatabase::database(m_connection, false));
                QSqlQuery &q = n == kRowsPerStatement ? m_database.statement(sql) : partial;
                if (n != kRowsPerStatement && !q.prepare(sql))
                    return sqlError(q, what);
                for (qsizetype i = from; i < from + n; ++i)
                    bind(q, i);
                if (!q.exec())
                    return sqlError(q, what);
            }
            return {};
        };
        if (Error e = inChunks(rows.signatureIds.size(),
                               QStringLiteral("INSERT INTO article_signatures (article_id, signature) VALUES "),
                               QStringLiteral("(?, ?)"),
                               QStringLiteral(" ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature"),
                               "storing signatures", [&rows](QSqlQuery &q, qsizetype i) {
                                   q.addBindValue(rows.signatureIds.at(i));
                                   q.addBindValue(rows.signatures.at(i));
                               }))
            return e;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        if (Error e = inChunks(rows.clusterIds.size(),
                               QStringLiteral("INSERT INTO clusters (id, representative_id, size, created) VALUES "),
                               QStringLiteral("(?, ?, ?, ?)"),
                               QStringLiteral(" ON CONFLICT (id) DO UPDATE SET representative_id = "
                                              "excluded.representative_id, size = excluded.size"),
                               "storing clusters", [&rows, now](QSqlQuery &q, qsizetype i) {
                                   q.addBindValue(rows.clusterIds.at(i));
                                   q.addBindValue(rows.representatives.at(i));
                                   q.addBindValue(rows.sizes.at(i));
                                   q.addBindValue(now);
                               }))
            return e;
        for (const auto &[from, into] : rows.merges) {
            if (Error e = merge(from, into))
                return e;
        }
        // An article placed twice in one batch keeps its last cluster: one row per article, as an
        // UPDATE … FROM takes any one of several.
        QHash<qint64, qsizetype> last;
        for (qsizetype i = 0; i < rows.assignedIds.size(); ++i)
            last.insert(rows.assignedIds.at(i), i);
        QList<qsizetype> assigned;
        for (qsizetype i = 0; i < rows.assignedIds.size(); ++i) {
            if (last.value(rows.assignedIds.at(i)) == i)
                assigned << i;
        }
        if (Error e =
                inChunks(assigned.size(), QStringLiteral("UPDATE articles SET cluster_id = x.column2 FROM (VALUES "),
                         QStringLiteral("(?, ?)"), QStringLiteral(") AS x WHERE articles.id = x.column1"),
                         "assigning clusters", [&rows, &assigned](QSqlQuery &q, qsizetype i) {
                             q.addBindValue(rows.assignedIds.at(assigned.at(i)));
                             q.addBindValue(rows.assignedClusters.at(assigned.at(i)));
                         }))
            return e;
        if (!assigned.isEmpty())
            m_database.noteContentChanged(); // "each story once" reads clusters from the index
        return {};
    }
    // The service records every feed's placements: its statements stay prepared (Database::statement()).
    if (!rows.signatureIds.isEmpty()) {
        QStringList hex;
        hex.reserve(rows.signatures.size());
        for (const QByteArray &signature : rows.signatures)
            hex << QString::fromLatin1(signature.toHex());
        QSqlQuery &q = m_database.statement(
            QStringLiteral("INSERT INTO article_signatures (article_id, signature) SELECT i, decode(s, 'hex') "
                           "FROM unnest(CAST(? AS bigint[]), CAST(? AS text[])) AS x(i, s) "
                           "ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature"));
        q.addBindValue(PgArray::integers(rows.signatureIds));
        q.addBindValue(PgArray::text(hex));
        if (!q.exec())
            return sqlError(q, "storing signatures");
    }
    if (!rows.clusterIds.isEmpty()) {
        QSqlQuery &q = m_database.statement(QStringLiteral(
            "INSERT INTO clusters (id, representative_id, size, created) SELECT i, r, s, ? FROM "
            "unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS bigint[])) AS x(i, r, s) "
            "ON CONFLICT (id) DO UPDATE SET representative_id = excluded.representative_id, size = excluded.size"));
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        q.addBindValue(PgArray::integers(rows.clusterIds));
        q.addBindValue(PgArray::integers(rows.representatives));
        q.addBindValue(PgArray::integers(rows.sizes));
        if (!q.exec())
            return sqlError(q, "storing clusters");
    }
    for (const auto &[from, into] : rows.merges) {
        if (Error e = merge(from, into))
            return e;
    }
    if (!rows.assignedIds.isEmpty()) {
        QSqlQuery &q = m_database.statement(
            QStringLiteral("UPDATE articles a SET cluster_id = x.c FROM unnest(CAST(? AS bigint[]), CAST(? AS "
                           "bigint[])) AS x(i, c) WHERE a.id = x.i AND a.cluster_id IS DISTINCT FROM x.c"));
        q.addBindValue(PgArray::integers(rows.assignedIds));
        q.addBindValue(PgArray::integers(rows.assignedClusters));
        if (!q.exec())
            return sqlError(q, "assigning clusters");
        m_database.noteContentChanged();
    }
    return {};
}

Result<int> ClusterRepository::unplacedCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM articles) - (SELECT count(*) FROM article_signatures)")) ||
        !q.next())
        return sqlError(q, "counting unplaced articles");
    return std::max(0, q.value(0).toInt());
}

Result<QList<StoredArticle>> ClusterRepository::unplaced(qint64 afterTime, qint64 afterId, int limit) const
{
    QList<StoredArticle> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT a.id, a.title, coalesce(c.clean_text, ''), a.language, a.sort_time "
                                  "FROM articles a LEFT JOIN article_content c ON c.article_id = a.id "
                                  "WHERE (a.sort_time, a.id) > (?, ?) "
                                  "AND NOT EXISTS (SELECT 1 FROM article_signatures s WHERE s.article_id = a.id) "
                                  "ORDER BY a.sort_time, a.id LIMIT ?")))
        return sqlError(q, "reading unplaced articles");
    q.addBindValue(afterTime);
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, "reading unplaced articles");
    while (q.next()) {
        StoredArticle a;
        a.id = q.value(0).toLongLong();
        a.added = true;
        a.title = q.value(1).toString();
        a.cleanText = ContentCodec::unpack(q.value(2));
        a.language = q.value(3).toString();
        a.published = QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        out.append(a);
    }
    return out;
}

Result<QList<StoryCluster::Member>> ClusterRepository::members(qint64 clusterId, int limit) const
{
    QList<StoryCluster::Member> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(
            QStringLiteral("SELECT a.id, a.guid, a.url, a.title, s.name, a.sort_time FROM articles a "
                           "JOIN sources s ON s.id = a.source_id WHERE a.cluster_id = ? ORDER BY a.sort_time, a.id "
                           "LIMIT ?")))
        return sqlError(q, "reading a cluster's articles");
    q.addBindValue(clusterId);
    q.addBindValue(std::max(0, limit));
    if (!q.exec())
        return sqlError(q, "reading a cluster's articles");
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), QUrl(q.value(2).toString()), q.value(3).toString(),
                    q.value(4).toString(), QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC)});
    }
    return out;
}

Result<QList<StoryCluster>> ClusterRepository::clusters(int minSize, int limit) const
{
    QList<StoryCluster> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(QStringLiteral("SELECT c.id, c.representative_id FROM clusters c WHERE c.size >= ? "
                                  "ORDER BY c.size DESC, c.id DESC LIMIT ?")))
        return sqlError(q, "reading clusters");
    q.addBindValue(minSize);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, "reading clusters");
    QList<QPair<qint64, qint64>> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    for (const auto &[id, representative] : rows) {
        StoryCluster cluster;
        cluster.id = id;
        cluster.representative = representative;
        Result<QList<StoryCluster::Member>> listed = members(id);
        if (!listed)
            return listed.error();
        cluster.members = std::move(listed).value();
        cluster.total = int(cluster.members.size());
        // The representative leads the list.
        for (qsizetype i = 0; i < cluster.members.size(); ++i) {
            if (cluster.members[i].id == representative) {
                cluster.members.move(i, 0);
                break;
            }
        }
        if (cluster.members.size() >= minSize)
            out << cluster;
    }
    return out;
}

Result<StoryCluster> ClusterRepository::clusterOf(qint64 articleId, int maxMembers) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(
            QStringLiteral("SELECT c.id, c.representative_id FROM articles a JOIN clusters c ON c.id = a.cluster_id "
                           "WHERE a.id = ?")))
        return sqlError(q, "reading an article's cluster");
    q.addBindValue(articleId);
    StoryCluster cluster;
    if (!q.exec())
        return sqlError(q, "reading an article's cluster");
    if (!q.next())
        return cluster; // in no cluster (or no such article)
    cluster.id = q.value(0).toLongLong();
    cluster.representative = q.value(1).toLongLong();
    Result<QList<StoryCluster::Member>> listed = members(cluster.id, maxMembers);
    if (!listed)
        return listed.error();
    cluster.members = std::move(listed).value();
    cluster.total = int(cluster.members.size());
    if (cluster.total >= maxMembers) {
        if (!q.prepare(QStringLiteral("SELECT count(*) FROM articles WHERE cluster_id = ?")))
            return sqlError(q, "reading an article's cluster");
        q.addBindValue(cluster.id);
        if (!q.exec() || !q.next())
            return sqlError(q, "counting a cluster's articles");
        cluster.total = q.value(0).toInt();
    }
    return cluster;
}

} // namespace Medtour
