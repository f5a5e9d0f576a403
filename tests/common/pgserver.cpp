// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <QUrl>
#include <QVersionNumber>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace MedtourTest {

namespace {

/// A port nobody listens on now (the kernel's choice; the short race with another process is
/// accepted, and start() fails clearly if it is lost).
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

#ifdef Q_OS_UNIX
bool giveToPostgres(const QString &path)
{
    const passwd *pw = ::getpwnam("postgres");
    return pw && ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}
#endif

} // namespace

PgServer::PgServer() = default;

PgServer::~PgServer()
{
    if (m_running)
        stop("immediate");
}

QString PgServer::binDir(QString *why)
{
    const QString fromEnv = qEnvironmentVariable("MEDTOUR_PG_BINDIR");
    if (!fromEnv.isEmpty()) {
        if (QFile::exists(fromEnv + QStringLiteral("/initdb")))
            return fromEnv;
        *why = QStringLiteral("MEDTOUR_PG_BINDIR=%1 has no initdb").arg(fromEnv);
        return {};
    }
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QVersionNumber best;
    QString found;
    for (const QString &version : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString bin = root.filePath(version + QStringLiteral("/bin"));
        const QVersionNumber v = QVersionNumber::fromString(version);
        if (QFile::exists(bin + QStringLiteral("/initdb")) && QFile::exists(bin + QStringLiteral("/pg_ctl")) &&
            v > best) {
            best = v;
            found = bin;
        }
    }
    if (found.isEmpty())
        *why = QStringLiteral("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; Debian: apt-get "
                              "install postgresql)");
    return found;
}

int PgServer::skipUnlessInstalled()
{
    QString why;
    if (!binDir(&why).isEmpty())
        return -1;
    const QByteArray ci = qgetenv("CI");
    if (!ci.isEmpty() && ci != "false") {
        std::fprintf(stderr, "FAIL: %s (CI must run the team-mode tests)\n", qPrintable(why));
        return 1;
    }
    std::fprintf(stderr, "SKIP: %s\n", qPrintable(why));
    return 77;
}

bool PgServer::run(const QString &program, const QStringList &args, QString *error, int timeoutMs)
{
    QProcess p;
    QStringList argv = args;
    QString exe = m_bin + u'/' + program;
    if (m_asPostgres) {
        argv = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), exe} + args;
        exe = QStringLiteral("runuser");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir->path());
    p.start(exe, argv);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (%2): %3 %4")
                     .arg(program, p.errorString(), QString::fromLocal8Bit(p.readAllStandardError()),
                          QString::fromLocal8Bit(p.readAllStandardOutput()));
        return false;
    }
    return true;
}

bool PgServer::start(QString *error)
{
    QString why;
    m_bin = binDir(&why);
    if (m_bin.isEmpty()) {
        *error = why;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/medtour-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot make a temporary folder");
        return false;
    }
#ifdef Q_OS_UNIX
    m_asPostgres = ::geteuid() == 0;
    if (m_asPostgres && !giveToPostgres(m_dir->path())) {
        *error = QStringLiteral("running as root, and there is no postgres user to run initdb as");
        return false;
    }
#endif
    m_data = m_dir->filePath(QStringLiteral("data"));
    m_adminPassword = QString::number(QRandomGenerator::global()->generate64(), 36);
    // MEDTOUR_PG_KEEP=1 keeps the cluster's folder after the run (stopped), to start it again with
    // pg_ctl and look at what a test or benchmark left: plans, the log, the rows.
    if (qEnvironmentVariableIntValue("MEDTOUR_PG_KEEP") > 0) {
        m_dir->setAutoRemove(false);
        std::fprintf(stderr, "PostgreSQL cluster kept in %s (user %s, password %s)\n", qPrintable(m_dir->path()),
                     qPrintable(adminUser()), qPrintable(m_adminPassword));
    }
    const QString pwfile = m_dir->filePath(QStringLiteral("pw"));
    {
        QFile f(pwfile);
        if (!f.open(QIODevice::WriteOnly) || f.write(m_adminPassword.toUtf8() + '\n') < 0) {
            *error = QStringLiteral("cannot write %1").arg(pwfile);
            return false;
        }
    }
#ifdef Q_OS_UNIX
    if (m_asPostgres)
        giveToPostgres(pwfile);
#endif
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), m_data, QStringLiteral("-U"), superUser(), QStringLiteral("--pwfile"), pwfile,
              QStringLiteral("-A"), QStringLiteral("scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
              QStringLiteral("--locale"), QStringLiteral("C.UTF-8"), QStringLiteral("--no-sync")},
             error))
        return false;
    QFile::remove(pwfile);
    m_port = freePort();
    return restart(error) && createAdmin(error);
}

bool PgServer::asSuperuser(const char *what, const std::function<bool(QSqlQuery &)> &work, QString *error) const
{
    const QString connection = QStringLiteral("pgserver-super-%1").arg(m_port);
    bool ok = false;
    {
        QSqlDatabase db = connectAs(superUser(), connection, QStringLiteral("postgres"));
        if (!db.isOpen()) {
            *error = QStringLiteral("cannot %1: %2").arg(QLatin1StringView(what), db.lastError().text());
        } else {
            {
                QSqlQuery q(db); // gone before the connection closes
                ok = work(q);
                if (!ok)
                    *error = QStringLiteral("cannot %1: %2").arg(QLatin1StringView(what), q.lastError().text());
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

bool PgServer::createAdmin(QString *error)
{
    return asSuperuser(
        "make the admin role",
        [this](QSqlQuery &q) {
            // Names and passwords are not values a statement can bind: format() quotes them, from bound values.
            if (!q.prepare(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN CREATEROLE PASSWORD %L', "
                                          "CAST(? AS text), CAST(? AS text))")))
                return false;
            q.addBindValue(adminUser());
            q.addBindValue(m_adminPassword);
            if (!q.exec() || !q.next())
                return false;
            const QString create = q.value(0).toString();
            return q.exec(create);
        },
        error);
}

bool PgServer::restart(QString *error)
{
    // MEDTOUR_PG_OPTIONS adds server settings for a look at a run, e.g. "-c log_min_duration_statement=0".
    const QString options = QStringLiteral("-c port=%1 -c listen_addresses=127.0.0.1 -c unix_socket_directories=%2 "
                                           "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                                           "-c max_connections=60 %3")
                                .arg(m_port)
                                .arg(m_dir->path(), qEnvironmentVariable("MEDTOUR_PG_OPTIONS"));
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), m_data, QStringLiteral("-l"), m_dir->filePath(QStringLiteral("log")),
              QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
              QStringLiteral("start")},
             error)) {
        *error += log();
        return false;
    }
    m_running = true;
    return true;
}

bool PgServer::stop(const char *mode)
{
    QString error;
    const bool ok = run(QStringLiteral("pg_ctl"),
                        {QStringLiteral("-D"), m_data, QStringLiteral("-w"), QStringLiteral("-m"),
                         QString::fromLatin1(mode), QStringLiteral("stop")},
                        &error);
    if (!ok)
        qWarning("pg_ctl stop: %s", qPrintable(error));
    m_running = false;
    return ok;
}

QString PgServer::startTeam(const QList<TeamMember> &members, const QString &folder, const QString &passwordSuffix,
                            const CliOptions &options)
{
    QString error;
    if (!start(&error))
        return error;
    if (!createDatabase(QStringLiteral("medtour"), &error))
        return error;
    const QString admin = adminUrl(QStringLiteral("medtour"));
    const CliRun init =
        runCli({QStringLiteral("--server"), admin, QStringLiteral("server"), QStringLiteral("init")}, options);
    if (init.code != 0)
        return QStringLiteral("server init: %1").arg(QString::fromUtf8(init.err));
    return addTeamMembers(admin, members, folder, passwordSuffix, options);
}

QSqlDatabase PgServer::connectAsAdmin(const QString &connectionName, const QString &database) const
{
    return connectAs(adminUser(), connectionName, database);
}

QSqlDatabase PgServer::connectAs(const QString &user, const QString &connectionName, const QString &database) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(m_port);
    db.setUserName(user);
    db.setPassword(m_adminPassword);
    db.setDatabaseName(database);
    db.open();
    return db;
}

bool PgServer::createDatabase(const QString &name, QString *error)
{
    return asSuperuser(
        "make a database",
        [&](QSqlQuery &q) {
            // A name is not a value and cannot be bound: tests pass only their own plain names.
            return q.exec(QStringLiteral("CREATE DATABASE \"%1\" ENCODING 'UTF8' LOCALE 'C.UTF-8' TEMPLATE template0 "
                                         "OWNER %2")
                              .arg(name, adminUser()));
        },
        error);
}

QString PgServer::url(const QString &user, const QString &password, const QString &database) const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    if (!password.isEmpty())
        u.setPassword(password);
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(m_port);
    u.setPath(u'/' + database);
    return u.toString(QUrl::FullyEncoded);
}

QString PgServer::log() const
{
    QFile f(m_dir ? m_dir->filePath(QStringLiteral("log")) : QString());
    return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll().right(4000)) : QString();
}

namespace {
/// utime + stime (+ cutime + cstime with `reaped`) of /proc/PID/stat, in clock ticks; -1 when unreadable.
qint64 ticksOf(const QString &pid, bool reaped, qint64 *parent)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = f.readAll();
    // The command name, in parentheses, may hold spaces: the fields counted are after its ")".
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 15)
        return -1;
    if (parent)
        *parent = fields.at(1).toLongLong();                                // field 4, ppid
    qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong(); // fields 14, 15
    if (reaped)
        ticks += fields.at(13).toLongLong() + fields.at(14).toLongLong(); // fields 16, 17
    return ticks;
}
} // namespace

qint64 PgServer::cpuMs(QSet<qint64> *processes) const
{
#ifdef Q_OS_LINUX
    QFile pidFile(m_data + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return -1;
    const QString postmaster = QString::fromLatin1(pidFile.readLine().trimmed());
    const qint64 postmasterPid = postmaster.toLongLong();
    // A process reaped while the children are read would count nowhere (or twice): read again
    // until the postmaster's total is the same before and after.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const qint64 first = ticksOf(postmaster, true, nullptr);
        if (first < 0)
            return -1;
        qint64 ticks = first;
        QSet<qint64> seen;
        for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            qint64 parent = 0;
            const qint64 own = pid.front().isDigit() ? ticksOf(pid, false, &parent) : -1;
            if (own >= 0 && parent == postmasterPid) {
                ticks += own;
                seen.insert(pid.toLongLong());
            }
        }
        if (ticksOf(postmaster, true, nullptr) != first)
            continue;
        if (processes)
            *processes = seen;
        return ticks * 1000 / sysconf(_SC_CLK_TCK);
    }
    return -1;
#else
    Q_UNUSED(processes);
    return -1;
#endif
}

qint64 PgServer::cpuMsOnceGone(const QSet<qint64> &before) const
{
    // A closed connection's backend exits a moment after its client, and its time moves to the
    // postmaster's only when the postmaster reaps it: read after every newer process has gone.
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        QSet<qint64> now;
        const qint64 ms = cpuMs(&now);
        if (ms < 0 || now.subtract(before).isEmpty() || clock.elapsed() > 5000)
            return ms;
        QThread::msleep(10);
    }
}

} // namespace MedtourTest
