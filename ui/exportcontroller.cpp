// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"

#include "context/appcontext.h"
#include "export/pdfexporter.h"
#include "export/reportbuilder.h"
#include "export/reportfonts.h"
#include "export/reportloader.h"
#include "export/reportrenderer.h"
#include "exportdialog.h"
#include "storage/database.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace Medtour::Ui {

namespace {
/// How long one slice of rendering may hold the GUI thread.
constexpr int kSliceMs = 30;
} // namespace

ExportController::ExportController(AppContext &context, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &ExportController::renderStep);
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, &ExportController::modelReady);
    connect(&m_writer, &QFutureWatcher<Written>::finished, this, &ExportController::written);
}

ExportController::~ExportController()
{
    // Shutdown is the one place that waits for the worker: it holds only copies and its own connection.
    if (m_cancelled)
        m_cancelled->store(true);
    m_watcher.waitForFinished();
    if (m_printer && m_painter && m_painter->isActive())
        m_printer->abort();
}

ExportController::Loaded ExportController::load(const QString &databasePath, QList<qint64> ids,
                                                const ArticleQuery &query, const Export::ReportOptions &options,
                                                const std::shared_ptr<std::atomic_bool> &cancelled)
{
    Loaded out;
    Database db(QStringLiteral("export"));
    if (const Error error = db.open(databasePath)) {
        out.error = error;
        return out;
    }
    const Export::ReportLoader loader(db);
    if (ids.isEmpty()) {
        const Result<QList<qint64>> matching = loader.idsFor(query);
        if (!matching) {
            out.error = matching.error();
            return out;
        }
        ids = *matching;
    }
    const Result<QList<Export::ReportInput>> inputs = loader.load(ids, cancelled.get());
    if (!inputs) {
        out.error = inputs.error();
        return out;
    }
    out.model = Export::ReportBuilder::build(*inputs, options);
    return out;
}

bool ExportController::askOptions(bool forPrint, const QList<qint64> &selected, const ArticleQuery &query,
                                  QList<qint64> *ids, Export::ReportOptions *options, Export::ReportFormat *format)
{
    if (m_busy)
        return false;
    const Result<int> counted = m_context.articles().count(query);
    if (!counted) {
        Q_EMIT finished(false, tr("The articles could not be read: %1").arg(counted.error().detail));
        return false;
    }
    const int filterCount = *counted;
    ExportDialog dialog(forPrint ? ExportDialog::Purpose::Print : ExportDialog::Purpose::Pdf, int(selected.size()),
                        filterCount, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *options = dialog.options();
    if (format)
        *format = dialog.format();
    *ids = dialog.scope() == ExportDialog::Scope::Selection ? selected : QList<qint64>();
    if (ids->isEmpty() && filterCount > Export::ReportLoader::kMaxArticles) {
        QMessageBox::information(m_window, tr("Large Report"),
                                 tr("The filter matches %1 articles; the report will hold the newest %2.")
                                     .arg(filterCount)
                                     .arg(Export::ReportLoader::kMaxArticles));
    }
    return true;
}

void ExportController::exportPdf(const QList<qint64> &selected, const ArticleQuery &query)
{
    QList<qint64> ids;
    Export::ReportOptions options;
    Export::ReportFormat format = Export::ReportFormat::Pdf;
    if (!askOptions(false, selected, query, &ids, &options, &format))
        return;
    const QString suffix = QStringLiteral(".") + Export::formatName(format);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("clipping-%1.pdf").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))).chopped(4) + suffix);
    QString filter;
    switch (format) {
    case Export::ReportFormat::Pdf:
        filter = tr("PDF files (*.pdf)");
        break;
    case Export::ReportFormat::Odt:
        filter = tr("OpenDocument text (*.odt)");
        break;
    case Export::ReportFormat::Xlsx:
        filter = tr("Excel workbooks (*.xlsx)");
        break;
    case Export::ReportFormat::Csv:
        filter = tr("CSV files (*.csv)");
        break;
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Report"), suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    exportTo(path, ids, query, options, format);
}

void ExportController::print(const QList<qint64> &selected, const ArticleQuery &query)
{
    QList<qint64> ids;
    Export::ReportOptions options;
    if (!askOptions(true, selected, query, &ids, &options))
        return;
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(options.title);
    QPrintDialog dialog(printer.get(), m_window);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printer->setFullPage(true); // the report sets its own margins
    m_printer = std::move(printer);
    start(Target::Printer, ids, query, options);
}

void ExportController::exportTo(const QString &path, const QList<qint64> &ids, const ArticleQuery &query,
                                const Export::ReportOptions &options, Export::ReportFormat format)
{
    if (m_busy)
        return;
    m_path = path;
    m_format = format;
    start(Target::Pdf, ids, query, options);
}

void ExportController::start(Target target, const QList<qint64> &ids, const ArticleQuery &query,
                             Export::ReportOptions options)
{
    m_busy = true;
    m_target = target;
    if (ids.isEmpty())
        options.filterSummary = Export::ReportBuilder::filterSummary(query);
    options.searchText = query.text;
    m_cancelled = std::make_shared<std::atomic_bool>(false);

    m_progress = new QProgressDialog(tr("Collecting articles…"), tr("Cancel"), 0, 1000, m_window);
    m_progress->setWindowTitle(target == Target::Pdf ? tr("Export PDF Report") : tr("Print Report"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportController::cancel);

    const QString path = m_context.database().path();
    if (path.isEmpty() || path == u":memory:") {
        // An in-memory cache cannot be opened from another connection: load here (tests, small caches).
        Loaded loaded;
        const Export::ReportLoader loader(m_context.database());
        const Result<QList<qint64>> matching = ids.isEmpty() ? loader.idsFor(query) : Result<QList<qint64>>(ids);
        const Result<QList<Export::ReportInput>> inputs =
            matching ? loader.load(*matching) : Result<QList<Export::ReportInput>>(matching.error());
        if (inputs)
            loaded.model = Export::ReportBuilder::build(*inputs, options);
        else
            loaded.error = inputs.error();
        m_watcher.setFuture(QtConcurrent::run([loaded] { return loaded; }));
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(&ExportController::load, path, ids, query, options, m_cancelled));
}

void ExportController::modelReady()
{
    if (!m_busy)
        return;
    const Loaded loaded = m_watcher.result();
    if (m_cancelled->load())
        return end(false, tr("Export cancelled."));
    if (loaded.error)
        return end(false, tr("The articles could not be read: %1").arg(loaded.error.detail));
    if (loaded.model.articleCount == 0)
        return end(false, tr("There are no articles to export."));
    if (!Export::ReportFonts::hasKoreanFont()) {
        qWarning("no Korean font installed; Hangul may not render (install Noto Sans CJK KR, Malgun Gothic or "
                 "Apple SD Gothic Neo)");
    }
    m_model = loaded.model;
    if (m_target == Target::Pdf && m_format != Export::ReportFormat::Pdf) {
        m_progress->setLabelText(tr("Writing %n article(s)…", nullptr, m_model.articleCount));
        m_writer.setFuture(QtConcurrent::run([model = m_model, format = m_format, path = m_path] {
            const Result<Export::WrittenReport> result = Export::writeReport(model, format, path);
            return result ? Written{*result, {}} : Written{{}, result.error()};
        }));
        return;
    }
    m_progress->setLabelText(tr("Laying out %n article(s)…", nullptr, m_model.articleCount));
    if (m_target == Target::Pdf) {
        m_pdf = std::make_unique<Export::PdfJob>(m_model);
    } else {
        m_renderer = std::make_unique<Export::ReportRenderer>(m_model, m_printer.get());
    }
    m_timer.start();
}

void ExportController::written()
{
    if (!m_busy)
        return;
    const Written result = m_writer.result();
    if (result.error)
        return end(false, tr("The report could not be written: %1").arg(result.error.detail));
    end(true, tr("Exported %n article(s) to %1.", nullptr, m_model.articleCount).arg(QDir::toNativeSeparators(m_path)));
}

void ExportController::renderStep()
{
    if (m_target == Target::Pdf) {
        const bool done = m_pdf->step(kSliceMs);
        m_progress->setValue(m_pdf->progress());
        if (!done)
            return;
        m_timer.stop();
        const Result<Export::PdfExportResult> result = m_pdf->finish(m_path);
        if (!result)
            return end(false, tr("The PDF could not be written: %1").arg(result.error().detail));
        return end(true, tr("Exported %n article(s) to %1 (%2 pages).", nullptr, result->articles)
                             .arg(QDir::toNativeSeparators(m_path))
                             .arg(result->pages));
    }

    QElapsedTimer timer;
    timer.start();
    if (!m_renderer->isLaidOut()) {
        while (!m_renderer->layoutSome(2) && timer.elapsed() < kSliceMs) {
        }
        m_progress->setValue(500 * m_renderer->articlesLaidOut() / std::max(1, m_model.articleCount));
        return;
    }
    if (!m_painter) {
        m_painter = std::make_unique<QPainter>();
        if (!m_painter->begin(m_printer.get())) {
            m_timer.stop();
            return end(false, tr("The printer could not be started."));
        }
    }
    bool done = false;
    while (!(done = m_renderer->paintNext(*m_painter)) && timer.elapsed() < kSliceMs) {
    }
    m_progress->setLabelText(
        tr("Printing page %1 of %2…").arg(m_renderer->pagesPainted()).arg(m_renderer->pageCount()));
    m_progress->setValue(500 + 500 * m_renderer->pagesPainted() / std::max(1, m_renderer->pageCount()));
    if (!done)
        return;
    m_timer.stop();
    m_painter->end();
    end(true, tr("Sent %n page(s) to the printer.", nullptr, m_renderer->pageCount()));
}

void ExportController::cancel()
{
    if (!m_busy)
        return;
    if (m_cancelled)
        m_cancelled->store(true);
    if (m_watcher.isRunning() || m_writer.isRunning())
        return; // modelReady() or written() ends it once the worker stops
    m_timer.stop();
    if (m_printer && m_painter && m_painter->isActive()) {
        m_printer->abort();
        m_painter->end();
    }
    end(false, tr("Export cancelled."));
}

void ExportController::end(bool ok, const QString &message)
{
    m_timer.stop();
    m_pdf.reset();
    m_painter.reset();
    m_renderer.reset();
    m_printer.reset();
    m_model = {};
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_busy = false;
    if (!ok && m_window && !message.isEmpty() && m_target == Target::Printer)
        QMessageBox::warning(m_window, tr("Print Report"), message);
    Q_EMIT finished(ok, message);
}

} // namespace Medtour::Ui
