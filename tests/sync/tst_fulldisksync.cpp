// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk during a background sync (issue #10). The sync worker opens its own connection, so the test
// gives that connection PRAGMA max_page_count through SQLite's own hook for new connections
// (sqlite3_auto_extension, in the SQLite library the Qt driver uses): room for a few pages only. The product
// has no hook of its own for this. A large feed then cannot be stored: its source's report says the disk is
// full, nothing of it is written, every article, star, note and read mark from before is intact, the cache
// passes the integrity check, and once there is room again the next sync stores the feed.
#include "mustread.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/sourcerepository.h"
#include "sync/synccontroller.h"
#include "sync/syncerror.h"
#include "synctestfeeds.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace Medtour;
using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

FetchSettings testSettings()
{
    FetchSettings s;
    s.connectTimeoutMs = 2000;
    s.idleTimeoutMs = 2000;
    s.totalTimeoutMs = 5000;
    s.maxRetries = 0;
    s.useSystemProxy = false;
    s.maxPerHost = 4;
    return s;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

HttpResponse rss(const QByteArray &body)
{
    HttpResponse r;
    r.headers = {{"Content-Type", "application/rss+xml; charset=utf-8"}};
    r.body = body;
    return r;
}

/// Connections SQLite opens on the sync thread (the worker's own) get room for four more pages.
QAtomicInt s_limited;

int limitSyncConnection(sqlite3 *db, char **, const sqlite3_api_routines *)
{
    if (QThread::currentThread()->objectName() != u"medtour-sync")
        return SQLITE_OK;
    sqlite3_stmt *pages = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA page_count", -1, &pages, nullptr) == SQLITE_OK &&
        sqlite3_step(pages) == SQLITE_ROW) {
        const QByteArray limit = "PRAGMA max_page_count = " + QByteArray::number(sqlite3_column_int64(pages, 0) + 4);
        if (sqlite3_exec(db, limit.constData(), nullptr, nullptr, nullptr) == SQLITE_OK)
            s_limited.ref();
    }
    sqlite3_finalize(pages);
    return SQLITE_OK;
}

/// sqlite3_auto_extension takes any entry point as void(*)(void) (SQLite's own convention).
void (*entryPoint())()
{
    return reinterpret_cast<void (*)()>(&limitSyncConnection);
}

} // namespace

class tst_FullDiskSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncOnAFullDiskLosesNothing();
    void cleanup() { sqlite3_cancel_auto_extension(entryPoint()); }

private:
    SyncReport runSync(const QString &path);
};

SyncReport tst_FullDiskSync::runSync(const QString &path)
{
    SyncController controller(path, testSettings());
    QSignalSpy finished(&controller, &SyncController::syncFinished);
    controller.syncNow({});
    if (!finished.wait(30000) || finished.isEmpty())
        return {};
    return finished.constFirst().constFirst().value<SyncReport>();
}

void tst_FullDiskSync::syncOnAFullDiskLosesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    TestHttpServer server;
    server.route("/small", rss(makeFeed(u"Small outlet"_s, 20, u"small"_s)));
    Database gui(u"gui"_s);
    QVERIFY(!gui.open(path));
    SourceRepository sources(gui);
    Source small;
    small.name = u"Small outlet"_s;
    small.url = server.url(u"/small"_s);
    QVERIFY(sources.add(small));

    // A first sync with room: 20 articles, then the user's stars, a note and read marks.
    const SyncReport first = runSync(path);
    QCOMPARE(first.sources.size(), 1);
    QCOMPARE(first.sources.constFirst().status, SyncStatus::Ok);
    const qint64 before = scalar(gui, u"SELECT count(*) FROM articles"_s);
    QCOMPARE(before, 20);
    ArticleRepository articles(gui);
    QVERIFY(articles.setStarred({1, 2}, true).ok());
    QVERIFY(articles.setNote(3, u"전화할 것"_s).ok());
    QVERIFY(articles.setRead({4, 5, 6}, true).ok());

    // A big feed on a disk with room for four more pages (on the sync worker's connection only).
    server.route("/big", rss(makeFeed(u"Big outlet"_s, 400, u"big"_s)));
    Source big;
    big.name = u"Big outlet"_s;
    big.url = server.url(u"/big"_s);
    const Result<qint64> bigId = sources.add(big);
    QVERIFY(bigId);
    QCOMPARE(sqlite3_auto_extension(entryPoint()), SQLITE_OK);
    const SyncReport full = runSync(path);
    QCOMPARE(s_limited.loadRelaxed(), 1);
    QCOMPARE(full.sources.size(), 2);
    for (const SourceSyncResult &r : full.sources) {
        if (r.id != *bigId)
            continue;
        QCOMPARE(r.status, SyncStatus::Error);
        QVERIFY2(r.error.startsWith(u"Disk full"_s), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"database or disk is full"_s), qPrintable(r.error));
        QCOMPARE(r.errorCode, Error::DiskFull); // the CLI's "disk-full", whatever words SQLite used
        QCOMPARE(SyncError::codeName(r.errorCode), u"disk-full"_s);
        QCOMPARE(r.added, 0);
    }
    // The source's status shows the same error, and its validators were not kept (the next fetch is full).
    QVERIFY(mustRead(sources.status(*bigId)).error.startsWith(u"Disk full"_s));
    QCOMPARE(mustRead(sources.status(*bigId)).errorCode, u"disk-full"_s);

    // Nothing of the big feed, everything from before.
    QCOMPARE(scalar(gui, u"SELECT count(*) FROM articles"_s), before);
    QCOMPARE(scalar(gui, u"SELECT count(*) FROM articles WHERE source_id = %1"_s.arg(*bigId)), 0);
    QCOMPARE(scalar(gui, u"SELECT count(*) FROM article_state WHERE starred = 1"_s), 2);
    QCOMPARE(scalar(gui, u"SELECT count(*) FROM article_state WHERE read = 1"_s), 3);
    QCOMPARE(articles.article(3)->summary.state.note, u"전화할 것"_s);
    QVERIFY(Maintenance::integrityProblems(gui).isEmpty());

    // Room again: the next sync (a new worker, a new connection) stores the feed.
    QCOMPARE(sqlite3_cancel_auto_extension(entryPoint()), 1);
    const SyncReport again = runSync(path);
    QCOMPARE(again.sources.size(), 2);
    for (const SourceSyncResult &r : again.sources) {
        if (r.id == *bigId) {
            QVERIFY2(r.status == SyncStatus::Ok, qPrintable(r.error));
            QCOMPARE(r.added, 400);
        }
    }
    QCOMPARE(scalar(gui, u"SELECT count(*) FROM articles"_s), before + 400);
    QCOMPARE(scalar(gui, u"SELECT count(*) FROM article_state WHERE starred = 1"_s), 2);
    QCOMPARE(articles.article(3)->summary.state.note, u"전화할 것"_s);
    QVERIFY(Maintenance::integrityProblems(gui).isEmpty());
}

QTEST_GUILESS_MAIN(tst_FullDiskSync)
#include "tst_fulldisksync.moc"
