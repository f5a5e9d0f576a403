// SPDX-License-Identifier: GPL-3.0-or-later
// A failed source says what happened and what to try: each error code (with its HTTP status) maps
// to a sentence and advice, and the fetcher and the sync worker give each failure its code.
#include "mustread.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "sync/httpfetcher.h"
#include "sync/synccontroller.h"
#include "sync/syncerror.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace MedtourTest;
using namespace Qt::StringLiterals;

class tst_SyncError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesEachCode_data();
    void describesEachCode();
    void retryAtIsShown();
    void codeNamesRoundTrip();
    void fetcherGivesEachFailureItsCode();
    void syncStoresTheCode();

private:
    static FetchSettings quick()
    {
        FetchSettings s;
        s.connectTimeoutMs = 500;
        s.idleTimeoutMs = 500;
        s.totalTimeoutMs = 2000;
        s.maxBytes = 4096;
        s.maxRetries = 0;
        s.useSystemProxy = false;
        return s;
    }
};

void tst_SyncError::describesEachCode_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("what");   // a part of the sentence
    QTest::addColumn<QString>("advice"); // a part of the advice

    QTest::newRow("timeout") << int(Error::Timeout) << 0 << u"timed out: no response within 15 s"_s
                             << u"did not answer in time"_s << u"Try again later"_s;
    QTest::newRow("network") << int(Error::Network) << 0 << u"Connection refused"_s << u"could not be reached"_s
                             << u"internet connection"_s;
    QTest::newRow("tls") << int(Error::Tls) << 0 << u"SSL handshake failed"_s << u"certificate"_s
                         << u"Check the address"_s;
    QTest::newRow("too large") << int(Error::TooLarge) << 200 << u"too large: more than 20971520 bytes"_s
                               << u"larger than the size limit"_s << u"smaller feed"_s;
    QTest::newRow("html page") << int(Error::NotAFeed) << 200 << u"not a feed: the document is an HTML page"_s
                               << u"web page, not a feed"_s << u"Find feeds"_s;
    QTest::newRow("not a feed") << int(Error::NotAFeed) << 200 << u"not a feed: no root element"_s
                                << u"did not return a feed"_s << u"RSS, Atom or JSON"_s;
    QTest::newRow("404") << int(Error::Http) << 404 << u"HTTP 404 Not Found"_s << u"no longer exists"_s
                         << u"look for the feed on the site"_s;
    QTest::newRow("410") << int(Error::Http) << 410 << u"HTTP 410 Gone"_s << u"no longer exists"_s
                         << u"Check the address"_s;
    QTest::newRow("403") << int(Error::Http) << 403 << u"HTTP 403"_s << u"refused access"_s << u"public feed"_s;
    QTest::newRow("429 without a time") << int(Error::Http) << 429 << u"HTTP 429"_s << u"too many requests"_s
                                        << u"Try again later"_s;
    QTest::newRow("503 without a time") << int(Error::Http) << 503 << u"HTTP 503"_s << u"overloaded"_s
                                        << u"Try again later"_s;
    QTest::newRow("500") << int(Error::Http) << 500 << u"HTTP 500 Internal Server Error"_s
                         << u"internal problem (HTTP 500)"_s << u"temporary"_s;
    QTest::newRow("400") << int(Error::Http) << 400 << u"HTTP 400 Bad Request"_s << u"refused the request (HTTP 400)"_s
                         << u"address"_s;
    QTest::newRow("redirect") << int(Error::Redirect) << 301 << u"redirect loop at https://a/"_s << u"redirects"_s
                              << u"address it ends at"_s;
    QTest::newRow("disk full") << int(Error::DiskFull) << 200 << u"database or disk is full"_s << u"disk is full"_s
                               << u"Free some space and sync again"_s;
    QTest::newRow("database") << int(Error::Database) << 200 << u"cannot begin a transaction"_s
                              << u"could not be saved"_s << u"restart"_s;
    QTest::newRow("bad url") << int(Error::InvalidInput) << 0 << u"not an http(s) URL: ftp://x"_s
                             << u"not a web address"_s << u"correct its address"_s;
    QTest::newRow("removed") << int(Error::NotFound) << 0 << u"no source with id 3"_s << u"was removed"_s << QString();
    QTest::newRow("no article links") << int(Error::NoArticleLinks) << 200 << u"no article links on the page"_s
                                      << u"No links to articles"_s << u"news list"_s;
    QTest::newRow("cancelled") << int(Error::Cancelled) << 0 << u"cancelled"_s << u"stopped"_s << u"Sync again"_s;
    QTest::newRow("old cache, 404") << int(Error::None) << 404 << u"HTTP 404"_s << u"no longer exists"_s
                                    << u"Check the address"_s;
    QTest::newRow("unknown") << int(Error::None) << 0 << u"?"_s << u"could not be synced"_s << u"Try again later"_s;
}

void tst_SyncError::describesEachCode()
{
    QFETCH(int, code);
    QFETCH(int, status);
    QFETCH(QString, detail);
    QFETCH(QString, what);
    QFETCH(QString, advice);
    const SyncError::Description d = SyncError::describe(Error::Code(code), status, detail);
    QVERIFY2(d.what.contains(what, Qt::CaseInsensitive), qPrintable(d.what));
    if (advice.isEmpty())
        QVERIFY(d.advice.isEmpty());
    else
        QVERIFY2(d.advice.contains(advice, Qt::CaseInsensitive), qPrintable(d.advice));
    QVERIFY(d.text().startsWith(d.what));
    QVERIFY2(!d.text().contains(detail), "the English detail is not the sentence");
}

void tst_SyncError::retryAtIsShown()
{
    const QDateTime at(QDate(2026, 12, 2), QTime(14, 30), Qt::UTC);
    for (const int status : {429, 503}) {
        const SyncError::Description d = SyncError::describe(Error::Http, status, u"HTTP 429"_s, at);
        QVERIFY2(d.what.contains(u"wait until"_s), qPrintable(d.what));
        QVERIFY2(d.what.contains(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)), qPrintable(d.what));
    }
}

void tst_SyncError::codeNamesRoundTrip()
{
    QSet<QString> seen;
    for (int c = Error::NotFound; c <= Error::ReadOnly; ++c) {
        const QString name = SyncError::codeName(Error::Code(c));
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(c)));
        QVERIFY(!seen.contains(name));
        seen << name;
        QCOMPARE(SyncError::codeFromName(name), Error::Code(c));
    }
    QVERIFY(SyncError::codeName(Error::None).isEmpty());
    QCOMPARE(SyncError::codeFromName(u"no such code"_s), Error::None);
    QCOMPARE(SyncError::codeName(Error::Timeout), u"timeout"_s);
    QCOMPARE(SyncError::codeName(Error::NotAFeed), u"not-a-feed"_s);
    QCOMPARE(SyncError::codeName(Error::NoArticleLinks), u"no-article-links"_s);
}

void tst_SyncError::fetcherGivesEachFailureItsCode()
{
    TestHttpServer server;
    server.route("/gone", HttpResponse{404, {}, "nothing"});
    server.route("/busy", HttpResponse{503, {{"Retry-After", "120"}}, ""});
    server.route("/big", HttpResponse{200, {}, QByteArray(10000, 'x')});
    HttpResponse stall;
    stall.mode = HttpResponse::Mode::Stall;
    server.route("/stall", stall);
    server.route("/loop", TestHttpServer::redirect(302, "/loop"));

    HttpFetcher fetcher(quick());
    QHash<qint64, FetchResult> results;
    connect(&fetcher, &HttpFetcher::finished, this, [&results](const FetchResult &r) { results.insert(r.id, r); });
    const QList<std::pair<QString, Error::Code>> cases = {
        {u"/gone"_s, Error::Http},     {u"/busy"_s, Error::Http},     {u"/big"_s, Error::TooLarge},
        {u"/stall"_s, Error::Timeout}, {u"/loop"_s, Error::Redirect},
    };
    qint64 id = 1;
    for (const auto &[path, code] : cases)
        fetcher.fetch({id++, server.url(path), {}, {}});
    fetcher.fetch({id, QUrl(u"ftp://example.invalid/feed"_s), {}, {}});
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), int(cases.size()) + 1, 10000);
    id = 1;
    for (const auto &[path, code] : cases) {
        const FetchResult r = results.value(id++);
        QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
        QVERIFY2(r.errorCode == code, qPrintable(path + u": "_s + r.error));
    }
    QCOMPARE(results.value(1).httpStatus, 404);
    QCOMPARE(results.value(2).retryAfterSecs, 120);
    QCOMPARE(results.value(id).errorCode, Error::InvalidInput);
}

void tst_SyncError::syncStoresTheCode()
{
    QTemporaryDir dir;
    TestHttpServer server;
    server.route("/gone.xml", HttpResponse{404, {}, "nothing"});
    server.route("/page.html", HttpResponse{200,
                                            {{"Content-Type", "text/html"}},
                                            "<!DOCTYPE html><html><head><title>A site</title></head>"
                                            "<body><p>Hello</p></body></html>"});
    const QString path = dir.filePath(u"cache.sqlite"_s);
    qint64 gone = 0;
    qint64 page = 0;
    {
        Database db(u"setup"_s);
        QVERIFY(!db.open(path));
        SourceRepository sources(db);
        Source s;
        s.url = server.url(u"/gone.xml"_s);
        s.name = u"Gone"_s;
        gone = *sources.add(s);
        s.url = server.url(u"/page.html"_s);
        s.name = u"Page"_s;
        page = *sources.add(s);
    }
    SyncController sync(path, quick());
    QSignalSpy finished(&sync, &SyncController::syncFinished);
    sync.syncNow();
    QVERIFY(finished.wait(10000));
    const SyncReport report = finished.at(0).at(0).value<SyncReport>();
    QCOMPARE(report.failures(), 2);
    for (const SourceSyncResult &r : report.sources) {
        QVERIFY(r.finishedAt.isValid());
        if (r.id == gone) {
            QCOMPARE(r.errorCode, Error::Http);
            QCOMPARE(r.httpStatus, 404);
        } else {
            QCOMPARE(r.errorCode, Error::NotAFeed);
            QVERIFY2(SyncError::describe(r.errorCode, r.httpStatus, r.error).what.contains(u"web page"_s),
                     qPrintable(r.error));
        }
    }
    Database db(u"check"_s);
    QVERIFY(!db.open(path));
    QCOMPARE(mustRead(SourceRepository(db).status(gone)).errorCode, u"http"_s);
    QCOMPARE(mustRead(SourceRepository(db).status(page)).errorCode, u"not-a-feed"_s);
    QVERIFY(mustRead(SourceRepository(db).status(gone)).error.startsWith(u"HTTP 404"_s)); // the English detail stays
}

QTEST_GUILESS_MAIN(tst_SyncError)
#include "tst_syncerror.moc"
