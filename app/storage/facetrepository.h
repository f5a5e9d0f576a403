// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/articlequery.h"
#include "domain/facets.h"

namespace Medtour {

class Database;

/// Facet counts for the filter panel and article tags. All SQL about tags lives here.
/// Counting goes through the connection's in-memory ArticleIndex. A read that fails is an Error,
/// never empty counts or no tags.
class FacetRepository final
{
public:
    explicit FacetRepository(const Database &database);

    /// Counts for every dimension under `query`, the largest `limit` values of each.
    Result<FacetCounts> counts(const ArticleQuery &query, int limit = 50) const;

    /// Weekly counts of the top markets under `query` (without its market selection), for the trend view.
    Result<MarketTrend> marketTrend(const ArticleQuery &query, int topMarkets = 6, int weeks = 12,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    /// Replaces an article's tags (used by enrichment at ingest).
    Error setTags(qint64 articleId, const QList<Tag> &tags);
    /// setTags() for articles that have none yet (just added): nothing to clear first. Up to
    /// kRowsPerInsert rows per statement, which costs a third of one statement per row (a feed of
    /// 50 articles has some 400 tags).
    Error addTags(const QList<QPair<qint64, QList<Tag>>> &articles);
    static constexpr int kRowsPerInsert = 128;
    static constexpr int kServerRowsPerInsert = 4096; ///< a team server's rows go as arrays
    Result<QList<Tag>> tags(qint64 articleId) const;

private:
    Result<FacetCounts> serverCounts(const ArticleQuery &query, int limit) const;
    Result<MarketTrend> serverMarketTrend(const ArticleQuery &query, int topMarkets, int weeks,
                                          const QDateTime &now) const;
    const Database &m_database;
    QString m_connection;
};

} // namespace Medtour
