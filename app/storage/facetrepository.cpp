// SPDX-License-Identifier: GPL-3.0-or-later
#include "facetrepository.h"

#include "storage/database.h"
#include "storage/querysql.h"

#include <QSqlQuery>
#include <QVariant>

namespace Medtour {

namespace {

/// The query with the given dimension's own selection removed.
ArticleQuery without(ArticleQuery query, FacetKind kind)
{
    switch (kind) {
    case FacetKind::Market:
        query.markets.clear();
        break;
    case FacetKind::Region:
        query.regions.clear();
        break;
    case FacetKind::Specialty:
        query.specialties.clear();
        break;
    case FacetKind::Hospital:
        query.hospitals.clear();
        break;
    case FacetKind::Event:
        query.events.clear();
        break;
    case FacetKind::Source:
        query.sourceIds.clear();
        break;
    case FacetKind::Language:
        query.languages.clear();
        break;
    }
    return query;
}

constexpr char kFiltered[] = "SELECT a.id FROM articles a LEFT JOIN article_state st ON st.article_id = a.id ";

} // namespace

FacetRepository::FacetRepository(const Database &database)
    : m_connection(database.connectionName())
{}

FacetCounts FacetRepository::counts(const ArticleQuery &query, int limit) const
{
    FacetCounts result;
    const SqlFilter all = QuerySql::filterFor(query);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM articles a LEFT JOIN article_state st ON st.article_id = a.id ") +
              all.whereClause());
    for (const QVariant &v : all.binds)
        q.addBindValue(v);
    if (q.exec() && q.next())
        result.total = q.value(0).toInt();
    for (const FacetKind kind : allFacetKinds())
        result.values[kind] = countDimension(kind, without(query, kind), limit);
    return result;
}

QList<FacetValue> FacetRepository::countDimension(FacetKind kind, const ArticleQuery &query, int limit) const
{
    const SqlFilter filter = QuerySql::filterFor(query);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    QVariantList binds;
    const QString tagKind = tagKindName(kind);
    if (!tagKind.isEmpty()) {
        // With no filter the covering index (kind, value, article_id) answers alone.
        const QString restrict =
            filter.where.isEmpty()
                ? QString()
                : QStringLiteral(" AND t.article_id IN (%1%2)").arg(QLatin1StringView(kFiltered), filter.whereClause());
        q.prepare(QStringLiteral("SELECT t.value, '', count(*) AS n FROM tags t WHERE t.kind = ?%1 "
                                 "GROUP BY t.value ORDER BY n DESC, t.value LIMIT ?")
                      .arg(restrict));
        binds << tagKind;
    } else {
        const bool source = kind == FacetKind::Source;
        q.prepare(QStringLiteral("SELECT %1, %2, count(*) AS n FROM articles a "
                                 "LEFT JOIN article_state st ON st.article_id = a.id %3 %4 "
                                 "GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?")
                      .arg(source ? QStringLiteral("a.source_id") : QStringLiteral("a.language"),
                           source ? QStringLiteral("s.name") : QStringLiteral("''"),
                           source ? QStringLiteral("JOIN sources s ON s.id = a.source_id") : QString(),
                           filter.whereClause()));
    }
    binds << filter.binds;
    binds << limit;
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QList<FacetValue> values;
    if (!q.exec()) {
        sqlError(q, "counting facets");
        return values;
    }
    while (q.next()) {
        FacetValue v;
        v.value = q.value(0).toString();
        v.label = q.value(1).toString();
        v.count = q.value(2).toInt();
        if (!v.value.isEmpty())
            values << v;
    }
    return values;
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
