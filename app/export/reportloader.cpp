// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportloader.h"

#include "storage/articlerepository.h"
#include "storage/clusterrepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"

#include <QSet>

#include <algorithm>

namespace Medtour::Export {

ReportLoader::ReportLoader(const Database &database)
    : m_database(database)
{}

Result<QList<qint64>> ReportLoader::idsFor(const ArticleQuery &query, int limit) const
{
    limit = std::clamp(limit, 0, kMaxArticles);
    QList<qint64> ids;
    const ArticleRepository articles(m_database);
    if (!query.text.trimmed().isEmpty()) {
        const Result<QList<SearchHit>> hits = articles.search(query, limit);
        if (!hits)
            return hits.error();
        for (const SearchHit &hit : *hits)
            ids << hit.article.id;
        return ids;
    }
    PageCursor cursor;
    while (ids.size() < limit) {
        const Result<QList<ArticleSummary>> rows = articles.page(query, cursor, std::min(200, limit - int(ids.size())));
        if (!rows)
            return rows.error();
        for (const ArticleSummary &row : *rows)
            ids << row.id;
        if (rows->isEmpty())
            break;
        cursor = ArticleRepository::cursorAfter(rows->constLast());
    }
    return ids;
}

Result<QList<ReportInput>> ReportLoader::load(const QList<qint64> &ids, const std::atomic_bool *cancelled) const
{
    if (!m_database.isOpen())
        return Error{Error::Database, QStringLiteral("the cache is not open")};
    if (ids.size() > kMaxArticles) {
        return Error{Error::InvalidInput,
                     QStringLiteral("a report holds at most %1 articles, not %2").arg(kMaxArticles).arg(ids.size())};
    }
    const ArticleRepository articles(m_database);
    const FacetRepository facets(m_database);
    const ClusterRepository clusters(m_database);
    QList<ReportInput> out;
    out.reserve(ids.size());
    QSet<qint64> seen;
    for (const qint64 id : ids) {
        if (cancelled && cancelled->load())
            break;
        if (seen.contains(id))
            continue;
        seen.insert(id);
        Result<Article> article = articles.article(id);
        if (!article && article.error().code == Error::NotFound)
            continue;
        if (!article)
            return article.error();
        ReportInput input;
        input.article = std::move(article).value();
        Result<QList<Tag>> tags = facets.tags(id);
        if (!tags)
            return tags.error();
        input.tags = std::move(tags).value();
        if (input.article.clusterId != 0) {
            Result<StoryCluster> cluster = clusters.clusterOf(id);
            if (!cluster)
                return cluster.error();
            input.cluster = std::move(cluster).value();
        }
        out.append(std::move(input));
    }
    return out;
}

} // namespace Medtour::Export
