// SPDX-License-Identifier: GPL-3.0-or-later
// Whole PDF reports read back with poppler-utils: pdftotext must give every title, outlet and
// paragraph back, in report order and each once; pdffonts must show every font embedded.
#include "export/pdfexporter.h"
#include "export/reportfonts.h"
#include "export/reportpages.h"
#include "exporttestdata.h"
#include "testdata.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Medtour;
using namespace Medtour::Export;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// Text without any whitespace: lines wrap anywhere in Hangul, so only the characters are compared.
QString squeeze(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

/// The pages' text without the running header (title, organisation) and footer ("x / y").
QString bodyText(const QStringList &pages, const ReportModel &model)
{
    static const QRegularExpression pageNumber(QStringLiteral("^\\d+ / \\d+$"));
    QStringList kept;
    for (const QString &page : pages) {
        for (const QString &line : page.split(u'\n')) {
            const QString t = line.trimmed();
            if (t != model.title && t != model.options.organisation && !pageNumber.match(t).hasMatch())
                kept << t;
        }
    }
    return squeeze(kept.join(QString()));
}

/// The pages' text, one entry per page.
QStringList pdfPages(const QString &path, const QStringList &extra = {})
{
    const Run r = run(QStringLiteral("pdftotext"),
                      extra + QStringList{QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (r.exitCode != 0)
        return {};
    QStringList pages = QString::fromUtf8(r.out).split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

class tst_PdfExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reports_data();
    void reports();
    void letterAndPagePerArticle();
    void cliExportsTheSample();
    void cliRejectsBadOptions();

private:
    void checkReport(const ReportModel &model, const QList<ReportInput> &inputs, const QString &path,
                     const PdfExportResult &result);
    void checkFonts(const QString &path);
    QTemporaryDir m_dir;
};

void tst_PdfExport::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; cannot read the PDFs back");
    // The rest of poppler-utils comes with it; a missing pdffonts is an error, not a reason to skip.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty(), "pdffonts is missing");
    QVERIFY(m_dir.isValid());
    QVERIFY2(ReportFonts::hasKoreanFont(), "no Korean font installed (fonts-noto-cjk)");
}

void tst_PdfExport::checkFonts(const QString &path)
{
    const Run r = run(QStringLiteral("pdffonts"), {path});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts).mid(2);
    QVERIFY2(!lines.isEmpty(), r.out.constData());
    bool korean = false;
    for (const QString &line : lines) {
        // name type... encoding emb sub uni object-id generation
        const QStringList cols = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        QVERIFY2(cols.size() >= 7, qPrintable(line));
        QVERIFY2(cols[cols.size() - 5] == u"yes", qPrintable(QStringLiteral("not embedded: ") + line));
        korean = korean || line.contains(QStringLiteral("CJK")) || line.contains(QStringLiteral("Nanum")) ||
                 line.contains(QStringLiteral("Gothic"));
    }
    QVERIFY2(korean, "no Korean font in the PDF");
}

void tst_PdfExport::checkReport(const ReportModel &model, const QList<ReportInput> &inputs, const QString &path,
                                const PdfExportResult &result)
{
    const QStringList pages = pdfPages(path);
    QCOMPARE(pages.size(), result.pages);
    const QList<const ReportArticle *> articles = model.articles();
    QCOMPARE(result.articlePages.size(), articles.size());
    QVERIFY(result.internalLinks >= articles.size());
    QHash<qint64, const ReportInput *> byId;
    for (const ReportInput &input : inputs)
        byId.insert(input.article.summary.id, &input);

    // The index (pages after the cover, before the first article) lists every title, in order: its
    // title column, cut out with -x/-W, reads top to bottom.
    const int firstArticlePage = result.articlePages.constFirst();
    QVERIFY(firstArticlePage >= 2); // cover, then the index
    if (model.options.pageSize == PageSize::A4) {
        const qreal margin = 18 / 25.4 * 72, width = 595 - 2 * margin;
        const int x = int(margin + width * 35 / 100);
        const QStringList column =
            pdfPages(path, {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"),
                            QString::number(firstArticlePage), QStringLiteral("-x"), QString::number(x),
                            QStringLiteral("-y"), QStringLiteral("0"), QStringLiteral("-W"),
                            QString::number(int(width * 45 / 100)), QStringLiteral("-H"), QStringLiteral("842")});
        const QString index = squeeze(column.join(QString()));
        qsizetype at = 0;
        for (const ReportArticle *a : articles) {
            at = index.indexOf(squeeze(a->title), at);
            QVERIFY2(at >= 0,
                     qPrintable(QStringLiteral("index: #%1 missing or out of order: ").arg(a->number) + a->title));
        }
    }

    // The articles: every title, outlet and paragraph in order, each paragraph exactly once (a
    // page break never drops or repeats a line), each title on the page the index gives.
    const QString body = bodyText(pages.mid(firstArticlePage), model);
    qsizetype cursor = 0;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const ReportArticle &a = *articles[i];
        if (i > 0)
            QVERIFY(result.articlePages[i] >= result.articlePages[i - 1]);
        QVERIFY2(
            squeeze(pages[result.articlePages[i]]).contains(squeeze(a.title)),
            qPrintable(QStringLiteral("title of #%1 not on page %2").arg(a.number).arg(result.articlePages[i] + 1)));
        const qsizetype title = body.indexOf(squeeze(a.title), cursor);
        QVERIFY2(title >= 0,
                 qPrintable(QStringLiteral("title of #%1 missing or out of order: ").arg(a.number) + a.title));
        const qsizetype outlet = body.indexOf(squeeze(a.outlet), title);
        QVERIFY2(outlet >= 0, qPrintable(QStringLiteral("outlet of #%1: ").arg(a.number) + a.outlet));
        cursor = outlet;
        const ReportInput *input = byId.value(a.id);
        QVERIFY(input);
        const QStringList paragraphs =
            model.options.leadOnly ? QStringList{input->article.lead} : input->article.cleanText.split(u'\n');
        for (const QString &paragraph : paragraphs) {
            const QString p = squeeze(paragraph);
            const qsizetype found = body.indexOf(p, cursor);
            QVERIFY2(found >= 0,
                     qPrintable(QStringLiteral("#%1: paragraph missing or out of order: ").arg(a.number) + paragraph));
            QVERIFY2(body.count(p) == 1,
                     qPrintable(QStringLiteral("#%1: paragraph repeated: ").arg(a.number) + paragraph));
            cursor = found + p.size();
        }
    }
    // "page x / y" on every page after the cover.
    for (int page = 1; page < pages.size(); ++page)
        QVERIFY(squeeze(pages[page]).contains(QStringLiteral("%1/%2").arg(page + 1).arg(pages.size())));
}

void tst_PdfExport::reports_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("mix");
    QTest::addColumn<int>("groupBy");
    QTest::newRow("korean only, 12") << 12 << int(ExportTestData::Mix::Korean) << int(GroupBy::None);
    QTest::newRow("mixed ko/en/ru, by market") << 30 << int(ExportTestData::Mix::Mixed) << int(GroupBy::Market);
    QTest::newRow("one article") << 1 << int(ExportTestData::Mix::Korean) << int(GroupBy::None);
    QTest::newRow("200 articles, by date") << 200 << int(ExportTestData::Mix::Mixed) << int(GroupBy::Date);
}

void tst_PdfExport::reports()
{
    QFETCH(int, count);
    QFETCH(int, mix);
    QFETCH(int, groupBy);
    const QList<ReportInput> inputs = ExportTestData::articles(count, ExportTestData::Mix(mix));
    ReportOptions options;
    options.title = QString::fromUtf8("의료관광 뉴스 클리핑 테스트");
    options.organisation = QString::fromUtf8("대전관광공사");
    options.groupBy = GroupBy(groupBy);
    options.timeZone = QTimeZone::utc();
    const ReportModel model = ReportBuilder::build(inputs, options);
    const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(count));
    const Result<PdfExportResult> result = PdfExporter::write(model, path);
    QVERIFY2(result, qPrintable(result.error().detail));
    QCOMPARE(result->articles, count);
    QVERIFY(result->bytes > 0);
    checkReport(model, inputs, path, *result);
    checkFonts(path);
    // The cover names the report, the organisation and the count.
    const QString cover = squeeze(pdfPages(path).constFirst());
    QVERIFY(cover.contains(squeeze(options.title)));
    QVERIFY(cover.contains(squeeze(options.organisation)));
    QVERIFY(cover.contains(QString::number(count)));
    // The index entries became jumps inside the file.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QCOMPARE(int(pdf.count("/S /GoTo")), result->internalLinks);
    QVERIFY(!pdf.contains("medtour-page:"));
    // ... to the right pages: poppler reads the index's links as jumps to each article's page, in order.
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftohtml")).isEmpty()) {
        const int lastIndexPage = result->articlePages.constFirst(); // 1-based: the page before the first article
        const Run html =
            run(QStringLiteral("pdftohtml"),
                {QStringLiteral("-xml"), QStringLiteral("-stdout"), QStringLiteral("-i"), QStringLiteral("-f"),
                 QStringLiteral("2"), QStringLiteral("-l"), QString::number(lastIndexPage), path});
        QCOMPARE(html.exitCode, 0);
        static const QRegularExpression link(QStringLiteral("<a href=\"[^\"#]*#(\\d+)\""));
        QList<int> targets;
        for (auto it = link.globalMatch(QString::fromUtf8(html.out)); it.hasNext();) {
            const int page = it.next().captured(1).toInt() - 1;
            if (targets.isEmpty() || targets.constLast() != page)
                targets << page;
        }
        QList<int> expected = result->articlePages;
        expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
        QCOMPARE(targets, expected);
    }
}

void tst_PdfExport::letterAndPagePerArticle()
{
    const QList<ReportInput> inputs = ExportTestData::articles(6, ExportTestData::Mix::Mixed);
    ReportOptions options;
    options.pageSize = PageSize::Letter;
    options.pagePerArticle = true;
    options.leadOnly = true;
    const ReportModel model = ReportBuilder::build(inputs, options);
    const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
    const Result<PdfExportResult> result = PdfExporter::write(model, path);
    QVERIFY2(result, qPrintable(result.error().detail));
    // One page each: cover, index, six articles.
    QCOMPARE(result->pages, 8);
    QCOMPARE(result->articlePages, (QList<int>{2, 3, 4, 5, 6, 7}));
    checkReport(model, inputs, path, *result);
    const Run info = run(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.out.contains("612 x 792 pts (letter)"), info.out.constData());
    // Lead only: the second paragraph is not there.
    const QString all = squeeze(pdfPages(path).join(QString()));
    QVERIFY(!all.contains(squeeze(inputs.constFirst().article.cleanText.split(u'\n').at(1))));
}

void tst_PdfExport::cliExportsTheSample()
{
    const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    const QString cli = QStringLiteral(MEDTOUR_CLI);
    QCOMPARE(run(cli, {QStringLiteral("--db"), db, QStringLiteral("ingest"), TestData::sampleFeed()}).exitCode, 0);
    const Run list = run(
        cli, {QStringLiteral("--db"), db, QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("500")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
    QVERIFY(rows.size() >= 10);

    const QString path = m_dir.filePath(QStringLiteral("sample.pdf"));
    const Run exported =
        run(cli, {QStringLiteral("--db"), db, QStringLiteral("export-pdf"), QStringLiteral("--out"), path,
                  QStringLiteral("--title"), QStringLiteral("Sample clips"), QStringLiteral("--group-by"),
                  QStringLiteral("outlet"), QStringLiteral("--org"), QString::fromUtf8("대전시 보건정책과")});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(exported.out).object();
    QCOMPARE(report.value(QStringLiteral("articles")).toInt(), rows.size());
    QCOMPARE(report.value(QStringLiteral("group_by")).toString(), QStringLiteral("outlet"));
    QVERIFY(report.value(QStringLiteral("pages")).toInt() > 2);
    QVERIFY(report.value(QStringLiteral("internal_links")).toInt() >= rows.size());
    const QStringList pages = pdfPages(path);
    QCOMPARE(pages.size(), report.value(QStringLiteral("pages")).toInt());
    const QString text = squeeze(pages.mid(2).join(QString()));
    for (const QJsonValue &row : rows) {
        const QString title = row.toObject().value(QStringLiteral("title")).toString();
        QVERIFY2(text.contains(squeeze(title)), qPrintable(QStringLiteral("missing: ") + title));
    }
    checkFonts(path);

    // --ids picks exactly those articles.
    const QString two = m_dir.filePath(QStringLiteral("two.pdf"));
    const QString ids = QStringLiteral("%1,%2")
                            .arg(rows[0].toObject().value(QStringLiteral("id")).toInteger())
                            .arg(rows[1].toObject().value(QStringLiteral("id")).toInteger());
    const Run picked =
        run(cli, {QStringLiteral("--db"), db, QStringLiteral("export-pdf"), QStringLiteral("--out"), two,
                  QStringLiteral("--ids"), ids, QStringLiteral("--page-size"), QStringLiteral("Letter")});
    QVERIFY2(picked.exitCode == 0, picked.err.constData());
    QCOMPARE(QJsonDocument::fromJson(picked.out).object().value(QStringLiteral("articles")).toInt(), 2);
}

void tst_PdfExport::cliRejectsBadOptions()
{
    const QString db = m_dir.filePath(QStringLiteral("bad.sqlite"));
    const QString cli = QStringLiteral(MEDTOUR_CLI);
    const QString out = m_dir.filePath(QStringLiteral("never.pdf"));
    QCOMPARE(run(cli, {QStringLiteral("--db"), db, QStringLiteral("export-pdf")}).exitCode, 2);
    QCOMPARE(run(cli, {QStringLiteral("--db"), db, QStringLiteral("export-pdf"), QStringLiteral("--out"), out,
                       QStringLiteral("--group-by"), QStringLiteral("weekday")})
                 .exitCode,
             2);
    QCOMPARE(run(cli, {QStringLiteral("--db"), db, QStringLiteral("export-pdf"), QStringLiteral("--out"), out,
                       QStringLiteral("--page-size"), QStringLiteral("A3")})
                 .exitCode,
             2);
    QCOMPARE(run(cli, {QStringLiteral("--db"), db, QStringLiteral("export-pdf"), QStringLiteral("--out"), out,
                       QStringLiteral("--ids"), QStringLiteral("x")})
                 .exitCode,
             2);
    // An empty cache has nothing to export.
    QCOMPARE(
        run(cli, {QStringLiteral("--db"), db, QStringLiteral("export-pdf"), QStringLiteral("--out"), out}).exitCode, 1);
    QVERIFY(!QFile::exists(out));
}

QTEST_MAIN(tst_PdfExport)
#include "tst_pdfexport.moc"
