// SPDX-License-Identifier: GPL-3.0-or-later
// Export benchmark: builds and writes a clipping report of N generated articles (Korean,
// English and Russian in turn, about 12 paragraphs each) and prints the time and the file size
// against the targets (100 articles: PDF <= 2 s and <= 3 MB), then the same report as ODT, XLSX
// and CSV (each <= 2 s; XLSX <= 1 MB), the time including building the model, as a run does.
//
//   bench_export [--articles 100] [--runs 3] [--out /tmp/medtour-bench-export.pdf]
#include "../export/exporttestdata.h"
#include "export/pdfexporter.h"
#include "export/reportbuilder.h"
#include "export/reportformats.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>

using namespace Medtour;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("articles"), QStringLiteral("Articles in the report."), QStringLiteral("n"),
                      QStringLiteral("100")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Repetitions (the median is reported)."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where to write the PDF."), QStringLiteral("file"),
                      QStringLiteral("/tmp/medtour-bench-export.pdf")});
    parser.process(app);
    const int count = std::max(1, parser.value(QStringLiteral("articles")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString out = parser.value(QStringLiteral("out"));

    QList<Export::ReportInput> inputs = ExportTestData::articles(count, ExportTestData::Mix::Mixed);
    for (Export::ReportInput &input : inputs) {
        const int n = int(input.article.summary.id);
        const QString lang = input.article.language;
        // ~12 paragraphs (1.5-2.5 k characters), the length of a typical Korean news article.
        input.article.cleanText =
            (ExportTestData::paragraphs(n % 7 ? n : n + 1, lang) + ExportTestData::paragraphs(n + 1000, lang) +
             ExportTestData::paragraphs(n + 2001, lang))
                .join(u'\n');
    }
    qint64 chars = 0;
    for (const Export::ReportInput &input : std::as_const(inputs))
        chars += input.article.cleanText.size();

    Export::ReportOptions options;
    options.organisation = QString::fromUtf8("대전관광공사 의료관광팀");
    options.groupBy = Export::GroupBy::Market;
    QList<qint64> times;
    Export::PdfExportResult last;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        const Export::ReportModel model = Export::ReportBuilder::build(inputs, options);
        const Result<Export::PdfExportResult> result = Export::PdfExporter::write(model, out);
        times << timer.elapsed();
        if (!result) {
            std::fprintf(stderr, "bench_export: %s\n", qPrintable(result.error().detail));
            return 1;
        }
        last = *result;
    }
    // The GUI renders in slices of 30 ms between events: the longest slice is how long it can freeze.
    qint64 longestSlice = 0;
    int slices = 0;
    {
        Export::PdfJob job(Export::ReportBuilder::build(inputs, options));
        bool done = false;
        while (!done) {
            QElapsedTimer slice;
            slice.start();
            const int before = job.progress();
            done = job.step(30);
            if (slice.elapsed() > 200)
                std::printf("  slow slice %lld ms at progress %d\n", static_cast<long long>(slice.elapsed()), before);
            longestSlice = std::max(longestSlice, slice.elapsed());
            ++slices;
        }
    }
    std::sort(times.begin(), times.end());
    const qint64 median = times[times.size() / 2];
    const double mb = double(QFileInfo(out).size()) / (1024.0 * 1024.0);
    std::printf("articles %d (%lld characters of text), pages %d, internal links %d\n", count,
                static_cast<long long>(chars), last.pages, last.internalLinks);
    std::printf("export time: median %lld ms of %d runs (min %lld, max %lld)  target <= 2000 ms for 100: %s\n",
                static_cast<long long>(median), runs, static_cast<long long>(times.constFirst()),
                static_cast<long long>(times.constLast()), median <= 2000 ? "ok" : "MISSED");
    std::printf("file size: %lld bytes (%.2f MB)  target <= 3 MB: %s\n", static_cast<long long>(last.bytes), mb,
                mb <= 3.0 ? "ok" : "MISSED");
    std::printf("GUI slices (30 ms budget): %d, longest %lld ms\n", slices, static_cast<long long>(longestSlice));
    std::printf("written to %s\n", qPrintable(out));

    // The other formats of the same model, as a scheduled run writes them.
    for (const Export::ReportFormat format :
         {Export::ReportFormat::Odt, Export::ReportFormat::Xlsx, Export::ReportFormat::Csv}) {
        const QString path =
            QFileInfo(out).path() + QStringLiteral("/medtour-bench-export.") + Export::formatName(format);
        QList<qint64> formatTimes;
        qint64 bytes = 0;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer timer;
            timer.start();
            const Export::ReportModel model = Export::ReportBuilder::build(inputs, options);
            const Result<Export::WrittenReport> written = Export::writeReport(model, format, path);
            formatTimes << timer.elapsed();
            if (!written) {
                std::fprintf(stderr, "bench_export: %s\n", qPrintable(written.error().detail));
                return 1;
            }
            bytes = written->bytes;
        }
        std::sort(formatTimes.begin(), formatTimes.end());
        const qint64 m = formatTimes[formatTimes.size() / 2];
        const double size = double(bytes) / (1024.0 * 1024.0);
        const bool sizeOk = format != Export::ReportFormat::Xlsx || size <= 1.0;
        std::printf(
            "%s: median %lld ms of %d runs (min %lld, max %lld)  target <= 2000 ms: %s; %lld bytes (%.2f MB)%s\n",
            qPrintable(Export::formatName(format).toUpper()), static_cast<long long>(m), runs,
            static_cast<long long>(formatTimes.constFirst()), static_cast<long long>(formatTimes.constLast()),
            m <= 2000 ? "ok" : "MISSED", static_cast<long long>(bytes), size,
            format == Export::ReportFormat::Xlsx ? (sizeOk ? "  target <= 1 MB: ok" : "  target <= 1 MB: MISSED") : "");
        std::printf("written to %s\n", qPrintable(path));
    }
    return 0;
}
