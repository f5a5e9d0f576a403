// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "export/reportmodel.h"

#include <QByteArray>

namespace Medtour::Export::OdtExporter {

/// The report as an OpenDocument text (QTextDocumentWriter), so it can be edited in Hancom
/// Office, Word or LibreOffice before it goes out: the cover with its charts, the index (titles
/// link to the originals), then each article on a new page with its metadata, text and source
/// line; the same pieces and style as the PDF. Needs a QGuiApplication (fonts, images).
Result<QByteArray> toBytes(const ReportModel &model);

} // namespace Medtour::Export::OdtExporter
