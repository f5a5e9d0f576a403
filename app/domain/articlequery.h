// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/facets.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace Medtour {

/// Everything that narrows the article list, as one value: the filter panel produces it, the
/// repository turns it into SQL, the CLI fills it from flags. Empty members do not filter.
struct ArticleQuery
{
    enum class Sort
    {
        Newest,
        Relevance,
        Source
    };

    QString text; ///< search syntax: words, "phrases", -exclusions, OR
    /// The values chosen per facet kind: ISO 3166-1 alpha-2 markets, ISO 3166-2:KR regions,
    /// specialty and event slugs, hospital names, language codes. Sources are numbers and have
    /// their own member, sourceIds; their slot here stays empty.
    std::array<QStringList, kFacetKindCount> selections;
    QList<qint64> sourceIds;
    QDateTime since; ///< inclusive, UTC
    QDateTime until; ///< exclusive, UTC
    double minRelevance = 0.0;
    bool unreadOnly = false;
    bool starredOnly = false;
    bool collapseClusters = false; ///< "each story once": one row per cluster, its best-sorted copy
    Sort sort = Sort::Newest;

    QStringList &selected(FacetKind kind) { return selections[size_t(kind)]; }
    const QStringList &selected(FacetKind kind) const { return selections[size_t(kind)]; }

    bool operator==(const ArticleQuery &other) const;
    bool operator!=(const ArticleQuery &other) const { return !(*this == other); }
};

/// Where the next page starts: keyset paging on (sort_time, id), newest first; the other sorts
/// add their key in front (relevance, or the source's name rank looked up by `id`).
struct PageCursor
{
    qint64 sortTime = 0;
    qint64 id = 0;
    bool valid = false;
    double relevance = 0.0;
};

} // namespace Medtour
