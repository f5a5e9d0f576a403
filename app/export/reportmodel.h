// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/facets.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include <map>

namespace Medtour::Export {

/// How the index and the article pages are grouped (DOMAIN.md §4: by date or by market is usual).
enum class GroupBy
{
    None,
    Date,
    Market,
    Outlet
};

enum class PageSize
{
    A4,
    Letter
};

QString groupByName(GroupBy groupBy);
/// "date", "market", "outlet", "none" (or empty); false on anything else.
bool groupByFromName(QStringView name, GroupBy *out);
QString pageSizeName(PageSize size);
/// "A4" or "Letter", case-insensitive; false on anything else.
bool pageSizeFromName(QStringView name, PageSize *out);

/// What the user chose in the export dialog or on the command line.
struct ReportOptions
{
    QString title; ///< empty: defaultTitle() of the UI language
    QString organisation;
    GroupBy groupBy = GroupBy::None;
    bool leadOnly = false;
    bool pagePerArticle = false;
    PageSize pageSize = PageSize::A4;
    QString searchText;    ///< the search the selection came from; its terms are highlighted
    QString filterSummary; ///< human-readable filters for the cover ("market KZ, since 2026-11-01")
    QString labelLanguage; ///< "ko", "ru" or "en" for market/region/specialty names; empty: the UI language
    QDateTime generated;   ///< empty: now
    QTimeZone timeZone = QTimeZone::systemTimeZone(); ///< dates are shown in this zone
    bool summaryCounts = true;                        ///< counts by market and outlet on the cover
};

/// The report title used when none is given: Korean offices' "의료관광 뉴스 클리핑" for a Korean UI.
QString defaultTitle(const QString &uiLanguage);

/// A piece of an article's text, already escaped HTML with search terms marked.
struct ReportBlock
{
    enum class Kind
    {
        Paragraph,
        Caption
    };
    Kind kind = Kind::Paragraph;
    QString html;
};

/// One article as the report shows it.
struct ReportArticle
{
    int number = 0; ///< 1-based position in the report (the index's No.)
    qint64 id = 0;
    QString title;
    QString titleHtml; ///< escaped, search terms marked
    QString outlet;
    QDateTime published; ///< UTC
    bool dateGuessed = false;
    QString reporter; ///< "홍길동 기자 (hong@example.kr)"; may be empty
    QUrl url;
    QStringList tags;           ///< display labels of every tag kind
    QString primaryMarket;      ///< label of the first market tag, for grouping; may be empty
    QStringList alsoReportedBy; ///< other outlets that carried the same story
    QList<ReportBlock> blocks;
    bool leadOnly = false; ///< the blocks are the lead, not the full text
    /// The tags' display labels by kind (the facet vocabulary's tag kinds), for the spreadsheet's
    /// columns: a kind without tags has no entry.
    std::map<FacetKind, QStringList> tagsByKind;
    double relevance = 0; ///< 0..1
    int copies = 1;       ///< outlets that carried the story, this one included

    /// The labels of one kind's tags (empty when there are none).
    QStringList tagsOf(FacetKind kind) const
    {
        const auto it = tagsByKind.find(kind);
        return it == tagsByKind.end() ? QStringList() : it->second;
    }
};

/// A run of articles under one heading (one group when not grouping, with an empty label).
struct ReportGroup
{
    QString label;
    QList<ReportArticle> articles;
};

struct ReportCount
{
    QString label;
    int count = 0;
};

/// One line of a chart: a label and a count per category (week).
struct ReportSeries
{
    QString label;
    QList<int> counts;
};

/// Everything the renderer needs, with nothing left to look up: pure values, safe to build in a
/// worker thread and hand to the GUI thread.
struct ReportModel
{
    ReportOptions options;
    QString title;
    QDateTime periodStart; ///< earliest article, UTC
    QDateTime periodEnd;   ///< latest article, UTC
    QDateTime generated;   ///< UTC
    int articleCount = 0;
    QList<ReportGroup> groups;
    QList<ReportCount> byMarket; ///< largest first
    QList<ReportCount> byOutlet; ///< largest first
    QStringList highlightTerms;
    /// Articles per market per week, for the charts: the first day (Monday, in the report's zone)
    /// of each week from the earliest article's to the latest's, and the top markets' counts.
    QList<QDate> weeks;
    QList<ReportSeries> marketWeeks; ///< most articles first; at most ReportBuilder::kMaxChartSeries

    /// The articles in report order, across groups.
    QList<const ReportArticle *> articles() const;
};

} // namespace Medtour::Export
