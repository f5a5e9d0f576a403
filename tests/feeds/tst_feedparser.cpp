// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedparser.h"
#include "testdata.h"
#include "text/dateparser.h"

#include <QFile>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {
QByteArray readData(const char *name)
{
    QFile f(TestData::path(QStringLiteral("feeds/") + QLatin1StringView(name)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return f.readAll();
}

FeedParseOptions withUrl(const QString &url)
{
    FeedParseOptions options;
    options.url = QUrl(url);
    return options;
}
} // namespace

class tst_FeedParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rss2();
    void atom();
    void truncatedKeepsCompleteItems();
    void notAFeed_data();
    void notAFeed();
    void sample();
    void undeclaredEntitiesAndPrefixes();
    void jsonFeed();
    void limits();
    void koreanEncodings_data();
    void koreanEncodings();
    void koreanDates_data();
    void koreanDates();
    void doubleEscapedBody();
    void cdataBody();
    void cutMidItem();
    void mismatchedEndTagIsRepaired();
    void atomBase64AndXmlBase();
    void standaloneAtomEntry();
    void dublinCoreAndMediaFallbacks();
};

void tst_FeedParser::rss2()
{
    const ParsedFeed feed = FeedParser::parse(readData("rss2-basic.xml"), withUrl(u"https://news.example.com/rss"_s));
    QCOMPARE(feed.format, u"rss2.0"_s);
    QCOMPARE(feed.encoding, u"UTF-8"_s);
    QCOMPARE(feed.title, u"대전일보 & Friends"_s);
    QCOMPARE(feed.language, u"ko"_s);
    QCOMPARE(feed.items.size(), 2);
    const FeedItem &a = feed.items[0];
    QCOMPARE(a.title, u"대전시, 카자흐스탄 의료관광 설명회"_s);
    QCOMPARE(a.link, QUrl(u"https://news.example.com/news/articleView.html?idxno=1"_s));
    QCOMPARE(a.id, u"dj-1"_s);
    QCOMPARE(DateParser::toIsoUtc(a.published), u"2019-05-23T00:18:00Z"_s);
    QCOMPARE(a.authors, QStringList{u"홍길동 기자"_s});
    QCOMPARE(a.categories, (QStringList{u"의료관광"_s, u"지자체"_s}));
    QCOMPARE(a.summary, u"대전시는 23일 알마티에서 설명회를 열었다."_s);
    QVERIFY(a.contentHtml.startsWith(u"<p>대전시는"_s));
    const FeedItem &b = feed.items[1];
    QVERIFY(!b.published.isValid());
    QCOMPARE(b.summary, u"Escaped HTML lead"_s);
    QCOMPARE(b.title, u"No date, no guid & a bare link"_s);
}

void tst_FeedParser::atom()
{
    const ParsedFeed feed = FeedParser::parse(readData("atom-basic.xml"), {});
    QCOMPARE(feed.format, u"atom1.0"_s);
    QCOMPARE(feed.title, u"Medical travel <news>"_s);
    QCOMPARE(feed.language, u"en"_s);
    QCOMPARE(feed.items.size(), 2);
    const FeedItem &a = feed.items[0];
    QCOMPARE(a.title, u"Busan & Almaty sign an MOU"_s);
    QCOMPARE(a.link, QUrl(u"https://atom.example.org/blog/posts/busan-mou"_s)); // xml:base applied
    QCOMPARE(a.enclosures.size(), 1);
    QCOMPARE(a.enclosures[0].url, QUrl(u"https://atom.example.org/blog/img/mou.jpg"_s));
    QCOMPARE(DateParser::toIsoUtc(a.published), u"2026-10-01T00:30:00Z"_s);
    QCOMPARE(DateParser::toIsoUtc(a.updated), u"2026-10-01T12:00:00Z"_s);
    QCOMPARE(a.authors, QStringList{u"Jane Park"_s});
    QCOMPARE(a.categories, QStringList{u"mou"_s});
    QCOMPARE(a.contentHtml, u"<p>Busan <b>signed</b> it.</p>"_s);
    const FeedItem &b = feed.items[1];
    QCOMPARE(b.link, QUrl(u"https://atom.example.org/abs/2"_s));
    QCOMPARE(DateParser::toIsoUtc(b.published), u"2026-10-02T08:00:00Z"_s); // falls back to <updated>
    QCOMPARE(b.contentHtml, u"<p>Line one &amp; two</p>"_s);
}

void tst_FeedParser::truncatedKeepsCompleteItems()
{
    const ParsedFeed feed = FeedParser::parse(readData("truncated.xml"), {});
    QCOMPARE(feed.format, u"rss2.0"_s);
    QCOMPARE(feed.items.size(), 2);
    QCOMPARE(feed.items[1].title, u"Second complete"_s);
    QVERIFY(!feed.errors.isEmpty());
}

void tst_FeedParser::notAFeed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("html page") << readData("not-a-feed.html") << u"HTML page"_s;
    QTest::newRow("empty") << QByteArray("   ") << u"empty"_s;
    QTest::newRow("plain text") << QByteArray("hello world") << u"not a feed"_s;
    QTest::newRow("other xml") << QByteArray("<?xml version='1.0'?><svg/>") << u"unknown root"_s;
    QTest::newRow("json not a feed") << QByteArray("{\"a\": 1}") << u"JSON Feed"_s;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5) << QString();
}

void tst_FeedParser::notAFeed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    const ParsedFeed feed = FeedParser::parse(bytes, {});
    QVERIFY(!feed.isFeed());
    QVERIFY(!feed.errors.isEmpty());
    if (!errorPart.isEmpty())
        QVERIFY2(feed.errors.join(u' ').contains(errorPart), qPrintable(feed.errors.join(u" | ")));
}

void tst_FeedParser::sample()
{
    QFile f(TestData::sampleFeed());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const ParsedFeed feed = FeedParser::parse(f.readAll(), {});
    QCOMPARE(feed.format, u"rss2.0"_s);
    QVERIFY(feed.title.contains(u"Sample"_s));
    QVERIFY(feed.items.size() >= 30);
    for (const FeedItem &item : feed.items) {
        QVERIFY2(item.published.isValid(), qPrintable(item.id));
        QVERIFY(!item.title.isEmpty());
        QVERIFY(!item.contentHtml.isEmpty());
    }
}

void tst_FeedParser::undeclaredEntitiesAndPrefixes()
{
    const QByteArray xml = "<rss version='2.0'><channel><title>T&nbsp;&copy; AT&T</title>"
                           "<item><title>x</title><dc:creator>Kim</dc:creator></item></channel></rss>";
    const ParsedFeed feed = FeedParser::parse(xml, {});
    QCOMPARE(feed.format, u"rss2.0"_s);
    QCOMPARE(feed.title, u"T © AT&T"_s);
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items[0].authors, QStringList{u"Kim"_s});
}

void tst_FeedParser::jsonFeed()
{
    const QByteArray json = R"({"version": "https://jsonfeed.org/version/1.1", "title": "J",
        "home_page_url": "https://j.example/", "language": "ko",
        "items": [{"id": "1", "url": "/a", "title": "몽골 환자 유치", "content_text": "본문",
                   "date_published": "2026-11-01 09:00:00", "authors": [{"name": "Lee"}], "tags": ["mn"]}]})";
    const ParsedFeed feed = FeedParser::parse(json, withUrl(u"https://j.example/feed.json"_s));
    QCOMPARE(feed.format, u"json1.1"_s);
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items[0].link, QUrl(u"https://j.example/a"_s));
    QCOMPARE(feed.items[0].contentHtml, u"<p>본문</p>"_s);
    // No zone and Korean language: read as Seoul time.
    QCOMPARE(DateParser::toIsoUtc(feed.items[0].published), u"2026-11-01T00:00:00Z"_s);
}

void tst_FeedParser::limits()
{
    FeedParseOptions options;
    options.maxBytes = 100;
    QVERIFY(!FeedParser::parse(QByteArray(200, 'x'), options).isFeed());

    QByteArray deep = "<rss><channel><item><description>";
    for (int i = 0; i < 5000; ++i)
        deep += "<div>";
    const ParsedFeed nested = FeedParser::parse(deep, {});
    QVERIFY(nested.errors.join(u' ').contains(u"nesting"_s));

    const QByteArray laughs =
        "<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a 'aaaaaaaaaa'>"
        "<!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'><!ENTITY c '&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;'>"
        "<!ENTITY d '&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;'><!ENTITY e '&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;'>"
        "<!ENTITY f '&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;'><!ENTITY g '&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;'>]>"
        "<rss><channel><title>&g;</title></channel></rss>";
    const ParsedFeed bomb = FeedParser::parse(laughs, {});
    QVERIFY(bomb.title.size() < 100000);
    QVERIFY(!bomb.errors.isEmpty());

    options = {};
    options.maxItems = 3;
    QByteArray many = "<rss><channel>";
    for (int i = 0; i < 10; ++i)
        many += "<item><title>t</title></item>";
    many += "</channel></rss>";
    QCOMPARE(FeedParser::parse(many, options).items.size(), 3);
}

void tst_FeedParser::koreanEncodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("encoding");
    // The same EUC-KR bytes under three labels; UHC-only syllables (똠, 뷁) prove the CP949 table.
    QTest::newRow("EUC-KR bytes labelled UTF-8") << u"euckr-labelled-utf8.xml"_s << QByteArray() << u"windows-949"_s;
    QTest::newRow("EUC-KR bytes without any label") << u"euckr-unlabelled.xml"_s << QByteArray() << u"windows-949"_s;
    QTest::newRow("ks_c_5601-1987 label") << u"ks_c_5601-1987.xml"_s << QByteArray() << u"windows-949"_s;
    QTest::newRow("EUC-KR bytes, HTTP says UTF-8")
        << u"euckr-unlabelled.xml"_s << QByteArray("application/rss+xml; charset=utf-8") << u"windows-949"_s;
}

void tst_FeedParser::koreanEncodings()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, encoding);
    FeedParseOptions options;
    options.contentType = contentType;
    const ParsedFeed feed = FeedParser::parse(readData(file.toUtf8().constData()), options);
    QCOMPARE(feed.encoding, encoding);
    QCOMPARE(feed.format, u"rss2.0"_s);
    QCOMPARE(feed.title, u"부산일보 의료관광"_s);
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items[0].title, u"부산, 몽골 의료관광객 유치 설명회"_s);
    QCOMPARE(feed.items[0].summary, u"부산시는 울란바토르에서 의료관광 설명회를 열었다. 똠방각하 뷁."_s);
    QCOMPARE(DateParser::toIsoUtc(feed.items[0].published), u"2019-05-23T00:18:00Z"_s);
}

void tst_FeedParser::koreanDates_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("utc");
    // No zone and Hangul text: read in Seoul time (UTC+9).
    QTest::newRow("2019-05-23 09:18:00") << 0 << u"2019-05-23T00:18:00Z"_s;
    QTest::newRow("2019.05.23 09:18") << 1 << u"2019-05-23T00:18:00Z"_s;
    QTest::newRow("2019년 5월 23일 오후 9:18") << 2 << u"2019-05-23T12:18:00Z"_s;
    QTest::newRow("Thu, 23 May 2019 09:18:00 KST") << 3 << u"2019-05-23T00:18:00Z"_s;
    QTest::newRow("Korean weekday and month names") << 4 << u"2019-05-23T00:18:00Z"_s;
    QTest::newRow("년월일 with (목) and 오전") << 5 << u"2019-05-23T00:18:00Z"_s;
    QTest::newRow("unparseable is null, never 1970") << 6 << QString();
}

void tst_FeedParser::koreanDates()
{
    QFETCH(int, index);
    QFETCH(QString, utc);
    const ParsedFeed feed = FeedParser::parse(readData("korean-dates.xml"), {});
    QCOMPARE(feed.items.size(), 7);
    const QDateTime published = feed.items.at(index).published;
    QCOMPARE(DateParser::toIsoUtc(published), utc);
    if (published.isValid())
        QCOMPARE(published.timeSpec(), Qt::UTC);
}

void tst_FeedParser::doubleEscapedBody()
{
    const ParsedFeed feed = FeedParser::parse(readData("double-escaped.xml"), {});
    QCOMPARE(feed.items.size(), 1);
    const FeedItem &item = feed.items[0];
    QCOMPARE(item.title, u"대전시 \"의료관광\" 설명회 '성료'"_s);
    QCOMPARE(item.link, QUrl(u"https://news.example.kr/a?idx=1&page=2"_s));
    QCOMPARE(item.summary, u"대전시는 알마티에서 설명회를 열었다."_s);
    QCOMPARE(item.contentHtml, u"<p>대전시는 <b>알마티</b>에서 설명회를 열었다.</p>"_s);
}

void tst_FeedParser::cdataBody()
{
    const ParsedFeed feed = FeedParser::parse(readData("cdata-body.xml"), withUrl(u"https://news.example.kr/rss"_s));
    QCOMPARE(feed.title, u"CDATA 채널"_s);
    QCOMPARE(feed.items.size(), 1);
    const FeedItem &item = feed.items[0];
    QCOMPARE(item.title, u"의대증원 파장 & 외국인 환자"_s);
    QCOMPARE(item.link, QUrl(u"https://news.example.kr/view?id=7&sec=health"_s));
    QCOMPARE(DateParser::toIsoUtc(item.published), u"2019-05-23T00:18:00Z"_s); // zone-less, Korean: KST
    QCOMPARE(item.summary, u"요약 입니다"_s);
    QVERIFY(!item.contentFromSummary);
    // Relative links inside the body are resolved against the document URL.
    QCOMPARE(item.contentHtml,
             u"<p>본문 <a href=\"https://news.example.kr/news/8\">다음 기사</a></p><p>둘째 문단</p>"_s);
}

void tst_FeedParser::cutMidItem()
{
    const ParsedFeed feed = FeedParser::parse(readData("cut-mid-item.xml"), {});
    QCOMPARE(feed.format, u"rss2.0"_s);
    QCOMPARE(feed.language, u"ko"_s);
    QCOMPARE(feed.items.size(), 2); // the third item is incomplete and dropped
    QCOMPARE(feed.items[0].title, u"첫 기사"_s);
    QCOMPARE(DateParser::toIsoUtc(feed.items[0].published), u"2019-05-23T00:18:00Z"_s);
    QCOMPARE(feed.items[1].summary, u"완결된 본문"_s);
    QVERIFY2(feed.errors.join(u' ').contains(u"ends early"_s), qPrintable(feed.errors.join(u" | ")));
}

void tst_FeedParser::mismatchedEndTagIsRepaired()
{
    // Unclosed <br> in unescaped HTML and a stray end tag: both are repaired, no item is lost.
    const QByteArray xml = "<rss version='2.0'><channel><title>T</title>"
                           "<item><title>a</title><description><p>one<br>two</p></description></item>"
                           "<item><title>b</title><description>x</span>y</description></item>"
                           "<item><title>c</title></item></channel></rss>";
    const ParsedFeed feed = FeedParser::parse(xml, {});
    QCOMPARE(feed.items.size(), 3);
    QCOMPARE(feed.items[0].summary, u"one two"_s);
    QCOMPARE(feed.items[2].title, u"c"_s);
    QVERIFY(feed.errors.join(u' ').contains(u"mismatched end tags"_s));
}

void tst_FeedParser::atomBase64AndXmlBase()
{
    const QByteArray xml = "<feed xmlns='http://www.w3.org/2005/Atom' xml:base='https://a.example/blog/'>"
                           "<entry><title type='application/octet-stream'>PGI+QnVzYW48L2I+IE1PVQ==</title>"
                           "<id>/posts/1</id><link href='posts/1'/>"
                           "<content type='html'>&lt;img src=\"img/1.png\"&gt;</content>"
                           "<updated>2026-10-01T12:00:00+09:00</updated></entry></feed>";
    const ParsedFeed feed = FeedParser::parse(xml, {});
    QCOMPARE(feed.items.size(), 1);
    const FeedItem &item = feed.items[0];
    QCOMPARE(item.title, u"Busan MOU"_s); // Base64 "<b>Busan</b> MOU"
    QCOMPARE(item.id, u"https://a.example/posts/1"_s);
    QCOMPARE(item.link, QUrl(u"https://a.example/blog/posts/1"_s));
    QCOMPARE(item.contentHtml, u"<img src=\"https://a.example/blog/img/1.png\">"_s);
    QCOMPARE(DateParser::toIsoUtc(item.published), u"2026-10-01T03:00:00Z"_s);
    QVERIFY(item.publishedIsUpdated);
}

void tst_FeedParser::standaloneAtomEntry()
{
    const QByteArray xml = "\n<?xml version='1.0'?><entry xmlns='http://www.w3.org/2005/Atom'><title>Solo</title>"
                           "<id>urn:x</id></entry>";
    const ParsedFeed feed = FeedParser::parse(xml, {});
    QCOMPARE(feed.format, u"atom1.0"_s);
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items[0].title, u"Solo"_s);
}

void tst_FeedParser::dublinCoreAndMediaFallbacks()
{
    const QByteArray xml =
        "<rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/' xmlns:media='http://search.yahoo.com/mrss/'"
        " xmlns:itunes='http://www.itunes.com/dtds/podcast-1.0.dtd'><channel>"
        "<item><dc:title>DC title</dc:title><dc:date>2019-05-23T09:18:00+09:00</dc:date>"
        "<dc:creator>kim@example.kr (김기자)</dc:creator><itunes:keywords>a, b</itunes:keywords>"
        "<media:group><media:content url='https://v.example/1.mp4' type='video/mp4' fileSize='42'/>"
        "<media:content url='https://v.example/1.jpg' medium='image'/>"
        "<media:description>Media text</media:description></media:group></item></channel></rss>";
    const ParsedFeed feed = FeedParser::parse(xml, {});
    QCOMPARE(feed.items.size(), 1);
    const FeedItem &item = feed.items[0];
    QCOMPARE(item.title, u"DC title"_s);
    QCOMPARE(DateParser::toIsoUtc(item.published), u"2019-05-23T00:18:00Z"_s);
    QCOMPARE(DateParser::toIsoUtc(item.updated), u"2019-05-23T00:18:00Z"_s);
    QCOMPARE(item.authors, QStringList{u"김기자"_s});
    QCOMPARE(item.categories, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(item.summary, u"Media text"_s);
    QCOMPARE(item.enclosures.size(), 1);
    QCOMPARE(item.enclosures[0].length, 42);
    QCOMPARE(item.thumbnail, QUrl(u"https://v.example/1.jpg"_s));
}

QTEST_GUILESS_MAIN(tst_FeedParser)
#include "tst_feedparser.moc"
