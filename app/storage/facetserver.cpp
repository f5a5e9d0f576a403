// SPDX-License-Identifier: GPL-3.0-or-later
// FacetRepository on a team server: counts and trends in SQL (the desktop's come from ArticleIndex).
#include "facetrepository.h"
#include "storage/database.h"
#include "storage/querysql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Medtour {

namespace {

/// The query without the selection of one dimension: a dimension is counted as if nothing in it
/// were chosen, so choosing one market still shows what the others would add.
ArticleQuery without(ArticleQuery query, FacetKind kind)
{
    if (kind == FacetKind::Source)
        query.sourceIds.clear();
    else
        query.selected(kind).clear();
    query.collapseClusters = false;
    return query;
}

constexpr char kFrom[] = "FROM articles a LEFT JOIN article_state st ON st.article_id = a.id ";

} // namespace

Result<FacetCounts> FacetRepository::serverCounts(const ArticleQuery &query, int limit) const
{
    FacetCounts result;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    const auto run = [&q](const QString &sql, const QVariantList &binds) -> Error {
        if (!q.prepare(sql))
            return sqlError(q, "counting facets");
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, "counting facets");
        return {};
    };
    ArticleQuery all = query;
    all.collapseClusters = false;
    const SqlFilter whole = QuerySql::filterFor(all, true);
    if (Error error = run(u"SELECT count(*) "_s + QLatin1StringView(kFrom) + whole.whereClause(), whole.binds))
        return error;
    if (q.next())
        result.total = q.value(0).toInt();
    for (const FacetKind kind : allFacetKinds()) {
        SqlFilter f = QuerySql::filterFor(without(query, kind), true);
        QList<FacetValue> &values = result.values[kind];
        QString sql;
        QVariantList binds;
        if (kind == FacetKind::Source) {
            sql = u"SELECT CAST(a.source_id AS text), min(s.name), count(*) FROM articles a JOIN sources s ON s.id = "
                  u"a.source_id LEFT JOIN article_state st ON st.article_id = a.id "_s +
                  f.whereClause() + u" GROUP BY a.source_id ORDER BY 3 DESC, 1 LIMIT ?"_s;
        } else if (kind == FacetKind::Language) {
            f.where << u"a.language <> ''"_s;
            sql = u"SELECT a.language, '', count(*) "_s + QLatin1StringView(kFrom) + f.whereClause() +
                  u" GROUP BY a.language ORDER BY 3 DESC, 1 LIMIT ?"_s;
        } else {
            f.where.prepend(u"t.kind = ?"_s);
            f.binds.prepend(tagKindName(kind));
            sql = u"SELECT t.value, '', count(*) FROM tags t JOIN articles a ON a.id = t.article_id LEFT JOIN "
                  u"article_state st ON st.article_id = a.id "_s +
                  f.whereClause() + u" GROUP BY t.value ORDER BY 3 DESC, 1 LIMIT ?"_s;
        }
        binds = f.binds;
        binds << limit;
        if (Error error = run(sql, binds))
            return error;
        while (q.next())
            values.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()});
    }
    return result;
}

Result<MarketTrend> FacetRepository::serverMarketTrend(const ArticleQuery &query, int topMarkets, int weeks,
                                                       const QDateTime &now) const
{
    MarketTrend trend;
    weeks = std::clamp(weeks, 1, 520);
    const QDate today = now.toUTC().date();
    const QDate lastMonday = today.addDays(1 - today.dayOfWeek());
    const QDateTime first(lastMonday.addDays(-7 * qint64(weeks - 1)), QTime(0, 0), Qt::UTC);
    trend.firstWeek = first;
    trend.weeks = weeks;
    const qint64 begin = first.toSecsSinceEpoch();
    const qint64 end = begin + qint64(weeks) * 7 * 86400;

    SqlFilter f = QuerySql::filterFor(without(query, FacetKind::Market), true);
    f.where.prepend(u"t.kind = 'market' AND a.sort_time >= ? AND a.sort_time < ?"_s);
    f.binds.prepend(end);
    f.binds.prepend(begin);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT t.value, (a.sort_time - ?) / 604800, count(*) FROM tags t JOIN articles a ON a.id = "
                   u"t.article_id LEFT JOIN article_state st ON st.article_id = a.id "_s +
                   f.whereClause() + u" GROUP BY 1, 2"_s))
        return sqlError(q, "counting markets by week");
    q.addBindValue(begin);
    for (const QVariant &v : std::as_const(f.binds))
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, "counting markets by week");
    QMap<QString, QList<int>> perMarket;
    QMap<QString, int> totals;
    while (q.next()) {
        const QString market = q.value(0).toString();
        const int week = q.value(1).toInt();
        QList<int> &counts = perMarket[market];
        if (counts.isEmpty())
            counts = QList<int>(weeks, 0);
        if (week >= 0 && week < weeks) {
            counts[week] += q.value(2).toInt();
            totals[market] += q.value(2).toInt();
        }
    }
    QStringList markets = perMarket.keys();
    std::sort(markets.begin(), markets.end(), [&](const QString &a, const QString &b) {
        const bool sa = query.selected(FacetKind::Market).contains(a);
        const bool sb = query.selected(FacetKind::Market).contains(b);
        if (sa != sb)
            return sa;
        return totals.value(a) != totals.value(b) ? totals.value(a) > totals.value(b) : a < b;
    });
    for (const QString &market : markets.mid(0, std::max(0, topMarkets))) {
        trend.markets << market;
        trend.counts << perMarket.value(market);
    }
    return trend;
}

} // namespace Medtour
