// SPDX-License-Identifier: GPL-3.0-or-later
// An editor's changes of the team's sources from a joined desktop, against a real PostgreSQL
// (PgServer): through SyncController (the sync thread's ReplicaLink and the server-side
// SourceRepository) each change is made on the server and pulled back into the replica; a reader's
// forced attempt is refused by the server with Error::Denied; an editor demoted meanwhile is refused
// and the replica takes the part the server says; a stopped server changes nothing anywhere.
#include "clirun.h"
#include "pgserver.h"
#include "storage/database.h"
#include "storage/replicarepository.h"
#include "storage/sourcerepository.h"
#include "sync/synccontroller.h"
#include "sync/teamsourcechange.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

/// One row of the server's sources table, as the admin reads it.
struct ServerSource
{
    bool exists = false;
    QString name;
    QString url;
    bool enabled = false;
    int interval = 0;
    QString folder;
};

} // namespace

class tst_TeamSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editorAddsEditsDisablesAndRemoves();
    void readerIsRefusedByTheServer();
    void demotedEditorIsRefusedAndTakesTheNewPart();
    void unreachableServerChangesNothing();

private:
    CliRun cli(const QStringList &args) const;
    QString url(const QString &member) const { return m_pg.url(member, member + u"-pw"_s, u"medtour"_s); }
    /// A new cache joined to the team as `member` (through the controller, as the reader does).
    QString joinedCache(const QString &member);
    /// The change made through `controller`, and its answer.
    TeamSourceResult change(SyncController &controller, TeamSourceChange::Kind kind, const Source &source);
    ServerSource serverSource(qint64 id) const;
    qint64 serverCount() const;

    QTemporaryDir m_dir;
    PgServer m_pg;
    QProcessEnvironment m_env;
    qint64 m_teamSource = 0; ///< a source an editor added with the command line
    quint64 m_ticket = 0;
};

CliRun tst_TeamSources::cli(const QStringList &args) const
{
    CliOptions options;
    options.environment = m_env;
    return runCli(args, options);
}

void tst_TeamSources::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // This process joins: its password file is the test's.
    qputenv("MEDTOUR_CREDENTIALS", m_dir.filePath(u"credentials.pgpass"_s).toLocal8Bit());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"MEDTOUR_CREDENTIALS"_s, m_dir.filePath(u"credentials.pgpass"_s));
    m_env.remove(u"MEDTOUR_SERVER"_s);
    CliOptions options;
    options.environment = m_env;
    const QString failed =
        m_pg.startTeam({{u"minji"_s, u"--editor"_s}, {u"junho"_s, u"--editor"_s}, {u"daniyar"_s, {}}}, m_dir.path(),
                       u"-pw"_s, options);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const CliRun added = cli({u"--server"_s, url(u"minji"_s), u"sources"_s, u"add"_s, u"http://127.0.0.1:9/team.xml"_s,
                              u"--name"_s, u"Team outlet"_s});
    QVERIFY2(added.code == 0, added.err.constData());
    m_teamSource = added.json().object().value(u"id"_s).toInteger();
    QVERIFY(m_teamSource > 0);

    const QSqlDatabase db = m_pg.connectAsAdmin(u"admin"_s, u"medtour"_s);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
}

QString tst_TeamSources::joinedCache(const QString &member)
{
    const QString path = m_dir.filePath(member + u".sqlite"_s);
    SyncController controller(path);
    QSignalSpy finished(&controller, &SyncController::syncFinished);
    controller.joinTeam(url(member));
    if (!finished.wait(60000))
        return {};
    const SyncReport report = finished.constFirst().constFirst().value<SyncReport>();
    if (!report.team.joined || !report.team.error.isEmpty()) {
        qWarning("join as %s: %s", qPrintable(member), qPrintable(report.team.error));
        return {};
    }
    return path;
}

TeamSourceResult tst_TeamSources::change(SyncController &controller, TeamSourceChange::Kind kind, const Source &source)
{
    TeamSourceChange change;
    change.kind = kind;
    change.source = source;
    change.ticket = ++m_ticket;
    QSignalSpy answered(&controller, &SyncController::teamSourceChanged);
    controller.changeTeamSource(change);
    if (!answered.wait(60000))
        return {};
    const TeamSourceResult result = answered.constFirst().constFirst().value<TeamSourceResult>();
    if (result.change.ticket != change.ticket)
        qWarning("the answer is to another change");
    return result;
}

ServerSource tst_TeamSources::serverSource(qint64 id) const
{
    QSqlDatabase db = QSqlDatabase::database(u"admin"_s);
    QSqlQuery q(db);
    q.prepare(u"SELECT name, url, enabled, interval_minutes, folder FROM sources WHERE id = ?"_s);
    q.addBindValue(id);
    ServerSource s;
    if (!q.exec()) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return s;
    }
    if (!q.next())
        return s;
    s.exists = true;
    s.name = q.value(0).toString();
    s.url = q.value(1).toString();
    s.enabled = q.value(2).toInt() != 0;
    s.interval = q.value(3).toInt();
    s.folder = q.value(4).toString();
    return s;
}

qint64 tst_TeamSources::serverCount() const
{
    QSqlQuery q(QSqlDatabase::database(u"admin"_s));
    return q.exec(u"SELECT count(*) FROM sources"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

void tst_TeamSources::editorAddsEditsDisablesAndRemoves()
{
    const QString path = joinedCache(u"minji"_s);
    QVERIFY(!path.isEmpty());
    Database cache(u"test-minji"_s);
    QVERIFY(!cache.open(path));
    QCOMPARE(ReplicaRepository::info(cache).role, u"editor"_s);
    SourceRepository replica(cache);
    SyncController controller(path);

    // Add: the server gives the id, and the replica holds the same row under it.
    Source added;
    added.url = QUrl(u"http://127.0.0.1:9/clinics.xml"_s);
    added.name = u"Clinic news"_s;
    const TeamSourceResult add = change(controller, TeamSourceChange::Kind::Add, added);
    QVERIFY2(!add.error, qPrintable(add.error.detail));
    QVERIFY(add.sourceId > 0);
    QVERIFY(add.team.reached);
    QCOMPARE(add.team.role, u"editor"_s);
    ServerSource onServer = serverSource(add.sourceId);
    QVERIFY(onServer.exists);
    QCOMPARE(onServer.name, u"Clinic news"_s);
    QCOMPARE(onServer.url, added.url.toString());
    Result<Source> here = replica.byId(add.sourceId);
    QVERIFY2(here.ok(), qPrintable(here.error().detail));
    QCOMPARE(here->url, added.url);
    QCOMPARE(here->name, u"Clinic news"_s);

    // Edit: what the edit dialog changes, on that row.
    Source edited = *here;
    edited.name = u"클리닉 뉴스"_s;
    edited.intervalMinutes = 180;
    edited.folder = u"News/Korea"_s;
    const TeamSourceResult edit = change(controller, TeamSourceChange::Kind::Edit, edited);
    QVERIFY2(!edit.error, qPrintable(edit.error.detail));
    onServer = serverSource(add.sourceId);
    QCOMPARE(onServer.name, u"클리닉 뉴스"_s);
    QCOMPARE(onServer.interval, 180);
    QCOMPARE(onServer.folder, u"News/Korea"_s);
    here = replica.byId(add.sourceId);
    QCOMPARE(here->name, u"클리닉 뉴스"_s);
    QCOMPARE(here->intervalMinutes, 180);
    QCOMPARE(here->folder, u"News/Korea"_s);

    // Disable, then enable again.
    Source off = *here;
    off.enabled = false;
    const TeamSourceResult disable = change(controller, TeamSourceChange::Kind::SetEnabled, off);
    QVERIFY2(!disable.error, qPrintable(disable.error.detail));
    QVERIFY(!serverSource(add.sourceId).enabled);
    QVERIFY(!replica.byId(add.sourceId)->enabled);
    off.enabled = true;
    QVERIFY(!change(controller, TeamSourceChange::Kind::SetEnabled, off).error);
    QVERIFY(serverSource(add.sourceId).enabled);
    QVERIFY(replica.byId(add.sourceId)->enabled);

    // A second source with the same address: the server says no, nothing is added.
    const qint64 before = serverCount();
    const TeamSourceResult twice = change(controller, TeamSourceChange::Kind::Add, added);
    QCOMPARE(twice.error.code, Error::InvalidInput);
    QCOMPARE(serverCount(), before);

    // Remove: gone on the server, and from the replica with the exchange.
    const TeamSourceResult removed = change(controller, TeamSourceChange::Kind::Remove, *here);
    QVERIFY2(!removed.error, qPrintable(removed.error.detail));
    QVERIFY(!serverSource(add.sourceId).exists);
    QCOMPARE(replica.byId(add.sourceId).error().code, Error::NotFound);

    // Removed meanwhile (here: already): the server says so, and nothing else happens.
    QCOMPARE(change(controller, TeamSourceChange::Kind::Edit, edited).error.code, Error::NotFound);
}

void tst_TeamSources::readerIsRefusedByTheServer()
{
    const QString path = joinedCache(u"daniyar"_s);
    QVERIFY(!path.isEmpty());
    Database cache(u"test-daniyar"_s);
    QVERIFY(!cache.open(path));
    QCOMPARE(ReplicaRepository::info(cache).role, u"reader"_s);
    const qint64 before = serverCount();
    SyncController controller(path);

    // The dialog would not offer it; asked anyway, the server refuses each kind of change.
    Source feed;
    feed.url = QUrl(u"http://127.0.0.1:9/reader.xml"_s);
    feed.name = u"Reader's pick"_s;
    const TeamSourceResult add = change(controller, TeamSourceChange::Kind::Add, feed);
    QCOMPARE(add.error.code, Error::Denied);
    QVERIFY2(add.error.detail.contains(u"permission denied"_s), qPrintable(add.error.detail));
    QVERIFY(add.team.reached);
    QCOMPARE(add.team.role, u"reader"_s);
    QCOMPARE(serverCount(), before);

    Result<Source> team = SourceRepository(cache).byId(m_teamSource);
    QVERIFY(team.ok());
    Source off = *team;
    off.enabled = false;
    QCOMPARE(change(controller, TeamSourceChange::Kind::SetEnabled, off).error.code, Error::Denied);
    QCOMPARE(change(controller, TeamSourceChange::Kind::Edit, off).error.code, Error::Denied);
    QCOMPARE(change(controller, TeamSourceChange::Kind::Remove, off).error.code, Error::Denied);
    QVERIFY(serverSource(m_teamSource).enabled);
    QVERIFY(SourceRepository(cache).byId(m_teamSource)->enabled);
    QCOMPARE(serverCount(), before);
}

void tst_TeamSources::demotedEditorIsRefusedAndTakesTheNewPart()
{
    const QString path = joinedCache(u"junho"_s);
    QVERIFY(!path.isEmpty());
    Database cache(u"test-junho"_s);
    QVERIFY(!cache.open(path));
    QCOMPARE(ReplicaRepository::info(cache).role, u"editor"_s);
    SyncController controller(path);

    // The admin makes junho a reader while his reader still thinks he is an editor.
    const QString admin = m_pg.adminUrl(u"medtour"_s);
    QCOMPARE(cli({u"--server"_s, admin, u"team"_s, u"add-member"_s, u"junho"_s}).code, 0);
    Source off = *SourceRepository(cache).byId(m_teamSource);
    off.enabled = false;
    const TeamSourceResult refused = change(controller, TeamSourceChange::Kind::SetEnabled, off);
    QCOMPARE(refused.error.code, Error::Denied);
    QCOMPARE(refused.team.role, u"reader"_s);                   // the answer carries the new part …
    QCOMPARE(ReplicaRepository::info(cache).role, u"reader"_s); // … and the replica keeps it
    QVERIFY(serverSource(m_teamSource).enabled);

    // Made an editor again: the next plain exchange brings the part back.
    QCOMPARE(cli({u"--server"_s, admin, u"team"_s, u"add-member"_s, u"junho"_s, u"--editor"_s}).code, 0);
    QSignalSpy finished(&controller, &SyncController::syncFinished);
    controller.syncDue();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().constFirst().value<SyncReport>().team.role, u"editor"_s);
    QCOMPARE(ReplicaRepository::info(cache).role, u"editor"_s);
}

void tst_TeamSources::unreachableServerChangesNothing()
{
    const QString path = m_dir.filePath(u"minji.sqlite"_s); // joined by the first test
    Database cache(u"test-offline"_s);
    QVERIFY(!cache.open(path));
    SourceRepository replica(cache);
    const int sourcesBefore = *replica.count();
    const ReplicaInfo infoBefore = ReplicaRepository::info(cache);
    const qint64 serverBefore = serverCount();
    SyncController controller(path);

    QVERIFY(m_pg.stop());
    Source feed;
    feed.url = QUrl(u"http://127.0.0.1:9/offline.xml"_s);
    feed.name = u"Added offline"_s;
    const TeamSourceResult add = change(controller, TeamSourceChange::Kind::Add, feed);
    QCOMPARE(add.error.code, Error::Network);
    QVERIFY(!add.team.reached);
    QCOMPARE(add.team.role, u"editor"_s); // no answer: the part stays as it was
    Source off = *replica.byId(m_teamSource);
    off.enabled = false;
    QCOMPARE(change(controller, TeamSourceChange::Kind::SetEnabled, off).error.code, Error::Network);
    QCOMPARE(*replica.count(), sourcesBefore);
    QVERIFY(replica.byId(m_teamSource)->enabled);
    QCOMPARE(replica.byUrl(feed.url).error().code, Error::NotFound);
    QCOMPARE(ReplicaRepository::info(cache).change, infoBefore.change);
    QCOMPARE(ReplicaRepository::info(cache).role, u"editor"_s);

    QString error;
    QVERIFY2(m_pg.restart(&error), qPrintable(error));
    QSqlDatabase admin = QSqlDatabase::database(u"admin"_s, false);
    admin.close();
    QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
    QCOMPARE(serverCount(), serverBefore);
    QVERIFY(serverSource(m_teamSource).enabled);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const int skip = PgServer::skipUnlessInstalled(); skip >= 0)
        return skip;
    tst_TeamSources test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teamsources.moc"
