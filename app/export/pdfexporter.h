// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "export/reportmodel.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Medtour::Export {

/// What a finished export produced.
struct PdfExportResult
{
    int pages = 0;
    int articles = 0;
    qint64 bytes = 0;
    int internalLinks = 0;   ///< link annotations (index entries, one per line) that jump to an article's page
    QList<int> articlePages; ///< 0-based page where each article starts, in report order
};

/**
 * One PDF export, done in steps so the GUI thread can run it between events (step() works for
 * about `budgetMs` and returns) while a command-line tool simply calls run().
 *
 * The PDF is written at 72 dpi into memory: Qt 6.4's PDF engine scales link rectangles by the
 * resolution a second time, so at 72 dpi (one unit = one point) the links land where the text is.
 * finish() then turns the index entries into jumps inside the file (PdfLinks) and saves it.
 * Needs a QGuiApplication (fonts); use from one thread.
 */
class PdfJob final
{
public:
    explicit PdfJob(ReportModel model);
    ~PdfJob();
    Q_DISABLE_COPY_MOVE(PdfJob)

    /// Works for about `budgetMs`; true when everything is painted.
    bool step(int budgetMs);
    /// 0..1000: laying out is the first half, painting the second.
    int progress() const;
    /// Ends the document and writes it to `path` (atomically); call when step() returned true.
    Result<PdfExportResult> finish(const QString &path);
    /// The finished document in memory (for tests); call instead of finish().
    Result<QByteArray> finishToBytes(PdfExportResult *result = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

namespace PdfExporter {

/// Renders and writes the whole report; `progress` (0..1000) returning false cancels.
Result<PdfExportResult> write(const ReportModel &model, const QString &path,
                              const std::function<bool(int)> &progress = {});

} // namespace PdfExporter

} // namespace Medtour::Export
