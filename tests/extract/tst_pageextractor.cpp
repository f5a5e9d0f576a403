// SPDX-License-Identifier: GPL-3.0-or-later
// PageExtractor end to end on small pages, PageMetadata's title and date rules, and the class/id vocabulary.
#include "extract/nodehints.h"
#include "extract/pageextractor.h"
#include "extract/pagemetadata.h"
#include "text/dateparser.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_PageExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stripSiteName_data();
    void stripSiteName();
    void classWeight_data();
    void classWeight();
    void published_data();
    void published();
    void mainTextAmongBoilerplate();
    void hiddenCopyAndRepeatedBodyAppearOnce();
    void wrapperNamedLikeBoilerplateStillCounts();
    void canonicalAndLanguage();
    void decomposedHangulComesOutComposed();
    void limits();
    void hostileNestingStaysFast();
    void garbageInput_data();
    void garbageInput();
};

void tst_PageExtractor::stripSiteName_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QStringList>("headlines");
    QTest::addColumn<QString>("expected");
    QTest::newRow("korean suffix") << u"대전시, 의료관광 MOU - 대전일보"_s << QString() << u"www.daejonilbo.com"_s
                                   << QStringList() << u"대전시, 의료관광 MOU"_s;
    QTest::newRow("site name given") << u"Kazakh patients | Korea Health Times"_s << u"Korea Health Times"_s
                                     << QString() << QStringList() << u"Kazakh patients"_s;
    QTest::newRow("site first, headline on the page")
        << u"충청투데이 - 충남도, 몽골서 한방 의료관광 홍보"_s << QString() << QString()
        << QStringList{u"충남도, 몽골서 한방 의료관광 홍보"_s} << u"충남도, 몽골서 한방 의료관광 홍보"_s;
    QTest::newRow("site first, nothing to tell")
        << u"충청투데이 - 충남도, 몽골서 한방 의료관광 홍보"_s << QString() << QString() << QStringList()
        << u"충청투데이 - 충남도, 몽골서 한방 의료관광 홍보"_s;
    QTest::newRow("headline inside breadcrumbs") << u"제목입니다 > 의료/건강 | 동양뉴스통신"_s << QString() << QString()
                                                 << QStringList{u"제목입니다"_s} << u"제목입니다"_s;
    QTest::newRow("dash inside the title kept")
        << u"Daejeon - Tashkent flights resume next month"_s << QString() << QString() << QStringList()
        << u"Daejeon - Tashkent flights resume next month"_s;
    QTest::newRow("colon is not a separator for short tails")
        << u"Interview: the coordinator"_s << QString() << QString() << QStringList()
        << u"Interview: the coordinator"_s;
}

void tst_PageExtractor::stripSiteName()
{
    QFETCH(QString, title);
    QFETCH(QString, siteName);
    QFETCH(QString, host);
    QFETCH(QStringList, headlines);
    QFETCH(QString, expected);
    QCOMPARE(PageMetadata::stripSiteName(title, siteName, host, nullptr, headlines), expected);
}

void tst_PageExtractor::classWeight_data()
{
    QTest::addColumn<QString>("names");
    QTest::addColumn<int>("weight");
    QTest::newRow("comments") << u"comment-list"_s << -3;
    QTest::newRow("sidebar") << u"sidebar widget-area"_s << -2;
    QTest::newRow("share bar") << u"article-share"_s << -1; // names the article too: only weakly boilerplate
    QTest::newRow("ad token") << u"ad-slot"_s << -2;
    QTest::newRow("header is weak") << u"ts-article-header"_s << -1;
    QTest::newRow("content") << u"entry-content"_s << 1;
    QTest::newRow("wordpress post element") << u"post-7972 post type-post category-no-newsletter-rss"_s << 2;
    QTest::newRow("taxonomy classes ignored") << u"story category-related-news tag-share"_s << 1;
    QTest::newRow("shadow is not an ad") << u"shadow"_s << 0;
    QTest::newRow("commentary is an article") << u"commentary-article"_s << 1;
    QTest::newRow("german comments") << u"kommentarmodul"_s << -3;
    QTest::newRow("author bio named like text") << u"author-bio mt-2 lg:text-lg"_s << -2;
    QTest::newRow("affiliate disclosure") << u"aawp-disclaimer"_s << -2;
    QTest::newRow("table of contents") << u"ez-toc-title-container"_s << -2;
    QTest::newRow("pager token") << u"news-pager"_s << -2;
    QTest::newRow("page root is no pager") << u"apageroot__sectionwrapper"_s << 0;
    QTest::newRow("BEM modifier is no ad") << u"testreport__section testreport__section--ads"_s << 0;
}

void tst_PageExtractor::classWeight()
{
    QFETCH(QString, names);
    QFETCH(int, weight);
    QCOMPARE(NodeHints::classWeight(names), weight);
    QVERIFY(NodeHints::isKnownBody(u"article-veiw-body view-page article-view-content-div"_s));
}

void tst_PageExtractor::published_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("json-ld beats meta")
        << uR"x(<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-05-02T10:00:00+09:00"}</script><meta property="article:published_time" content="2020-01-01T00:00:00Z">)x"_s
        << QString() << u"2024-05-02T01:00:00Z"_s;
    QTest::newRow("json-ld in @graph with type list")
        << uR"x(<script type="application/ld+json">{"@graph":[{"@type":["WebPage"]},{"@type":["Article","NewsArticle"],"datePublished":"2014-04-24T17:12:00+09:00"}]}</script>)x"_s
        << QString() << u"2014-04-24T08:12:00Z"_s;
    QTest::newRow("meta without zone on a Korean page")
        << uR"x(<meta property="article:published_time" content="2023-11-07 16:05:00">)x"_s
        << u"<p>한국어 본문입니다. 외국인 환자가 늘었다.</p>"_s << u"2023-11-07T07:05:00Z"_s;
    QTest::newRow("meta without zone elsewhere is UTC")
        << uR"x(<meta name="date" content="2023-11-07 16:05:00">)x"_s
        << u"<p>An English page about hospitals and clinics.</p>"_s << u"2023-11-07T16:05:00Z"_s;
    QTest::newRow("korean 입력 line")
        << QString() << u"<p>입력 2019.05.23 09:18</p><p>대전시가 밝혔다. 외국인 환자 유치에 나선다.</p>"_s
        << u"2019-05-23T00:18:00Z"_s;
    QTest::newRow("no date") << QString() << u"<p>Nothing dated here at all, just words.</p>"_s << QString();
}

void tst_PageExtractor::published()
{
    QFETCH(QString, head);
    QFETCH(QString, body);
    QFETCH(QString, expected);
    const QString html = u"<html><head>"_s + head + u"</head><body><article>"_s + body + u"</article></body></html>"_s;
    const ExtractedPage page = PageExtractor().extractHtml(html, QUrl(u"https://example.com/a"_s));
    QCOMPARE(DateParser::toIsoUtc(page.published), expected);
}

void tst_PageExtractor::mainTextAmongBoilerplate()
{
    const QString html = uR"x(<html><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/about">About</a></li></ul></nav>
<div class="content"><h1>Clinics welcome patients</h1>
<p class="byline">By Jane Doe</p>
<p>Hospitals in Seoul treated more patients from Kazakhstan than ever before, the health institute said on Monday.</p>
<p>Most came for screening and orthopedic surgery, and many stayed for more than a week with their families.</p>
<div class="share-buttons"><a href="#">Share</a> <a href="#">Tweet</a></div>
<div class="related"><h3>Read also</h3><ul><li><a href="/1">Busan expo opens</a></li><li><a href="/2">Visa rules eased for families</a></li></ul></div>
</div>
<div id="comments"><p>Great article, thanks for writing it and sharing it with all of us here.</p></div>
<footer>Copyright 2024 Example Media. All rights reserved.</footer></body></html>)x"_s;
    const ExtractedPage page = PageExtractor().extractHtml(html, QUrl(u"https://example.com/a"_s));
    QCOMPARE(
        page.paragraphs,
        (QStringList{
            u"Hospitals in Seoul treated more patients from Kazakhstan than ever before, the health institute said on Monday."_s,
            u"Most came for screening and orthopedic surgery, and many stayed for more than a week with their families."_s}));
    QCOMPARE(page.authors, QStringList{u"Jane Doe"_s});
    QCOMPARE(page.title, u"Clinics welcome patients"_s);
}

void tst_PageExtractor::hiddenCopyAndRepeatedBodyAppearOnce()
{
    const QString p1 = u"대전시가 우즈베키스탄 타슈켄트와 의료관광 업무협약을 맺었다고 23일 밝혔다."_s;
    const QString p2 = u"시는 이번 협약으로 중앙아시아 환자 유치에 속도를 낼 계획이다."_s;
    const QString html = u"<html><body><div id=\"articletxt\"><p>"_s + p1 + u"</p><p>"_s + p2 +
                         u"</p></div><div class=\"print-copy\">"_s + p1 + u"<br>"_s + p2 +
                         u"</div><div style=\"display: none\"><p>"_s + p1 + u"</p></div></body></html>"_s;
    const ExtractedPage page = PageExtractor().extractHtml(html, QUrl(u"https://example.kr/a"_s));
    QCOMPARE(page.paragraphs, (QStringList{p1, p2}));
    QCOMPARE(page.lang, u"ko"_s);
}

void tst_PageExtractor::wrapperNamedLikeBoilerplateStillCounts()
{
    // A layout wrapper whose class names a sidebar must not swallow the article it wraps.
    const QString html = uR"x(<html><body><div class="content-sidebar-wrap has-sidebar"><main>
<p>The first paragraph of the article is long enough to be a real paragraph of text, with commas, and a full stop.</p>
<p>The second paragraph of the article is equally long and equally real, so that it carries the page's weight.</p>
</main><aside class="sidebar"><ul><li><a href="/x">Other story one</a></li><li><a href="/y">Other story two</a></li></ul></aside></div></body></html>)x"_s;
    const ExtractedPage page = PageExtractor().extractHtml(html, QUrl());
    QCOMPARE(page.paragraphs.size(), 2);
    QVERIFY(page.text().startsWith(u"The first paragraph"_s));
}

void tst_PageExtractor::canonicalAndLanguage()
{
    const QString html =
        uR"x(<html lang="ko-KR"><head><link rel="canonical" href="/news/articleView.html?idxno=1"></head><body><p>본문</p></body></html>)x"_s;
    const ExtractedPage page = PageExtractor().extractHtml(html, QUrl(u"https://www.example.kr/m/view?id=1"_s));
    QCOMPARE(page.canonicalUrl.toString(), u"https://www.example.kr/news/articleView.html?idxno=1"_s);
    QCOMPARE(page.lang, u"ko-KR"_s);
    const ExtractedPage js = PageExtractor().extractHtml(
        uR"x(<html><head><link rel="canonical" href="javascript:alert(1)"></head><body>x</body></html>)x"_s, QUrl());
    QVERIFY(js.canonicalUrl.isEmpty());
}

void tst_PageExtractor::decomposedHangulComesOutComposed()
{
    // "한국" as conjoining jamo (NFD), as text copied from macOS arrives.
    const QString nfd = u"\u1112\u1161\u11AB\u1100\u116E\u11A8"_s;
    const ExtractedPage page = PageExtractor().extractHtml(u"<p>"_s + nfd + u" 의료관광</p>"_s, QUrl());
    QCOMPARE(page.paragraphs, QStringList{u"한국 의료관광"_s});
}

void tst_PageExtractor::limits()
{
    PageExtractor::Limits limits;
    limits.maxBytes = 1000;
    const ExtractedPage page = PageExtractor(limits).extract(QByteArray(2000, 'a'), QUrl());
    QVERIFY(!page.ok());
    QCOMPARE(page.error.code, Error::InvalidInput);
    QVERIFY(page.error.detail.contains(u"limit"_s));
}

void tst_PageExtractor::hostileNestingStaysFast()
{
    QByteArray html = "<html><body>";
    for (int i = 0; i < 100000; ++i)
        html += (i % 2) ? "<div>" : "<span>";
    html += "deep text that a reader would still want to see, with a comma, and a full stop.";
    QElapsedTimer timer;
    timer.start();
    const ExtractedPage page = PageExtractor().extract(html, QUrl());
    QVERIFY2(timer.elapsed() < 5000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    QVERIFY(page.ok());
    QVERIFY(!page.warnings.isEmpty());
    QVERIFY(page.text().contains(u"deep text"_s));
}

void tst_PageExtractor::garbageInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200ff00fe");
    QTest::newRow("nul bytes") << QByteArray(100, '\0');
    QTest::newRow("only markup") << QByteArray("<<<>>></></><!--<!--><![CDATA[");
    QTest::newRow("utf-16 without bom") << QByteArray::fromHex("3c0068007400") + QByteArray(50, '\0');
    QTest::newRow("broken json-ld") << QByteArray("<script type=\"application/ld+json\">{\"@type\":[[[[</script>x");
}

void tst_PageExtractor::garbageInput()
{
    QFETCH(QByteArray, bytes);
    const ExtractedPage page = PageExtractor().extract(bytes, QUrl(u"https://example.com/"_s));
    QVERIFY(page.text().size() <= bytes.size() + 1);
    QVERIFY(!page.published.isValid());
}

QTEST_GUILESS_MAIN(tst_PageExtractor)
#include "tst_pageextractor.moc"
