// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "export/reportmodel.h"

#include <QString>

namespace Medtour::Export {

/// The formats one report model is written in.
enum class ReportFormat
{
    Pdf,
    Odt,
    Xlsx,
    Csv
};

QString formatName(ReportFormat format);
/// "pdf", "odt", "xlsx" or "csv" (case-insensitive); false on anything else.
bool formatFromName(QStringView name, ReportFormat *out);

/// What writing one file produced.
struct WrittenReport
{
    QString path;
    ReportFormat format = ReportFormat::Pdf;
    qint64 bytes = 0;
    int pages = 0;         ///< PDF only
    int internalLinks = 0; ///< PDF only
};

/// Writes `model` as `format` to `path` through OutputFile (atomically; never to a device or a
/// folder). PDF rendering and ODT need a QGuiApplication.
Result<WrittenReport> writeReport(const ReportModel &model, ReportFormat format, const QString &path);

} // namespace Medtour::Export
