// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21 ("hostile world, round two"), the network half: medtour-cli against servers on 127.0.0.1.
//  4. a gzip bomb stops at the size limit: error code too-large, one attempt, nothing on stderr;
//  5. Retry-After: 9223372036854775807 pauses the source for the longest allowed pause (7 days),
//     shown in `sources list` (next_due) and in the Sources dialog's words (SourceListModel);
//  6. four feeds on a server that never answers do not hold back a good feed on another port of the
//     same host, and after repeated time-outs the rest of that host fails at once (next sync: again);
//  7. one guid shared by fifty items: fifty articles, one warning, and 0 updates when unchanged;
//  9. a source URL with a password: the password is kept in the credential store only, sent as Basic
//     auth to that host only, and printed nowhere; an old cache holding one loses it on opening;
// 10. a pubDate in 2099 is stored as the fetch time, marked guessed;
//  and, smaller: a disk that fills during a sync is reported as disk-full (a small tmpfs in a mount
//  namespace of its own; skipped where the system allows none), and a 301 to another host moves the
//  source only once three syncs in a row say so, the first address kept visible.
#include "clirun.h"
#include "models/sourcelistmodel.h"
#include "mustread.h"
#include "storage/database.h"
#include "storage/schemamigrator.h"
#include "storage/sourcerepository.h"
#include "synctestfeeds.h"
#include "testhttpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <zlib.h>

using namespace Medtour;
using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

QJsonObject sourceRow(const CliRun &list, qint64 id)
{
    for (const QJsonValue &v : list.json().array()) {
        if (v.toObject().value(u"id").toInteger() == id)
            return v.toObject();
    }
    return {};
}

/// A gzip body that inflates to `feed` followed by `gib` GiB of zeros, in about 1 MB per GiB. Built
/// without ever holding the zeros: deflate restarts at every full flush, so each further MiB of
/// zeros compresses to the same bytes, which are repeated.
QByteArray gzipBomb(const QByteArray &feed, int gib)
{
    z_stream z{};
    if (deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    const QByteArray mib(1024 * 1024, '\0');
    QByteArray out(4 * 1024 * 1024, '\0');
    const auto deflatePart = [&](const QByteArray &in, int flush) {
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
        z.avail_in = uInt(in.size());
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = uInt(out.size());
        deflate(&z, flush);
        return QByteArray(out.constData(), qsizetype(out.size()) - qsizetype(z.avail_out));
    };
    QByteArray body("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03", 10);
    body += deflatePart(feed, Z_FULL_FLUSH);
    const QByteArray first = deflatePart(mib, Z_FULL_FLUSH);
    const QByteArray again = deflatePart(mib, Z_FULL_FLUSH);
    body += first + again;
    const QByteArray repeat = deflatePart(mib, Z_FULL_FLUSH);
    if (repeat != again)
        return {}; // not repeatable with this zlib: the caller fails loudly
    const int mibs = gib * 1024;
    for (int i = 3; i <= mibs; ++i)
        body += repeat;
    body += deflatePart({}, Z_FINISH);
    deflateEnd(&z);
    uLong crc = crc32(0L, reinterpret_cast<const Bytef *>(feed.constData()), uInt(feed.size()));
    for (int i = 0; i < mibs; ++i)
        crc = crc32(crc, reinterpret_cast<const Bytef *>(mib.constData()), uInt(mib.size()));
    const quint32 size = quint32(quint64(feed.size()) + quint64(mibs) * mib.size()); // modulo 2^32
    for (const quint32 value : {quint32(crc), size}) {
        for (int shift = 0; shift < 32; shift += 8)
            body += char((value >> shift) & 0xff);
    }
    return body;
}

QByteArray rss(const QByteArray &items)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Hostile</title>"
           "<link>https://hostile.example/</link>" +
           items + "</channel></rss>";
}

} // namespace

class tst_HostileSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void compressionBombIsTooLarge();
    void retryAfterIsCapped();
    void deadHostDoesNotHoldBackOthers();
    void sharedGuidsInASync();
    void futureDateInASync();
    void passwordStaysOutOfTheCache();
    void passwordLeavesAnOldCache();
    void diskFullDuringSync();
    void permanentRedirectToAnotherHost();

private:
    CliRun cli(const QString &db, const QStringList &args, int timeoutMs = 120000);
    qint64 addSource(const QString &db, const QUrl &url);
    QTemporaryDir m_dir;
    QString m_credentials;
    TestHttpServer m_server;
};

CliRun tst_HostileSync::cli(const QString &db, const QStringList &args, int timeoutMs)
{
    CliOptions options;
    options.environment = TestHttpServer::environmentWithoutProxy();
    options.environment.remove(u"QT_LOGGING_RULES"_s); // the CLI's own stderr is under test
    options.environment.insert(u"MEDTOUR_CREDENTIALS"_s, m_credentials);
    options.timeoutMs = timeoutMs;
    return runCli(QStringList{u"--db"_s, db} + args, options);
}

qint64 tst_HostileSync::addSource(const QString &db, const QUrl &url)
{
    const CliRun added = cli(db, {u"sources"_s, u"add"_s, url.toString()});
    return added.code == 0 ? added.json().object().value(u"id").toInteger() : 0;
}

void tst_HostileSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_credentials = m_dir.filePath(u"credentials.pgpass"_s);
    qputenv("MEDTOUR_CREDENTIALS", QFile::encodeName(m_credentials)); // this process's own reads
}

void tst_HostileSync::compressionBombIsTooLarge()
{
    // 2 GiB of zeros (a hundred times the 20 MiB limit) in about 2 MB of gzip.
    HttpResponse bomb;
    bomb.headers = {{"Content-Type", "application/rss+xml"}, {"Content-Encoding", "gzip"}};
    bomb.body = gzipBomb("<rss version=\"2.0\"><channel><title>Bomb</title>", 2);
    QVERIFY(!bomb.body.isEmpty());
    QVERIFY(bomb.body.size() < 4 * 1024 * 1024);
    m_server.route("/bomb.xml", bomb);
    const QString db = m_dir.filePath(u"bomb.sqlite"_s);
    const qint64 id = addSource(db, m_server.url(u"/bomb.xml"_s));
    QVERIFY(id > 0);

    const CliRun sync = cli(db, {u"sync"_s, u"--once"_s, u"--timeout"_s, u"10"_s});
    QCOMPARE(sync.code, 0);
    const QJsonObject result = sync.json().array().first().toObject();
    QCOMPARE(result.value(u"status").toString(), u"error"_s);
    QCOMPARE(result.value(u"error_code").toString(), u"too-large"_s);
    QVERIFY2(result.value(u"error").toString().contains(u"compression bomb"),
             qPrintable(result.value(u"error").toString()));
    QCOMPARE(m_server.hits("/bomb.xml"), 1); // not retried
    QVERIFY2(sync.err.isEmpty(), sync.err.constData());

    // The same through `parse URL`: one error line, exit 1.
    const CliRun parse = cli(db, {u"parse"_s, m_server.url(u"/bomb.xml"_s).toString()});
    QCOMPARE(parse.code, 1);
    QCOMPARE(parse.errLines().size(), 1);
    QVERIFY2(parse.err.contains("too large"), parse.err.constData());
    QCOMPARE(m_server.hits("/bomb.xml"), 2);

    // An honest gzip feed still reads.
    HttpResponse packed;
    packed.headers = {{"Content-Type", "application/rss+xml"}, {"Content-Encoding", "gzip"}};
    packed.body = TestHttpServer::gzip(makeFeed(u"Packed"_s, 12, u"packed"_s));
    m_server.route("/packed.xml", packed);
    const qint64 packedId = addSource(db, m_server.url(u"/packed.xml"_s));
    const CliRun ok = cli(db, {u"sync"_s, u"--source"_s, QString::number(packedId)});
    QCOMPARE(ok.json().array().first().toObject().value(u"new").toInt(), 12);
}

void tst_HostileSync::retryAfterIsCapped()
{
    HttpResponse busy;
    busy.status = 503;
    busy.headers = {{"Retry-After", "9223372036854775807"}};
    m_server.route("/busy.xml", busy);
    const QString db = m_dir.filePath(u"busy.sqlite"_s);
    const qint64 id = addSource(db, m_server.url(u"/busy.xml"_s));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const CliRun sync = cli(db, {u"sync"_s});
    QCOMPARE(sync.code, 0);
    QCOMPARE(sync.json().array().first().toObject().value(u"http_status").toInt(), 503);
    QCOMPARE(m_server.hits("/busy.xml"), 1);

    const QJsonObject row = sourceRow(cli(db, {u"sources"_s, u"list"_s}), id);
    const QDateTime due = QDateTime::fromString(row.value(u"next_due").toString(), Qt::ISODate);
    QVERIFY2(due.isValid(), "the pause the server asked for is kept");
    const qint64 week = 7 * 24 * 3600;
    QVERIFY2(before.secsTo(due) >= week - 5 && before.secsTo(due) <= week + 60,
             qPrintable(row.value(u"next_due").toString()));
    // Not due: the next sync leaves it alone.
    QCOMPARE(cli(db, {u"sync"_s}).json().array().size(), 0);
    QCOMPARE(m_server.hits("/busy.xml"), 1);

    // The Sources dialog says so, in the user's words.
    Database cache;
    QVERIFY(!cache.open(db));
    const SourceStatus status = mustRead(SourceRepository(cache).status(id));
    const QString text = SourceListModel::statusText(status);
    QVERIFY2(text.contains(u"wait until"), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(due.toLocalTime(), QLocale::ShortFormat)), qPrintable(text));
}

void tst_HostileSync::deadHostDoesNotHoldBackOthers()
{
    // A server that accepts connections and never answers, and a good one on another port.
    TestHttpServer dead;
    HttpResponse stall;
    stall.mode = HttpResponse::Mode::Stall;
    for (const QByteArray path : {"/a.xml", "/b.xml", "/c.xml", "/d.xml"})
        dead.route(path, stall);
    std::atomic<int> deadRequestsBeforeGood{-1}; // written on the server's thread
    HttpResponse good;
    good.headers = {{"Content-Type", "application/rss+xml"}};
    good.body = makeFeed(u"Good"_s, 3, u"good"_s);
    m_server.route("/good.xml", [&](const HttpRequest &) {
        if (deadRequestsBeforeGood.load() < 0)
            deadRequestsBeforeGood = int(dead.requests().size());
        return good;
    });
    const QString db = m_dir.filePath(u"dead.sqlite"_s);
    QList<qint64> deadIds;
    for (const QString &path : {u"/a.xml"_s, u"/b.xml"_s, u"/c.xml"_s, u"/d.xml"_s})
        deadIds << addSource(db, dead.url(path));
    const qint64 goodId = addSource(db, m_server.url(u"/good.xml"_s));

    const CliRun sync = cli(db, {u"sync"_s, u"--once"_s, u"--timeout"_s, u"1"_s});
    QCOMPARE(sync.code, 0);
    // The good feed was fetched while at most the first two dead requests were out: host and port
    // are one host, so it had a slot of its own, and no retry went before it.
    QVERIFY2(deadRequestsBeforeGood >= 0 && deadRequestsBeforeGood <= 2,
             qPrintable(QString::number(deadRequestsBeforeGood.load())));
    int skipped = 0;
    for (const QJsonValue &v : sync.json().array()) {
        const QJsonObject r = v.toObject();
        if (r.value(u"id").toInteger() == goodId) {
            QCOMPARE(r.value(u"status").toString(), u"ok"_s);
            continue;
        }
        QCOMPARE(r.value(u"error_code").toString(), u"timeout"_s);
        skipped += r.value(u"error").toString().contains(u"skipped after"_s);
    }
    QVERIFY2(skipped >= 1, sync.out.constData());
    // Fewer attempts than 4 feeds × 3 each: once the host had timed out three times, it was left.
    const int attempts = int(dead.requests().size());
    QVERIFY2(attempts <= 4, qPrintable(QString::number(attempts)));

    // The next sync tries the host again.
    dead.clearRequests();
    const CliRun again = cli(db, {u"sync"_s, u"--once"_s, u"--timeout"_s, u"1"_s});
    QVERIFY(!dead.requests().isEmpty());
    QCOMPARE(sourceRow(again, deadIds.first()).value(u"error_code").toString(), u"timeout"_s);
}

void tst_HostileSync::sharedGuidsInASync()
{
    QByteArray items;
    for (int i = 0; i < 50; ++i) {
        const QByteArray n = QByteArray::number(i);
        items += "<item><guid>https://cms.example/</guid><title>의료관광 " + n +
                 "</title><link>https://cms.example/a/" + n +
                 "</link><pubDate>Mon, 02 Nov 2026 09:00:00 +0900</pubDate></item>";
    }
    HttpResponse feed;
    feed.headers = {{"Content-Type", "application/rss+xml"}};
    feed.body = rss(items);
    m_server.route("/oneguid.xml", feed);
    const QString db = m_dir.filePath(u"oneguid.sqlite"_s);
    addSource(db, m_server.url(u"/oneguid.xml"_s));
    const QJsonObject first = cli(db, {u"sync"_s, u"--once"_s}).json().array().first().toObject();
    QCOMPARE(first.value(u"new").toInt(), 50);
    QVERIFY2(first.value(u"error").toString().contains(u"share their guid"),
             qPrintable(first.value(u"error").toString()));
    const QJsonObject second = cli(db, {u"sync"_s, u"--once"_s}).json().array().first().toObject();
    QCOMPARE(second.value(u"status").toString(), u"ok"_s);
    QCOMPARE(second.value(u"new").toInt(), 0);
    QCOMPARE(second.value(u"updated").toInt(), 0);
}

void tst_HostileSync::futureDateInASync()
{
    HttpResponse feed;
    feed.headers = {{"Content-Type", "application/rss+xml"}};
    feed.body =
        rss("<item><guid>2099</guid><title>Forever on top</title><link>https://f.example/2099</link>"
            "<pubDate>Thu, 31 Dec 2099 23:59:00 GMT</pubDate></item>"
            "<item><guid>today</guid><title>Today</title><link>https://f.example/today</link>"
            "<pubDate>" +
            QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::RFC2822Date).toLatin1() + "</pubDate></item>");
    m_server.route("/future.xml", feed);
    const QString db = m_dir.filePath(u"future.sqlite"_s);
    addSource(db, m_server.url(u"/future.xml"_s));
    QCOMPARE(cli(db, {u"sync"_s}).code, 0);
    const QJsonArray rows = cli(db, {u"list"_s}).json().array();
    QCOMPARE(rows.size(), 2);
    for (const QJsonValue &v : rows) {
        const QDateTime published = QDateTime::fromString(v.toObject().value(u"published").toString(), Qt::ISODate);
        QVERIFY2(published <= QDateTime::currentDateTimeUtc().addSecs(5), qPrintable(published.toString(Qt::ISODate)));
    }
    const QJsonObject future = cli(db, {u"search"_s, u"Forever"_s}).json().array().first().toObject();
    QVERIFY(cli(db, {u"show"_s, QString::number(future.value(u"id").toInteger())})
                .json()
                .object()
                .value(u"date_guessed")
                .toBool());
}

void tst_HostileSync::passwordStaysOutOfTheCache()
{
    HttpResponse feed;
    feed.headers = {{"Content-Type", "application/rss+xml"}};
    feed.body = makeFeed(u"Members only"_s, 2, u"members"_s);
    const QByteArray expected = "Basic " + QByteArray("reader:s3cr3t-pw").toBase64();
    m_server.route("/members.xml", [feed, expected](const HttpRequest &request) {
        if (request.headers.value("authorization") == expected)
            return feed;
        HttpResponse refused;
        refused.status = 401;
        return refused;
    });
    const QString db = m_dir.filePath(u"secret.sqlite"_s);
    QUrl url = m_server.url(u"/members.xml"_s);
    url.setUserName(u"reader"_s);
    url.setPassword(u"s3cr3t-pw"_s);
    const CliRun added = cli(db, {u"sources"_s, u"add"_s, url.toString()});
    QVERIFY2(added.code == 0, added.err.constData());
    const qint64 id = added.json().object().value(u"id").toInteger();
    const CliRun list = cli(db, {u"sources"_s, u"list"_s});
    QCOMPARE(sourceRow(list, id).value(u"url").toString(), url.toString(QUrl::RemovePassword));
    QCOMPARE(sourceRow(list, id).value(u"name").toString(), url.toString(QUrl::RemovePassword));
    const CliRun sync = cli(db, {u"sync"_s, u"--verbose"_s});                  // with every log line
    QCOMPARE(sync.json().array().first().toObject().value(u"new").toInt(), 2); // authorised
    const QString exported = m_dir.filePath(u"secret.opml"_s);
    const CliRun exportRun = cli(db, {u"sources"_s, u"export"_s, exported});

    // Nowhere in what was printed, logged (--verbose), exported or stored in the cache.
    QFile opml(exported);
    QVERIFY(opml.open(QIODevice::ReadOnly));
    QFile cache(db);
    QVERIFY(cache.open(QIODevice::ReadOnly));
    QFile wal(db + u"-wal"_s);
    const QByteArray walBytes = wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
    for (const QByteArray &text :
         {added.out, added.err, sync.out, sync.err, exportRun.out, list.out, opml.readAll(), cache.readAll(), walBytes})
        QVERIFY2(!text.contains("s3cr3t"), text.left(400).constData());
    // Where it is: the credential store, for that host, port and user.
    QFile store(m_credentials);
    QVERIFY(store.open(QIODevice::ReadOnly));
    QVERIFY(store.readAll().contains(u"127.0.0.1:%1:@http:reader:s3cr3t-pw"_s.arg(m_server.port()).toUtf8()));
    QCOMPARE(QFileInfo(m_credentials).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    // A redirect to another origin does not take the password along.
    TestHttpServer other;
    other.route("/elsewhere.xml", feed);
    m_server.route("/members-moved.xml", TestHttpServer::redirect(302, other.url(u"/elsewhere.xml"_s).toEncoded()));
    QUrl moved = m_server.url(u"/members-moved.xml"_s);
    moved.setUserName(u"reader"_s);
    moved.setPassword(u"s3cr3t-pw"_s);
    const qint64 movedId = addSource(db, moved);
    QVERIFY(movedId > 0);
    QCOMPARE(cli(db, {u"sync"_s, u"--source"_s, QString::number(movedId)}).code, 0);
    QCOMPARE(m_server.lastRequest("/members-moved.xml").headers.value("authorization"), expected);
    QVERIFY(!other.lastRequest("/elsewhere.xml").headers.contains("authorization"));
}

void tst_HostileSync::passwordLeavesAnOldCache()
{
    // A cache from before the fix: schema version 8, holding a source URL with its password.
    const QString db = m_dir.filePath(u"old-secret.sqlite"_s);
    const QString secretUrl = u"https://olduser:old-s3cret@feeds.example:8443/private.xml"_s;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QVERIFY(!SchemaMigrator::migrateTo(sql, 8));
        QSqlQuery q(sql);
        QVERIFY(q.prepare(u"INSERT INTO sources (kind, name, url, enabled, created, error) VALUES "
                          "('feed', ?, ?, 0, 0, ?)"_s));
        q.addBindValue(secretUrl);
        q.addBindValue(secretUrl);
        q.addBindValue(QString(u"HTTP 401 at "_s + secretUrl));
        QVERIFY(q.exec());
        q = QSqlQuery();
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);
    const CliRun list = cli(db, {u"sources"_s, u"list"_s});
    QVERIFY2(list.code == 0, list.err.constData());
    QVERIFY2(!list.out.contains("old-s3cret"), list.out.constData());
    const QJsonObject row = list.json().array().first().toObject();
    QCOMPARE(row.value(u"url").toString(), u"https://olduser@feeds.example:8443/private.xml"_s);
    QCOMPARE(row.value(u"name").toString(), row.value(u"url").toString());
    QFile store(m_credentials);
    QVERIFY(store.open(QIODevice::ReadOnly));
    QVERIFY(store.readAll().contains("feeds.example:8443:@http:olduser:old-s3cret"));
    QFile cache(db);
    QVERIFY(cache.open(QIODevice::ReadOnly));
    QVERIFY(!cache.readAll().contains("old-s3cret"));
}

void tst_HostileSync::diskFullDuringSync()
{
    QString why;
    if (!mountNamespacesWork(&why))
        QSKIP(qPrintable(u"no small disk to fill: "_s + why));
    HttpResponse big;
    big.headers = {{"Content-Type", "application/rss+xml"}};
    big.body = makeFeed(u"Big"_s, 2000, u"big"_s);
    m_server.route("/big.xml", big);
    const QString db = m_dir.filePath(u"full/cache.sqlite"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"full"_s)));
    const qint64 id = addSource(db, m_server.url(u"/big.xml"_s));
    QVERIFY(id > 0);
    const QString mount = m_dir.filePath(u"full-mount"_s);
    QVERIFY(QDir().mkpath(mount));
    // The cache on a tmpfs with about 1 MB to spare; the feed's 2000 articles need several.
    const QString setup =
        u"mount -t tmpfs -o size=%1k tmpfs '%2' && cp '%3' '%2/cache.sqlite'"_s.arg(QFileInfo(db).size() / 1024 + 1024)
            .arg(mount, db);
    CliOptions options;
    options.environment = TestHttpServer::environmentWithoutProxy();
    options.environment.insert(u"MEDTOUR_CREDENTIALS"_s, m_credentials);
    options.environment.remove(u"QT_LOGGING_RULES"_s);
    const CliRun sync =
        runCliInMountNamespace(setup, {u"--db"_s, mount + u"/cache.sqlite"_s, u"sync"_s, u"--once"_s}, options);
    QVERIFY2(sync.code == 0, sync.err.constData());
    const QJsonObject result = sync.json().array().first().toObject();
    QCOMPARE(result.value(u"status").toString(), u"error"_s);
    QCOMPARE(result.value(u"error_code").toString(), u"disk-full"_s);
}

void tst_HostileSync::permanentRedirectToAnotherHost()
{
    HttpResponse feed;
    feed.headers = {{"Content-Type", "application/rss+xml"}};
    feed.body = makeFeed(u"Moved"_s, 2, u"moved"_s);
    m_server.route("/new.xml", feed);
    // "localhost" is another host name than "127.0.0.1", on the same test server.
    const QUrl target(u"http://localhost:%1/new.xml"_s.arg(m_server.port()));
    m_server.route("/old.xml", TestHttpServer::redirect(301, target.toEncoded()));
    const QString db = m_dir.filePath(u"moved.sqlite"_s);
    const QUrl original = m_server.url(u"/old.xml"_s);
    const qint64 id = addSource(db, original);
    for (int sync = 1; sync <= 3; ++sync) {
        const CliRun run = cli(db, {u"sync"_s, u"--once"_s});
        QCOMPARE(run.json().array().first().toObject().value(u"status").toString(), u"ok"_s);
        const QJsonObject row = sourceRow(cli(db, {u"sources"_s, u"list"_s}), id);
        if (sync < 3) {
            QCOMPARE(row.value(u"url").toString(), original.toString()); // one answer does not move it
            QCOMPARE(row.value(u"moved_to").toString(), target.toString());
            QCOMPARE(row.value(u"moved_to_syncs").toInt(), sync);
            QVERIFY(row.value(u"original_url").isNull());
        } else {
            QCOMPARE(row.value(u"url").toString(), target.toString()); // confirmed: moved
            QCOMPARE(row.value(u"original_url").toString(), original.toString());
            QVERIFY(row.value(u"moved_to").isNull());
        }
    }
    QCOMPARE(cli(db, {u"list"_s}).json().array().size(), 2);
}

QTEST_GUILESS_MAIN(tst_HostileSync)
#include "tst_hostilesync.moc"
