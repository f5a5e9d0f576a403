// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduled reports and mail settings on a team server (server schema step 2), against a real
// PostgreSQL (PgServer) with medtour-cli as a child process and a real SMTP server (smtpsink.py):
// the step on a fresh and on a step-1 server, each member's own profiles (row-level security with
// plain SQL), runs that render the server's articles into the member's folder, run-due of several
// members at once, mail settings without a password on the server, and a member who leaves.
#include "clirun.h"
#include "pgserver.h"
#include "reporttestutil.h"
#include "testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

constexpr int kItems = 6;
/// The team schema's latest step (app/storage/sql/postgres/): `server init` migrates to it.
constexpr int kSchemaVersion = 7;
const QString kMailSecret = u"s3cret:mail-pass"_s;

QSet<QString> keysOf(const QJsonObject &o)
{
    const QStringList keys = o.keys();
    return {keys.cbegin(), keys.cend()};
}

QStringList namesOf(const QJsonArray &profiles)
{
    QStringList names;
    for (const QJsonValue &v : profiles)
        names << v[u"name"_s].toString();
    return names;
}

} // namespace

class tst_TeamReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverInitAddsReportsIdempotently();
    void stepOneServerIsMigrated();
    void eachMemberSeesOwnProfiles();
    void plainSqlCannotReachOthersProfiles();
    void runRendersTheServersArticles();
    void mailSettingsKeepNoPasswordOnTheServer();
    void runDueOfSeveralMembersAtOnce();
    void leavingMemberTakesTheirReports();

private:
    QProcessEnvironment envOf(const QString &member) const;
    QString url(const QString &member, const QString &database = u"medtour"_s) const;
    CliRun as(const QString &member, const QStringList &args) const;
    void startAs(const QString &member, const QStringList &args, QProcess *process) const;
    QSqlDatabase connectAs(const QString &member, const QString &database = u"medtour"_s) const;
    /// A value read as the cluster's superuser, who sees every member's rows.
    qint64 adminScalar(const QString &sql) const;
    QString feedXml() const;

    QTemporaryDir m_dir;
    PgServer m_pg;
    TestHttpServer m_http;
    QStringList m_titles;
};

QProcessEnvironment tst_TeamReports::envOf(const QString &member) const
{
    // Each member on a computer of their own: their own password file and data folder.
    QProcessEnvironment env = TestHttpServer::environmentWithoutProxy();
    env.insert(u"MEDTOUR_CREDENTIALS"_s, m_dir.filePath(member + u".pgpass"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(member + u"/config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(member + u"/data"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
    env.remove(u"MEDTOUR_SERVER"_s);
    return env;
}

QString tst_TeamReports::url(const QString &member, const QString &database) const
{
    return member == u"admin" ? m_pg.adminUrl(database) : m_pg.url(member, member + u"-secret-pw"_s, database);
}

CliRun tst_TeamReports::as(const QString &member, const QStringList &args) const
{
    CliOptions options;
    options.environment = envOf(member);
    options.timeoutMs = 180000;
    return runCli(QStringList{u"--server"_s, url(member)} + args, options);
}

void tst_TeamReports::startAs(const QString &member, const QStringList &args, QProcess *process) const
{
    process->setProcessEnvironment(envOf(member));
    process->start(cliPath(), QStringList{u"--server"_s, url(member)} + args);
}

QSqlDatabase tst_TeamReports::connectAs(const QString &member, const QString &database) const
{
    const QString name = member + u'@' + database;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(u"127.0.0.1"_s);
    db.setPort(m_pg.port());
    // "super" is the cluster's superuser, whom row-level security does not bind: the tests look at
    // every member's rows through it. The team's admin is bound like any member.
    db.setUserName(member == u"admin" ? PgServer::adminUser() : member == u"super" ? PgServer::superUser() : member);
    db.setPassword(member == u"admin" || member == u"super" ? m_pg.adminPassword() : member + u"-secret-pw"_s);
    db.setDatabaseName(database);
    if (!db.open())
        qWarning("cannot connect as %s: %s", qPrintable(member), qPrintable(db.lastError().text()));
    return db;
}

qint64 tst_TeamReports::adminScalar(const QString &sql) const
{
    QSqlQuery q(connectAs(u"super"_s));
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

QString tst_TeamReports::feedXml() const
{
    QString xml = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                  "<title>Team Desk</title><link>https://desk.example.org/</link>"_s;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_titles.size(); ++i) {
        xml += u"<item><title>%1</title><link>https://desk.example.org/a/%2</link><guid>desk-%2</guid>"
               "<pubDate>%3</pubDate><description>대전시는 카자흐스탄 의료관광객 유치를 위해 설명회를 "
               "열었다.</description>"
               "</item>"_s.arg(m_titles.at(i).toHtmlEscaped())
                   .arg(i)
                   .arg(now.addSecs(-600 * (i + 1)).toString(Qt::RFC2822Date));
    }
    return xml + u"</channel></rss>"_s;
}

void tst_TeamReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    using Medtour::ReportTest::run;
    using Medtour::ReportTest::systemPython;
    if (systemPython().isEmpty() || run(systemPython(), {u"-c"_s, u"import aiosmtpd"_s}).exitCode != 0)
        QFAIL("python3-aiosmtpd is needed (see .ci/debian-packages.txt)");
    CliOptions options;
    options.environment = envOf(u"admin"_s);
    options.timeoutMs = 180000;
    const QString failed = m_pg.startTeam({{u"alice"_s, {}}, {u"bob"_s, u"--editor"_s}, {u"svc"_s, u"--service"_s}},
                                          m_dir.path(), u"-secret-pw"_s, options);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(connectAs(u"admin"_s).isOpen());

    // A few articles on the server, the way the team gets them: an editor adds the source and the
    // sync service fetches it.
    for (int i = 1; i <= kItems; ++i)
        m_titles << u"Team clipping %1 대전 카자흐스탄 환자 유치"_s.arg(i);
    HttpResponse feed;
    feed.headers = {{"Content-Type", "application/rss+xml"}};
    feed.body = feedXml().toUtf8();
    m_http.route("/desk.xml", feed);
    const CliRun added = as(u"bob"_s, {u"sources"_s, u"add"_s, m_http.url(u"/desk.xml"_s).toString()});
    QVERIFY2(added.code == 0, added.err.constData());
    const CliRun synced = as(u"svc"_s, {u"sync"_s, u"--once"_s});
    QVERIFY2(synced.code == 0, synced.err.constData());
    QCOMPARE(adminScalar(u"SELECT count(*) FROM articles"_s), qint64(kItems));
}

void tst_TeamReports::serverInitAddsReportsIdempotently()
{
    for (int i = 0; i < 2; ++i) {
        const CliRun again = as(u"admin"_s, {u"server"_s, u"init"_s});
        QVERIFY2(again.code == 0, again.err.constData());
        QCOMPARE(again.json().object().value(u"schema_version"_s).toInt(), kSchemaVersion);
    }
    QCOMPARE(adminScalar(u"SELECT value::int FROM meta WHERE key = 'schema_version'"_s), kSchemaVersion);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM pg_class WHERE relname IN ('report_profiles', 'report_seen', "
                         "'mail_settings') AND relrowsecurity AND relforcerowsecurity"_s),
             3);
    // The members are still there, with their parts.
    QCOMPARE(as(u"admin"_s, {u"team"_s, u"list"_s}).json().array().size(), 4);
}

void tst_TeamReports::stepOneServerIsMigrated()
{
    // A server made by the previous release: schema step 1 only, with a member's marks on it.
    QString error;
    QVERIFY2(m_pg.createDatabase(u"legacy"_s, &error), qPrintable(error));
    QSqlDatabase legacy = connectAs(u"admin"_s, u"legacy"_s);
    QVERIFY(legacy.isOpen());
    QFile step1(QStringLiteral(MEDTOUR_POSTGRES_SQL_DIR "/001_team.sql"));
    QVERIFY(step1.open(QIODevice::ReadOnly));
    QVERIFY(legacy.transaction());
    QSqlQuery q(legacy);
    QVERIFY2(q.exec(QString::fromUtf8(step1.readAll())), qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(u"INSERT INTO meta (key, value) VALUES ('schema_version', '1')"_s),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(u"INSERT INTO team (name, role, added) VALUES (current_user, 'admin', 0)"_s),
             qPrintable(q.lastError().text()));
    QVERIFY(legacy.commit());

    const QStringList onLegacy{u"--server"_s, url(u"admin"_s, u"legacy"_s)};
    CliOptions options;
    options.environment = envOf(u"admin"_s);
    // Before the admin migrates it, this build says what to do.
    const CliRun early = runCli(onLegacy + QStringList{u"reports"_s, u"list"_s}, options);
    QVERIFY(early.code != 0);
    QVERIFY2(early.err.contains("server init"), early.err.constData());
    for (int i = 0; i < 2; ++i) {
        const CliRun init = runCli(onLegacy + QStringList{u"server"_s, u"init"_s}, options);
        QVERIFY2(init.code == 0, init.err.constData());
        QCOMPARE(init.json().object().value(u"schema_version"_s).toInt(), kSchemaVersion);
    }
    // Step 3 keeps search terms in their rows.
    QSqlQuery catalog(legacy);
    QVERIFY(catalog.exec(u"SELECT array_to_string(reloptions, ',') FROM pg_class WHERE relname = 'article_search'"_s) &&
            catalog.next());
    QCOMPARE(catalog.value(0).toString(), u"toast_tuple_target=8160"_s);
    // Step 4 lets the tables' owner read every member's marks (what removes articles keeps the starred).
    QVERIFY(catalog.exec(u"SELECT count(*) FROM pg_policies WHERE tablename = 'member_state' AND "
                         "policyname = 'owner_reads_state' AND cmd = 'SELECT'"_s) &&
            catalog.next());
    QCOMPARE(catalog.value(0).toInt(), 1);
    const CliRun added =
        runCli(onLegacy + QStringList{u"reports"_s, u"add"_s, u"Weekly"_s, u"--every"_s, u"weekly:mon"_s}, options);
    QVERIFY2(added.code == 0, added.err.constData());
    const CliRun listed = runCli(onLegacy + QStringList{u"reports"_s, u"list"_s}, options);
    QCOMPARE(namesOf(listed.json().array()), QStringList{u"Weekly"_s});
    legacy.close();
}

void tst_TeamReports::eachMemberSeesOwnProfiles()
{
    const QString aliceOut = m_dir.filePath(u"alice-out"_s);
    CliRun r =
        as(u"alice"_s, {u"reports"_s, u"add"_s, u"Morning"_s, u"--every"_s, u"daily"_s, u"--at"_s, u"07:00"_s,
                        u"--format"_s, u"csv,pdf"_s, u"--folder"_s, aliceOut, u"--title"_s, u"Alice's clipping"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    // The same name is another member's own business.
    // (Bob's searches: a profile's search text runs as a tsquery on the server.)
    r = as(u"bob"_s, {u"reports"_s, u"add"_s, u"Morning"_s, u"--format"_s, u"csv"_s, u"--query"_s, u"clipping"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    r = as(u"bob"_s, {u"reports"_s, u"add"_s, u"Evening"_s, u"--format"_s, u"csv"_s, u"--at"_s, u"18:00"_s});
    QVERIFY2(r.code == 0, r.err.constData());

    const QJsonArray alices = as(u"alice"_s, {u"reports"_s, u"list"_s}).json().array();
    QCOMPARE(namesOf(alices), QStringList{u"Morning"_s});
    QCOMPARE(alices.at(0)[u"title"_s].toString(), u"Alice's clipping"_s);
    QCOMPARE(namesOf(as(u"bob"_s, {u"reports"_s, u"list"_s}).json().array()),
             (QStringList{u"Evening"_s, u"Morning"_s}));
    // The team's admin (the tables' owner) lists only its own.
    QCOMPARE(as(u"admin"_s, {u"reports"_s, u"list"_s}).json().array(), QJsonArray());

    // Names are unique per member; nobody removes or runs another member's profile by name.
    r = as(u"alice"_s, {u"reports"_s, u"add"_s, u"Morning"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("exists already"), r.err.constData());
    r = as(u"alice"_s, {u"reports"_s, u"remove"_s, u"Evening"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("no report named 'Evening'"), r.err.constData());
    QCOMPARE(as(u"alice"_s, {u"reports"_s, u"run"_s, u"Evening"_s}).code, 1);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM report_profiles WHERE owner = 'bob'"_s), 2);
    // The sync service keeps no reports.
    QVERIFY(as(u"svc"_s, {u"reports"_s, u"add"_s, u"Service"_s}).code != 0);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM report_profiles WHERE owner = 'svc'"_s), 0);

    // The same JSON as on a desktop cache.
    CliOptions desktop;
    desktop.environment = envOf(u"desktop"_s);
    const QString cache = m_dir.filePath(u"desktop.sqlite"_s);
    QCOMPARE(runCli({u"--db"_s, cache, u"reports"_s, u"add"_s, u"Morning"_s}, desktop).code, 0);
    const QJsonArray local = runCli({u"--db"_s, cache, u"reports"_s, u"list"_s}, desktop).json().array();
    QCOMPARE(local.size(), 1);
    QCOMPARE(keysOf(alices.at(0).toObject()), keysOf(local.at(0).toObject()));
}

void tst_TeamReports::plainSqlCannotReachOthersProfiles()
{
    const qint64 alicesId = adminScalar(u"SELECT id FROM report_profiles WHERE owner = 'alice'"_s);
    QVERIFY(alicesId > 0);
    QSqlDatabase bob = connectAs(u"bob"_s);
    QVERIFY(bob.isOpen());
    QSqlQuery q(bob);
    QVERIFY(q.exec(u"SELECT count(*) FROM report_profiles WHERE owner = 'alice' OR id = %1"_s.arg(alicesId)) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 0); // alice's profile cannot be read
    QVERIFY(q.exec(u"SELECT count(*) FROM report_profiles"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // only bob's own
    QVERIFY(q.exec(
        u"UPDATE report_profiles SET mail_to = 'spy@example.org', folder = '/tmp/spy' WHERE id = %1"_s.arg(alicesId)));
    QCOMPARE(q.numRowsAffected(), 0);
    QVERIFY(q.exec(u"DELETE FROM report_profiles WHERE owner = 'alice'"_s));
    QCOMPARE(q.numRowsAffected(), 0);
    // Nor can bob plant a profile on alice, or give one of his to her.
    QVERIFY(!q.exec(u"INSERT INTO report_profiles (owner, name, mail_to, created) "
                    "VALUES ('alice', 'Planted', 'spy@example.org', 0)"_s));
    QVERIFY(!q.exec(u"UPDATE report_profiles SET owner = 'alice' WHERE name = 'Evening'"_s));
    QVERIFY(
        !q.exec(u"INSERT INTO report_seen (owner, profile_id, article_id, arrived) VALUES ('alice', %1, 1, 0)"_s.arg(
            alicesId)));
    QVERIFY(!q.exec(
        u"INSERT INTO report_seen (owner, profile_id, article_id, arrived) VALUES ('bob', %1, 1, 0)"_s.arg(alicesId)));
    q.finish();
    // Alice's profile is as she left it.
    QCOMPARE(adminScalar(u"SELECT count(*) FROM report_profiles WHERE owner = 'alice' AND name = 'Morning' AND "
                         "mail_to = '' AND folder NOT LIKE '%spy%'"_s),
             1);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM report_profiles WHERE name = 'Planted'"_s), 0);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM report_profiles WHERE owner = 'bob'"_s), 2);
    QCOMPARE(namesOf(as(u"alice"_s, {u"reports"_s, u"list"_s}).json().array()), QStringList{u"Morning"_s});
}

void tst_TeamReports::runRendersTheServersArticles()
{
    const CliRun r = as(u"alice"_s, {u"reports"_s, u"run"_s, u"Morning"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject outcome = r.json().object();
    QCOMPARE(outcome.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(outcome.value(u"articles"_s).toInt(), kItems);
    const QJsonArray files = outcome.value(u"files"_s).toArray();
    QCOMPARE(files.size(), 2);
    QString csv;
    for (const QJsonValue &f : files) {
        const QString path = f.toString();
        QVERIFY2(path.startsWith(m_dir.filePath(u"alice-out/"_s)), qPrintable(path));
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
        if (path.endsWith(u".csv"))
            csv = path;
    }
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(file.readAll());
    for (const QString &title : std::as_const(m_titles))
        QVERIFY2(written.contains(title), qPrintable(title));
    // The run is recorded on the server with the profile; bob's profiles were not touched.
    const QJsonObject listed = as(u"alice"_s, {u"reports"_s, u"list"_s}).json().array().at(0).toObject();
    QCOMPARE(listed.value(u"last_status"_s).toString(), u"ok"_s);
    QCOMPARE(listed.value(u"last_articles"_s).toInt(), kItems);
    QVERIFY(!listed.value(u"last_run"_s).toString().isEmpty());
    QCOMPARE(listed.value(u"last_files"_s).toArray(), files);
    QVERIFY(adminScalar(u"SELECT count(*) FROM report_seen WHERE owner = 'alice'"_s) > 0);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM report_profiles WHERE owner = 'bob' AND last_run IS NOT NULL"_s), 0);
    // Nothing new since: the next run has nothing to report.
    const CliRun again = as(u"alice"_s, {u"reports"_s, u"run"_s, u"Morning"_s});
    QCOMPARE(again.code, 0);
    QCOMPARE(again.json().object().value(u"status"_s).toString(), u"empty"_s);

    // A profile without a folder writes beside the member's own default cache, not beside the
    // server's address.
    QCOMPARE(as(u"alice"_s, {u"reports"_s, u"add"_s, u"Plain"_s, u"--format"_s, u"csv"_s}).code, 0);
    const CliRun plain = as(u"alice"_s, {u"reports"_s, u"run"_s, u"Plain"_s});
    QVERIFY2(plain.code == 0, plain.err.constData());
    const QString path = plain.json().object().value(u"files"_s).toArray().at(0).toString();
    QVERIFY2(path.startsWith(m_dir.filePath(u"alice/data/"_s)) && path.contains(u"/reports/Plain/"), qPrintable(path));
    QVERIFY(QFileInfo::exists(path));
}

void tst_TeamReports::mailSettingsKeepNoPasswordOnTheServer()
{
    using Medtour::ReportTest::SmtpSink;
    SmtpSink sink(m_dir.filePath(u"inbox"_s), u"clerk"_s, kMailSecret);
    QString why;
    QVERIFY2(sink.start(0, &why), qPrintable(why));
    const QString pwfile = m_dir.filePath(u"smtp.pw"_s);
    QFile pw(pwfile);
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write((kMailSecret + u'\n').toUtf8());
    pw.close();
    const QString smtp = u"smtp://127.0.0.1:%1"_s.arg(sink.port());
    CliRun r = as(u"alice"_s, {u"mail"_s, u"setup"_s, u"--smtp"_s, smtp, u"--from"_s, u"Alice <alice@example.org>"_s,
                               u"--user"_s, u"clerk"_s, u"--password-file"_s, pwfile});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject setup = r.json().object();
    QCOMPARE(setup.value(u"password_stored"_s).toBool(), true);
    QCOMPARE(setup.value(u"credentials"_s).toString(), m_dir.filePath(u"alice.pgpass"_s));
    QCOMPARE(keysOf(setup),
             (QSet<QString>{u"smtp"_s, u"from"_s, u"user"_s, u"ca_file"_s, u"password_stored"_s, u"credentials"_s}));
    // Bob has his own settings (no login).
    r = as(u"bob"_s,
           {u"mail"_s, u"setup"_s, u"--smtp"_s, u"smtp://mail.example.org:587"_s, u"--from"_s, u"bob@example.org"_s});
    QVERIFY2(r.code == 0, r.err.constData());

    // The password is in alice's own password file, owner-only, and nowhere on the server.
    QFile store(m_dir.filePath(u"alice.pgpass"_s));
    QVERIFY(store.open(QIODevice::ReadOnly));
    QVERIFY(store.readAll().contains("@smtp"));
    QCOMPARE(int(store.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)), 0);
    QSqlDatabase admin = connectAs(u"super"_s); // every member's rows
    QSqlQuery tables(admin);
    QVERIFY(tables.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = 'public'"_s));
    int searched = 0;
    while (tables.next()) {
        const QString table = admin.driver()->escapeIdentifier(tables.value(0).toString(), QSqlDriver::TableName);
        QSqlQuery q(admin);
        QVERIFY2(q.exec(u"SELECT count(*) FROM %1 t WHERE t::text LIKE '%s3cret%'"_s.arg(table)) && q.next(),
                 qPrintable(q.lastError().text()));
        QVERIFY2(q.value(0).toInt() == 0, qPrintable(table));
        ++searched;
    }
    QVERIFY(searched > 10);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM mail_settings WHERE member = 'alice' AND user_name = 'clerk'"_s), 1);

    // Each member's settings are their own, even with plain SQL.
    QSqlQuery q(connectAs(u"bob"_s));
    QVERIFY(q.exec(u"SELECT count(*) FROM mail_settings WHERE member = 'alice'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(u"UPDATE mail_settings SET smtp_url = 'smtp://spy.example.org' WHERE member = 'alice'"_s));
    QCOMPARE(q.numRowsAffected(), 0);
    q.finish();
    CliRun test = as(u"svc"_s, {u"mail"_s, u"test"_s, u"--to"_s, u"boss@example.org"_s});
    QVERIFY(test.code != 0);
    QVERIFY2(test.err.contains("mail is not set up"), test.err.constData());

    // Alice's test message and a mailed report log in with the password from her own file.
    test = as(u"alice"_s, {u"mail"_s, u"test"_s, u"--to"_s, u"boss@example.org"_s});
    QVERIFY2(test.code == 0, test.err.constData());
    QTRY_COMPARE(sink.messages().size(), 1);
    QCOMPARE(sink.messages().at(0).object().value(u"mail_from"_s).toString(), u"alice@example.org"_s);
    r = as(u"alice"_s, {u"reports"_s, u"add"_s, u"Mailed"_s, u"--format"_s, u"csv"_s, u"--folder"_s,
                        m_dir.filePath(u"alice-mailed"_s), u"--mail-to"_s, u"boss@example.org"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    r = as(u"alice"_s, {u"reports"_s, u"run"_s, u"Mailed"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(r.json().object().value(u"mailed_to"_s).toArray(), QJsonArray{u"boss@example.org"_s});
    QTRY_COMPARE(sink.messages().size(), 2);
    const QJsonObject mail = sink.messages().at(1).object();
    QCOMPARE(mail.value(u"attachments"_s).toArray().size(), 1);
    for (const QString &title : std::as_const(m_titles))
        QVERIFY2(mail.value(u"text"_s).toString().contains(title), qPrintable(title));
}

void tst_TeamReports::runDueOfSeveralMembersAtOnce()
{
    // Every profile as if made two days ago, so each is due once.
    QVERIFY(adminScalar(u"WITH u AS (UPDATE report_profiles SET created = created - 172800, last_slot = NULL "
                        "RETURNING 1) SELECT count(*) FROM u"_s) >= 5);
    const qint64 dueAlice = adminScalar(u"SELECT count(*) FROM report_profiles WHERE owner = 'alice'"_s);
    // Alice twice (her desktop and her cron job) and bob, all at once.
    QProcess alice1;
    QProcess alice2;
    QProcess bob;
    startAs(u"alice"_s, {u"reports"_s, u"run-due"_s}, &alice1);
    startAs(u"alice"_s, {u"reports"_s, u"run-due"_s}, &alice2);
    startAs(u"bob"_s, {u"reports"_s, u"run-due"_s}, &bob);
    QHash<QString, int> delivered; // member/report → runs that did it
    for (const auto &[member, process] :
         {std::pair{u"alice"_s, &alice1}, std::pair{u"alice"_s, &alice2}, std::pair{u"bob"_s, &bob}}) {
        QVERIFY(process->waitForFinished(180000));
        const QByteArray out = process->readAllStandardOutput();
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        for (const QJsonValue &v : QJsonDocument::fromJson(out).array()) {
            const QString status = v[u"status"_s].toString();
            QVERIFY2(status == u"ok" || status == u"empty" || status == u"busy", out.constData());
            if (status != u"busy")
                delivered[member + u'/' + v[u"report"_s].toString()] += 1;
        }
    }
    // Each member ran their own, each exactly once.
    QCOMPARE(delivered.size(), int(dueAlice) + 2);
    for (auto it = delivered.cbegin(); it != delivered.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    QVERIFY(delivered.contains(u"bob/Morning"_s) && delivered.contains(u"bob/Evening"_s));
    QVERIFY(delivered.contains(u"alice/Morning"_s));
    // Their last runs are on the server, each with the scheduled time it covered.
    QCOMPARE(adminScalar(u"SELECT count(*) FROM report_profiles WHERE owner IN ('alice', 'bob') AND "
                         "(last_run IS NULL OR last_slot IS NULL OR running_since IS NOT NULL)"_s),
             0);
    // Bob's first runs: the server's articles (his search matches each), in his own data folder.
    const QJsonArray bobs = as(u"bob"_s, {u"reports"_s, u"list"_s}).json().array();
    QCOMPARE(bobs.size(), 2);
    for (const QJsonValue &p : bobs) {
        QCOMPARE(p[u"last_status"_s].toString(), u"ok"_s);
        QCOMPARE(p[u"last_articles"_s].toInt(), kItems);
        const QString file = p[u"last_files"_s].toArray().at(0).toString();
        QVERIFY2(file.startsWith(m_dir.filePath(u"bob/data/"_s)) && QFileInfo::exists(file), qPrintable(file));
    }
    // Nothing is due any more.
    QCOMPARE(as(u"alice"_s, {u"reports"_s, u"run-due"_s}).json().array(), QJsonArray());
    QCOMPARE(as(u"bob"_s, {u"reports"_s, u"run-due"_s}).json().array(), QJsonArray());
}

void tst_TeamReports::leavingMemberTakesTheirReports()
{
    QVERIFY(adminScalar(u"SELECT count(*) FROM report_seen WHERE owner = 'bob'"_s) > 0);
    const CliRun removed = as(u"admin"_s, {u"team"_s, u"remove"_s, u"bob"_s});
    QVERIFY2(removed.code == 0, removed.err.constData());
    QCOMPARE(adminScalar(u"SELECT count(*) FROM report_profiles WHERE owner = 'bob'"_s), 0);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM report_seen WHERE owner = 'bob'"_s), 0);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM mail_settings WHERE member = 'bob'"_s), 0);
    // Everybody else's stay, held to row-level security as before.
    QVERIFY(adminScalar(u"SELECT count(*) FROM report_profiles WHERE owner = 'alice'"_s) >= 3);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM mail_settings WHERE member = 'alice'"_s), 1);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM pg_class WHERE relname IN ('report_profiles', 'report_seen', "
                         "'mail_settings', 'member_state') AND relforcerowsecurity"_s),
             4);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const int skip = PgServer::skipUnlessInstalled(); skip >= 0)
        return skip;
    tst_TeamReports test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_teamreports.moc"
