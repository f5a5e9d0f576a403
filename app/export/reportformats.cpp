// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportformats.h"

#include "core/outputfile.h"
#include "export/csvexporter.h"
#include "export/odtexporter.h"
#include "export/pdfexporter.h"
#include "export/xlsxexporter.h"

namespace Medtour::Export {

QString formatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        break;
    case ReportFormat::Odt:
        return QStringLiteral("odt");
    case ReportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    }
    return QStringLiteral("pdf");
}

bool formatFromName(QStringView name, ReportFormat *out)
{
    for (const ReportFormat f : {ReportFormat::Pdf, ReportFormat::Odt, ReportFormat::Xlsx, ReportFormat::Csv}) {
        if (name.trimmed().compare(formatName(f), Qt::CaseInsensitive) == 0) {
            *out = f;
            return true;
        }
    }
    return false;
}

Result<WrittenReport> writeReport(const ReportModel &model, ReportFormat format, const QString &path)
{
    WrittenReport written;
    written.path = path;
    written.format = format;
    if (Error error = OutputFile::checkTarget(path))
        return error;
    Result<QByteArray> bytes = QByteArray();
    switch (format) {
    case ReportFormat::Pdf: {
        const Result<PdfExportResult> pdf = PdfExporter::write(model, path);
        if (!pdf)
            return pdf.error();
        written.bytes = pdf->bytes;
        written.pages = pdf->pages;
        written.internalLinks = pdf->internalLinks;
        return written;
    }
    case ReportFormat::Odt:
        bytes = OdtExporter::toBytes(model);
        break;
    case ReportFormat::Xlsx:
        bytes = XlsxExporter::toBytes(model);
        break;
    case ReportFormat::Csv:
        bytes = CsvExporter::toBytes(model);
        break;
    }
    if (!bytes)
        return bytes.error();
    if (Error error = OutputFile::write(path, *bytes))
        return error;
    written.bytes = bytes->size();
    return written;
}

} // namespace Medtour::Export
