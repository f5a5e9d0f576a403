// SPDX-License-Identifier: GPL-3.0-or-later
// Pure pieces of source management: OPML, feed autodiscovery, Google News queries, defaults.
#include "extract/feeddiscovery.h"
#include "feeds/googlenews.h"
#include "feeds/opml.h"
#include "sync/defaultsources.h"

#include <QFile>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_Sources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opml2NestedFolders();
    void opml1Flat();
    void opmlRefusesDtdAndEntities();
    void opmlBounds();
    void opmlNotOpml();
    void opmlRoundTrip();
    void discovery();
    void discoveryOfNothing();
    void googleNewsUrl();
    void outlet_data();
    void outlet();
    void defaultList();
};

void tst_Sources::opml2NestedFolders()
{
    const QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>My feeds</title></head><body>
  <outline text="News">
    <outline text="Korea">
      <outline type="rss" text="연합뉴스 건강" xmlUrl="https://www.yna.co.kr/rss/health.xml" htmlUrl="https://www.yna.co.kr/"/>
    </outline>
    <outline type="rss" title="Herald" xmlUrl="https://www.koreaherald.com/rss/newsAll" language="en"/>
  </outline>
  <outline type="rss" text="Top level" xmlUrl="http://example.org/feed"/>
  <outline type="rss" text="Local file" xmlUrl="file:///etc/passwd"/>
</body></opml>)";
    const Result<OpmlDocument> doc = Opml::read(xml);
    QVERIFY(doc);
    QCOMPARE(doc->title, u"My feeds"_s);
    QCOMPARE(doc->feeds.size(), 3);
    QCOMPARE(doc->feeds[0].title, u"연합뉴스 건강"_s);
    QCOMPARE(doc->feeds[0].folder, u"News/Korea"_s);
    QCOMPARE(doc->feeds[0].htmlUrl, QUrl(u"https://www.yna.co.kr/"_s));
    QCOMPARE(doc->feeds[1].title, u"Herald"_s); // title when text is missing
    QCOMPARE(doc->feeds[1].folder, u"News"_s);
    QCOMPARE(doc->feeds[1].language, u"en"_s);
    QCOMPARE(doc->feeds[2].folder, QString());
    QCOMPARE(doc->errors.size(), 1); // the file: URL is skipped, with why
    QVERIFY(doc->errors.constFirst().contains(u"not an http(s) URL"));
}

void tst_Sources::opml1Flat()
{
    const QByteArray xml = "<opml version=\"1.0\"><head/><body>"
                           "<outline text=\"A\" type=\"rss\" xmlUrl=\"http://a.example/rss\"/>"
                           "<outline text=\"B\" type=\"rss\" xmlUrl=\"http://b.example/rss\"/></body></opml>";
    const Result<OpmlDocument> doc = Opml::read(xml);
    QVERIFY(doc);
    QCOMPARE(doc->feeds.size(), 2);
    QCOMPARE(doc->feeds[1].xmlUrl, QUrl(u"http://b.example/rss"_s));
}

void tst_Sources::opmlRefusesDtdAndEntities()
{
    const QByteArray laughs = R"(<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<opml version="2.0"><body><outline text="&b;" xmlUrl="http://x.example/rss"/></body></opml>)";
    const Result<OpmlDocument> doc = Opml::read(laughs);
    QVERIFY(!doc);
    QVERIFY2(doc.error().detail.contains(u"DTD"), qPrintable(doc.error().detail));
    // An undeclared entity is an XML error after the root, not an expansion.
    const Result<OpmlDocument> undeclared =
        Opml::read("<opml version=\"2.0\"><body><outline text=\"&x;\" xmlUrl=\"http://x.example/rss\"/></body></opml>");
    QVERIFY(undeclared);
    QVERIFY(undeclared->feeds.isEmpty());
    QVERIFY(!undeclared->errors.isEmpty());
}

void tst_Sources::opmlBounds()
{
    QVERIFY(!Opml::read(QByteArray(Opml::kMaxBytes + 1, ' ')));
    QByteArray deep = "<opml version=\"2.0\"><body>";
    for (int i = 0; i < Opml::kMaxDepth + 5; ++i)
        deep += "<outline text=\"f\">";
    const Result<OpmlDocument> doc = Opml::read(deep);
    QVERIFY(!doc);
    QVERIFY(doc.error().detail.contains(u"deeper"));
}

void tst_Sources::opmlNotOpml()
{
    const Result<OpmlDocument> rss = Opml::read("<rss version=\"2.0\"><channel/></rss>");
    QVERIFY(!rss);
    QCOMPARE(rss.error().code, Error::NotAFeed);
    QVERIFY(!Opml::read("not xml at all"));
}

void tst_Sources::opmlRoundTrip()
{
    QList<Source> sources;
    Source a;
    a.name = u"대전일보"_s;
    a.url = QUrl(u"https://www.daejonilbo.com/rss/allArticle.xml"_s);
    a.folder = u"Regional/Daejeon"_s;
    a.language = u"ko"_s;
    Source b;
    b.kind = Source::Kind::Query;
    b.name = u"Google News: 의료관광"_s;
    b.url = GoogleNews::searchUrl(u"의료관광"_s);
    Source file;
    file.kind = Source::Kind::File;
    file.name = u"sample"_s;
    file.url = QUrl(u"qrc:/sample/medtour-sample.xml"_s);
    Source page; // a list page without a feed: an OPML 2.0 link outline
    page.kind = Source::Kind::Page;
    page.name = u"KHIDI 보도자료"_s;
    page.url = QUrl(u"https://www.khidi.or.kr/board/selectBbsNttList.do?bbsId=MKNEWS&menuNo=200"_s);
    sources << a << b << file << page;
    const QByteArray written = Opml::write(sources, u"Export & test"_s);
    QVERIFY2(written.contains("type=\"link\""), written.constData());
    QVERIFY(written.contains("url=\"https://www.khidi.or.kr/board/selectBbsNttList.do?bbsId=MKNEWS&amp;menuNo=200\""));
    const Result<OpmlDocument> doc = Opml::read(written);
    QVERIFY(doc);
    QCOMPARE(doc->title, u"Export & test"_s);
    QCOMPARE(doc->feeds.size(), 3); // the embedded sample is not a subscription
    QVERIFY(!doc->feeds[0].page && !doc->feeds[1].page);
    QVERIFY(doc->feeds[2].page);
    QCOMPARE(doc->feeds[2].xmlUrl, page.url);
    QCOMPARE(doc->feeds[2].title, page.name);
    // Another reader's link outline without a url stays a folder; an rss outline with both stays a feed.
    const Result<OpmlDocument> other = Opml::read(
        "<opml version=\"2.0\"><body><outline type=\"link\" text=\"Folder\"><outline type=\"rss\" text=\"f\" "
        "xmlUrl=\"https://a.example/rss\" url=\"https://a.example/\"/></outline></body></opml>");
    QVERIFY(other);
    QCOMPARE(other->feeds.size(), 1);
    QVERIFY(!other->feeds[0].page);
    QCOMPARE(other->feeds[0].folder, u"Folder"_s);
    QCOMPARE(doc->feeds[0].title, u"대전일보"_s);
    QCOMPARE(doc->feeds[0].folder, u"Regional/Daejeon"_s);
    QCOMPARE(doc->feeds[0].language, u"ko"_s);
    QCOMPARE(doc->feeds[1].xmlUrl, b.url);
    QCOMPARE(GoogleNews::queryOf(doc->feeds[1].xmlUrl), u"의료관광"_s);
}

void tst_Sources::discovery()
{
    const QByteArray html = R"(<!doctype html><html><head>
<base href="https://www.example.kr/news/">
<link rel="stylesheet" href="/style.css" type="text/css">
<link rel="alternate" type="application/rss+xml" title="전체기사" href="/rss/allArticle.xml">
<link rel="Alternate" type="application/atom+xml; charset=utf-8" title="Atom" href="atom.xml">
<link rel="alternate" type="text/html" hreflang="en" href="/en/">
<link rel="alternate stylesheet" type="application/rss+xml" href="/no.xml">
<link rel="alternate" type="application/rss+xml" href="/rss/allArticle.xml">
</head><body><p>본문 <a rel="alternate" type="application/rss+xml" href="http://feeds.example.kr/health">건강</a>
<!-- <link rel="alternate" type="application/rss+xml" href="/commented.xml"> -->
</body></html>)";
    const QList<DiscoveredFeed> feeds = FeedDiscovery::fromHtml(html, QUrl(u"https://www.example.kr/page"_s));
    QCOMPARE(feeds.size(), 3);
    QCOMPARE(feeds[0].url, QUrl(u"https://www.example.kr/rss/allArticle.xml"_s));
    QCOMPARE(feeds[0].title, u"전체기사"_s);
    QCOMPARE(feeds[0].type, u"application/rss+xml"_s);
    QCOMPARE(feeds[1].url, QUrl(u"https://www.example.kr/news/atom.xml"_s)); // resolved against <base>
    QCOMPARE(feeds[1].type, u"application/atom+xml"_s);
    QCOMPARE(feeds[2].url, QUrl(u"http://feeds.example.kr/health"_s));
}

void tst_Sources::discoveryOfNothing()
{
    QVERIFY(FeedDiscovery::fromHtml("<html><body>no feeds</body></html>", QUrl(u"https://a.example/"_s)).isEmpty());
    QVERIFY(FeedDiscovery::fromHtml(QByteArray(), QUrl(u"https://a.example/"_s)).isEmpty());
    QVERIFY(FeedDiscovery::fromHtml("<link rel=alternate type=application/rss+xml href='javascript:alert(1)'>",
                                    QUrl(u"https://a.example/"_s))
                .isEmpty());
}

void tst_Sources::googleNewsUrl()
{
    const QUrl ko = GoogleNews::searchUrl(u"의료관광"_s);
    QCOMPARE(ko.toString(QUrl::FullyEncoded),
             u"https://news.google.com/rss/search?q=%EC%9D%98%EB%A3%8C%EA%B4%80%EA%B4%91&hl=ko&gl=KR&ceid=KR:ko"_s);
    const QUrl en = GoogleNews::searchUrl(u"\"medical tourism\" Korea & more"_s, u"en"_s);
    QCOMPARE(
        en.toString(QUrl::FullyEncoded),
        u"https://news.google.com/rss/search?q=%22medical%20tourism%22%20Korea%20%26%20more&hl=en-US&gl=US&ceid=US:en"_s);
    QCOMPARE(GoogleNews::queryOf(en), u"\"medical tourism\" Korea & more"_s);
    QVERIFY(GoogleNews::isGoogleNews(ko));
    QVERIFY(!GoogleNews::isGoogleNews(QUrl(u"https://www.yna.co.kr/rss/health.xml"_s)));
}

void tst_Sources::outlet_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("outTitle");
    QTest::addColumn<QString>("outlet");
    QTest::newRow("suffix and <source>") << u"대전시, 몽골 환자 유치 - 대전일보"_s << u"대전일보"_s
                                         << u"대전시, 몽골 환자 유치"_s << u"대전일보"_s;
    QTest::newRow("suffix only") << u"Korea draws patients - The Korea Herald"_s << QString()
                                 << u"Korea draws patients"_s << u"The Korea Herald"_s;
    QTest::newRow("<source> differs from suffix")
        << u"제목 - 다른 이름"_s << u"연합뉴스"_s << u"제목 - 다른 이름"_s << u"연합뉴스"_s;
    QTest::newRow("no outlet") << u"제목만 있는 기사"_s << QString() << u"제목만 있는 기사"_s << QString();
    QTest::newRow("dash inside a long tail")
        << u"A - this tail is far too long to be the name of any news outlet"_s << QString()
        << u"A - this tail is far too long to be the name of any news outlet"_s << QString();
}

void tst_Sources::outlet()
{
    QFETCH(QString, title);
    QFETCH(QString, source);
    QFETCH(QString, outTitle);
    QFETCH(QString, outlet);
    FeedItem item;
    item.title = title;
    item.sourceTitle = source;
    QCOMPARE(GoogleNews::takeOutlet(item), outlet);
    QCOMPARE(item.title, outTitle);
    QCOMPARE(item.sourceTitle, outlet.isEmpty() ? source : outlet);
}

void tst_Sources::defaultList()
{
    // Read from the source tree: the list is checked here, never fetched.
    QFile file(QStringLiteral(MEDTOUR_DEFAULT_SOURCES));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<QList<Source>> sources = DefaultSources::parse(file.readAll());
    QVERIFY2(sources, qPrintable(sources.error().detail));
    QVERIFY(sources->size() >= 15);
    int queries = 0;
    QSet<QUrl> urls;
    for (const Source &s : *sources) {
        QVERIFY(!s.name.isEmpty());
        QCOMPARE(s.url.scheme(), u"https"_s);
        QVERIFY(!s.folder.isEmpty());
        urls.insert(s.url);
        queries += s.kind == Source::Kind::Query;
    }
    QCOMPARE(urls.size(), sources->size()); // no duplicates
    QVERIFY(queries >= 5);
    QVERIFY(urls.contains(GoogleNews::searchUrl(u"의료관광"_s)));
    QVERIFY(urls.contains(GoogleNews::searchUrl(u"\"medical tourism\" Korea"_s, u"en"_s)));
    QVERIFY(urls.contains(QUrl(u"https://www.yna.co.kr/rss/health.xml"_s)));
    QVERIFY(!DefaultSources::parse("{\"sources\": [{\"kind\": \"feed\", \"url\": \"ftp://x\"}]}"));
}

QTEST_GUILESS_MAIN(tst_Sources)
#include "tst_sources.moc"
