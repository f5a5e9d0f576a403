// SPDX-License-Identifier: GPL-3.0-or-later
// medtour-cli export-pdf: a PDF clipping report of chosen articles or of everything under the filters.
#include "commands.h"
#include "core/outputfile.h"
#include "export/pdfexporter.h"
#include "export/reportbuilder.h"
#include "export/reportfonts.h"
#include "export/reportformats.h"
#include "export/reportloader.h"
#include "jsonout.h"
#include "queryoptions.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cstdlib>

namespace Medtour::Cli {

QList<QCommandLineOption> exportOptions()
{
    return {
        {QStringLiteral("out"), QStringLiteral("export-pdf: write the report to <file>."), QStringLiteral("file")},
        {QStringLiteral("ids"), QStringLiteral("export-pdf: these articles (1,2,3) instead of the filters."),
         QStringLiteral("ids")},
        {QStringLiteral("title"), QStringLiteral("export-pdf: the report title."), QStringLiteral("text")},
        {QStringLiteral("org"), QStringLiteral("export-pdf: the organisation on the cover."), QStringLiteral("name")},
        {QStringLiteral("group-by"), QStringLiteral("export-pdf: group by date, market or outlet."),
         QStringLiteral("key")},
        {QStringLiteral("lead-only"), QStringLiteral("export-pdf: the lead of each article, not its full text.")},
        {QStringLiteral("page-per-article"), QStringLiteral("export-pdf: start every article on a new page.")},
        {QStringLiteral("page-size"), QStringLiteral("export-pdf: A4 (default) or Letter."), QStringLiteral("size")},
        {QStringLiteral("query"), QStringLiteral("export-pdf: only articles matching this search; hits are marked."),
         QStringLiteral("search")},
        {QStringLiteral("format"),
         QStringLiteral("export: pdf, odt, xlsx or csv; reports add: a comma-separated list of them."),
         QStringLiteral("formats")},
    };
}

void prepareGuiPlatform()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Rendering needs fonts, not a screen: without a display, use the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#endif
}

namespace {

bool readReportOptions(const QCommandLineParser &p, Export::ReportOptions *o, QString *error)
{
    o->title = p.value(QStringLiteral("title"));
    o->organisation = p.value(QStringLiteral("org"));
    o->leadOnly = p.isSet(QStringLiteral("lead-only"));
    o->pagePerArticle = p.isSet(QStringLiteral("page-per-article"));
    o->searchText = p.value(QStringLiteral("query"));
    if (!Export::groupByFromName(p.value(QStringLiteral("group-by")), &o->groupBy)) {
        *error = QStringLiteral("--group-by takes date, market or outlet");
        return false;
    }
    if (p.isSet(QStringLiteral("page-size")) &&
        !Export::pageSizeFromName(p.value(QStringLiteral("page-size")), &o->pageSize)) {
        *error = QStringLiteral("--page-size takes A4 or Letter");
        return false;
    }
    return true;
}

} // namespace

namespace {

/// The report model for `export` and `export-pdf`: the chosen ids or the filters' articles.
int buildModel(const Invocation &in, const QString &usage, Export::ReportModel *model)
{
    const QCommandLineParser &p = *in.parser;
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(Exit::Usage, usage);
    // Refused before anything is rendered: a device, a pipe, a socket or a folder is left alone.
    if (const Error target = OutputFile::checkTarget(out))
        return fail(Exit::BadInput, target.detail);
    Export::ReportOptions options;
    QString error;
    if (!readReportOptions(p, &options, &error))
        return fail(Exit::Usage, error);
    ArticleQuery query;
    if (!QueryOptions::read(p, &query, &error))
        return fail(Exit::Usage, error);
    query.text = options.searchText;
    QList<qint64> ids;
    if (p.isSet(QStringLiteral("ids")) && !parseIds(p.value(QStringLiteral("ids")), &ids))
        return fail(Exit::Usage, QStringLiteral("--ids takes article ids like 1,2,3"));
    int limit = Export::ReportLoader::kMaxArticles;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return fail(Exit::Usage, QStringLiteral("--limit takes a positive whole number"));
    }

    Database db(QStringLiteral("cli"));
    int code = 0;
    if (!openDatabase(db, in, &code))
        return code;
    placeUnplaced(db); // the report lists the other outlets of each story
    const Export::ReportLoader loader(db);
    if (ids.isEmpty()) {
        const Result<QList<qint64>> matching = loader.idsFor(query, limit);
        if (!matching)
            return fail(Exit::Storage, matching.error().detail);
        ids = *matching;
        options.filterSummary = Export::ReportBuilder::filterSummary(query);
    }
    if (ids.isEmpty())
        return fail(Exit::BadInput, QStringLiteral("no articles to export"));
    const Result<QList<Export::ReportInput>> inputs = loader.load(ids);
    if (!inputs)
        return fail(Exit::BadInput, inputs.error().detail);
    if (inputs->isEmpty())
        return fail(Exit::BadInput, QStringLiteral("none of the given ids is a cached article"));
    if (!Export::ReportFonts::hasKoreanFont())
        JsonOut::printError(QStringLiteral("warning: no Korean font installed; Hangul may not render"));

    options.labelLanguage = QLocale().name().startsWith(u"ko")   ? QStringLiteral("ko")
                            : QLocale().name().startsWith(u"ru") ? QStringLiteral("ru")
                                                                 : QStringLiteral("en");
    *model = Export::ReportBuilder::build(*inputs, options);
    return 0;
}

} // namespace

int exportPdf(const Invocation &in)
{
    Export::ReportModel model;
    if (const int code = buildModel(
            in, QStringLiteral("usage: medtour-cli export-pdf --out FILE.pdf [--ids 1,2,3 | filters]"), &model))
        return code;
    const QString out = in.parser->value(QStringLiteral("out"));
    const Result<Export::PdfExportResult> result = Export::PdfExporter::write(model, out);
    if (!result)
        return fail(Exit::BadInput, result.error().detail);
    JsonOut::print(QJsonObject{
        {QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
        {QStringLiteral("title"), model.title},
        {QStringLiteral("articles"), result->articles},
        {QStringLiteral("pages"), result->pages},
        {QStringLiteral("bytes"), result->bytes},
        {QStringLiteral("internal_links"), result->internalLinks},
        {QStringLiteral("page_size"), Export::pageSizeName(model.options.pageSize)},
        {QStringLiteral("group_by"), Export::groupByName(model.options.groupBy)},
        {QStringLiteral("fonts"), QJsonArray::fromStringList(Export::ReportFonts::families())},
    });
    return 0;
}

int exportReport(const Invocation &in)
{
    Export::ReportFormat format = Export::ReportFormat::Pdf;
    const QString name = in.parser->value(QStringLiteral("format"));
    if (!name.isEmpty() && !Export::formatFromName(name, &format))
        return fail(Exit::Usage, QStringLiteral("--format takes pdf, odt, xlsx or csv"));
    Export::ReportModel model;
    if (const int code = buildModel(
            in,
            QStringLiteral("usage: medtour-cli export --format pdf|odt|xlsx|csv --out FILE [--ids 1,2,3 | filters]"),
            &model))
        return code;
    const QString out = in.parser->value(QStringLiteral("out"));
    const Result<Export::WrittenReport> written = Export::writeReport(model, format, out);
    if (!written)
        return fail(Exit::BadInput, written.error().detail);
    QJsonObject json{
        {QStringLiteral("file"), QFileInfo(out).absoluteFilePath()},
        {QStringLiteral("format"), Export::formatName(format)},
        {QStringLiteral("title"), model.title},
        {QStringLiteral("articles"), model.articleCount},
        {QStringLiteral("bytes"), written->bytes},
        {QStringLiteral("group_by"), Export::groupByName(model.options.groupBy)},
    };
    if (format == Export::ReportFormat::Pdf) {
        json.insert(QStringLiteral("pages"), written->pages);
        json.insert(QStringLiteral("internal_links"), written->internalLinks);
    }
    JsonOut::print(json);
    return 0;
}

} // namespace Medtour::Cli
