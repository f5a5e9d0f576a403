// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "core/outputfile.h"
#include "core/version.h"
#include "export/exportlogging.h"
#include "export/pdflinks.h"
#include "export/reportrenderer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace Medtour::Export {

struct PdfJob::Private
{
    ReportModel model;
    QBuffer buffer;
    std::unique_ptr<QPdfWriter> writer;
    std::unique_ptr<QPainter> painter;
    std::unique_ptr<ReportRenderer> renderer;
    bool done = false;
};

PdfJob::PdfJob(ReportModel model)
    : d(std::make_unique<Private>())
{
    d->model = std::move(model);
    d->buffer.open(QIODevice::WriteOnly);
    d->writer = std::make_unique<QPdfWriter>(&d->buffer);
    d->writer->setResolution(72);
    d->writer->setPageSize(
        QPageSize(d->model.options.pageSize == PageSize::Letter ? QPageSize::Letter : QPageSize::A4));
    d->writer->setPageMargins(QMarginsF(0, 0, 0, 0));
    d->writer->setTitle(d->model.title);
    d->writer->setCreator(QStringLiteral("Medtour Reader %1").arg(QLatin1StringView(MEDTOUR_VERSION)));
    d->renderer = std::make_unique<ReportRenderer>(d->model, d->writer.get());
    d->renderer->setPageHref(&PdfLinks::pageHref);
}

PdfJob::~PdfJob()
{
    if (d->painter && d->painter->isActive())
        d->painter->end();
}

bool PdfJob::step(int budgetMs)
{
    if (d->done)
        return true;
    QElapsedTimer timer;
    timer.start();
    while (!d->renderer->isLaidOut()) {
        d->renderer->layoutSome(4);
        if (timer.elapsed() >= budgetMs)
            return false;
    }
    if (!d->painter) {
        d->painter = std::make_unique<QPainter>();
        if (!d->painter->begin(d->writer.get())) {
            qCWarning(lcExport) << "could not start painting the PDF";
            d->done = true;
            return true;
        }
    }
    while (!d->renderer->paintNext(*d->painter)) {
        if (timer.elapsed() >= budgetMs)
            return false;
    }
    d->done = true;
    return true;
}

int PdfJob::progress() const
{
    const int articles = std::max(1, d->model.articleCount);
    if (!d->renderer->isLaidOut())
        return 500 * d->renderer->articlesLaidOut() / articles;
    return 500 + 500 * d->renderer->pagesPainted() / std::max(1, d->renderer->pageCount());
}

Result<QByteArray> PdfJob::finishToBytes(PdfExportResult *result)
{
    if (!d->done || !d->painter)
        return Error{Error::InvalidInput, QStringLiteral("the report is not rendered yet")};
    d->painter->end();
    QByteArray pdf = d->buffer.data();
    const int links = PdfLinks::resolve(pdf);
    if (result) {
        result->pages = d->renderer->pageCount();
        result->articles = d->model.articleCount;
        result->bytes = pdf.size();
        result->internalLinks = std::max(0, links);
        result->articlePages = d->renderer->articlePages();
    }
    return pdf;
}

Result<PdfExportResult> PdfJob::finish(const QString &path)
{
    PdfExportResult result;
    const Result<QByteArray> pdf = finishToBytes(&result);
    if (!pdf)
        return pdf.error();
    // Only a regular file or a new name: the atomic save would turn a device node into a file.
    if (const Error error = OutputFile::write(path, *pdf))
        return error;
    return result;
}

namespace PdfExporter {

Result<PdfExportResult> write(const ReportModel &model, const QString &path, const std::function<bool(int)> &progress)
{
    PdfJob job(model);
    while (!job.step(100)) {
        if (progress && !progress(job.progress()))
            return Error{Error::InvalidInput, QStringLiteral("cancelled")};
    }
    return job.finish(path);
}

} // namespace PdfExporter

} // namespace Medtour::Export
