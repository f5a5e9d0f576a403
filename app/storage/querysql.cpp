// SPDX-License-Identifier: GPL-3.0-or-later
#include "querysql.h"

#include "storage/searchindex.h"
#include "text/searchquery.h"

namespace Medtour {

namespace {

QString placeholders(qsizetype n)
{
    QString s;
    for (qsizetype i = 0; i < n; ++i)
        s += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return s;
}

void addTagFilter(SqlFilter &f, const QString &kind, const QStringList &values)
{
    if (values.isEmpty())
        return;
    f.where << QStringLiteral(
                   "EXISTS (SELECT 1 FROM tags t WHERE t.article_id = a.id AND t.kind = ? AND t.value IN (%1))")
                   .arg(placeholders(values.size()));
    f.binds << kind;
    for (const QString &v : values)
        f.binds << v;
}

} // namespace

QString SqlFilter::whereClause() const
{
    return where.isEmpty() ? QString() : u"WHERE " + where.join(QStringLiteral(" AND "));
}

SqlFilter QuerySql::filterFor(const ArticleQuery &query, bool server)
{
    SqlFilter f;
    if (!query.text.trimmed().isEmpty()) {
        QString exclusions;
        const SearchQuery parsed = SearchQuery::parse(query.text);
        const QString match =
            server ? SearchIndex::tsQuery(parsed, &exclusions) : SearchIndex::matchExpression(parsed, &exclusions);
        const QString matching = server ? QStringLiteral("SELECT article_id FROM article_search WHERE tokens @@ "
                                                         "CAST(? AS tsquery)")
                                        : QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ?");
        const QString junctions = server ? SearchIndex::tsJunctionQuery(parsed) : QString();
        if (!match.isEmpty() && !junctions.isEmpty()) {
            // A phrase's junctions, through their own index (SearchIndex::tsJunctions()); the tokens
            // only rechecked (ts_match_vq(), the function behind @@: not their index, see serversearch.cpp).
            f.where << QStringLiteral("a.id IN (SELECT article_id FROM article_search WHERE junctions @@ "
                                      "CAST(? AS tsquery) AND ts_match_vq(tokens, CAST(? AS tsquery)))");
            f.binds << junctions << match;
        } else if (!match.isEmpty()) {
            f.where << QStringLiteral("a.id IN (%1)").arg(matching);
            f.binds << match;
        } else if (!exclusions.isEmpty()) {
            f.where << QStringLiteral("a.id NOT IN (%1)").arg(matching);
            f.binds << exclusions;
        }
    }
    for (const FacetKind kind : tagFacetKinds())
        addTagFilter(f, tagKindName(kind), query.selected(kind));
    if (!query.sourceIds.isEmpty()) {
        f.where << QStringLiteral("a.source_id IN (%1)").arg(placeholders(query.sourceIds.size()));
        for (const qint64 id : query.sourceIds)
            f.binds << id;
    }
    if (const QStringList &languages = query.selected(FacetKind::Language); !languages.isEmpty()) {
        f.where << QStringLiteral("a.language IN (%1)").arg(placeholders(languages.size()));
        for (const QString &l : languages)
            f.binds << l;
    }
    if (query.since.isValid()) {
        f.where << QStringLiteral("a.sort_time >= ?");
        f.binds << query.since.toSecsSinceEpoch();
    }
    if (query.until.isValid()) {
        f.where << QStringLiteral("a.sort_time < ?");
        f.binds << query.until.toSecsSinceEpoch();
    }
    if (query.minRelevance > 0.0) {
        f.where << QStringLiteral("a.relevance >= ?");
        f.binds << query.minRelevance;
    }
    if (query.unreadOnly)
        f.where << QStringLiteral("coalesce(st.read, 0) = 0");
    if (query.starredOnly)
        f.where << QStringLiteral("st.starred = 1");
    return f;
}

} // namespace Medtour
