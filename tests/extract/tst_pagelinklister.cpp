// SPDX-License-Identifier: GPL-3.0-or-later
// PageLinkLister on realistic Korean list pages (tests/data/pages/lists, synthetic, in the layouts of an ndsoft
// news section, a ministry's EUC-KR press-release board, an e-government board with relative and duplicate links,
// and a card list whose links have no article shape): the exact links, titles and dates, and no boilerplate.
#include "domain/article.h"
#include "extract/pagelinklister.h"
#include "testdata.h"
#include "text/dateparser.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(TestData::path(QStringLiteral("pages/lists/") + QLatin1StringView(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// "url | title | date" per link, for one readable comparison.
QStringList rows(const ListedPage &page)
{
    QStringList out;
    for (const ListedLink &link : page.links)
        out << u"%1 | %2 | %3"_s.arg(link.url.toString(), link.title, DateParser::toIsoUtc(link.published));
    return out;
}

bool lists(const ListedPage &page, const QString &fragment)
{
    for (const ListedLink &link : page.links) {
        if (link.url.toString().contains(fragment))
            return true;
    }
    return false;
}

} // namespace

class tst_PageLinkLister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newsSectionList();
    void pressBoardInEucKr();
    void relativeLinksAndDuplicates();
    void headlinesInRepeatedCards();
    void explicitTimeZone();
    void capAndOrder();
    void hostileInput();
    void everyFixtureListsOnlySafeLinks();
    void articleShapes_data();
    void articleShapes();
    void sameSite_data();
    void sameSite();
};

void tst_PageLinkLister::newsSectionList()
{
    const QByteArray html = fixture("ndsoft-section-list.html");
    QVERIFY(!html.isEmpty());
    const ListedPage page = PageLinkLister::list(
        html, QUrl(u"https://www.meditournews.co.kr/news/articleList.html?sc_section_code=S1N2"_s));
    QCOMPARE(page.title, u"의료관광 - 메디투어뉴스"_s);
    QCOMPARE(page.encoding, u"UTF-8"_s);
    const QStringList want{
        // The thumbnail's alt text gives way to the headline's own text.
        u"https://www.meditournews.co.kr/news/articleView.html?idxno=101 | 대전 선병원, 우즈베키스탄 환자 유치 설명회 "
        "개최 | 2024-05-01T01:30:00Z"_s,
        // An image without alt is no title: the headline link that follows is.
        u"https://www.meditournews.co.kr/news/articleView.html?idxno=102 | 보건복지부, 외국인 환자 유치 의료기관 평가 "
        "인증제 개편 | 2024-04-30T08:05:00Z"_s,
        // A subdomain of the same site.
        u"https://m.meditournews.co.kr/news/articleView.html?idxno=103 | 몽골 환자 전용 통역 서비스, 부산 3개 병원으로 "
        "확대 | 2024-04-29T00:00:00Z"_s,
        // No date in the row: none invented.
        u"https://www.meditournews.co.kr/news/articleView.html?idxno=104&utm_source=list | 카자흐스탄 알마티 K-의료 "
        "로드쇼, 상담 1천 건 넘어 | "_s,
    };
    QCOMPARE(rows(page), want);
    QCOMPARE(page.links.at(3).canonical, u"https://www.meditournews.co.kr/news/articleView.html?idxno=104"_s);
    // Script, page header, nav, banner, pagination, another outlet, "most read", popular box and footer.
    for (const QString &skipped :
         {u"idxno=999"_s, u"idxno=900"_s, u"articleList"_s, u"ads.example.net"_s, u"othernews"_s, u"idxno=90"_s,
          u"idxno=91"_s, u"idxno=80"_s, u"idxno=81"_s, u"idxno=82"_s, u"idxno=70"_s, u"company"_s, u"login"_s})
        QVERIFY2(!lists(page, skipped), qPrintable(skipped));
}

void tst_PageLinkLister::pressBoardInEucKr()
{
    const QByteArray html = fixture("gov-press-board-euckr.html");
    QVERIFY(!html.isEmpty());
    QVERIFY(!html.contains("보도자료")); // really EUC-KR bytes, not UTF-8
    const QUrl url(u"https://www.mohw.go.kr/board.es?mid=a10503010100&bid=0027"_s);
    const QStringList want{
        u"https://www.mohw.go.kr/board.es?mid=a10503010100&bid=0027&act=view&list_no=1481234&tag=&nPage=1 | 외국인 "
        "환자 유치 실적 발표, 지난해 60만 명 넘어 | 2024-05-01T15:00:00Z"_s,
        u"https://www.mohw.go.kr/board.es?mid=a10503010100&bid=0027&act=view&list_no=1481200&tag=&nPage=1 | 의료 "
        "해외진출 지원 사업 공모, 5월 20일까지 접수 | 2024-04-28T15:00:00Z"_s,
        u"https://www.mohw.go.kr/board.es?mid=a10503010100&bid=0027&act=view&list_no=1481150&tag=&nPage=1 | 지역 "
        "의료관광 클러스터 5곳 선정 결과 안내 | 2024-04-24T15:00:00Z"_s,
    };
    // Declared in a <meta>, and (as a server would say) in the HTTP header.
    for (const QByteArray &contentType : {QByteArray(), QByteArray("text/html; charset=EUC-KR")}) {
        const ListedPage page = PageLinkLister::list(html, url, contentType);
        QCOMPARE(page.encoding, u"windows-949"_s);
        QCOMPARE(page.title, u"보도자료 < 알림 < 보건복지부"_s);
        QCOMPARE(rows(page), want);
        // The side menu's pinned notice, the footer's notice, attachments, a javascript: link, paging.
        for (const QString &skipped :
             {u"1400001"_s, u"1300000"_s, u"boardDownload"_s, u"1481100"_s, u"nPage=2"_s, u"menu.es"_s})
            QVERIFY2(!lists(page, skipped), qPrintable(skipped));
    }
}

void tst_PageLinkLister::relativeLinksAndDuplicates()
{
    const QByteArray html = fixture("egov-relative-duplicates.html");
    QVERIFY(!html.isEmpty());
    const ListedPage page = PageLinkLister::list(
        html, QUrl(u"https://www.khidi.or.kr/board/selectBbsNttList.do?bbsId=MKNEWS&menuNo=200"_s));
    const QStringList want{
        // ./, no prefix, #top and the "더보기" link: one article.
        u"https://www.khidi.or.kr/board/selectBbsNttView.do?bbsId=MKNEWS&nttId=2001&menuNo=200 | 2024 메디컬 코리아 "
        "국제 콘퍼런스 사전등록 시작 | 2024-04-29T15:00:00Z"_s,
        // ../board/ with a tracking parameter; the copy further down is the same article.
        u"https://www.khidi.or.kr/board/selectBbsNttView.do?bbsId=MKNEWS&nttId=2000&menuNo=200&utm_medium=email | "
        "외국인 환자 유치 사업자 등록 안내 (2024년 개정) | 2024-04-25T15:00:00Z"_s,
        // An image's alt text as the title.
        u"https://www.khidi.or.kr/board/selectBbsNttView.do?bbsId=MKNEWS&nttId=1999&menuNo=200 | 의료관광 통역사 "
        "양성과정 수강생 모집 | 2024-04-22T05:00:00Z"_s,
        u"https://news.khidi.or.kr/board/selectBbsNttView.do?bbsId=MKNEWS&nttId=1998 | 중동 지역 환자 송출 협력 "
        "업무협약 체결 | 2024-04-18T15:00:00Z"_s,
    };
    QCOMPARE(rows(page), want);
    QSet<QString> canonical;
    for (const ListedLink &link : page.links) {
        QCOMPARE(link.canonical, canonicalUrl(link.url));
        canonical.insert(link.canonical);
    }
    QCOMPARE(canonical.size(), page.links.size());
    QVERIFY(!lists(page, u"medicalkorea"_s)); // another site
    QVERIFY(!lists(page, u"NOTICE"_s));       // the footer's notice, the nav's board
    QVERIFY(!lists(page, u"pageIndex"_s));
}

void tst_PageLinkLister::headlinesInRepeatedCards()
{
    const QByteArray html = fixture("headline-cards.html");
    QVERIFY(!html.isEmpty());
    const ListedPage page = PageLinkLister::list(html, QUrl(u"https://www.kima.or.kr/kima/notice"_s));
    const QStringList want{
        u"https://www.kima.or.kr/kima/notice/1523 | 협회, 2024 해외환자 유치 우수기관 시상식 개최 | 2024-03-04T15:00:00Z"_s,
        u"https://www.kima.or.kr/kima/notice/1522 | 카자흐스탄 보건부 대표단 협회 방문 및 간담회 | 2024-02-26T15:00:00Z"_s,
        u"https://www.kima.or.kr/kima/notice/1520 | 회원사 대상 의료통역 표준 용어집 배포 안내 | 2024-02-13T15:00:00Z"_s,
    };
    QCOMPARE(rows(page), want);
    // Two headline-length links in a box are no list; menus are short; the footer's family sites are boilerplate.
    QVERIFY(!lists(page, u"/guide/"_s));
    QVERIFY(!lists(page, u"/about"_s));
    QVERIFY(!lists(page, u"/link/"_s));
    QVERIFY(!lists(page, u"1521"_s)); // "공지" is no headline
}

void tst_PageLinkLister::explicitTimeZone()
{
    PageLinkLister::Options options;
    options.timeZone = QTimeZone::utc();
    const ListedPage page =
        PageLinkLister::list(fixture("gov-press-board-euckr.html"),
                             QUrl(u"https://www.mohw.go.kr/board.es?mid=a10503010100&bid=0027"_s), {}, options);
    QCOMPARE(page.links.size(), 3);
    QCOMPARE(DateParser::toIsoUtc(page.links.at(0).published), u"2024-05-02T00:00:00Z"_s);
    QCOMPARE(DateParser::toIsoUtc(page.links.at(2).published), u"2024-04-25T00:00:00Z"_s);
}

void tst_PageLinkLister::capAndOrder()
{
    QByteArray html = "<html><body><ul>";
    for (int i = 0; i < 150; ++i)
        html += "<li><a href=\"/news/articleView.html?idxno=" + QByteArray::number(1000 - i) + "\">Headline number " +
                QByteArray::number(i) + "</a></li>";
    html += "</ul></body></html>";
    const QUrl url(u"http://news.example.com/list"_s);
    const ListedPage all = PageLinkLister::list(html, url);
    QCOMPARE(all.links.size(), 100);
    QCOMPARE(all.links.first().url.toString(), u"http://news.example.com/news/articleView.html?idxno=1000"_s);
    QCOMPARE(all.links.last().title, u"Headline number 99"_s);
    PageLinkLister::Options five;
    five.maxLinks = 5;
    const ListedPage some = PageLinkLister::list(html, url, {}, five);
    QCOMPARE(some.links.size(), 5);
    QCOMPARE(some.links.at(4).url.toString(), u"http://news.example.com/news/articleView.html?idxno=996"_s);
}

void tst_PageLinkLister::hostileInput()
{
    const QUrl url(u"https://example.com/list"_s);
    QVERIFY(PageLinkLister::list({}, url).links.isEmpty());
    QVERIFY(PageLinkLister::list("<?xml version=\"1.0\"?><rss><channel><item><link>https://example.com/news/"
                                 "articleView.html?idxno=1</link></item></channel></rss>",
                                 url)
                .links.isEmpty());
    QVERIFY(PageLinkLister::list(QByteArray(4096, '\0'), url).links.isEmpty());
    // Deep nesting and a page over the size limit: nothing listed, no crash.
    QByteArray deep = QByteArray("<div>").repeated(100000) + "<a href=\"/news/articleView.html?idxno=5\">Deep link "
                                                             "headline</a>";
    (void)PageLinkLister::list(deep, url);
    PageLinkLister::Options tiny;
    tiny.maxBytes = 100;
    QVERIFY(PageLinkLister::list(fixture("ndsoft-section-list.html"), url, {}, tiny).links.isEmpty());
}

void tst_PageLinkLister::everyFixtureListsOnlySafeLinks()
{
    // The hostile pages (javascript:, data:, file: links, frames, forms) and the article pages: whatever they
    // list is an http(s) link on their own site, once, with a title.
    const QDir data(TestData::path());
    const QStringList folders{u"hostile"_s, u"pages"_s, u"pages/lists"_s};
    int pages = 0;
    for (const QString &folder : folders) {
        const QDir dir(data.filePath(folder));
        for (const QString &name : dir.entryList({u"*.html"_s}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QUrl url(u"https://news.example.co.kr/%1/%2"_s.arg(folder, name));
            const ListedPage page = PageLinkLister::list(f.readAll(), url);
            ++pages;
            QSet<QString> seen;
            for (const ListedLink &link : page.links) {
                QVERIFY2(link.url.scheme() == u"https" || link.url.scheme() == u"http", qPrintable(name));
                QVERIFY2(PageLinkLister::sameSite(link.url, url), qPrintable(link.url.toString()));
                QVERIFY2(!link.title.isEmpty(), qPrintable(link.url.toString()));
                QVERIFY2(!seen.contains(link.canonical), qPrintable(link.url.toString()));
                seen.insert(link.canonical);
            }
        }
    }
    QVERIFY2(pages >= 20, "tests/data/hostile and tests/data/pages hold the pages");
}

void tst_PageLinkLister::articleShapes_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("article");
    QTest::newRow("ndsoft") << u"https://www.a.co.kr/news/articleView.html?idxno=12345"_s << true;
    QTest::newRow("idxno only") << u"https://www.a.co.kr/view.php?idxno=7"_s << true;
    QTest::newRow("view.html?ID=") << u"https://www.b.kr/news/view.html?ID=2024050112"_s << true;
    QTest::newRow("/article/") << u"https://www.c.com/article/2024/05/01/medical-tourism"_s << true;
    QTest::newRow("/news/…digits") << u"https://www.d.com/news/health/202405010001"_s << true;
    QTest::newRow("board view no=") << u"https://www.e.or.kr/board/boardView.do?no=55&board=news"_s << true;
    QTest::newRow("board view nttId=") << u"https://www.e.or.kr/boards/view.jsp?nttId=9"_s << true;
    QTest::newRow("mid act=view") << u"https://www.mohw.go.kr/board.es?mid=a1&bid=0027&act=view&list_no=3"_s << true;
    QTest::newRow("bbsView") << u"https://www.f.go.kr/bbsView.do?bbsSeq=12"_s << true;
    QTest::newRow("selectBbsNttView") << u"https://www.khidi.or.kr/board/selectBbsNttView.do?nttId=1"_s << true;
    QTest::newRow("gnuboard") << u"https://www.g.kr/bbs/board.php?bo_table=news&wr_id=31"_s << true;
    QTest::newRow("yonhap") << u"https://www.yna.co.kr/view/AKR20240501000100017"_s << true;
    QTest::newRow("list page") << u"https://www.a.co.kr/news/articleList.html?sc_section_code=S1N2"_s << false;
    QTest::newRow("home") << u"https://www.a.co.kr/"_s << false;
    QTest::newRow("board list") << u"https://www.mohw.go.kr/board.es?mid=a1&bid=0027&nPage=2"_s << false;
    QTest::newRow("company") << u"https://www.a.co.kr/com/company.html"_s << false;
    QTest::newRow("section") << u"https://www.d.com/news/health"_s << false;
}

void tst_PageLinkLister::articleShapes()
{
    QFETCH(QString, url);
    QFETCH(bool, article);
    QCOMPARE(PageLinkLister::looksLikeArticleUrl(QUrl(url)), article);
}

void tst_PageLinkLister::sameSite_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("same host") << u"https://www.khidi.or.kr/a"_s << u"https://www.khidi.or.kr/b"_s << true;
    QTest::newRow("subdomain .or.kr") << u"https://www.khidi.or.kr/"_s << u"http://news.khidi.or.kr/x"_s << true;
    QTest::newRow("bare and www") << u"https://example.com/"_s << u"https://www.example.com/"_s << true;
    QTest::newRow("other .or.kr") << u"https://www.khidi.or.kr/"_s << u"https://www.kima.or.kr/"_s << false;
    QTest::newRow("other .co.kr") << u"https://www.a.co.kr/"_s << u"https://www.b.co.kr/"_s << false;
    QTest::newRow("other .com") << u"https://a.example.com/"_s << u"https://example.net/"_s << false;
    QTest::newRow("ip") << u"http://127.0.0.1:8080/"_s << u"http://127.0.0.1:9090/"_s << true;
    QTest::newRow("other ip") << u"http://127.0.0.1/"_s << u"http://127.0.0.2/"_s << false;
}

void tst_PageLinkLister::sameSite()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(PageLinkLister::sameSite(QUrl(a), QUrl(b)), same);
}

QTEST_GUILESS_MAIN(tst_PageLinkLister)
#include "tst_pagelinklister.moc"
