// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/reportmodel.h"

#include <QByteArray>

namespace Medtour::Export::CsvExporter {

/// The report as CSV: UTF-8 *with* a byte-order mark (Excel on Korean Windows reads a CSV file
/// without one as CP949 and shows mojibake), a header row, then one row per article in report
/// order (RFC 4180: CRLF, fields quoted where needed). A cell that a spreadsheet would take for a
/// formula (=, +, -, @ first) gets a leading apostrophe: titles come from untrusted feeds.
QByteArray toBytes(const ReportModel &model);

} // namespace Medtour::Export::CsvExporter
