// SPDX-License-Identifier: GPL-3.0-or-later
#include "facetrepository.h"

#include "storage/articleindex.h"
#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Medtour {

FacetRepository::FacetRepository(const Database &database)
    : m_database(database)
    , m_connection(database.connectionName())
{}

FacetCounts FacetRepository::counts(const ArticleQuery &query, int limit) const
{
    return m_database.articleIndex().counts(query, limit);
}

MarketTrend FacetRepository::marketTrend(const ArticleQuery &query, int topMarkets, int weeks,
                                         const QDateTime &now) const
{
    return m_database.articleIndex().marketTrend(query, topMarkets, weeks, now);
}

Error FacetRepository::setTags(qint64 articleId, const QList<Tag> &tags)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM tags WHERE article_id = ?"));
    q.addBindValue(articleId);
    if (!q.exec())
        return sqlError(q, "clearing tags");
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (article_id, kind, value) VALUES (?, ?, ?)"));
    for (const Tag &tag : tags) {
        q.addBindValue(articleId);
        q.addBindValue(tag.kind);
        q.addBindValue(tag.value);
        if (!q.exec())
            return sqlError(q, "adding a tag");
    }
    ArticleIndex::noteContentChanged();
    return {};
}

QList<Tag> FacetRepository::tags(qint64 articleId) const
{
    QList<Tag> tags;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT kind, value FROM tags WHERE article_id = ? ORDER BY kind, value"));
    q.addBindValue(articleId);
    if (!q.exec())
        return tags;
    while (q.next())
        tags << Tag{q.value(0).toString(), q.value(1).toString()};
    return tags;
}

} // namespace Medtour
