// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode against a real PostgreSQL (PgServer: initdb, pg_ctl on 127.0.0.1) and medtour-cli as a
// child process: the schema and members, the sync service on the shared generator's 200 × 50
// corpus served from 127.0.0.1, one service at a time, what is whose (row-level security with plain
// SQL), replicas that join, exchange and work offline, a service killed twenty times, and a single
// user's cache that joins and keeps its stars and notes.
#include "tst_teamserver.h"

#include "testdata.h"
#include "testhttpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <csignal>

using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

constexpr int kFeeds = 200;
constexpr int kItems = 50;

} // namespace

CliRun tst_TeamServer::cli(const QStringList &args, int timeoutMs) const
{
    CliOptions options;
    options.environment = m_env;
    options.timeoutMs = timeoutMs;
    return runCli(args, options);
}

QString tst_TeamServer::url(const QString &member) const
{
    return member == u"admin" ? m_pg.adminUrl(u"medtour"_s) : m_pg.url(member, member + u"-secret-pw"_s, u"medtour"_s);
}

CliRun tst_TeamServer::as(const QString &member, const QStringList &args) const
{
    return cli(QStringList{u"--server"_s, url(member)} + args);
}

qint64 tst_TeamServer::adminScalar(const QString &sql) const
{
    QSqlDatabase db = QSqlDatabase::database(u"admin"_s);
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

QJsonArray tst_TeamServer::idsOf(const CliRun &run) const
{
    QJsonArray ids;
    for (const QJsonValue &v : run.json().array())
        ids.append(v.toObject().value(u"id"_s));
    return ids;
}

QProcess *tst_TeamServer::startService(const QString &member, QProcess *process) const
{
    process->setProcessEnvironment(m_env);
    process->start(cliPath(), {u"--server"_s, url(member), u"serve"_s, u"--interval-minutes"_s, u"60"_s});
    return process;
}

void tst_TeamServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_env = TestHttpServer::environmentWithoutProxy();
    m_env.insert(u"MEDTOUR_CREDENTIALS"_s, m_dir.filePath(u"credentials.pgpass"_s));
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    m_env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    m_env.remove(u"MEDTOUR_SERVER"_s);
    // The server and its members, with passwords from files (never on a command line).
    CliOptions options;
    options.environment = m_env;
    const QString failed =
        m_pg.startTeam({{u"alice"_s, {}}, {u"bob"_s, u"--editor"_s}, {u"carol"_s, {}}, {u"svc"_s, u"--service"_s}},
                       m_dir.path(), u"-secret-pw"_s, options);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));

    // The corpus, served from 127.0.0.1.
    m_corpus = m_dir.filePath(u"corpus"_s);
    QProcess gen;
    gen.start(u"python3"_s, {QStringLiteral(MEDTOUR_SHARED_DIR "/tools/gen_corpus.py"), m_corpus, u"--feeds"_s,
                             QString::number(kFeeds), u"--items"_s, QString::number(kItems), u"--base"_s,
                             u"http://127.0.0.1:%1"_s.arg(m_http.port())});
    QVERIFY(gen.waitForFinished(120000));
    QVERIFY2(gen.exitCode() == 0, gen.readAllStandardError().constData());
    for (const QString &name : QDir(m_corpus).entryList(QDir::Files)) {
        QFile f(QDir(m_corpus).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        HttpResponse r;
        r.headers = {{"Content-Type", "application/xml"}};
        r.body = f.readAll();
        m_http.route("/" + name.toUtf8(), r);
    }

    const QSqlDatabase admin = m_pg.connectAsAdmin(u"admin"_s, u"medtour"_s);
    QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));

    // What a single user's sync of the same corpus stores: the service must store the same.
    const QString single = m_dir.filePath(u"single.sqlite"_s);
    QCOMPARE(cli({u"--db"_s, single, u"sources"_s, u"import"_s, QDir(m_corpus).filePath(u"sources.opml"_s)}).code, 0);
    const CliRun synced = cli({u"--db"_s, single, u"sync"_s, u"--once"_s}, 600000);
    QVERIFY2(synced.code == 0, synced.err.constData());
    m_corpusArticles = cli({u"--db"_s, single, u"stats"_s}).json().object().value(u"articles"_s).toInt();
    QVERIFY(m_corpusArticles >= kFeeds * kItems * 9 / 10);
}

void tst_TeamServer::serverInitIsIdempotent()
{
    const CliRun again = as(u"admin"_s, {u"server"_s, u"init"_s});
    QVERIFY2(again.code == 0, again.err.constData());
    QVERIFY(again.json().object().value(u"schema_version"_s).toInt() >= 1);
    QCOMPARE(again.json().object().value(u"server"_s).toString().contains(u"secret"_s), false); // no password shown
    const CliRun members = as(u"admin"_s, {u"team"_s, u"list"_s});
    QCOMPARE(members.code, 0);
    QHash<QString, QString> roles;
    for (const QJsonValue &v : members.json().array())
        roles.insert(v[u"name"_s].toString(), v[u"role"_s].toString());
    QCOMPARE(roles.value(u"alice"_s), u"reader"_s);
    QCOMPARE(roles.value(u"bob"_s), u"editor"_s);
    QCOMPARE(roles.value(u"svc"_s), u"service"_s);
    // A member cannot make members.
    QVERIFY(as(u"alice"_s, {u"team"_s, u"add-member"_s, u"mallory"_s}).code != 0);
}

void tst_TeamServer::serviceSyncsTheCorpus()
{
    // The team's sources, added by an editor.
    const CliRun imported = as(u"bob"_s, {u"sources"_s, u"import"_s, QDir(m_corpus).filePath(u"sources.opml"_s)});
    QVERIFY2(imported.code == 0, imported.err.constData());

    const QStringList feeds = QDir(m_corpus).entryList({u"*.xml"_s, u"*.atom"_s}, QDir::Files);
    QHash<QString, int> hitsBefore; // the single user's sync in initTestCase fetched each once
    for (const QString &name : feeds)
        hitsBefore.insert(name, m_http.hits("/" + name.toUtf8()));
    QProcess first;
    QProcess second;
    startService(u"svc"_s, &first);
    QVERIFY(first.waitForStarted());
    // The first holds the service lock (an advisory lock) before the second starts.
    QTRY_VERIFY_WITH_TIMEOUT(adminScalar(u"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"_s) > 0, 30000);
    startService(u"svc"_s, &second); // a second service waits while the first syncs
    QVERIFY(second.waitForStarted());
    QElapsedTimer clock;
    clock.start();
    qint64 stored = 0;
    while (clock.elapsed() < 600000) {
        stored = adminScalar(u"SELECT count(*) FROM articles"_s);
        if (stored >= m_corpusArticles && adminScalar(u"SELECT count(*) FROM fetch_log"_s) >= kFeeds)
            break;
        QThread::msleep(500);
    }
    QCOMPARE(stored, qint64(m_corpusArticles));
    QByteArray secondSaid;
    QTRY_VERIFY2_WITH_TIMEOUT((secondSaid += second.readAllStandardError()).contains("another sync service"),
                              qPrintable(QString::fromUtf8(secondSaid) + u" state %1"_s.arg(int(second.state()))),
                              20000);
    ::kill(pid_t(first.processId()), SIGTERM);
    QVERIFY(first.waitForFinished(60000));
    QCOMPARE(first.exitStatus(), QProcess::NormalExit);
    QCOMPARE(first.exitCode(), 0);
    const QJsonObject totals = QJsonDocument::fromJson(first.readAllStandardOutput()).object();
    QVERIFY(totals.value(u"passes"_s).toInt() >= 1);
    QCOMPARE(totals.value(u"added"_s).toInt(), m_corpusArticles);
    // Each feed was fetched once: the waiting service fetched nothing while the first one ran.
    for (const QString &name : feeds)
        QVERIFY2(m_http.hits("/" + name.toUtf8()) - hitsBefore.value(name) == 1, qPrintable(name));
    ::kill(pid_t(second.processId()), SIGTERM);
    QVERIFY(second.waitForFinished(60000));
    QCOMPARE(second.exitCode(), 0);
    // Everything the members read was stored once, with its text, tags and search terms.
    QCOMPARE(adminScalar(u"SELECT count(*) FROM articles a LEFT JOIN article_content c ON c.article_id = a.id "
                         "WHERE c.article_id IS NULL"_s),
             0);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM articles a LEFT JOIN article_search s ON s.article_id = a.id "
                         "WHERE s.article_id IS NULL"_s),
             0);
    QVERIFY(adminScalar(u"SELECT count(*) FROM tags"_s) > 0);
    const CliRun stats = as(u"alice"_s, {u"stats"_s});
    QCOMPARE(stats.code, 0);
    QCOMPARE(stats.json().object().value(u"articles"_s).toInt(), m_corpusArticles);
    // The same tags as the single user's cache holds for the same articles: every value counted alike.
    const CliRun serverFacets = as(u"alice"_s, {u"facets"_s});
    const CliRun cacheFacets = cli({u"--db"_s, m_dir.filePath(u"single.sqlite"_s), u"facets"_s});
    QCOMPARE(serverFacets.code, 0);
    QCOMPARE(cacheFacets.code, 0);
    QVERIFY(!serverFacets.json().object().isEmpty());
    QCOMPARE(serverFacets.json(), cacheFacets.json());
    // Search terms stay in their rows (schema step 3): many are past the 2 KB at which PostgreSQL
    // would otherwise move them out of line, and none went to the TOAST table.
    QVERIFY(adminScalar(u"SELECT count(*) FROM article_search WHERE pg_column_size(tokens) > 2100"_s) > 0);
    QCOMPARE(adminScalar(u"SELECT pg_relation_size(reltoastrelid) FROM pg_class WHERE relname = 'article_search'"_s),
             0);
    // Long article text is compressed with LZ4 (schema step 6), none with pglz.
    QVERIFY(adminScalar(u"SELECT count(*) FROM article_content WHERE pg_column_compression(body_html) = 'lz4'"_s) > 0);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM article_content WHERE pg_column_compression(body_html) = 'pglz' "
                         "OR pg_column_compression(clean_text) = 'pglz'"_s),
             0);
}

void tst_TeamServer::passWithNothingNewWakesNobody()
{
    // Every desktop exchanges when the team server announces a commit: a pass over feeds that had
    // nothing new must announce nothing (it used to, once per batch of feeds).
    QSqlDatabase admin = QSqlDatabase::database(u"admin"_s);
    int announced = 0;
    QObject::connect(
        admin.driver(),
        qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification), this,
        [&announced](const QString &name) { announced += name == u"medtour_changes" ? 1 : 0; });
    QVERIFY(admin.driver()->subscribeToNotification(u"medtour_changes"_s));
    const CliRun pass = as(u"svc"_s, {u"sync"_s, u"--once"_s});
    QVERIFY2(pass.code == 0, pass.err.constData());
    QTest::qWait(1500);
    QCOMPARE(announced, 0);
    // What does change is still announced (the listener hears): a member's note.
    const qint64 id = adminScalar(u"SELECT min(id) FROM articles"_s);
    QCOMPARE(as(u"alice"_s, {u"note"_s, QString::number(id), u"announced"_s}).code, 0);
    QTRY_VERIFY_WITH_TIMEOUT(announced > 0, 10000);
    QCOMPARE(as(u"alice"_s, {u"note"_s, QString::number(id), QString()}).code, 0);
    admin.driver()->unsubscribeFromNotification(u"medtour_changes"_s);
    admin.driver()->disconnect(this);
}

void tst_TeamServer::starsAreOwnNotesAreShared()
{
    const QJsonArray ids = idsOf(as(u"alice"_s, {u"list"_s, u"--limit"_s, u"3"_s}));
    QCOMPARE(ids.size(), 3);
    const QString id = QString::number(ids.at(0).toInteger());
    QCOMPARE(as(u"alice"_s, {u"star"_s, id}).code, 0);
    QCOMPARE(as(u"alice"_s, {u"note"_s, id, u"앨리스의 메모: call the hospital"_s}).code, 0);
    QCOMPARE(idsOf(as(u"alice"_s, {u"list"_s, u"--starred"_s})), QJsonArray{ids.at(0)});
    QCOMPARE(idsOf(as(u"bob"_s, {u"list"_s, u"--starred"_s})), QJsonArray{}); // alice's star is not bob's
    const QJsonObject shown = as(u"bob"_s, {u"show"_s, id}).json().object();
    const QJsonArray notes = shown.value(u"team_notes"_s).toArray();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.at(0)[u"author"_s].toString(), u"alice"_s);
    QCOMPARE(notes.at(0)[u"text"_s].toString(), u"앨리스의 메모: call the hospital"_s);
    QVERIFY(!notes.at(0)[u"updated"_s].toString().isEmpty());
}

void tst_TeamServer::rowLevelSecurity()
{
    const qint64 alices = adminScalar(u"SELECT count(*) FROM member_state WHERE member = 'alice'"_s);
    QVERIFY(alices > 0);
    {
        QSqlDatabase bob = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bob"_s);
        bob.setHostName(u"127.0.0.1"_s);
        bob.setPort(m_pg.port());
        bob.setUserName(u"bob"_s);
        bob.setPassword(u"bob-secret-pw"_s);
        bob.setDatabaseName(u"medtour"_s);
        QVERIFY2(bob.open(), qPrintable(bob.lastError().text()));
        QSqlQuery q(bob);
        QVERIFY(q.exec(u"SELECT count(*) FROM member_state WHERE member = 'alice'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // alice's rows cannot be read
        QVERIFY(q.exec(u"UPDATE member_state SET starred = 0 WHERE member = 'alice'"_s));
        QCOMPARE(q.numRowsAffected(), 0); // nor changed
        QVERIFY(q.exec(u"DELETE FROM member_state"_s));
        QCOMPARE(q.numRowsAffected(), 0);
        QVERIFY(q.exec(u"UPDATE notes SET text = 'bob was here' WHERE member = 'alice'"_s));
        QCOMPARE(q.numRowsAffected(), 0); // notes are read by all, changed by their author only
        QVERIFY(!q.exec(u"INSERT INTO member_state (member, article_id, starred, changed) "
                        "SELECT 'alice', id, 1, 0 FROM articles LIMIT 1"_s)); // not in alice's name
        QVERIFY(!q.exec(u"UPDATE articles SET title = 'defaced'"_s));         // only the service writes articles
        QVERIFY(!q.exec(u"DELETE FROM articles"_s));
        q = QSqlQuery();
        bob.close();
    }
    QSqlDatabase::removeDatabase(u"bob"_s);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM member_state WHERE member = 'alice'"_s), alices);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM notes WHERE text = 'bob was here'"_s), 0);
}

void tst_TeamServer::readerCannotChangeSources()
{
    const QString feed = m_http.url(u"/extra.xml"_s).toString();
    const CliRun reader = as(u"alice"_s, {u"sources"_s, u"add"_s, feed});
    QVERIFY(reader.code != 0);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM sources WHERE url LIKE '%extra.xml'"_s), 0);
    const CliRun editor = as(u"bob"_s, {u"sources"_s, u"add"_s, feed, u"--name"_s, u"Extra"_s});
    QVERIFY2(editor.code == 0, editor.err.constData());
    QCOMPARE(adminScalar(u"SELECT count(*) FROM sources WHERE url LIKE '%extra.xml'"_s), 1);
}

void tst_TeamServer::replicasJoinAndExchange()
{
    const QString a = m_dir.filePath(u"alice.sqlite"_s);
    const QString b = m_dir.filePath(u"carol.sqlite"_s);
    const qint64 onServer = adminScalar(u"SELECT count(*) FROM articles"_s);
    const CliRun joinedA = cli({u"--db"_s, a, u"join"_s, url(u"alice"_s)});
    QVERIFY2(joinedA.code == 0, joinedA.err.constData());
    QCOMPARE(joinedA.json()[u"user"_s].toString(), u"alice"_s);
    QCOMPARE(joinedA.json()[u"pulled"_s].toInteger(), onServer);
    QVERIFY(!joinedA.json()[u"server"_s].toString().contains(u"secret"_s));
    // The second joins with the password in the password file only.
    // The corpus is dated January to October 2026: the days since August 1 bring about a third of
    // it, whatever today is.
    const qint64 days = QDate(2026, 8, 1).daysTo(QDate::currentDate());
    const CliRun joinedB = cli({u"--db"_s, b, u"join"_s, url(u"carol"_s), u"--days"_s, QString::number(days)});
    QVERIFY2(joinedB.code == 0, joinedB.err.constData());
    const qint64 recent = joinedB.json()[u"pulled"_s].toInteger();
    QVERIFY2(recent > onServer / 5 && recent < onServer * 2 / 3,
             qPrintable(QString::number(recent))); // older: next sync
    const CliRun backfill = cli({u"--db"_s, b, u"sync"_s, u"--once"_s});
    QVERIFY2(backfill.code == 0, backfill.err.constData());
    QCOMPARE(recent + backfill.json()[u"pulled"_s].toInteger(), onServer);
    for (const QString &cache : {a, b})
        QCOMPARE(cli({u"--db"_s, cache, u"stats"_s}).json()[u"articles"_s].toInteger(), onServer);
    // Ids are the server's; alice's star from the server came with her join.
    const QJsonArray starred = idsOf(as(u"alice"_s, {u"list"_s, u"--starred"_s}));
    QCOMPARE(idsOf(cli({u"--db"_s, a, u"list"_s, u"--starred"_s})), starred);
    QCOMPARE(idsOf(cli({u"--db"_s, b, u"list"_s, u"--starred"_s})), QJsonArray{});

    // A star and a note on alice's replica reach the server and carol's replica.
    const QJsonArray some = idsOf(cli({u"--db"_s, a, u"list"_s, u"--limit"_s, u"20"_s}));
    const QString id = QString::number(some.at(10).toInteger());
    QCOMPARE(cli({u"--db"_s, a, u"star"_s, id}).code, 0);
    QCOMPARE(cli({u"--db"_s, a, u"note"_s, id, u"from the replica"_s}).code, 0);
    QCOMPARE(cli({u"--db"_s, a, u"team"_s, u"status"_s}).json()[u"pending"_s].toInt(), 2);
    const CliRun pushed = cli({u"--db"_s, a, u"sync"_s, u"--once"_s});
    QVERIFY2(pushed.code == 0, pushed.err.constData());
    QCOMPARE(pushed.json()[u"server"_s].toString(), u"ok"_s);
    QCOMPARE(pushed.json()[u"pushed"_s].toInt(), 2);
    QCOMPARE(pushed.json()[u"pending"_s].toInt(), 0);
    QVERIFY(idsOf(as(u"alice"_s, {u"list"_s, u"--starred"_s})).contains(some.at(10)));
    QCOMPARE(cli({u"--db"_s, b, u"sync"_s, u"--once"_s}).code, 0);
    const QJsonArray notes = cli({u"--db"_s, b, u"show"_s, id}).json()[u"team_notes"_s].toArray();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.at(0)[u"author"_s].toString(), u"alice"_s);
    QCOMPARE(notes.at(0)[u"text"_s].toString(), u"from the replica"_s);
    QVERIFY(!idsOf(cli({u"--db"_s, b, u"list"_s, u"--starred"_s})).contains(some.at(10)));
}

void tst_TeamServer::offlineReplicaKeepsItsChanges()
{
    const QString a = m_dir.filePath(u"alice.sqlite"_s);
    const QString b = m_dir.filePath(u"carol.sqlite"_s);
    const QJsonArray some = idsOf(cli({u"--db"_s, a, u"list"_s, u"--limit"_s, u"30"_s}));
    const QString id = QString::number(some.at(20).toInteger());
    QSqlDatabase::database(u"admin"_s).close();
    QVERIFY(m_pg.stop());
    QCOMPARE(cli({u"--db"_s, a, u"star"_s, id}).code, 0);
    QCOMPARE(cli({u"--db"_s, a, u"note"_s, id, u"written offline"_s}).code, 0);
    QCOMPARE(cli({u"--db"_s, a, u"read"_s, id}).code, 0);
    const CliRun offline = cli({u"--db"_s, a, u"sync"_s, u"--once"_s});
    QCOMPARE(offline.code, 3);
    QCOMPARE(offline.json()[u"server"_s].toString(), u"unreachable"_s);
    QCOMPARE(offline.json()[u"pending"_s].toInt(), 3);
    QVERIFY(!offline.json()[u"error"_s].toString().isEmpty());
    // Offline, the replica still reads, filters and searches.
    QVERIFY(idsOf(cli({u"--db"_s, a, u"list"_s, u"--starred"_s})).contains(some.at(20)));

    QString error;
    QVERIFY2(m_pg.restart(&error), qPrintable(error));
    QVERIFY(QSqlDatabase::database(u"admin"_s).open());
    const CliRun online = cli({u"--db"_s, a, u"sync"_s, u"--once"_s});
    QVERIFY2(online.code == 0, online.err.constData());
    QCOMPARE(online.json()[u"pushed"_s].toInt(), 3);
    QCOMPARE(online.json()[u"pending"_s].toInt(), 0);
    QCOMPARE(cli({u"--db"_s, a, u"sync"_s, u"--once"_s}).json()[u"pushed"_s].toInt(), 0); // exactly once
    QCOMPARE(adminScalar(u"SELECT count(*) FROM notes WHERE member = 'alice' AND text = 'written offline'"_s), 1);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM member_state WHERE member = 'alice' AND starred = 1 AND read = 1 "
                         "AND article_id = "_s +
                         id),
             1);
    QCOMPARE(cli({u"--db"_s, b, u"sync"_s, u"--once"_s}).code, 0);
    const QJsonArray notes = cli({u"--db"_s, b, u"show"_s, id}).json()[u"team_notes"_s].toArray();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.at(0)[u"text"_s].toString(), u"written offline"_s);
}

void tst_TeamServer::singleUserCacheJoinsAndKeepsItsMarks()
{
    // bob's own cache from before the team: two feeds the team also has, and the sample it does not.
    const QString cache = m_dir.filePath(u"bob-before.sqlite"_s);
    const QStringList feeds = QDir(m_corpus).entryList({u"*.xml"_s}, QDir::Files, QDir::Name).mid(0, 2);
    QCOMPARE(feeds.size(), 2);
    for (const QString &feed : feeds)
        QVERIFY(cli({u"--db"_s, cache, u"sources"_s, u"add"_s, m_http.url(u"/"_s + feed).toString()}).code == 0);
    QCOMPARE(cli({u"--db"_s, cache, u"sync"_s, u"--once"_s}).code, 0);
    QCOMPARE(cli({u"--db"_s, cache, u"ingest"_s, TestData::sampleFeed()}).code, 0);
    const QJsonArray before = cli({u"--db"_s, cache, u"list"_s, u"--limit"_s, u"500"_s}).json().array();
    QVERIFY(before.size() > 100);
    QStringList starredTitles;
    QString notedTitle;
    for (int i = 0; i < before.size(); i += 25) {
        const QJsonObject row = before.at(i).toObject();
        QCOMPARE(cli({u"--db"_s, cache, u"star"_s, QString::number(row[u"id"_s].toInteger())}).code, 0);
        starredTitles << row[u"title"_s].toString();
    }
    notedTitle = before.at(3)[u"title"_s].toString();
    QCOMPARE(cli({u"--db"_s, cache, u"note"_s, QString::number(before.at(3)[u"id"_s].toInteger()), u"mine"_s}).code, 0);

    const CliRun joined = cli({u"--db"_s, cache, u"join"_s, url(u"bob"_s)});
    QVERIFY2(joined.code == 0, joined.err.constData());
    QCOMPARE(joined.json()[u"pending"_s].toInt(), 0); // what matched the team's articles was pushed
    QStringList after;
    for (const QJsonValue &v :
         cli({u"--db"_s, cache, u"list"_s, u"--starred"_s, u"--limit"_s, u"500"_s}).json().array())
        after << v[u"title"_s].toString();
    starredTitles.sort();
    after.sort();
    QCOMPARE(after, starredTitles); // every star kept, the team's articles and the sample's alike
    // The sample's articles are not the team's: they stay as local ones (negative ids, so that they
    // never meet a server id; `--` before one on the command line).
    const CliRun search = cli({u"--db"_s, cache, u"list"_s, u"--limit"_s, u"5000"_s});
    bool noteKept = false;
    for (const QJsonValue &v : search.json().array()) {
        if (v[u"title"_s].toString() == notedTitle) {
            const QJsonObject shown =
                cli({u"--db"_s, cache, u"show"_s, u"--"_s, QString::number(v[u"id"_s].toInteger())}).json().object();
            noteKept = shown.value(u"note"_s).toString() == u"mine"_s;
        }
    }
    QVERIFY(noteKept);
    // The stars on the team's articles are bob's on the server now.
    QVERIFY(idsOf(as(u"bob"_s, {u"list"_s, u"--starred"_s, u"--limit"_s, u"500"_s})).size() > 0);
}

void tst_TeamServer::killedServiceLosesNothing()
{
    // Feeds that change between runs, so that every run of the service has something to write.
    QAtomicInt version = 1;
    const QString opml = m_dir.filePath(u"kill.opml"_s);
    QFile f(opml);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<?xml version=\"1.0\"?><opml version=\"2.0\"><body>");
    for (int n = 0; n < 12; ++n) {
        const QByteArray path = "/kill" + QByteArray::number(n) + ".xml";
        m_http.route(path, [n, &version](const HttpRequest &) {
            HttpResponse r;
            r.headers = {{"Content-Type", "application/rss+xml"}};
            QByteArray body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kill " +
                              QByteArray::number(n) + "</title>";
            const int v = version.loadRelaxed();
            for (int i = 0; i < 40 * v; ++i)
                body += "<item><title>Kill feed " + QByteArray::number(n) + " item " + QByteArray::number(i) +
                        "</title><link>http://127.0.0.1/kill/" + QByteArray::number(n) + "/" + QByteArray::number(i) +
                        "</link><description>Medical tourism news " + QByteArray::number(i) +
                        " 의료관광</description></item>";
            body += "</channel></rss>";
            r.body = body;
            r.delayMs = 20 * (n % 4);
            return r;
        });
        f.write("<outline type=\"rss\" text=\"Kill " + QByteArray::number(n) + "\" xmlUrl=\"" +
                m_http.url(QString::fromLatin1(path)).toEncoded() + "\"/>");
    }
    f.write("</body></opml>");
    f.close();
    QCOMPARE(as(u"bob"_s, {u"sources"_s, u"import"_s, opml}).code, 0);

    for (int kill = 0; kill < 20; ++kill) {
        version.storeRelaxed(1 + kill % 5);
        QProcess service;
        startService(u"svc"_s, &service);
        QVERIFY(service.waitForStarted());
        QThread::msleep(200 + QRandomGenerator::global()->bounded(1200));
        ::kill(pid_t(service.processId()), SIGKILL);
        QVERIFY(service.waitForFinished(30000));
        // No half batch: every article the server shows has its text and its search terms.
        QCOMPARE(adminScalar(u"SELECT count(*) FROM articles a LEFT JOIN article_content c ON c.article_id = a.id "
                             "WHERE c.article_id IS NULL"_s),
                 0);
        QCOMPARE(adminScalar(u"SELECT count(*) FROM articles a LEFT JOIN article_search s ON s.article_id = a.id "
                             "WHERE s.article_id IS NULL"_s),
                 0);
    }
    // A clean pass after the last kill brings every item, each once.
    version.storeRelaxed(5);
    const CliRun pass = as(u"svc"_s, {u"sync"_s, u"--once"_s});
    QVERIFY2(pass.code == 0, pass.err.constData());
    QCOMPARE(adminScalar(u"SELECT count(*) FROM articles WHERE url LIKE 'http://127.0.0.1/kill/%'"_s), 12 * 200);
    QCOMPARE(adminScalar(u"SELECT count(*) - count(DISTINCT url) FROM articles"_s), 0);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"_s), 0); // no lock left behind
}

void tst_TeamServer::removalKeepsWhatAnyMemberStarred()
{
    // An editor removes one of the kill test's sources. The article on it that a reader starred
    // stays, on the source that keeps such articles, and stays starred for her; the rest go. The
    // removal runs as the tables' owner, the admin, who is not a superuser here (PgServer): row-level
    // security binds it as on a server set up as the README says.
    const QString onSource = u"FROM articles WHERE source_id = (SELECT id FROM sources WHERE url LIKE '%/kill0.xml')"_s;
    const qint64 starred = adminScalar(u"SELECT min(id) "_s + onSource);
    const qint64 others = adminScalar(u"SELECT count(*) "_s + onSource) - 1;
    QVERIFY(starred > 0 && others > 0);
    QCOMPARE(as(u"carol"_s, {u"star"_s, QString::number(starred)}).code, 0);
    const qint64 articles = adminScalar(u"SELECT count(*) FROM articles"_s);
    const qint64 source = adminScalar(u"SELECT id FROM sources WHERE url LIKE '%/kill0.xml'"_s);
    // What the service derived from each article (no foreign key ties it to the article: schema 5).
    const QStringList derived{u"article_content"_s, u"tags"_s, u"article_search"_s, u"article_signatures"_s};
    const auto orphans = [this](const QString &table) {
        return adminScalar(u"SELECT count(*) FROM %1 d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = "
                           "d.article_id)"_s.arg(table));
    };
    for (const QString &table : derived) {
        if (table != u"tags") // the kill test's articles have none
            QVERIFY2(adminScalar(u"SELECT count(*) FROM %1 WHERE article_id IN (SELECT id %2)"_s.arg(table, onSource)) >
                         0,
                     qPrintable(table));
        QCOMPARE(orphans(table), 0);
    }
    const CliRun removed = as(u"bob"_s, {u"sources"_s, u"remove"_s, QString::number(source)});
    QVERIFY2(removed.code == 0, removed.err.constData());
    QCOMPARE(removed.json().object().value(u"kept_starred"_s).toInt(), 1);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM articles WHERE id = %1 AND source_id <> %2"_s.arg(starred).arg(source)),
             1);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM articles"_s), articles - others);
    for (const QString &table : derived) // they went with their articles
        QCOMPARE(orphans(table), 0);
    // An article with tags deleted on its own (as pruning does): everything derived from it goes too.
    const qint64 tagged = adminScalar(u"SELECT min(article_id) FROM tags"_s);
    QVERIFY(tagged > 0);
    QCOMPARE(
        adminScalar(u"WITH d AS (DELETE FROM articles WHERE id = %1 RETURNING 1) SELECT count(*) FROM d"_s.arg(tagged)),
        1);
    for (const QString &table : derived) {
        QCOMPARE(adminScalar(u"SELECT count(*) FROM %1 WHERE article_id = %2"_s.arg(table).arg(tagged)), 0);
        QCOMPARE(orphans(table), 0);
    }
    QVERIFY(idsOf(as(u"carol"_s, {u"list"_s, u"--starred"_s})).contains(QJsonValue(starred)));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const int skip = PgServer::skipUnlessInstalled(); skip >= 0)
        return skip;
    tst_TeamServer test;
    return QTest::qExec(&test, argc, argv);
}
