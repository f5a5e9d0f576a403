// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/articlequery.h"
#include "export/reportformats.h"
#include "export/reportmodel.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

class QPainter;
class QPrinter;
class QProgressDialog;
class QWidget;

namespace Medtour {
class AppContext;
namespace Export {
class PdfJob;
class ReportRenderer;
} // namespace Export
} // namespace Medtour

namespace Medtour::Ui {

/**
 * Selection → options dialog → file or print dialog → report. The articles are loaded and the report
 * model built off the GUI thread (QtConcurrent, with the worker's own database connection); the
 * PDF or print-out is then rendered on the GUI thread in slices of a few tens of milliseconds,
 * driven by a timer, under a progress dialog whose Cancel stops it (QTextDocument and the printer
 * stay in the thread that owns them). One export at a time.
 */
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    ExportController(AppContext &context, QWidget *window);
    ~ExportController() override;

    /// Asks for options and a file name, then exports `selected` (or everything under `query`).
    void exportPdf(const QList<qint64> &selected, const ArticleQuery &query);
    /// Asks for options and a printer, then prints.
    void print(const QList<qint64> &selected, const ArticleQuery &query);

    /// Exports without asking (the dialogs' end point; used by tests). Empty `ids`: all under `query`.
    void exportTo(const QString &path, const QList<qint64> &ids, const ArticleQuery &query,
                  const Export::ReportOptions &options, Export::ReportFormat format = Export::ReportFormat::Pdf);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// The export or print-out ended: `ok` false when it failed or was cancelled, with a message to show.
    void finished(bool ok, const QString &message);

private:
    /// What the worker hands back (default-constructible, as QFuture wants).
    struct Loaded
    {
        Export::ReportModel model;
        Error error;
    };
    static Loaded load(const QString &databasePath, QList<qint64> ids, const ArticleQuery &query,
                       const Export::ReportOptions &options, const std::shared_ptr<std::atomic_bool> &cancelled);
    enum class Target
    {
        Pdf,
        Printer
    };
    bool askOptions(bool forPrint, const QList<qint64> &selected, const ArticleQuery &query, QList<qint64> *ids,
                    Export::ReportOptions *options, Export::ReportFormat *format = nullptr);
    void written();
    void start(Target target, const QList<qint64> &ids, const ArticleQuery &query, Export::ReportOptions options);
    void modelReady();
    void renderStep();
    void cancel();
    void end(bool ok, const QString &message);

    AppContext &m_context;
    QPointer<QWidget> m_window;
    Target m_target = Target::Pdf;
    QString m_path;
    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QFutureWatcher<Loaded> m_watcher;
    struct Written ///< default-constructible, as QFuture wants
    {
        Export::WrittenReport report;
        Error error;
    };
    QFutureWatcher<Written> m_writer; ///< ODT, XLSX, CSV: written off the GUI thread
    Export::ReportFormat m_format = Export::ReportFormat::Pdf;
    Export::ReportModel m_model;
    std::unique_ptr<Export::PdfJob> m_pdf;
    std::unique_ptr<QPrinter> m_printer;
    std::unique_ptr<Export::ReportRenderer> m_renderer;
    std::unique_ptr<QPainter> m_painter;
    QProgressDialog *m_progress = nullptr;
    QTimer m_timer;
};

} // namespace Medtour::Ui
