// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: `medtour-cli sync` killed with SIGKILL at random moments, 100 times, against a local
// server whose feeds change between runs. Afterwards the cache passes PRAGMA integrity_check, holds no
// duplicate article, and every star, note and read mark set before or between the kills is still there.
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/sourcerepository.h"
#include "synctestfeeds.h"
#include "testhttpserver.h"
#include "text/searchquery.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

constexpr int kKills = 100;
constexpr int kFeeds = 12;

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class tst_KillSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedSyncsLoseNothing();
};

void tst_KillSync::killedSyncsLoseNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    TestHttpServer server;
    QAtomicInt version = 1;
    for (int f = 0; f < kFeeds; ++f) {
        const QString prefix = u"f%1"_s.arg(f);
        server.route(QByteArray("/feed") + QByteArray::number(f) + ".xml", [prefix, f, &version](const HttpRequest &) {
            HttpResponse r;
            r.headers = {{"Content-Type", "application/rss+xml"}};
            r.body = makeFeed(u"Outlet %1"_s.arg(f), 80, prefix, version.loadRelaxed());
            r.delayMs = 5 * (f % 4); // the sources finish at different moments
            return r;
        });
    }

    Database db(u"test"_s);
    QVERIFY(!db.open(path));
    for (int f = 0; f < kFeeds; ++f) {
        Source s;
        s.name = u"Outlet %1"_s.arg(f);
        s.url = server.url(u"/feed%1.xml"_s.arg(f));
        QVERIFY(SourceRepository(db).add(s).ok());
    }

    const QProcessEnvironment env = TestHttpServer::environmentWithoutProxy();
    auto runSync = [&](int killAfterMs) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MEDTOUR_CLI), {u"--db"_s, path, u"sync"_s, u"--once"_s});
        if (!p.waitForStarted(10000))
            return -1;
        if (killAfterMs < 0) {
            p.waitForFinished(120000);
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        }
        if (p.waitForFinished(killAfterMs))
            return 0; // done before the kill
        p.kill();     // SIGKILL
        p.waitForFinished(10000);
        return 1;
    };

    // A first complete sync, then curate some of what it brought.
    QCOMPARE(runSync(-1), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM articles"_s), qint64(kFeeds * 80));
    ArticleRepository articles(db);
    QHash<qint64, QString> notes;
    QSet<qint64> starred;
    QSet<qint64> read;
    auto curate = [&](qint64 id, int n) {
        QVERIFY(articles.setStarred({id}, true).ok());
        starred.insert(id);
        if (n % 2 == 0) {
            QVERIFY(articles.setNote(id, u"메모 %1"_s.arg(n)).ok());
            notes.insert(id, u"메모 %1"_s.arg(n));
        }
        QVERIFY(articles.setRead({id + 1}, true).ok());
        read.insert(id + 1);
    };
    for (int i = 0; i < 10; ++i)
        curate(1 + i * 37, i);

    // Kills land between a tenth and nine tenths of what a whole updating sync takes here, so that
    // they cut runs off however fast this machine and this build sync.
    version.storeRelaxed(2);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(runSync(-1), 0);
    const int wholeMs = int(clock.elapsed());
    const int earliest = std::max(5, wholeMs / 10);
    const int latest = std::max(earliest + 10, wholeMs * 9 / 10);
    qInfo("a whole updating sync took %d ms; kills after %d to %d ms", wholeMs, earliest, latest);

    QRandomGenerator rng(20261201);
    int killedMidSync = 0;
    int leftWaiting = 0; // killed after its articles were stored, before they were all indexed
    for (int round = 0; round < kKills; ++round) {
        version.storeRelaxed(1 + round % 3); // every run updates every article
        const int outcome = runSync(int(rng.bounded(earliest, latest)));
        QVERIFY(outcome >= 0);
        killedMidSync += outcome;
        leftWaiting += scalar(db, u"SELECT count(*) FROM search_pending"_s) > 0;
        if (round % 10 == 5) // state set between the kills, through the reader's own connection
            curate(2 + round * 7, round);
    }
    qInfo("%d of %d syncs were killed mid-run, %d with articles waiting for the search index", killedMidSync, kKills,
          leftWaiting);
    QVERIFY2(killedMidSync >= kKills / 2, "most runs must really be cut off");
    QVERIFY2(leftWaiting > 0, "some runs must be cut off between storing and indexing");

    // The cache after it all: sound, no duplicates, every curated state intact, and it still syncs.
    QSqlQuery check(db.db());
    QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
    QCOMPARE(check.value(0).toString(), u"ok"_s);
    check.finish(); // an open statement would keep this connection reading the cache as it is now
    QCOMPARE(
        scalar(db, u"SELECT count(*) FROM (SELECT source_id, guid FROM articles GROUP BY 1, 2 HAVING count(*) > 1)"_s),
        0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM (SELECT url FROM articles GROUP BY 1 HAVING count(*) > 1)"_s), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM articles"_s), qint64(kFeeds * 80));
    for (const qint64 id : std::as_const(starred)) {
        const auto article = articles.article(id);
        QVERIFY2(article, qPrintable(QString::number(id)));
        QVERIFY(article->summary.state.starred);
        QCOMPARE(article->summary.state.note, notes.value(id));
    }
    for (const qint64 id : std::as_const(read))
        QVERIFY(articles.article(id)->summary.state.read);

    // A run killed in its second phase leaves articles stored but not yet indexed for search: the
    // next command that searches indexes them first.
    qInfo("%lld articles were left waiting for the search index", scalar(db, u"SELECT count(*) FROM search_pending"_s));
    QProcess search;
    search.setProcessEnvironment(env);
    search.start(QStringLiteral(MEDTOUR_CLI), {u"--db"_s, path, u"search"_s, u"hospital"_s});
    QVERIFY(search.waitForFinished(60000));
    QVERIFY2(search.exitCode() == 0 && search.readAllStandardError().isEmpty(), search.readAllStandardError());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM search_pending"_s), 0);

    QCOMPARE(runSync(-1), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM article_state WHERE starred = 1"_s), qint64(starred.size()));
    // Every article indexed and placed, and the index holds each one's latest text only: every run
    // changed every description's version word ("v1", "v2", "v3"), and the last one wrote v1.
    QCOMPARE(scalar(db, u"SELECT count(*) FROM search_pending"_s), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM article_signatures"_s), qint64(kFeeds * 80));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM articles WHERE cluster_id IS NULL"_s), 0);
    const auto indexed = [&db](const QString &word) {
        QSqlQuery q(db.db());
        q.prepare(u"SELECT count(*) FROM article_fts WHERE article_fts MATCH ?"_s);
        q.addBindValue(SearchIndex::matchExpression(SearchQuery::parse(word)));
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    };
    QCOMPARE(indexed(u"v1"_s), qint64(kFeeds * 80));
    QCOMPARE(indexed(u"v2"_s), 0);
    QCOMPARE(indexed(u"v3"_s), 0);
}

QTEST_GUILESS_MAIN(tst_KillSync)
#include "tst_killsync.moc"
