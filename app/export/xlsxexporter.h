// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "export/reportmodel.h"

#include <QByteArray>

namespace Medtour::Export::XlsxExporter {

/**
 * The report as an Excel workbook (libxlsxwriter): a sheet "Articles" with one row per article
 * (date as a real date, outlet, title as a link to the original, reporter, markets, regions,
 * specialties, hospitals, events, relevance, copies; filters on, heads frozen) and a sheet
 * "Counts" with articles per market per week and per outlet, each with an Excel chart. Cells
 * are written as strings, never formulas, whatever a feed put in a title.
 */
Result<QByteArray> toBytes(const ReportModel &model);

} // namespace Medtour::Export::XlsxExporter
