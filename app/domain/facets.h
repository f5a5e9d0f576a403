// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <map>

namespace Medtour {

/// The dimensions the filter panel counts.
enum class FacetKind
{
    Market,
    Region,
    Specialty,
    Hospital,
    Event,
    Source,
    Language
};

/// The tag kinds stored in the tags table, by facet (empty for Source and Language).
QString tagKindName(FacetKind kind);
/// All facet kinds, in the order the filter panel shows them.
QList<FacetKind> allFacetKinds();

/// One value of a dimension with the number of articles that have it under the current query.
struct FacetValue
{
    QString value; ///< the code that filters (ISO code, slug, source id as text, language)
    QString label; ///< what to show when it differs from the value (a source's name)
    int count = 0;
};

/// Counts per dimension. A dimension is counted under the query *without* its own selection,
/// so choosing Kazakhstan still shows how many articles Mongolia would add.
struct FacetCounts
{
    int total = 0; ///< articles matching the whole query
    std::map<FacetKind, QList<FacetValue>> values;
};

/// Weekly article counts of the top markets, for the trend view. Weeks start on Monday (UTC).
struct MarketTrend
{
    QDateTime firstWeek;      ///< start of the first week, UTC
    int weeks = 0;            ///< number of weeks covered
    QList<QString> markets;   ///< ISO codes, most articles first
    QList<QList<int>> counts; ///< counts[market][week]
    int maxCount() const;
};

/// One tag of an article.
struct Tag
{
    QString kind; ///< market, region, specialty, hospital, event
    QString value;
    bool operator==(const Tag &o) const { return kind == o.kind && value == o.value; }
};

} // namespace Medtour
