// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP client alone: concurrency caps, Retry-After parsing, gzip, size and TLS handling.
#include "sync/httpfetcher.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Medtour;
using namespace MedtourTest;
using namespace Qt::StringLiterals;

class tst_HttpFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perHostCap();
    void totalCap();
    void retryAfter_data();
    void retryAfter();
    void gzipIsDecoded();
    void announcedTooLarge();
    void sendsUserAgentAndValidators();
    void tlsErrorIsAnError();
    void abortAllEndsEverything();
    void busyThreadIsNotATimeout();

private:
    static FetchSettings quick()
    {
        FetchSettings s;
        s.connectTimeoutMs = 2000;
        s.idleTimeoutMs = 2000;
        s.totalTimeoutMs = 4000;
        s.maxBytes = 1024 * 1024;
        s.maxRetries = 0;
        s.retryBaseMs = 50;
        s.useSystemProxy = false;
        return s;
    }
    QList<FetchResult> fetchAll(HttpFetcher &fetcher, const QList<QUrl> &urls);
};

QList<FetchResult> tst_HttpFetcher::fetchAll(HttpFetcher &fetcher, const QList<QUrl> &urls)
{
    QList<FetchResult> results;
    connect(&fetcher, &HttpFetcher::finished, this, [&results](const FetchResult &r) { results << r; });
    qint64 id = 0;
    for (const QUrl &url : urls)
        fetcher.fetch({++id, url, {}, {}});
    if (!QTest::qWaitFor([&] { return results.size() == urls.size(); }, 15000))
        qWarning("timed out waiting for %d results", int(urls.size()));
    fetcher.disconnect(this);
    return results;
}

void tst_HttpFetcher::perHostCap()
{
    TestHttpServer server;
    QList<QUrl> urls;
    for (int i = 0; i < 6; ++i) {
        HttpResponse slow;
        slow.body = "ok";
        slow.delayMs = 150;
        const QByteArray path = "/slow/" + QByteArray::number(i);
        server.route(path, slow);
        urls << server.url(QString::fromLatin1(path));
    }
    FetchSettings settings = quick();
    settings.maxPerHost = 2;
    settings.maxConcurrent = 6;
    HttpFetcher fetcher(settings);
    const QList<FetchResult> results = fetchAll(fetcher, urls);
    QCOMPARE(results.size(), urls.size());
    for (const FetchResult &r : results)
        QCOMPARE(r.outcome, FetchResult::Outcome::Ok);
    QCOMPARE(server.maxConcurrent("/slow"), 2);
}

void tst_HttpFetcher::totalCap()
{
    TestHttpServer server;
    QList<QUrl> urls;
    for (int i = 0; i < 6; ++i) {
        HttpResponse slow;
        slow.body = "ok";
        slow.delayMs = 150;
        const QByteArray path = "/tot/" + QByteArray::number(i);
        server.route(path, slow);
        urls << server.url(QString::fromLatin1(path));
    }
    FetchSettings settings = quick();
    settings.maxPerHost = 10;
    settings.maxConcurrent = 3;
    HttpFetcher fetcher(settings);
    QCOMPARE(fetchAll(fetcher, urls).size(), urls.size());
    QCOMPARE(server.maxConcurrent("/tot"), 3);
}

void tst_HttpFetcher::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("seconds") << QByteArray("120") << qint64(120);
    QTest::newRow("padded") << QByteArray(" 5 ") << qint64(5);
    QTest::newRow("http date") << QByteArray("Tue, 01 Dec 2026 12:10:00 GMT") << qint64(600);
    QTest::newRow("date in the past") << QByteArray("Tue, 01 Dec 2026 11:00:00 GMT") << qint64(0);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("negative") << QByteArray("-3") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    // A server may not park a source for longer than a week, however it says so (issue 21).
    const qint64 week = 7 * 24 * 3600;
    QTest::newRow("a week and a second") << QByteArray("604801") << week;
    QTest::newRow("int64 max") << QByteArray("9223372036854775807") << week;
    QTest::newRow("past int64") << QByteArray("99999999999999999999999999") << week;
    QTest::newRow("date in 2099") << QByteArray("Thu, 31 Dec 2099 23:59:59 GMT") << week;
}

void tst_HttpFetcher::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(HttpFetcher::parseRetryAfter(value, now), expected);
}

void tst_HttpFetcher::gzipIsDecoded()
{
    TestHttpServer server;
    const QByteArray plain =
        QByteArray("<rss version=\"2.0\"><channel><title>압축</title></channel></rss>").repeated(50);
    HttpResponse r;
    r.headers = {{"Content-Encoding", "gzip"}, {"Content-Type", "application/rss+xml"}};
    r.body = TestHttpServer::gzip(plain);
    QVERIFY(r.body.size() < plain.size() / 5);
    server.route("/gz", r);
    HttpFetcher fetcher(quick());
    const QList<FetchResult> results = fetchAll(fetcher, {server.url(u"/gz"_s)});
    QCOMPARE(results.size(), 1);
    const FetchResult &result = results.constFirst();
    QCOMPARE(result.outcome, FetchResult::Outcome::Ok);
    QCOMPARE(result.body, plain);
}

void tst_HttpFetcher::announcedTooLarge()
{
    TestHttpServer server;
    HttpResponse r;
    r.body = QByteArray(2 * 1024 * 1024, 'x'); // Content-Length says 2 MB, over the 1 MB cap
    server.route("/big", r);
    HttpFetcher fetcher(quick());
    const QList<FetchResult> results = fetchAll(fetcher, {server.url(u"/big"_s)});
    QCOMPARE(results.size(), 1);
    const FetchResult &result = results.constFirst();
    QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
    QVERIFY2(result.error.startsWith(u"too large"), qPrintable(result.error));
    QVERIFY(result.body.isEmpty());
}

void tst_HttpFetcher::sendsUserAgentAndValidators()
{
    TestHttpServer server;
    server.route("/v", HttpResponse{});
    HttpFetcher fetcher(quick());
    QList<FetchResult> results;
    connect(&fetcher, &HttpFetcher::finished, this, [&results](const FetchResult &r) { results << r; });
    fetcher.fetch({1, server.url(u"/v"_s), "\"abc\"", "Tue, 01 Dec 2026 10:00:00 GMT"});
    QTRY_COMPARE(results.size(), 1);
    const HttpRequest seen = server.lastRequest("/v");
    QVERIFY2(seen.headers.value("user-agent").startsWith("MedtourReader/"), seen.headers.value("user-agent"));
    QCOMPARE(seen.headers.value("if-none-match"), QByteArray("\"abc\""));
    QCOMPARE(seen.headers.value("if-modified-since"), QByteArray("Tue, 01 Dec 2026 10:00:00 GMT"));
    QVERIFY(seen.headers.value("accept-encoding").contains("gzip"));
}

void tst_HttpFetcher::tlsErrorIsAnError()
{
    // TLS to a plain-HTTP port: the handshake fails, and that must be an error, not ignored.
    TestHttpServer server;
    server.route("/tls", HttpResponse{});
    HttpFetcher fetcher(quick());
    QUrl url = server.url(u"/tls"_s);
    url.setScheme(u"https"_s);
    const QList<FetchResult> results = fetchAll(fetcher, {url});
    QCOMPARE(results.size(), 1);
    const FetchResult &result = results.constFirst();
    QCOMPARE(result.outcome, FetchResult::Outcome::Failed);
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(!result.error.startsWith(u"timed out"), qPrintable(result.error)); // failed at once, in the handshake
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(result.body.isEmpty());
}

void tst_HttpFetcher::abortAllEndsEverything()
{
    TestHttpServer server;
    HttpResponse stall;
    stall.mode = HttpResponse::Mode::Stall;
    server.route("/stall", stall);
    FetchSettings settings = quick();
    settings.maxPerHost = 1; // one in flight, two queued
    HttpFetcher fetcher(settings);
    QList<FetchResult> results;
    connect(&fetcher, &HttpFetcher::finished, this, [&results](const FetchResult &r) { results << r; });
    for (qint64 id = 1; id <= 3; ++id)
        fetcher.fetch({id, server.url(u"/stall"_s), {}, {}});
    QTRY_COMPARE(server.hits("/stall"), 1);
    fetcher.abortAll(u"cancelled"_s);
    QCOMPARE(results.size(), 3);
    for (const FetchResult &r : std::as_const(results))
        QCOMPARE(r.error, u"cancelled"_s);
    QCOMPARE(fetcher.pendingCount(), 0);
}

void tst_HttpFetcher::busyThreadIsNotATimeout()
{
    // The worker ingests on the fetcher's thread. While it is busy, the replies cannot read, and
    // their timers fire late: that time is ours, not the server's, so it must not end the fetch.
    TestHttpServer server;
    HttpResponse r;
    r.body = QByteArray(3 * 1024 * 1024, 'x'); // more than the reply's read buffer: needs many event-loop turns
    server.route("/fine", r);
    FetchSettings settings = quick();
    settings.maxBytes = 8 * 1024 * 1024;
    settings.connectTimeoutMs = 300;
    settings.idleTimeoutMs = 300;
    settings.totalTimeoutMs = 400;
    HttpFetcher fetcher(settings);
    QList<FetchResult> results;
    connect(&fetcher, &HttpFetcher::finished, this, [&results](const FetchResult &result) { results << result; });
    fetcher.fetch({1, server.url(u"/fine"_s), {}, {}});
    QThread::msleep(900); // "ingesting" another feed: no event loop, every timer overdue
    QTRY_COMPARE(results.size(), 1);
    QVERIFY2(results.constFirst().outcome == FetchResult::Outcome::Ok, qPrintable(results.constFirst().error));
    QCOMPARE(results.constFirst().bytes, 3 * 1024 * 1024);
}

QTEST_GUILESS_MAIN(tst_HttpFetcher)
#include "tst_httpfetcher.moc"
