// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

#include <utility>

namespace MedtourTest {

/// How one run of medtour-cli ended.
struct CliRun
{
    int code = -1; ///< the exit code; -2 when it died of a signal, -1 when it did not finish in time
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    /// stderr's lines, without empty ones.
    QList<QByteArray> errLines() const;
};

struct CliOptions
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    int timeoutMs = 60000;
    /// When set, the child may map at most this much memory (RLIMIT_AS): a run that would read
    /// without bound fails in the child instead of taking the machine's memory.
    qint64 memoryLimitBytes = 0;
};

/// The medtour-cli under test: $MEDTOUR_CLI_UNDER_TEST when set (to run a test against another build,
/// e.g. one without a fix, and see it fail), else the one built with the tests.
QString cliPath();

CliRun runCli(const QStringList &args, const CliOptions &options = {});

/// A member to add to a team server: their name and role flag ("--editor", "--service", or empty
/// for a reader).
using TeamMember = std::pair<QString, QString>;
/// Adds `members` to the team server at `adminUrl` with `medtour-cli team add-member`, each one's
/// password (name + passwordSuffix) written to a file in `folder` first, never on a command line.
/// Empty when every member was added, else what went wrong.
QString addTeamMembers(const QString &adminUrl, const QList<TeamMember> &members, const QString &folder,
                       const QString &passwordSuffix, const CliOptions &options = {});

/// Runs `setup` (sh commands, run as root of a new user and mount namespace: mount a tmpfs, bind a
/// folder read-only) and then medtour-cli with `args` in that namespace, where the mounts are seen
/// and gone when it ends. $CLI names medtour-cli in `setup`. The network is the test's own.
CliRun runCliInMountNamespace(const QString &setup, const QStringList &args, const CliOptions &options = {});
/// Whether runCliInMountNamespace() works here (unshare with user and mount namespaces); `why` not.
bool mountNamespacesWork(QString *why);

} // namespace MedtourTest
