// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/reportmodel.h"

#include <QStringList>

/// The report as a table, one row per article, as the spreadsheet and the CSV file show it:
/// date, outlet, title, reporter, one column per tag kind of the facet vocabulary (markets,
/// regions, specialties, hospitals, events: tagFacetKinds()), relevance, copies and the original's
/// URL. A new tag kind gets its column from the vocabulary.
namespace Medtour::Export::ReportTable {

/// The columns before the tags.
enum Column
{
    Date,
    Outlet,
    Title,
    Reporter,
    FirstTag ///< the first tag kind's column
};

/// The columns after the tags (one per tag kind from FirstTag on).
int relevanceColumn();
int copiesColumn();
int urlColumn();
int columnCount();

/// The column heads in the UI language.
QStringList headers();
/// One article's cells as text ("2026.11.02 09:30" in `zone`, labels joined by ", ").
QStringList cells(const ReportArticle &article, const QTimeZone &zone);
/// Text safe for a cell: no control characters (which XML cannot hold), at most `max` characters.
QString cleanCell(const QString &text, qsizetype max = 32000);

} // namespace Medtour::Export::ReportTable
