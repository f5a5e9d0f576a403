// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/reportchart.h"
#include "export/reportmodel.h"

#include <QString>

/**
 * The report's pieces as QTextDocument HTML, following the layout Korean PR offices use
 * (DOMAIN.md §4): a cover with period, count and summary counts; an index table of
 * No. · date · outlet · title · reporter · page; then each article with a metadata block
 * (outlet, date, reporter, original URL, tags, "also reported by"), its text with captions set
 * apart, and an attribution line. Strings only: the renderer lays them out.
 */
namespace Medtour::Export::ReportPages {

/// The style sheet every piece is laid out with.
QString styleSheet();

/// `charts` with images: the cover shows them `chartWidth` wide, as the resources
/// kMarketsChartUrl and kOutletsChartUrl that the document must be given.
/// `sideBySide`: the counts by market and by outlet in two columns (a table in a table, which
/// the OpenDocument writer cannot keep), else one after the other.
QString cover(const ReportModel &model, const ReportCharts &charts = {}, qreal chartWidth = 0, bool sideBySide = true);
inline constexpr char kMarketsChartUrl[] = "medtour-chart:markets";
inline constexpr char kOutletsChartUrl[] = "medtour-chart:outlets";
/// The index table's column heads (repeated at the top of every index page).
QString indexHeader();
/// One index row; `page` is the 1-based page shown, `href` the link on the title.
QString indexRow(const ReportArticle &article, const QTimeZone &zone, int page, const QString &href);
/// A group's heading line in the index and above its first article.
QString groupHeading(const QString &label, int count, bool inIndex);
QString article(const ReportArticle &article, const ReportOptions &options);

/// "2026.12.01 09:30" in `zone`; empty for an invalid time.
QString dateTime(const QDateTime &utc, const QTimeZone &zone);

/// Column widths of the index table in percent: No., date, outlet, title, reporter, page.
inline constexpr int kIndexColumns[] = {6, 12, 17, 45, 13, 7};

} // namespace Medtour::Export::ReportPages
