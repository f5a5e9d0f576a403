// SPDX-License-Identifier: GPL-3.0-or-later
#include "facetrepository.h"

#include "storage/articleindex.h"
#include "storage/database.h"
#include "storage/pgarray_p.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace Medtour {

FacetRepository::FacetRepository(const Database &database)
    : m_database(database)
    , m_connection(database.connectionName())
{}

Result<FacetCounts> FacetRepository::counts(const ArticleQuery &query, int limit) const
{
    if (m_database.isServer())
        return serverCounts(query, limit);
    return m_database.articleIndex().counts(query, limit);
}

Result<MarketTrend> FacetRepository::marketTrend(const ArticleQuery &query, int topMarkets, int weeks,
                                                 const QDateTime &now) const
{
    if (m_database.isServer())
        return serverMarketTrend(query, topMarkets, weeks, now);
    return m_database.articleIndex().marketTrend(query, topMarkets, weeks, now);
}

Error FacetRepository::setTags(qint64 articleId, const QList<Tag> &tags)
{
    QSqlQuery &clear = m_database.statement(QStringLiteral("DELETE FROM tags WHERE article_id = ?"));
    clear.addBindValue(articleId);
    if (!clear.exec())
        return sqlError(clear, "clearing tags");
    m_database.noteContentChanged(); // also when no tags are left
    return addTags({{articleId, tags}});
}

Error FacetRepository::addTags(const QList<QPair<qint64, QList<Tag>>> &articles)
{
    struct Row
    {
        qint64 articleId;
        const Tag *tag;
    };
    std::vector<Row> rows;
    for (const auto &[articleId, tags] : articles) {
        for (const Tag &tag : tags)
            rows.push_back({articleId, &tag});
    }
    const auto sqlFor = [](size_t count) -> QString {
        QString sql = QStringLiteral("INSERT INTO tags (article_id, kind, value) VALUES (?, ?, ?)");
        for (size_t i = 1; i < count; ++i)
            sql += QStringLiteral(", (?, ?, ?)");
        return sql + QStringLiteral(" ON CONFLICT DO NOTHING");
    };
    if (m_database.isServer() && !rows.empty()) {
        // A team server parses and coerces every bound value of a VALUES list on its own: three
        // arrays per statement cost it a fraction of that (the service's cold sync writes some
        // 65,000 tags).
        QSqlQuery &add = m_database.statement(
            QStringLiteral("INSERT INTO tags (article_id, kind, value) SELECT * FROM unnest(CAST(? AS bigint[]), "
                           "CAST(? AS text[]), CAST(? AS text[])) ON CONFLICT DO NOTHING"));
        for (size_t done = 0; done < rows.size();) {
            const size_t count = std::min(rows.size() - done, size_t(kServerRowsPerInsert));
            QList<qint64> ids;
            QStringList kinds, values;
            for (size_t i = done; i < done + count; ++i) {
                ids << rows[i].articleId;
                kinds << rows[i].tag->kind;
                values << rows[i].tag->value;
            }
            add.addBindValue(PgArray::integers(ids));
            add.addBindValue(PgArray::text(kinds));
            add.addBindValue(PgArray::text(values));
            if (!add.exec())
                return sqlError(add, "adding tags");
            done += count;
        }
        m_database.noteContentChanged();
        return {};
    }
    for (size_t done = 0; done < rows.size();) {
        const size_t count = std::min(rows.size() - done, size_t(kRowsPerInsert));
        QSqlQuery &add = m_database.statement(sqlFor(count)); // the full size is prepared once
        for (size_t i = done; i < done + count; ++i) {
            add.addBindValue(rows[i].articleId);
            add.addBindValue(rows[i].tag->kind);
            add.addBindValue(rows[i].tag->value);
        }
        if (!add.exec())
            return sqlError(add, "adding tags");
        done += count;
    }
    if (!rows.empty())
        m_database.noteContentChanged();
    return {};
}

Result<QList<Tag>> FacetRepository::tags(qint64 articleId) const
{
    QList<Tag> tags;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(QStringLiteral("SELECT kind, value FROM tags WHERE article_id = ? ORDER BY kind, value")))
        return sqlError(q, "reading tags");
    q.addBindValue(articleId);
    if (!q.exec())
        return sqlError(q, "reading tags");
    while (q.next())
        tags << Tag{q.value(0).toString(), q.value(1).toString()};
    return tags;
}

} // namespace Medtour
