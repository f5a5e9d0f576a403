// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <map>
#include <optional>

namespace Medtour {

/// The dimensions an article is filtered and counted by: the facet vocabulary. Every place that
/// names a kind (the query, the in-memory index, SQL, the filter panel, the CLI's flags, the JSON)
/// reads it from the one table behind facetKindInfo(); adding a tag kind adds an enumerator here, a
/// row to that table, the tagger's rules and the labels.
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
inline constexpr int kFacetKindCount = 7;

/// One row of the vocabulary.
struct FacetKindInfo
{
    FacetKind kind;
    const char *tagKind;   ///< the kind in the tags table ("market"); nullptr for Source and Language
    const char *plural;    ///< the key in JSON ("markets"), in facets and in tags alike
    const char *cliOption; ///< medtour-cli's filter flag ("market", "lang")
    const char *cliValue;  ///< the flag's value name in --help ("code")
    const char *cliHelp;   ///< the flag's description in --help
    bool upperCaseCodes;   ///< values are codes written in capitals (the CLI folds them up)
    const char *title;     ///< the kind as a heading ("Markets"), in English: facetTitle() translates it
};

/// The row of `kind`.
const FacetKindInfo &facetKindInfo(FacetKind kind);
/// All facet kinds, in the order the filter panel shows them and the CLI lists its flags.
QList<FacetKind> allFacetKinds();
/// The kinds stored as tags (Market … Event), in the same order.
QList<FacetKind> tagFacetKinds();
/// The tag kinds stored in the tags table, by facet (empty for Source and Language).
QString tagKindName(FacetKind kind);
/// The facet whose tag kind is `tagKind` ("market" → Market); none for an unknown kind.
std::optional<FacetKind> facetKindOfTag(QStringView tagKind);
/// The key of a kind in JSON ("markets", "sources", "languages").
QString facetJsonKey(FacetKind kind);
/// The kind as a heading in the UI language ("Markets", "시장"): a report's column, for one.
QString facetTitle(FacetKind kind);

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
