// SPDX-License-Identifier: GPL-3.0-or-later
// Sources of kind `page` end to end against a server on 127.0.0.1: a news list page whose article
// links become articles with the text of their own pages, a second sync that adds nothing and keeps
// that text, a list page without article links (its own error), and feed sources in the same sync.
#include "mustread.h"
#include "storage/articlerepository.h"
#include "storage/contentcodec.h"
#include "storage/database.h"
#include "storage/pagefetchrepository.h"
#include "storage/sourcerepository.h"
#include "sync/synccontroller.h"
#include "sync/syncerror.h"
#include "synctestfeeds.h"
#include "testdata.h"
#include "testhttpserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Medtour;
using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

FetchSettings testSettings()
{
    FetchSettings s;
    s.connectTimeoutMs = 2000;
    s.idleTimeoutMs = 2000;
    s.totalTimeoutMs = 4000;
    s.maxBytes = 1024 * 1024;
    s.maxRetries = 0;
    s.maxConcurrent = 20;
    s.maxPerHost = 20; // every test source is on 127.0.0.1
    s.useSystemProxy = false;
    return s;
}

HttpResponse html(const QByteArray &body, const QByteArray &contentType = "text/html; charset=utf-8")
{
    HttpResponse r;
    r.headers = {{"Content-Type", contentType}};
    r.body = body;
    return r;
}

/// A section list of an ndsoft-style outlet: three articles, nav, a "most read" box and a footer.
/// The third title is cut short, as lists do; the second row has no date.
QByteArray listPage()
{
    return u"<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>의료관광 - 대전메디뉴스</title>"
           "</head><body><header><nav class=\"gnb\"><a href=\"/news/articleList.html?sc=S1\">정책</a>"
           "<a href=\"/news/articleList.html?sc=S2\">의료관광</a></nav></header>"
           "<section id=\"section-list\"><ul class=\"type2\">"
           "<li><h4 class=\"titles\"><a href=\"/news/articleView.html?idxno=301\">대전 선병원, 우즈베키스탄 환자 "
           "유치 설명회 개최</a></h4><span class=\"byline\"><em>홍길동 기자</em><em>2024.05.01 10:30</em></span></li>"
           "<li><h4 class=\"titles\"><a href=\"/news/articleView.html?idxno=302\">몽골 환자 전용 통역 서비스 부산으로 "
           "확대</a></h4><span class=\"byline\"><em>김영희 기자</em></span></li>"
           "<li><h4 class=\"titles\"><a href=\"articleView.html?idxno=303#top\">카자흐스탄 알마티 K-의료 로드쇼, "
           "상담…</a></h4><span class=\"byline\"><em>2024.04.28 09:00</em></span></li>"
           "</ul></section>"
           "<aside><h3>많이 본 뉴스</h3><ul><li><a href=\"/news/articleView.html?idxno=200\">많이 본 기사: 의료관광 "
           "비자 간소화</a></li></ul></aside>"
           "<footer><a href=\"/com/company.html\">회사소개</a></footer></body></html>"_s.toUtf8();
}

QByteArray articlePage(const QString &title, const QString &lead, const QString &published = {})
{
    QString meta = u"<meta property=\"og:title\" content=\"%1\">"_s.arg(title);
    if (!published.isEmpty())
        meta += u"<meta property=\"article:published_time\" content=\"%1\">"_s.arg(published);
    QString paragraphs;
    for (int i = 1; i <= 4; ++i)
        paragraphs +=
            u"<p>%1 이번 사업은 외국인 환자 유치 확대와 지역 의료기관의 해외 진출을 함께 지원하기 위한 것으로, "
            "관계 기관은 올해 %2차 과제까지 예산을 배정해 현지 설명회와 상담회를 이어갈 계획이다.</p>"_s.arg(lead)
                .arg(i);
    return u"<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"utf-8\"><title>%1 - 대전메디뉴스</title>%2"
           "</head><body><nav class=\"gnb\"><a href=\"/\">홈</a></nav><article><h1>%1</h1>"
           "<div id=\"article-view-content-div\">%3</div></article>"
           "<footer>Copyright 대전메디뉴스</footer></body></html>"_s.arg(title, meta, paragraphs)
               .toUtf8();
}

struct StoredRow
{
    QString title;
    QString guid;
    QString text;
    qint64 published = 0;
    bool guessed = true;
};

} // namespace

class tst_PageSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listPageBecomesArticles();
    void listWithoutArticleLinksFails();
    void eucKrBoardThroughTheFetcher();
    void failedArticlePageIsTriedAgain();
    void goneOrFailingPagesAreGivenUp();

private:
    SyncReport runSync(const QList<qint64> &ids);
    qint64 addSource(Source::Kind kind, const QString &name, const QString &path);
    QHash<QString, StoredRow> rows(qint64 sourceId) const;
    static SourceSyncResult resultFor(const SyncReport &report, qint64 id);

    QTemporaryDir m_dir;
    TestHttpServer m_server;
    Database m_gui{u"gui"_s};
    QString m_path;
};

void tst_PageSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"cache.sqlite"_s);
    QVERIFY(!m_gui.open(m_path));
    m_server.route("/news/articleList.html?sc=S2", html(listPage()));
    m_server.route("/news/articleView.html?idxno=301",
                   html(articlePage(u"대전 선병원, 우즈베키스탄 환자 유치 설명회 개최"_s,
                                    u"대전 선병원은 타슈켄트에서 현지 환자를 위한 설명회를 열었다."_s)));
    m_server.route("/news/articleView.html?idxno=302",
                   html(articlePage(u"몽골 환자 전용 통역 서비스 부산으로 확대"_s,
                                    u"부산시는 몽골 환자 전용 통역 서비스를 3개 병원으로 넓혔다."_s,
                                    u"2024-04-29T14:00:00+09:00"_s)));
    m_server.route("/news/articleView.html?idxno=303",
                   html(articlePage(u"카자흐스탄 알마티 K-의료 로드쇼, 상담 1천 건 넘어"_s,
                                    u"알마티에서 열린 로드쇼에서 상담이 1천 건을 넘었다."_s)));
    m_server.route("/news/articleView.html?idxno=200", html(articlePage(u"boilerplate"_s, u"never fetched"_s)));
    // A home page of links to sections only: no article to follow.
    m_server.route("/home.html", html("<html><head><title>Home</title></head><body><ul><li><a href=\"/news/"
                                      "articleList.html?sc=S1\">정책</a></li><li><a href=\"/about\">소개</a></li>"
                                      "</ul></body></html>"));
    m_server.route(
        "/feed.xml",
        HttpResponse{200, {{"Content-Type", "application/rss+xml"}}, makeFeed(u"Clinic feed"_s, 2, u"clinic"_s)});
}

qint64 tst_PageSync::addSource(Source::Kind kind, const QString &name, const QString &path)
{
    Source s;
    s.kind = kind;
    s.name = name;
    s.url = m_server.url(path);
    const Result<qint64> id = SourceRepository(m_gui).add(s);
    return id ? *id : 0;
}

SyncReport tst_PageSync::runSync(const QList<qint64> &ids)
{
    SyncController controller(m_path, testSettings());
    QSignalSpy finished(&controller, &SyncController::syncFinished);
    controller.syncNow(ids);
    if (!finished.wait(20000) || finished.isEmpty())
        return {};
    return finished.constFirst().constFirst().value<SyncReport>();
}

QHash<QString, StoredRow> tst_PageSync::rows(qint64 sourceId) const
{
    QHash<QString, StoredRow> out;
    QSqlQuery q(m_gui.db());
    q.prepare(u"SELECT a.url, a.title, a.guid, coalesce(c.clean_text, ''), a.published, a.date_guessed "
              "FROM articles a LEFT JOIN article_content c ON c.article_id = a.id WHERE a.source_id = ?"_s);
    q.addBindValue(sourceId);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(),
                   {q.value(1).toString(), q.value(2).toString(), ContentCodec::unpack(q.value(3)),
                    q.value(4).toLongLong(), q.value(5).toBool()});
    return out;
}

SourceSyncResult tst_PageSync::resultFor(const SyncReport &report, qint64 id)
{
    for (const SourceSyncResult &r : report.sources) {
        if (r.id == id)
            return r;
    }
    return {};
}

void tst_PageSync::listPageBecomesArticles()
{
    const qint64 page = addSource(Source::Kind::Page, u"대전메디뉴스 의료관광"_s, u"/news/articleList.html?sc=S2"_s);
    const qint64 feed = addSource(Source::Kind::Feed, u"Clinic feed"_s, u"/feed.xml"_s);
    QVERIFY(page > 0 && feed > 0);
    // A feed source given a web page: still "not a feed", as before page sources.
    const qint64 htmlAsFeed = addSource(Source::Kind::Feed, u"HTML as feed"_s, u"/home.html"_s);
    QVERIFY(htmlAsFeed > 0);
    QVERIFY(SourceRepository(m_gui).byId(page)->fetchFullPage); // on for page sources, whatever was asked

    const SyncReport first = runSync({page, feed, htmlAsFeed});
    QCOMPARE(first.sources.size(), 3);
    const SourceSyncResult pageResult = resultFor(first, page);
    QCOMPARE(pageResult.status, SyncStatus::Ok);
    QCOMPARE(pageResult.added, 3);
    QCOMPARE(resultFor(first, feed).status, SyncStatus::Ok);
    QCOMPARE(resultFor(first, feed).added, 2);
    QCOMPARE(resultFor(first, htmlAsFeed).errorCode, Error::NotAFeed);
    for (const QByteArray path :
         {"/news/articleView.html?idxno=301", "/news/articleView.html?idxno=302", "/news/articleView.html?idxno=303"})
        QCOMPARE(m_server.hits(path), 1);
    QCOMPARE(m_server.hits("/news/articleView.html?idxno=200"), 0); // the "most read" box is not followed

    const QHash<QString, StoredRow> stored = rows(page);
    QCOMPARE(stored.size(), 3);
    const QString base = m_server.url(u"/news/articleView.html?idxno="_s).toString();
    const StoredRow a = stored.value(base + u"301"_s);
    QCOMPARE(a.title, u"대전 선병원, 우즈베키스탄 환자 유치 설명회 개최"_s);
    QCOMPARE(a.guid, base + u"301"_s); // the canonical URL
    QVERIFY2(a.text.contains(u"타슈켄트에서 현지 환자를 위한 설명회"_s), qPrintable(a.text.left(200)));
    QVERIFY(!a.text.contains(u"Copyright"_s));
    QCOMPARE(a.published, QDateTime(QDate(2024, 5, 1), QTime(1, 30), Qt::UTC).toSecsSinceEpoch()); // 10:30 KST
    QVERIFY(!a.guessed);
    const StoredRow b = stored.value(base + u"302"_s);
    QVERIFY2(b.text.contains(u"3개 병원으로 넓혔다"_s), qPrintable(b.text.left(200)));
    // No date in the list: the article page's own.
    QCOMPARE(b.published, QDateTime(QDate(2024, 4, 29), QTime(5, 0), Qt::UTC).toSecsSinceEpoch());
    QVERIFY(!b.guessed);
    const StoredRow c = stored.value(base + u"303"_s);                         // "#top" dropped
    QCOMPARE(c.title, u"카자흐스탄 알마티 K-의료 로드쇼, 상담 1천 건 넘어"_s); // the page's whole headline
    QVERIFY(c.text.contains(u"상담이 1천 건을 넘었다"_s));
    QCOMPARE(c.published, QDateTime(QDate(2024, 4, 28), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(SourceRepository(m_gui).byId(page)->name, u"대전메디뉴스 의료관광"_s);

    // The list unchanged: nothing new, no article fetched again, and the completed text stays.
    const SyncReport second = runSync({page, feed});
    QCOMPARE(resultFor(second, page).status, SyncStatus::Ok);
    QCOMPARE(resultFor(second, page).added, 0);
    QCOMPARE(resultFor(second, page).updated, 0);
    QCOMPARE(m_server.hits("/news/articleView.html?idxno=301"), 1);
    QCOMPARE(m_server.hits("/news/articleList.html?sc=S2"), 2);
    const QHash<QString, StoredRow> again = rows(page);
    QCOMPARE(again.size(), 3);
    QCOMPARE(again.value(base + u"301"_s).text, a.text);
    QCOMPARE(again.value(base + u"303"_s).title, c.title);
    QCOMPARE(again.value(base + u"302"_s).published, b.published);
    QCOMPARE(mustRead(SourceRepository(m_gui).status(page)).errorCode, QString());
}

void tst_PageSync::listWithoutArticleLinksFails()
{
    m_server.route("/sections.html", html("<html><head><title>Sections</title></head><body><ul><li><a href=\"/news/"
                                          "articleList.html?sc=S1\">정책</a></li><li><a href=\"/about\">소개</a></li>"
                                          "</ul></body></html>"));
    const qint64 empty = addSource(Source::Kind::Page, u"Sections"_s, u"/sections.html"_s);
    const qint64 feed = SourceRepository(m_gui).byUrl(m_server.url(u"/feed.xml"_s))->id;
    QVERIFY(empty > 0);
    const SyncReport report = runSync({empty, feed});
    const SourceSyncResult failed = resultFor(report, empty);
    QCOMPARE(failed.status, SyncStatus::Error);
    QCOMPARE(failed.errorCode, Error::NoArticleLinks);
    QVERIFY2(failed.error.contains(u"no article links"_s), qPrintable(failed.error));
    QCOMPARE(resultFor(report, feed).status, SyncStatus::Ok); // the other source still completes
    const SourceStatus status = mustRead(SourceRepository(m_gui).status(empty));
    QCOMPARE(status.errorCode, u"no-article-links"_s);
    const SyncError::Description d = SyncError::describe(SyncError::codeFromName(status.errorCode), 200, status.error);
    QVERIFY2(d.what.contains(u"No links to articles"_s), qPrintable(d.what));
    QCOMPARE(rows(empty).size(), 0);
}

void tst_PageSync::eucKrBoardThroughTheFetcher()
{
    // A ministry's press-release board served as EUC-KR (tests/data/pages/lists): its three rows.
    QFile board(TestData::path(QStringLiteral("pages/lists/gov-press-board-euckr.html")));
    QVERIFY(board.open(QIODevice::ReadOnly));
    m_server.route("/board.es?mid=a10503010100&bid=0027", html(board.readAll(), "text/html; charset=euc-kr"));
    const QList<QPair<QByteArray, QString>> articles{
        {"1481234", u"외국인 환자 유치 실적 발표, 지난해 60만 명 넘어"_s},
        {"1481200", u"의료 해외진출 지원 사업 공모, 5월 20일까지 접수"_s},
        {"1481150", u"지역 의료관광 클러스터 5곳 선정 결과 안내"_s},
    };
    for (const auto &[no, title] : articles)
        m_server.route("/board.es?mid=a10503010100&bid=0027&act=view&list_no=" + no + "&tag=&nPage=1",
                       html(articlePage(title, u"보건복지부는 %1 관련 보도자료를 냈다."_s.arg(title))));
    const qint64 id = addSource(Source::Kind::Page, u"보건복지부 보도자료"_s, u"/board.es?mid=a10503010100&bid=0027"_s);
    QVERIFY(id > 0);
    const SyncReport report = runSync({id});
    QCOMPARE(resultFor(report, id).status, SyncStatus::Ok);
    QCOMPARE(resultFor(report, id).added, 3);
    const QHash<QString, StoredRow> stored = rows(id);
    QCOMPARE(stored.size(), 3);
    const QString base = m_server.url(u"/board.es?mid=a10503010100&bid=0027&act=view&list_no="_s).toString();
    const StoredRow first = stored.value(base + u"1481234&tag=&nPage=1"_s);
    QCOMPARE(first.title, articles.at(0).second);
    QVERIFY2(first.text.contains(u"관련 보도자료를 냈다"_s), qPrintable(first.text.left(200)));
    QCOMPARE(first.published, QDateTime(QDate(2024, 5, 1), QTime(15, 0), Qt::UTC).toSecsSinceEpoch()); // 05-02 KST
    QCOMPARE(stored.value(base + u"1481150&tag=&nPage=1"_s).title, articles.at(2).second);
}

void tst_PageSync::failedArticlePageIsTriedAgain()
{
    m_server.route("/retry/list.html",
                   html(u"<html lang=\"ko\"><head><title>재시도</title></head><body><ul>"
                        "<li><a href=\"/retry/articleView.html?idxno=1\">첫 번째 기사는 한 번에 읽힌다</a></li>"
                        "<li><a href=\"/retry/articleView.html?idxno=2\">두 번째 기사는 처음에 서버 오류</a></li>"
                        "</ul></body></html>"_s.toUtf8()));
    m_server.route("/retry/articleView.html?idxno=1",
                   html(articlePage(u"첫 번째 기사는 한 번에 읽힌다"_s, u"첫 기사 본문이다."_s)));
    auto calls = std::make_shared<std::atomic<int>>(0);
    const HttpResponse second = html(articlePage(u"두 번째 기사는 처음에 서버 오류"_s, u"두 번째 기사 본문이다."_s));
    m_server.route("/retry/articleView.html?idxno=2", [calls, second](const HttpRequest &) {
        if (calls->fetch_add(1) == 0)
            return HttpResponse{503, {}, "busy"};
        return second;
    });
    const qint64 id = addSource(Source::Kind::Page, u"Retry"_s, u"/retry/list.html"_s);
    QVERIFY(id > 0);
    const QString one = m_server.url(u"/retry/articleView.html?idxno=1"_s).toString();
    const QString two = m_server.url(u"/retry/articleView.html?idxno=2"_s).toString();

    QCOMPARE(resultFor(runSync({id}), id).added, 2);
    QVERIFY(rows(id).value(one).text.contains(u"첫 기사 본문이다"_s));
    QCOMPARE(rows(id).value(two).text, QString()); // a bare title for now
    QCOMPARE(rows(id).value(two).title, u"두 번째 기사는 처음에 서버 오류"_s);

    // The next sync reads the failed page again, and only that one.
    QCOMPARE(resultFor(runSync({id}), id).added, 0);
    QCOMPARE(m_server.hits("/retry/articleView.html?idxno=1"), 1);
    QCOMPARE(m_server.hits("/retry/articleView.html?idxno=2"), 2);
    QVERIFY2(rows(id).value(two).text.contains(u"두 번째 기사 본문이다"_s), qPrintable(rows(id).value(two).text));

    // Complete now: nothing is fetched again.
    runSync({id});
    QCOMPARE(m_server.hits("/retry/articleView.html?idxno=1"), 1);
    QCOMPARE(m_server.hits("/retry/articleView.html?idxno=2"), 2);
    QCOMPARE(m_server.hits("/retry/list.html"), 3);
}

void tst_PageSync::goneOrFailingPagesAreGivenUp()
{
    // Politeness: a page that is gone is not requested again, and one that keeps failing is
    // given up after PageFetchRepository::kMaxFailures syncs in a row. Its article stays, a title.
    m_server.route("/giveup/list.html",
                   html(u"<html lang=\"ko\"><head><title>포기</title></head><body><ul>"
                        "<li><a href=\"/giveup/articleView.html?idxno=1\">첫 번째 기사는 제대로 읽힌다</a></li>"
                        "<li><a href=\"/giveup/articleView.html?idxno=2\">두 번째 기사는 지워진 페이지다</a></li>"
                        "<li><a href=\"/giveup/articleView.html?idxno=3\">세 번째 기사는 늘 서버 오류다</a></li>"
                        "</ul></body></html>"_s.toUtf8()));
    m_server.route("/giveup/articleView.html?idxno=1",
                   html(articlePage(u"첫 번째 기사는 제대로 읽힌다"_s, u"첫 기사 본문이다."_s)));
    m_server.route("/giveup/articleView.html?idxno=2", HttpResponse{404, {}, "gone"});
    m_server.route("/giveup/articleView.html?idxno=3", HttpResponse{503, {}, "busy"});
    const qint64 id = addSource(Source::Kind::Page, u"Give up"_s, u"/giveup/list.html"_s);
    QVERIFY(id > 0);

    QCOMPARE(resultFor(runSync({id}), id).added, 3);
    for (int sync = 2; sync <= PageFetchRepository::kMaxFailures + 2; ++sync) {
        const SourceSyncResult r = resultFor(runSync({id}), id);
        QCOMPARE(r.status, SyncStatus::Ok); // the list itself was read: the source is fine
    }
    QCOMPARE(m_server.hits("/giveup/articleView.html?idxno=1"), 1);
    QCOMPARE(m_server.hits("/giveup/articleView.html?idxno=2"), 1);
    QCOMPARE(m_server.hits("/giveup/articleView.html?idxno=3"), PageFetchRepository::kMaxFailures);
    QCOMPARE(m_server.hits("/giveup/list.html"), PageFetchRepository::kMaxFailures + 2);

    const QHash<QString, StoredRow> stored = rows(id);
    QCOMPARE(stored.size(), 3);
    QVERIFY(stored.value(m_server.url(u"/giveup/articleView.html?idxno=1"_s).toString()).text.contains(u"첫 기사"_s));
    QCOMPARE(stored.value(m_server.url(u"/giveup/articleView.html?idxno=2"_s).toString()).text, QString());
    QCOMPARE(stored.value(m_server.url(u"/giveup/articleView.html?idxno=3"_s).toString()).text, QString());
    QSqlQuery q(m_gui.db());
    QVERIFY(
        q.exec(u"SELECT a.url, f.failures, f.last_error FROM page_failures f JOIN articles a ON a.id = f.article_id "
               "WHERE a.source_id = %1 ORDER BY a.url"_s.arg(id)));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString().endsWith(u"idxno=2"_s));
    QCOMPARE(q.value(1).toInt(), PageFetchRepository::kMaxFailures); // gone: given up at once
    QVERIFY2(q.value(2).toString().contains(u"404"_s), qPrintable(q.value(2).toString()));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toString().endsWith(u"idxno=3"_s));
    QCOMPARE(q.value(1).toInt(), PageFetchRepository::kMaxFailures);
    QVERIFY2(q.value(2).toString().contains(u"503"_s), qPrintable(q.value(2).toString()));
    QVERIFY(!q.next()); // the page that was read has no failures
}

QTEST_GUILESS_MAIN(tst_PageSync)
#include "tst_pagesync.moc"
