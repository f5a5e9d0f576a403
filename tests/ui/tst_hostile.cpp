// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile content (issue #10): the pages of tests/data/hostile, whose every remote reference points at a
// local TestHttpServer, go through the real path — page extraction, a feed carrying them as item content
// ingested into a cache, the detail pane (offscreen, events processed so any loader would fire), the list
// model and a PDF export. The server's access log must stay empty with remote images off; with them on,
// the document may only name the <img src> images the user consented to, never scripts, frames or CSS.
// What is shown holds no script text, no event handler, no clickable javascript:/data:/file: link and no
// form; bidi overrides in titles and text are stripped everywhere (TextNormalizer::withoutBidiControls).
// A 10^5-deep page and a 50 MB inline image finish within bounds.
#include "articledetailpane.h"
#include "articledetailview.h"
#include "context/appcontext.h"
#include "export/pdfexporter.h"
#include "export/reportbuilder.h"
#include "extract/pageextractor.h"
#include "html/htmlsanitizer.h"
#include "models/articlelistmodel.h"
#include "mustread.h"
#include "settings/settings.h"
#include "storage/articlerepository.h"
#include "sync/feedingester.h"
#include "testdata.h"
#include "testhttpserver.h"
#include "text/textnormalizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScrollBar>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>

#include <sys/resource.h>

using namespace Medtour;
using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

const QStringList kPages = {u"scripts"_s, u"frames"_s, u"forms"_s, u"links"_s, u"css"_s, u"tracking"_s, u"rtl"_s};

/// Words of the hostile pages that must never be shown (script bodies, form values, fallback content).
const QStringList kForbiddenText = {u"PAYLOAD"_s, u"alert("_s, u"document.write"_s, u"document.cookie"_s};

bool hasBidiControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return TextNormalizer::isBidiControl(c.unicode()); });
}

qint64 peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

/// The deep page: 10^5 nested <div>s around the text.
QByteArray deepPage()
{
    return "<!doctype html><html><head><title>Deep page</title></head><body><article><h1>Deep page</h1>"
           "<p>Jeju's resorts announced wellness packages for patients recovering from surgery abroad.</p>" +
           QByteArray("<div>").repeated(100000) +
           "<p>The innermost paragraph says the packages start in March at three hotels.</p>" +
           QByteArray("</div>").repeated(100000) + "</article></body></html>";
}

} // namespace

class tst_Hostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void extraction();
    void detailPaneLoadsNothing();
    void remoteImagesOnlyWithConsent();
    void listAndPdfNeutraliseOverrides();
    void hugeInlineImage();

private:
    QByteArray page(const QString &name) const;
    QString accessLog() const;
    /// Checks what the detail view holds now; adds every image it names to `images`.
    void checkShown(const Ui::ArticleDetailView &view, const QString &name, QSet<QString> *images);
    void showAll(Ui::ArticleDetailPane &pane, QSet<QString> *images);

    QTemporaryDir m_dir;
    TestHttpServer m_server;
    AppContext m_context;
    QHash<QString, qint64> m_ids; ///< page name → article id
};

QByteArray tst_Hostile::page(const QString &name) const
{
    if (name == u"deep")
        return deepPage();
    QFile f(TestData::path(QStringLiteral("hostile/%1.html").arg(name)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().replace("@SERVER@", m_server.url(QString()).toString().toUtf8());
}

QString tst_Hostile::accessLog() const
{
    QStringList paths;
    for (const HttpRequest &r : m_server.requests())
        paths << QString::fromUtf8(r.method + ' ' + r.path);
    return paths.join(u", "_s);
}

void tst_Hostile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(!m_context.open(m_dir.filePath(u"hostile.sqlite"_s), false));

    // One feed whose items are the hostile pages: link to the page on the server, the page as content.
    QByteArray feed = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" "
                      "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Hostile "
                      "&#x202E;outlet</title><link>" +
                      m_server.url(u"/hostile/"_s).toEncoded() + "</link>\n";
    QStringList names = kPages;
    names << u"deep"_s;
    for (const QString &name : std::as_const(names)) {
        const QByteArray html = page(name);
        QVERIFY2(!html.isEmpty(), qPrintable(name));
        QVERIFY(!html.contains("]]>"));
        const QByteArray title = name == u"rtl"
                                     ? QByteArray("Invoice &#x202E;fdp.exe &#x202D;LRO &#x202B;RLE &#x202A;LRE "
                                                  "&#x2066;LRI &#x2067;RLI &#x2068;FSI &#x2069;PDI end")
                                     : "Hostile page " + name.toUtf8();
        feed += "<item><title>" + title + "</title><link>" + m_server.url(u"/hostile/%1.html"_s.arg(name)).toEncoded() +
                "</link><guid>hostile-" + name.toUtf8() +
                "</guid><pubDate>Mon, 30 Nov 2026 09:00:00 +0900</pubDate><content:encoded><![CDATA[" + html +
                "]]></content:encoded></item>\n";
    }
    feed += "</channel></rss>\n";
    Source source;
    source.url = m_server.url(u"/hostile/feed.xml"_s);
    QElapsedTimer timer;
    timer.start();
    const Result<IngestReport> report = FeedIngester(m_context.database()).ingest(feed, source);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().detail));
    QCOMPARE(report->stats.added, int(names.size()));
    qInfo("ingested %d hostile items (one 10^5 deep) in %lld ms", int(names.size()), timer.elapsed());
    QVERIFY(timer.elapsed() < 20000);
    for (const ArticleSummary &row : mustRead(m_context.articles().page({}, {}, 100))) {
        const QString name = row.link.fileName().section(u'.', 0, 0);
        m_ids.insert(name, row.id);
    }
    QCOMPARE(m_ids.size(), names.size());
    QVERIFY2(m_server.requests().isEmpty(), qPrintable(accessLog())); // ingest loads nothing
}

void tst_Hostile::extraction()
{
    // The page extractor on every page (the "fetch full page" path): article text only, nothing hostile.
    PageExtractor extractor;
    QStringList names = kPages;
    names << u"deep"_s;
    for (const QString &name : std::as_const(names)) {
        QElapsedTimer timer;
        timer.start();
        const ExtractedPage extracted =
            extractor.extract(page(name), m_server.url(u"/hostile/%1.html"_s.arg(name)), "text/html; charset=utf-8");
        QVERIFY2(timer.elapsed() < 20000, qPrintable(name));
        QVERIFY2(extracted.ok(), qPrintable(name + u": "_s + extracted.error.detail));
        const QString text = extracted.title + u'\n' + extracted.text() + u'\n' + extracted.captions.join(u'\n');
        for (const QString &bad : kForbiddenText)
            QVERIFY2(!text.contains(bad), qPrintable(name + u": "_s + bad + u" in "_s + text.left(300)));
        QVERIFY2(extracted.paragraphs.size() >= 1, qPrintable(name));
        if (name == u"deep")
            QVERIFY2(text.contains(u"innermost paragraph"_s), qPrintable(text.left(300)));
    }
    QVERIFY2(m_server.requests().isEmpty(), qPrintable(accessLog()));
}

void tst_Hostile::checkShown(const Ui::ArticleDetailView &view, const QString &name, QSet<QString> *images)
{
    const QTextDocument *doc = view.document();
    const QString text = doc->toPlainText();
    for (const QString &bad : kForbiddenText)
        QVERIFY2(!text.contains(bad), qPrintable(name + u": "_s + bad));
    QVERIFY2(!hasBidiControl(text), qPrintable(name));
    const QString html = doc->toHtml();
    for (const char *bad : {"<script", "onerror", "onload", "onclick", "onmouseover", "onfocus", "<form", "<input",
                            "<iframe", "<object", "<embed", "javascript:", "vbscript:", "data:", "file:", "url("}) {
        QVERIFY2(!html.contains(QLatin1StringView(bad), Qt::CaseInsensitive),
                 qPrintable(name + u": "_s + QLatin1StringView(bad)));
    }
    // Every link is web, mail or our own; every image is an http(s) URL (only with consent, see below).
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isAnchor()) {
                const QString scheme = QUrl(format.anchorHref()).scheme();
                QVERIFY2(scheme == u"http" || scheme == u"https" || scheme == u"mailto" || scheme == u"medtour",
                         qPrintable(name + u": link "_s + format.anchorHref()));
            }
            if (format.isImageFormat()) {
                const QString src = format.toImageFormat().name();
                QVERIFY2(src.startsWith(m_server.url(u"/hostile/"_s).toString()), qPrintable(name + u": "_s + src));
                images->insert(QUrl(src).path() + (QUrl(src).hasQuery() ? u"?"_s + QUrl(src).query() : QString()));
            }
        }
    }
    if (name == u"links") {
        QVERIFY(html.contains(u"https://news.example/good"_s));
        QVERIFY(text.contains(u"plain javascript"_s)); // the text of a refused link stays, unlinked
    }
    if (name == u"rtl")
        QVERIFY2(text.contains(u"Invoice fdp.exe LRO RLE LRE LRI RLI FSI PDI end"_s), qPrintable(text.left(200)));
    if (name == u"deep")
        QVERIFY(text.contains(u"innermost paragraph"_s));
}

void tst_Hostile::showAll(Ui::ArticleDetailPane &pane, QSet<QString> *images)
{
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        QElapsedTimer timer;
        timer.start();
        pane.showArticle(it.value(), {u"patients"_s});
        QTest::qWait(100); // layout, painting, any resource loading
        QVERIFY2(timer.elapsed() < 20000, qPrintable(it.key()));
        QVERIFY(pane.articleId() == it.value());
        checkShown(*pane.view(), it.key(), images);
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_Hostile::detailPaneLoadsNothing()
{
    Settings settings(m_dir.filePath(u"off.ini"_s));
    QVERIFY(!settings.remoteImages()); // the default
    Ui::ArticleDetailPane pane(m_context, settings);
    pane.resize(900, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSet<QString> images;
    showAll(pane, &images);
    QVERIFY2(images.isEmpty(), qPrintable(QStringList(images.values()).join(u' ')));
    // Scroll through the longest article too, so that everything is laid out and painted.
    pane.showArticle(m_ids.value(u"tracking"_s), {});
    pane.view()->verticalScrollBar()->setValue(pane.view()->verticalScrollBar()->maximum());
    QTest::qWait(300);
    QVERIFY2(m_server.requests().isEmpty(), qPrintable(accessLog()));
}

void tst_Hostile::remoteImagesOnlyWithConsent()
{
    Settings settings(m_dir.filePath(u"on.ini"_s));
    settings.setRemoteImages(true);
    Ui::ArticleDetailPane pane(m_context, settings);
    pane.resize(900, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSet<QString> images;
    showAll(pane, &images);
    QTest::qWait(300);
    // Exactly the <img src> images: no srcset, poster, background, CSS, <input type=image>, noscript,
    // template or SVG image, nothing data:.
    const QSet<QString> consented = {u"/hostile/broken.png"_s, u"/hostile/pixel.gif?uid=reader"_s,
                                     u"/hostile/photo.jpg"_s, u"/hostile/picture.jpg"_s};
    QCOMPARE(images, consented);
    // Those images are fetched (RemoteImageLoader), each once, and nothing else is.
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requests().size(), int(consented.size()), 5000);
    QTest::qWait(200);
    QStringList requested;
    for (const HttpRequest &r : m_server.requests()) {
        requested << QString::fromUtf8(r.path);
        QVERIFY2(consented.contains(QString::fromUtf8(r.path)), r.path.constData());
    }
    QCOMPARE(QSet<QString>(requested.cbegin(), requested.cend()), consented);
    QCOMPARE(requested.size(), consented.size());
    qInfo("remote images allowed: %lld image(s) named, %lld request(s) made: %s", qint64(images.size()),
          qint64(requested.size()), qPrintable(requested.join(u' ')));
    m_server.clearRequests(); // the tests after this one start from an empty log
}

void tst_Hostile::listAndPdfNeutraliseOverrides()
{
    // The list: the title without overrides, and the outlet too.
    ArticleListModel model(m_context.articles());
    model.reload();
    const int row = model.rowOf(m_ids.value(u"rtl"_s));
    QVERIFY(row >= 0);
    const QString listTitle = model.index(row, ArticleListModel::TitleColumn).data().toString();
    QCOMPARE(listTitle, u"Invoice fdp.exe LRO RLE LRE LRI RLI FSI PDI end"_s);
    QVERIFY(!hasBidiControl(model.index(row, ArticleListModel::TitleColumn).data(Qt::ToolTipRole).toString()));
    QVERIFY(!hasBidiControl(model.index(row, ArticleListModel::SourceColumn).data().toString()));
    // The stored title keeps what the feed said; only what is shown is neutralised.
    QVERIFY(m_context.articles().article(m_ids.value(u"rtl"_s))->summary.title.contains(QChar(0x202E)));

    // The PDF of every hostile article: no requests, nothing hostile in its text.
    QList<Export::ReportInput> inputs;
    for (const qint64 id : std::as_const(m_ids)) {
        Export::ReportInput input;
        input.article = *m_context.articles().article(id);
        inputs << input;
    }
    const Export::ReportModel report = Export::ReportBuilder::build(inputs, {});
    const QString path = m_dir.filePath(u"hostile.pdf"_s);
    QElapsedTimer timer;
    timer.start();
    const Result<Export::PdfExportResult> written = Export::PdfExporter::write(report, path);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().detail));
    qInfo("PDF of %d hostile articles: %d pages in %lld ms", written->articles, written->pages, timer.elapsed());
    QVERIFY(timer.elapsed() < 20000);
    QTest::qWait(100);
    QVERIFY2(m_server.requests().isEmpty(), qPrintable(accessLog()));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; cannot read the PDF back");
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(u"Invoice fdp.exe"_s), qPrintable(text.left(500)));
    QVERIFY(text.contains(u"txt.exe invoice"_s)); // the override inside the text is gone too
    QVERIFY(!hasBidiControl(text));
    for (const QString &bad : kForbiddenText)
        QVERIFY2(!text.contains(bad), qPrintable(bad));
    QVERIFY(!text.contains(u"javascript"_s, Qt::CaseInsensitive) || text.contains(u"plain javascript"_s));
}

void tst_Hostile::hugeInlineImage()
{
    // 50 MB of base64 in one <img src="data:…">: refused or cut, never decoded, no hang, no request.
    QByteArray html = "<html><head><title>Huge image</title></head><body><article><h1>Huge image</h1>"
                      "<p>Before the image: Daejeon's hospitals reported their figures.</p><img alt=\"huge\" "
                      "src=\"data:image/png;base64,";
    html += QByteArray(50 * 1024 * 1024, 'A');
    html += "\"><p>After the image.</p></article></body></html>";
    const qint64 rssBefore = peakRssMb();
    QElapsedTimer timer;

    timer.start();
    const ExtractedPage extracted = PageExtractor().extract(html, m_server.url(u"/hostile/huge.html"_s));
    const qint64 extractMs = timer.elapsed();
    QVERIFY(!extracted.ok()); // larger than the page limit (10 MB): refused with a reason
    QVERIFY2(extracted.error.detail.contains(u"large"_s), qPrintable(extracted.error.detail));

    timer.restart();
    Source source;
    source.url = m_server.url(u"/hostile/huge.xml"_s);
    const QByteArray feed = "<rss version=\"2.0\"><channel><title>Huge</title><item><title>Huge</title>"
                            "<description><![CDATA[" +
                            html + "]]></description></item></channel></rss>";
    const Result<IngestReport> ingested = FeedIngester(m_context.database()).ingest(feed, source);
    const qint64 ingestMs = timer.elapsed();
    QVERIFY(!ingested.ok()); // larger than the feed limit (20 MiB)
    QVERIFY2(ingested.error().detail.contains(u"too large"_s), qPrintable(ingested.error().detail));

    const QString text = QString::fromLatin1(html);
    timer.restart();
    const QString safe = HtmlSanitizer::sanitize(text, {});
    const qint64 sanitizeMs = timer.elapsed();
    QVERIFY(safe.contains(u"Before the image"_s));
    QVERIFY(!safe.contains(u"data:"_s));
    QVERIFY(safe.size() < 1000);

    Ui::ArticleDetailView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    Ui::ArticleDetailView::Content content;
    content.article.summary.id = 999;
    content.article.summary.title = u"Huge image"_s;
    content.article.summary.link = m_server.url(u"/hostile/huge.html"_s);
    content.article.bodyHtml = text;
    content.remoteImages = true;
    timer.restart();
    view.showArticle(content);
    QTest::qWait(100);
    const qint64 showMs = timer.elapsed();
    QVERIFY(view.document()->toPlainText().contains(u"Before the image"_s));
    QVERIFY(!view.document()->toHtml().contains(u"data:"_s));
    const qint64 rssAfter = peakRssMb();
    qInfo("50 MB data: image: extract %lld ms, ingest %lld ms, sanitise %lld ms, detail view %lld ms; "
          "peak RSS %lld MB before, %lld MB after",
          extractMs, ingestMs, sanitizeMs, showMs, rssBefore, rssAfter);
    for (const qint64 ms : {extractMs, ingestMs, sanitizeMs, showMs})
        QVERIFY(ms < 20000);
    QVERIFY2(rssAfter < 1500, qPrintable(QString::number(rssAfter))); // the input alone is 50 MB + 100 MB as text
    QVERIFY2(m_server.requests().isEmpty(), qPrintable(accessLog()));
}

QTEST_MAIN(tst_Hostile)
#include "tst_hostile.moc"
