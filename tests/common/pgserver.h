// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clirun.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace MedtourTest {

/**
 * A real, throw-away PostgreSQL server for team-mode tests: initdb into a temporary folder (as the
 * `postgres` user when the tests run as root, since initdb refuses root), pg_ctl on a free port of
 * 127.0.0.1 with its socket in that folder and fsync off, password logins (SCRAM) only, and
 * stopped and removed when the object goes.
 */
class PgServer
{
public:
    PgServer();
    ~PgServer();
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    /// Where initdb and pg_ctl are ($MEDTOUR_PG_BINDIR, else the newest /usr/lib/postgresql/*/bin);
    /// empty, with `why`, when PostgreSQL is not installed.
    static QString binDir(QString *why);

    /// For a test's main(): -1 when PostgreSQL is installed (run the tests); else the exit status,
    /// said on stderr: 77 (CTest's skip) outside CI, 1 in CI, which must run the team-mode tests.
    static int skipUnlessInstalled();

    /// initdb and start; false with `error` when either fails.
    bool start(QString *error);
    /// Starts a server that was stopped (the same data, port and passwords).
    bool restart(QString *error);
    /// Stops it: "fast" lets connections end cleanly, "immediate" is a crash (no checkpoint).
    bool stop(const char *mode = "fast");
    bool isRunning() const { return m_running; }

    quint16 port() const { return m_port; }
    /// The team's admin as the README makes one: a login role with CREATEROLE, not a superuser
    /// (row-level security binds it like any member), owner of the databases createDatabase()
    /// makes; and its password, which the cluster's superuser shares.
    static QString adminUser() { return QStringLiteral("medtour_admin"); }
    QString adminPassword() const { return m_adminPassword; }
    /// The superuser the cluster was made with (initdb's), for what only it may do.
    static QString superUser() { return QStringLiteral("medtour_super"); }
    /// CREATE DATABASE `name` (UTF8, C.UTF-8), owned by the admin.
    bool createDatabase(const QString &name, QString *error);
    /// A team's server as the team tests begin: start(), the database `medtour`, its schema
    /// (`medtour-cli server init` as the admin) and `members` (addTeamMembers(), passwords
    /// name + passwordSuffix in files in `folder`), the command line run with `options`. Empty when
    /// all of it was done, else what failed.
    QString startTeam(const QList<TeamMember> &members, const QString &folder, const QString &passwordSuffix,
                      const CliOptions &options);
    /// The admin's connection `connectionName` to `database`, opened (check isOpen()).
    QSqlDatabase connectAsAdmin(const QString &connectionName, const QString &database) const;
    /// postgresql://user:password@127.0.0.1:port/database
    QString url(const QString &user, const QString &password, const QString &database) const;
    /// The admin's address of `database`.
    QString adminUrl(const QString &database) const { return url(adminUser(), m_adminPassword, database); }
    /// The server's log so far (for a failing test's message).
    QString log() const;
    /// CPU time the server has used so far, in ms: the postmaster, its live processes (listed in
    /// `processes`) and those it has reaped (a closed connection's backend). For benchmarks, to see
    /// what a client costs the server on a machine whose speed varies; -1 where /proc cannot tell
    /// (not Linux).
    qint64 cpuMs(QSet<qint64> *processes = nullptr) const;
    /// cpuMs() once every process not in `before` has ended: what a client that has exited cost.
    qint64 cpuMsOnceGone(const QSet<qint64> &before) const;

    /// The superuser's connection, for what the admin may not do (a bulk load without triggers).
    QSqlDatabase connectAsSuperuser(const QString &connectionName, const QString &database) const
    {
        return connectAs(superUser(), connectionName, database);
    }

private:
    QSqlDatabase connectAs(const QString &user, const QString &connectionName, const QString &database) const;
    /// The admin's role, made once by the superuser.
    bool createAdmin(QString *error);
    /// Runs `work` on a query of a connection of its own as the superuser to the `postgres`
    /// database, closed after; false with `error` ("cannot <what>: …") when it cannot connect or
    /// `work` fails (the query's error).
    bool asSuperuser(const char *what, const std::function<bool(QSqlQuery &)> &work, QString *error) const;
    bool run(const QString &program, const QStringList &args, QString *error, int timeoutMs = 120000);

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    quint16 m_port = 0;
    QString m_adminPassword;
    bool m_asPostgres = false;
    bool m_running = false;
};

} // namespace MedtourTest
