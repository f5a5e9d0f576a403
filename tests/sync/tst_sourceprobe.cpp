// SPDX-License-Identifier: GPL-3.0-or-later
// SourceProbe, which looks at an address before it becomes a source: a feed shows itself, a page
// its <link rel="alternate"> feeds; hostile answers end in an error, never a hang or a crash,
// and the caller's event loop keeps running meanwhile.
#include "sync/sourceprobe.h"
#include "synctestfeeds.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Medtour;
using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {
FetchSettings quick()
{
    FetchSettings s = SourceProbe::defaultSettings();
    s.connectTimeoutMs = 400;
    s.idleTimeoutMs = 400;
    s.totalTimeoutMs = 2000;
    s.useSystemProxy = false;
    return s;
}

ProbeResult resultOf(const QSignalSpy &spy)
{
    return spy.constLast().constFirst().value<ProbeResult>();
}
} // namespace

class tst_SourceProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void feedIsItself();
    void pageListsItsFeeds();
    void pageWithoutFeedsIsNoError();
    void httpErrorIsReported();
    void oversizedBodyIsRefused();
    void stalledServerTimesOutWhileTheLoopRuns();
    void newProbeSupersedesTheRunningOne();
    void notHttpIsRefused();

private:
    TestHttpServer m_server;
};

void tst_SourceProbe::initTestCase()
{
    m_server.route(
        "/feed.xml",
        HttpResponse{200, {{"Content-Type", "application/rss+xml"}}, makeFeed(u"Probe feed"_s, 30, u"probe"_s)});
    m_server.route("/page", HttpResponse{200,
                                         {{"Content-Type", "text/html"}},
                                         "<html><head><base href=\"/sub/\">"
                                         "<link rel=alternate type=application/atom+xml title=Atom href=atom.xml>"
                                         "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">"
                                         "</head><body></body></html>"});
    m_server.route("/plain", HttpResponse{200, {{"Content-Type", "text/html"}}, "<html><body>hi</body></html>"});
    m_server.route("/gone", HttpResponse{404, {}, "not here"});
    m_server.route("/huge", HttpResponse{200, {{"Content-Type", "application/rss+xml"}}, QByteArray(300000, 'x')});
    m_server.route("/stall", HttpResponse{200, {}, {}, HttpResponse::Mode::Stall});
}

void tst_SourceProbe::feedIsItself()
{
    SourceProbe probe(quick());
    QSignalSpy done(&probe, &SourceProbe::finished);
    probe.probe(m_server.url(u"/feed.xml"_s));
    QVERIFY(probe.isRunning());
    QVERIFY(done.wait(5000));
    const ProbeResult r = resultOf(done);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.isFeed);
    QCOMPARE(r.title, u"Probe feed"_s);
    QCOMPARE(r.format, u"rss2.0"_s);
    QCOMPARE(r.feeds.size(), 1);
    QCOMPARE(r.feeds.at(0).url, m_server.url(u"/feed.xml"_s));
    QCOMPARE(r.items.size(), 20); // the first 20 of 30, for a preview
    QCOMPARE(r.requestedUrl, m_server.url(u"/feed.xml"_s));
    QVERIFY(!probe.isRunning());
}

void tst_SourceProbe::pageListsItsFeeds()
{
    SourceProbe probe(quick());
    QSignalSpy done(&probe, &SourceProbe::finished);
    probe.probe(m_server.url(u"/page"_s));
    QVERIFY(done.wait(5000));
    const ProbeResult r = resultOf(done);
    QVERIFY(r.ok());
    QVERIFY(!r.isFeed);
    QCOMPARE(r.feeds.size(), 2);
    QCOMPARE(r.feeds.at(0).url, m_server.url(u"/sub/atom.xml"_s));
    QCOMPARE(r.feeds.at(0).title, u"Atom"_s);
    QCOMPARE(r.feeds.at(1).url, m_server.url(u"/rss.xml"_s));
}

void tst_SourceProbe::pageWithoutFeedsIsNoError()
{
    SourceProbe probe(quick());
    QSignalSpy done(&probe, &SourceProbe::finished);
    probe.probe(m_server.url(u"/plain"_s));
    QVERIFY(done.wait(5000));
    QVERIFY(resultOf(done).ok());
    QVERIFY(resultOf(done).feeds.isEmpty());
}

void tst_SourceProbe::httpErrorIsReported()
{
    SourceProbe probe(quick());
    QSignalSpy done(&probe, &SourceProbe::finished);
    probe.probe(m_server.url(u"/gone"_s));
    QVERIFY(done.wait(5000));
    QVERIFY2(resultOf(done).error.contains(u"404"_s), qPrintable(resultOf(done).error));
}

void tst_SourceProbe::oversizedBodyIsRefused()
{
    FetchSettings s = quick();
    s.maxBytes = 100000;
    SourceProbe probe(s);
    QSignalSpy done(&probe, &SourceProbe::finished);
    probe.probe(m_server.url(u"/huge"_s));
    QVERIFY(done.wait(5000));
    QVERIFY(!resultOf(done).ok());
    QVERIFY(resultOf(done).feeds.isEmpty());
}

void tst_SourceProbe::stalledServerTimesOutWhileTheLoopRuns()
{
    SourceProbe probe(quick());
    QSignalSpy done(&probe, &SourceProbe::finished);
    int ticks = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
    tick.start(20);
    QElapsedTimer clock;
    clock.start();
    probe.probe(m_server.url(u"/stall"_s));
    QVERIFY(done.wait(8000));
    QVERIFY(!resultOf(done).ok());
    QVERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks))); // the caller's loop kept running
}

void tst_SourceProbe::newProbeSupersedesTheRunningOne()
{
    SourceProbe probe(quick());
    QSignalSpy done(&probe, &SourceProbe::finished);
    probe.probe(m_server.url(u"/stall"_s));
    probe.probe(m_server.url(u"/feed.xml"_s));
    QVERIFY(done.wait(5000));
    QTest::qWait(600); // past the stalled probe's timeout: it must not answer
    QCOMPARE(done.size(), 1);
    QCOMPARE(resultOf(done).requestedUrl, m_server.url(u"/feed.xml"_s));
    QVERIFY(resultOf(done).isFeed);
    probe.probe(m_server.url(u"/feed.xml"_s));
    probe.cancel();
    QTest::qWait(300);
    QCOMPARE(done.size(), 1); // a cancelled probe stays silent
}

void tst_SourceProbe::notHttpIsRefused()
{
    SourceProbe probe(quick());
    QSignalSpy done(&probe, &SourceProbe::finished);
    probe.probe(QUrl(u"file:///etc/passwd"_s));
    QVERIFY(done.wait(5000));
    QVERIFY(!resultOf(done).ok());
    QVERIFY(resultOf(done).feeds.isEmpty());
}

QTEST_GUILESS_MAIN(tst_SourceProbe)
#include "tst_sourceprobe.moc"
