// SPDX-License-Identifier: GPL-3.0-or-later
// Sync end to end against hostile servers on 127.0.0.1: every case in one sync, each asserting
// what was stored and the source's error text, and that the others still completed.
#include "mustread.h"
#include "storage/articlerepository.h"
#include "storage/contentcodec.h"
#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/sourcerepository.h"
#include "sync/synccontroller.h"
#include "synctestfeeds.h"
#include "testdata.h"
#include "testhttpserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

QByteArray readData(const char *name)
{
    QFile f(TestData::path(QStringLiteral("feeds/") + QLatin1StringView(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

HttpResponse feedResponse(const QByteArray &body, const QByteArray &contentType = "application/rss+xml")
{
    HttpResponse r;
    r.headers = {{"Content-Type", contentType}};
    r.body = body;
    return r;
}

HttpResponse status(int code, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    HttpResponse r;
    r.status = code;
    r.headers = std::move(headers);
    r.body = "<html><body>error page</body></html>";
    return r;
}

FetchSettings testSettings()
{
    FetchSettings s;
    s.connectTimeoutMs = 1000;
    s.idleTimeoutMs = 800;
    s.totalTimeoutMs = 1500;
    s.maxBytes = 1024 * 1024;
    s.maxRetries = 1;
    s.retryBaseMs = 50;
    s.maxConcurrent = 20;
    s.maxPerHost = 20; // every test source is on 127.0.0.1
    s.useSystemProxy = false;
    return s;
}

} // namespace

class tst_Sync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySourceReported();
    void hostileServers_data();
    void hostileServers();
    void secondSyncIsConditional();
    void permanentRedirectMovesTheSource();
    void retryAfterSetsNextDue();
    void dueOnlySkipsFreshSources();
    void cancelAndShutdown();
    void cancelledRunIndexesWhatItStored();
    void scheduleAndQueuedRequests();
    void queryItemsKeepTheirOutlet();
    void starsSurviveAConcurrentSync();
    void fullPageCompletesSummaryItems();
    void guiThreadStaysResponsive();

private:
    qint64 addSource(const QString &name, const QByteArray &path);
    SyncReport runSync(const QList<qint64> &ids, bool dueOnly = false, int timeoutMs = 20000);
    int stored(qint64 sourceId) const;
    SourceSyncResult resultFor(qint64 id) const;

    QTemporaryDir m_dir;
    TestHttpServer m_server;
    Database m_gui{u"gui"_s}; ///< the GUI thread's connection
    QString m_path;
    QHash<QString, qint64> m_ids;
    SyncReport m_report;
};

qint64 tst_Sync::addSource(const QString &name, const QByteArray &path)
{
    Source s;
    s.name = name;
    s.url = m_server.url(QString::fromLatin1(path));
    const Result<qint64> id = SourceRepository(m_gui).add(s);
    return id ? *id : 0;
}

SyncReport tst_Sync::runSync(const QList<qint64> &ids, bool dueOnly, int timeoutMs)
{
    SyncController controller(m_path, testSettings());
    QSignalSpy finished(&controller, &SyncController::syncFinished);
    if (dueOnly)
        controller.syncDue();
    else
        controller.syncNow(ids);
    if (!finished.wait(timeoutMs) || finished.isEmpty())
        return {};
    return finished.constFirst().constFirst().value<SyncReport>();
}

int tst_Sync::stored(qint64 sourceId) const
{
    ArticleQuery q;
    q.sourceIds = {sourceId};
    return mustRead(ArticleRepository(m_gui).count(q));
}

SourceSyncResult tst_Sync::resultFor(qint64 id) const
{
    for (const SourceSyncResult &r : m_report.sources) {
        if (r.id == id)
            return r;
    }
    return {};
}

void tst_Sync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"cache.sqlite"_s);
    QVERIFY(!m_gui.open(m_path));

    m_server.route("/ok.xml", [](const HttpRequest &request) {
        if (request.headers.value("if-none-match") == "\"v1\"")
            return status(304, {{"ETag", "\"v1\""}});
        HttpResponse r = feedResponse(makeFeed(u"OK feed"_s, 3, u"ok"_s));
        r.headers << qMakePair(QByteArray("ETag"), QByteArray("\"v1\""))
                  << qMakePair(QByteArray("Last-Modified"), QByteArray("Tue, 01 Dec 2026 10:00:00 GMT"));
        return r;
    });
    m_server.route("/chain1", TestHttpServer::redirect(301, "/chain2"));
    m_server.route("/chain2", TestHttpServer::redirect(302, "http://127.0.0.1:" + QByteArray::number(m_server.port()) +
                                                                "/chain3.xml"));
    m_server.route("/chain3.xml", feedResponse(makeFeed(u"Chain"_s, 2, u"chain"_s)));
    m_server.route("/old.xml", TestHttpServer::redirect(301, "/new.xml"));
    m_server.route("/new.xml", feedResponse(makeFeed(u"Moved"_s, 2, u"moved"_s)));
    m_server.route("/loop-a", TestHttpServer::redirect(302, "/loop-b"));
    m_server.route("/loop-b", TestHttpServer::redirect(302, "/loop-a"));
    for (int i = 0; i < 6; ++i)
        m_server.route("/hop" + QByteArray::number(i),
                       TestHttpServer::redirect(302, "/hop" + QByteArray::number(i + 1)));
    m_server.route("/hop6", feedResponse(makeFeed(u"Far"_s, 1, u"far"_s)));
    m_server.route("/404", status(404));
    m_server.route("/500", status(500));
    m_server.route("/503", status(503, {{"Retry-After", "120"}}));
    m_server.route("/429", status(429, {{"Retry-After", "30"}}));
    HttpResponse drip = feedResponse({});
    drip.mode = HttpResponse::Mode::Drip;
    drip.dripIntervalMs = 100; // always within the idle timeout: only the total deadline stops it
    m_server.route("/drip", drip);
    HttpResponse stall;
    stall.mode = HttpResponse::Mode::Stall;
    m_server.route("/stall", stall);
    HttpResponse endless = feedResponse({});
    endless.mode = HttpResponse::Mode::Endless;
    m_server.route("/endless", endless);
    HttpResponse bomb = feedResponse(TestHttpServer::gzip(QByteArray(32 * 1024 * 1024, ' ')));
    bomb.headers << qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip"));
    QVERIFY(bomb.body.size() < 100 * 1024); // small on the wire, 32 MB inflated
    m_server.route("/bomb", bomb);
    m_server.route("/euckr.xml",
                   feedResponse(readData("euckr-labelled-utf8.xml"), "application/rss+xml; charset=utf-8"));
    m_server.route("/truncated.xml", feedResponse(readData("cut-mid-item.xml")));
    m_server.route("/page.html", feedResponse(readData("not-a-feed.html"), "text/html; charset=utf-8"));

    const QList<QPair<QString, QByteArray>> sources = {
        {u"ok"_s, "/ok.xml"},      {u"chain"_s, "/chain1"},    {u"moved"_s, "/old.xml"},
        {u"loop"_s, "/loop-a"},    {u"hops"_s, "/hop0"},       {u"404"_s, "/404"},
        {u"500"_s, "/500"},        {u"503"_s, "/503"},         {u"429"_s, "/429"},
        {u"drip"_s, "/drip"},      {u"stall"_s, "/stall"},     {u"endless"_s, "/endless"},
        {u"bomb"_s, "/bomb"},      {u"euckr"_s, "/euckr.xml"}, {u"truncated"_s, "/truncated.xml"},
        {u"html"_s, "/page.html"},
    };
    for (const auto &[name, path] : sources) {
        const qint64 id = addSource(name, path);
        QVERIFY(id > 0);
        m_ids.insert(name, id);
    }
    QElapsedTimer clock;
    clock.start();
    m_report = runSync({});
    qInfo() << "sync of" << m_report.sources.size() << "hostile sources took" << clock.elapsed() << "ms";
}

void tst_Sync::everySourceReported()
{
    QVERIFY(m_report.error.isEmpty());
    QVERIFY(!m_report.cancelled);
    QCOMPARE(m_report.sources.size(), m_ids.size());
    // The well-behaved sources completed in the same sync as the hostile ones.
    for (const char *name : {"ok", "chain", "moved", "euckr", "truncated"})
        QCOMPARE(resultFor(m_ids.value(QLatin1StringView(name))).status, SyncStatus::Ok);
}

void tst_Sync::hostileServers_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("error"); // the stored error starts with, or for "~…" contains, this
    QTest::addColumn<int>("http");
    QTest::addColumn<int>("articles");

    QTest::newRow("200") << u"ok"_s << u"ok"_s << QString() << 200 << 3;
    QTest::newRow("301+302 chain") << u"chain"_s << u"ok"_s << QString() << 200 << 2;
    QTest::newRow("permanent redirect") << u"moved"_s << u"ok"_s << QString() << 200 << 2;
    QTest::newRow("redirect loop") << u"loop"_s << u"error"_s << u"redirect loop at "_s << 302 << 0;
    QTest::newRow("six redirects") << u"hops"_s << u"error"_s << u"too many redirects (more than 5)"_s << 302 << 0;
    QTest::newRow("404") << u"404"_s << u"error"_s << u"HTTP 404 Not Found"_s << 404 << 0;
    QTest::newRow("500, retried") << u"500"_s << u"error"_s << u"HTTP 500 Internal Server Error (after 2 attempts)"_s
                                  << 500 << 0;
    QTest::newRow("503 Retry-After") << u"503"_s << u"error"_s << u"HTTP 503 Service Unavailable (retry after 120 s)"_s
                                     << 503 << 0;
    QTest::newRow("429 Retry-After") << u"429"_s << u"error"_s << u"HTTP 429 Too Many Requests (retry after 30 s)"_s
                                     << 429 << 0;
    QTest::newRow("slow drip") << u"drip"_s << u"error"_s
                               << u"timed out: the transfer took longer than 1.5 s (after 2 attempts)"_s << 200 << 0;
    QTest::newRow("stalled server") << u"stall"_s << u"error"_s
                                    << u"timed out: no response within 1 s (after 2 attempts)"_s << 0 << 0;
    QTest::newRow("endless body") << u"endless"_s << u"error"_s << u"too large: more than 1048576 bytes"_s << 200 << 0;
    QTest::newRow("gzip bomb") << u"bomb"_s << u"error"_s
                               << u"too large: the compressed body inflates past 1048576 bytes"_s << 200 << 0;
    QTest::newRow("EUC-KR labelled UTF-8") << u"euckr"_s << u"ok"_s << QString() << 200 << 1;
    QTest::newRow("truncated feed") << u"truncated"_s << u"ok"_s << u"~ends early"_s << 200 << 2;
    QTest::newRow("HTML, not XML") << u"html"_s << u"error"_s << u"not a feed: the document is an HTML page"_s << 200
                                   << 0;
}

void tst_Sync::hostileServers()
{
    QFETCH(QString, name);
    QFETCH(QString, status);
    QFETCH(QString, error);
    QFETCH(int, http);
    QFETCH(int, articles);
    const qint64 id = m_ids.value(name);
    const SourceSyncResult result = resultFor(id);
    QCOMPARE(syncStatusName(result.status), status); // the names medtour-cli prints
    QCOMPARE(result.httpStatus, http);
    QCOMPARE(stored(id), articles);
    QCOMPARE(result.added, articles);

    const SourceStatus st = mustRead(SourceRepository(m_gui).status(id));
    QCOMPARE(st.error, result.error);
    if (error.startsWith(u'~'))
        QVERIFY2(st.error.contains(error.mid(1)), qPrintable(st.error));
    else if (error.isEmpty())
        QVERIFY2(st.error.isEmpty(), qPrintable(st.error));
    else
        QVERIFY2(st.error.startsWith(error), qPrintable(st.error));
    QCOMPARE(st.httpStatus, http);
    QVERIFY(st.lastAttempt.isValid());
    QCOMPARE(st.lastSuccess.isValid(), status == u"ok");
    QCOMPARE(st.itemsNew, articles);
    QVERIFY(st.nextDue > QDateTime::currentDateTimeUtc());
}

void tst_Sync::secondSyncIsConditional()
{
    const qint64 id = m_ids.value(u"ok"_s);
    const SourceStatus before = mustRead(SourceRepository(m_gui).status(id));
    QCOMPARE(before.etag, QByteArray("\"v1\""));
    QCOMPARE(before.lastModified, QByteArray("Tue, 01 Dec 2026 10:00:00 GMT"));
    const SyncReport again = runSync({id});
    QCOMPARE(again.sources.size(), 1);
    QCOMPARE(again.sources.constFirst().status, SyncStatus::NotModified);
    QCOMPARE(again.sources.constFirst().httpStatus, 304);
    QCOMPARE(m_server.lastRequest("/ok.xml").headers.value("if-none-match"), QByteArray("\"v1\""));
    QCOMPARE(m_server.lastRequest("/ok.xml").headers.value("if-modified-since"),
             QByteArray("Tue, 01 Dec 2026 10:00:00 GMT"));
    const SourceStatus after = mustRead(SourceRepository(m_gui).status(id));
    QCOMPARE(after.httpStatus, 304);
    QCOMPARE(after.itemsNew, 0);
    QVERIFY(after.error.isEmpty());
    QCOMPARE(after.etag, before.etag);
    QCOMPARE(stored(id), 3);
}

void tst_Sync::permanentRedirectMovesTheSource()
{
    SourceRepository sources(m_gui);
    QCOMPARE(sources.byId(m_ids.value(u"moved"_s))->url, m_server.url(u"/new.xml"_s));
    // A chain with a temporary hop keeps the configured URL.
    QCOMPARE(sources.byId(m_ids.value(u"chain"_s))->url, m_server.url(u"/chain1"_s));
    QCOMPARE(m_server.hits("/500"), 2); // one retry after a 5xx
    QCOMPARE(m_server.hits("/503"), 1); // Retry-After is not slept on
}

void tst_Sync::retryAfterSetsNextDue()
{
    SourceRepository sources(m_gui);
    const SourceStatus s503 = mustRead(sources.status(m_ids.value(u"503"_s)));
    QVERIFY(qAbs(s503.lastAttempt.secsTo(s503.nextDue) - 120) <= 10);
    const SourceStatus s429 = mustRead(sources.status(m_ids.value(u"429"_s)));
    QVERIFY(qAbs(s429.lastAttempt.secsTo(s429.nextDue) - 30) <= 10);
    const SourceStatus s404 = mustRead(sources.status(m_ids.value(u"404"_s)));
    QVERIFY(qAbs(s404.lastAttempt.secsTo(s404.nextDue) - 3600) <= 10); // the source's interval
}

void tst_Sync::dueOnlySkipsFreshSources()
{
    const qint64 fresh = addSource(u"fresh"_s, "/fresh.xml");
    m_server.route("/fresh.xml", feedResponse(makeFeed(u"Fresh"_s, 1, u"fresh"_s)));
    const SyncReport due = runSync({}, true);
    QCOMPARE(due.sources.size(), 1); // every other source was just tried
    QCOMPARE(due.sources.constFirst().id, fresh);
    QCOMPARE(due.sources.constFirst().status, SyncStatus::Ok);
    QCOMPARE(due.sources.constFirst().name, u"fresh"_s); // a name the user gave is kept
}

void tst_Sync::cancelAndShutdown()
{
    const qint64 id = addSource(u"stalls"_s, "/stall-cancel");
    HttpResponse stall;
    stall.mode = HttpResponse::Mode::Stall;
    m_server.route("/stall-cancel", stall);
    {
        SyncController controller(m_path, testSettings());
        QSignalSpy finished(&controller, &SyncController::syncFinished);
        controller.syncNow({id});
        QTRY_COMPARE(m_server.hits("/stall-cancel"), 1);
        controller.cancel();
        QVERIFY(finished.wait(3000));
        const SyncReport report = finished.constFirst().constFirst().value<SyncReport>();
        QVERIFY(report.cancelled);
        QCOMPARE(report.sources.size(), 1);
        QCOMPARE(report.sources.constFirst().error, u"cancelled"_s);
        QVERIFY(!mustRead(SourceRepository(m_gui).status(id)).lastAttempt.isValid()); // a cancel records nothing
    }
    QElapsedTimer clock;
    clock.start();
    {
        SyncController controller(m_path, testSettings());
        controller.syncNow({id});
        QTRY_COMPARE(m_server.hits("/stall-cancel"), 2);
    }                                                        // destroyed mid-fetch: cancel, quit, wait
    QVERIFY(clock.elapsed() < 900);                          // well before the 1 s timeout would have ended the fetch
    QVERIFY(!SourceRepository(m_gui).setEnabled(id, false)); // never tried, so still due: keep it out of later syncs
}

void tst_Sync::cancelledRunIndexesWhatItStored()
{
    // The reader's run (one feed per transaction) stores a feed, and is cancelled while another
    // stalls: what it stored shows, and a search finds it too, not only after the next start.
    const qint64 fast = addSource(u"stored before the cancel"_s, "/cancel-stored.xml");
    const qint64 stalled = addSource(u"stalls past the cancel"_s, "/stall-cancel-late");
    m_server.route("/cancel-stored.xml", feedResponse(makeFeed(u"Stored"_s, 40, u"cancelstored"_s)));
    HttpResponse stall;
    stall.mode = HttpResponse::Mode::Stall;
    m_server.route("/stall-cancel-late", stall);
    FetchSettings reader = testSettings();
    reader.yieldToGui = true;
    SyncController controller(m_path, reader);
    QSignalSpy synced(&controller, &SyncController::sourceSynced);
    QSignalSpy finished(&controller, &SyncController::syncFinished);
    controller.syncNow({fast, stalled});
    QTRY_COMPARE(synced.size(), 1);
    QCOMPARE(synced.constFirst().constFirst().value<SourceSyncResult>().added, 40);
    QCOMPARE(m_server.hits("/stall-cancel-late"), 1);
    controller.cancel();
    QVERIFY(finished.wait(3000));
    QVERIFY(finished.constFirst().constFirst().value<SyncReport>().cancelled);

    QCOMPARE(mustRead(SearchIndex::pendingCount(m_gui.db())), 0);
    ArticleQuery q;
    q.sourceIds = {fast};
    QCOMPARE(mustRead(ArticleRepository(m_gui).count(q)), 40);
    q.text = u"cancelstored"_s; // every title starts with the feed's prefix
    QCOMPARE(mustRead(ArticleRepository(m_gui).search(q, 100)).size(), 40);
    QVERIFY(!SourceRepository(m_gui).setEnabled(stalled, false)); // keep both out of later syncs
    QVERIFY(!SourceRepository(m_gui).setEnabled(fast, false));
}

void tst_Sync::scheduleAndQueuedRequests()
{
    const qint64 a = addSource(u"scheduled"_s, "/scheduled.xml");
    HttpResponse slow = feedResponse(makeFeed(u"Scheduled"_s, 2, u"sched"_s));
    slow.delayMs = 200;
    m_server.route("/scheduled.xml", slow);
    SyncController controller(m_path, testSettings());
    QSignalSpy started(&controller, &SyncController::syncStarted);
    QSignalSpy synced(&controller, &SyncController::sourceSynced);
    QSignalSpy progress(&controller, &SyncController::progress);
    QSignalSpy finished(&controller, &SyncController::syncFinished);
    // The schedule finds the new (due) source by itself.
    controller.setScheduleInterval(20);
    QVERIFY(started.wait(2000));
    QCOMPARE(started.constFirst().constFirst().toInt(), 1);
    QVERIFY(controller.isRunning());
    // "Sync now" while a sync runs is kept and runs right after it, not dropped or run in parallel.
    controller.syncNow({a});
    QVERIFY(finished.wait(3000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().value<SyncReport>().sources.constFirst().id, a);
    controller.setScheduleInterval(0);
    QTRY_COMPARE(finished.size(), 2);
    const SyncReport second = finished.at(1).constFirst().value<SyncReport>();
    QCOMPARE(second.sources.size(), 1);
    QCOMPARE(second.sources.constFirst().status, SyncStatus::Ok);
    QCOMPARE(second.sources.constFirst().added, 0);
    QCOMPARE(synced.size(), 2);
    QCOMPARE(progress.constLast().at(0).toInt(), 1);
    QCOMPARE(progress.constLast().at(1).toInt(), 1);
    QCOMPARE(m_server.hits("/scheduled.xml"), 2);
    QTest::qWait(100); // the schedule is off: nothing more runs
    QCOMPARE(finished.size(), 2);
}

void tst_Sync::queryItemsKeepTheirOutlet()
{
    // A Google News search result, served locally: each item names its outlet twice.
    m_server.route(
        "/gnews.xml",
        feedResponse(QByteArrayLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>\"의료관광\" - Google "
            "뉴스</title>"
            "<item><title>대전시, 몽골 의료관광객 유치 나서 - "
            "대전일보</title><link>https://news.google.com/rss/articles/CBMiA1</link>"
            "<guid isPermaLink=\"false\">CBMiA1</guid><pubDate>Tue, 01 Dec 2026 01:00:00 GMT</pubDate>"
            "<source url=\"https://www.daejonilbo.com\">대전일보</source></item>"
            "<item><title>Korea's medical tourism hits record - The Korea Herald</title>"
            "<link>https://news.google.com/rss/articles/CBMiA2</link><guid isPermaLink=\"false\">CBMiA2</guid>"
            "<pubDate>Tue, 01 Dec 2026 02:00:00 GMT</pubDate></item></channel></rss>")));
    Source s;
    s.kind = Source::Kind::Query;
    s.name = u"Google News: 의료관광"_s;
    s.url = m_server.url(u"/gnews.xml"_s);
    const Result<qint64> id = SourceRepository(m_gui).add(s);
    QVERIFY(id);
    const SyncReport report = runSync({*id});
    QCOMPARE(report.sources.constFirst().added, 2);
    ArticleRepository articles(m_gui);
    ArticleQuery q;
    q.sourceIds = {*id};
    const QList<ArticleSummary> rows = mustRead(articles.page(q, {}, 10));
    QCOMPARE(rows.size(), 2);
    QHash<QString, QString> outletByTitle;
    for (const ArticleSummary &row : rows)
        outletByTitle.insert(row.title, articles.article(row.id)->outlet);
    QCOMPARE(outletByTitle.value(u"대전시, 몽골 의료관광객 유치 나서"_s), u"대전일보"_s);           // <source>
    QCOMPARE(outletByTitle.value(u"Korea's medical tourism hits record"_s), u"The Korea Herald"_s); // suffix
}

void tst_Sync::starsSurviveAConcurrentSync()
{
    const qint64 id = addSource(u"busy"_s, "/busy.xml");
    m_server.route("/busy.xml", feedResponse(makeFeed(u"Busy"_s, 500, u"busy"_s, 1)));
    QCOMPARE(runSync({id}).sources.constFirst().added, 500);
    ArticleRepository articles(m_gui);
    ArticleQuery q;
    q.sourceIds = {id};
    QList<qint64> ids;
    for (const ArticleSummary &a : mustRead(articles.page(q, {}, 500)))
        ids << a.id;
    QCOMPARE(ids.size(), 500);

    // Every item changes; while the worker rewrites them, the GUI connection stars and reads.
    m_server.route("/busy.xml", feedResponse(makeFeed(u"Busy"_s, 500, u"busy"_s, 2)));
    SyncController controller(m_path, testSettings());
    QSignalSpy finished(&controller, &SyncController::syncFinished);
    controller.syncNow({id});
    int next = 0;
    int failures = 0;
    QTimer starring;
    connect(&starring, &QTimer::timeout, this, [&] {
        if (next >= ids.size())
            return;
        failures += !articles.setStarred({ids.at(next)}, true).ok();
        failures += !articles.setRead({ids.at(next)}, true).ok();
        ++next;
    });
    starring.start(1);
    QVERIFY(finished.wait(20000));
    starring.stop();
    const SyncReport report = finished.constFirst().constFirst().value<SyncReport>();
    QCOMPARE(report.sources.size(), 1);
    QVERIFY2(report.sources.constFirst().status == SyncStatus::Ok, qPrintable(report.sources.constFirst().error));
    QCOMPARE(report.sources.constFirst().updated, 500);
    qInfo() << "starred" << next << "articles while the sync rewrote 500";
    QVERIFY(next > 0);
    QCOMPARE(failures, 0);
    for (int i = 0; i < next; ++i) {
        const Result<Article> a = articles.article(ids.at(i));
        QVERIFY(a);
        QVERIFY2(a->summary.state.starred, qPrintable(QString::number(ids.at(i))));
        QVERIFY(a->summary.state.read);
        QVERIFY(a->lead.startsWith(u"v2 "));
    }
    q.starredOnly = true;
    QCOMPARE(mustRead(articles.count(q)), next);
}

void tst_Sync::fullPageCompletesSummaryItems()
{
    // A feed that carries summaries only; one item's page is an article, the other's is gone.
    QFile pageFile(TestData::path(QStringLiteral("pages/ndsoft-articleview.html")));
    QVERIFY(pageFile.open(QIODevice::ReadOnly));
    m_server.route("/full/page1.html",
                   HttpResponse{200, {{"Content-Type", "text/html; charset=utf-8"}}, pageFile.readAll()});
    m_server.route("/full/page2.html", HttpResponse{404, {}, "gone"});
    const QByteArray base = "http://127.0.0.1:" + QByteArray::number(m_server.port());
    const QByteArray feed =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>요약 매체</title>"
        "<link>" +
        base +
        "/</link>"
        "<item><guid>full-1</guid><title>대전시, 타슈켄트와 의료관광 협약</title><link>" +
        base +
        "/full/page1.html</link><description>대전시가 타슈켄트와 협약을 맺었다.</description></item>"
        "<item><guid>full-2</guid><title>사라진 기사</title><link>" +
        base +
        "/full/page2.html</link><description>요약만 남은 기사.</description></item>"
        "</channel></rss>";
    m_server.route("/full/feed.xml", HttpResponse{200, {{"Content-Type", "application/rss+xml"}}, feed});
    QByteArray plainFeed = feed; // the same items at other addresses, from a source that wants no pages
    plainFeed.replace("/full/page", "/full/plainpage").replace("<guid>full-", "<guid>plain-");
    m_server.route("/full/plain.xml", HttpResponse{200, {{"Content-Type", "application/rss+xml"}}, plainFeed});

    Source full;
    full.name = u"Full pages"_s;
    full.url = m_server.url(u"/full/feed.xml"_s);
    full.fetchFullPage = true;
    const Result<qint64> fullId = SourceRepository(m_gui).add(full);
    QVERIFY(fullId);
    Source plain;
    plain.name = u"Summaries"_s;
    plain.url = m_server.url(u"/full/plain.xml"_s);
    const Result<qint64> plainId = SourceRepository(m_gui).add(plain);
    QVERIFY(plainId);

    const SyncReport report = runSync({*fullId, *plainId});
    QCOMPARE(report.sources.size(), 2);
    QCOMPARE(m_server.hits("/full/page1.html"), 1); // only for the source that asks for full pages
    QCOMPARE(m_server.hits("/full/page2.html"), 1);
    QCOMPARE(m_server.hits("/full/plainpage1.html"), 0);

    auto textOf = [this](qint64 sourceId, const QString &guid) {
        QSqlQuery q(m_gui.db());
        q.prepare(u"SELECT c.clean_text FROM articles a JOIN article_content c ON c.article_id = a.id "
                  "WHERE a.source_id = ? AND a.guid = ?"_s);
        q.addBindValue(sourceId);
        q.addBindValue(guid);
        return q.exec() && q.next() ? ContentCodec::unpack(q.value(0)) : QString(); // stored compressed
    };
    const QString completed = textOf(*fullId, u"full-1"_s);
    QVERIFY2(completed.contains(u"타슈켄트시청에서 허태정 시장과"_s), qPrintable(completed.left(200)));
    QCOMPARE(textOf(*fullId, u"full-2"_s), u"요약만 남은 기사."_s); // the page failed: the summary stays
    QCOMPARE(textOf(*plainId, u"plain-1"_s), u"대전시가 타슈켄트와 협약을 맺었다."_s);
    // Completed articles are tagged from their full text: the page names Uzbekistan's capital.
    QSqlQuery tags(m_gui.db());
    tags.prepare(u"SELECT count(*) FROM tags t JOIN articles a ON a.id = t.article_id WHERE a.source_id = ? "
                 "AND a.guid = 'full-1' AND t.kind = 'market' AND t.value = 'UZ'"_s);
    tags.addBindValue(*fullId);
    QVERIFY(tags.exec() && tags.next());
    QCOMPARE(tags.value(0).toInt(), 1);

    // The same feed again: its summary does not go back over the page's text.
    const SyncReport again = runSync({*fullId});
    QCOMPARE(again.sources.size(), 1);
    QCOMPARE(again.sources.constFirst().updated, 0);
    QCOMPARE(textOf(*fullId, u"full-1"_s), completed);
}

void tst_Sync::guiThreadStaysResponsive()
{
    QList<qint64> ids;
    for (int f = 0; f < 20; ++f) {
        const QByteArray path = "/load/" + QByteArray::number(f) + ".xml";
        m_server.route(path, feedResponse(makeFeed(u"Load %1"_s.arg(f), 500, u"load%1"_s.arg(f))));
        ids << addSource(u"load %1"_s.arg(f), path);
    }
    SyncController controller(m_path, testSettings());
    QSignalSpy finished(&controller, &SyncController::syncFinished);
    QElapsedTimer sinceTick;
    qint64 longest = 0;
    int ticks = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    connect(&tick, &QTimer::timeout, this, [&] {
        longest = std::max(longest, sinceTick.restart());
        ++ticks;
    });
    QElapsedTimer clock;
    clock.start();
    sinceTick.start();
    tick.start(5);
    controller.syncNow(ids);
    QVERIFY(finished.wait(120000));
    tick.stop();
    const SyncReport report = finished.constFirst().constFirst().value<SyncReport>();
    int added = 0;
    for (const SourceSyncResult &r : report.sources)
        added += r.added;
    QCOMPARE(added, 10000);
    qInfo("GUI thread: longest gap between 5 ms ticks %lld ms over %d ticks while syncing 10000 articles in %lld ms",
          longest, ticks, clock.elapsed());
    QVERIFY2(longest < 250, qPrintable(u"longest gap %1 ms"_s.arg(longest)));
}

QTEST_GUILESS_MAIN(tst_Sync)
#include "tst_sync.moc"
