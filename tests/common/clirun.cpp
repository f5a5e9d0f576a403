// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace MedtourTest {

QList<QByteArray> CliRun::errLines() const
{
    QList<QByteArray> lines;
    for (const QByteArray &line : err.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << line;
    }
    return lines;
}

QString cliPath()
{
    const QString other = qEnvironmentVariable("MEDTOUR_CLI_UNDER_TEST");
    return other.isEmpty() ? QStringLiteral(MEDTOUR_CLI) : other;
}

namespace {

CliRun run(const QString &program, const QStringList &args, const CliOptions &options)
{
    QProcess p;
    QProcessEnvironment environment = options.environment;
    environment.insert(QStringLiteral("CLI"), cliPath());
    p.setProcessEnvironment(environment);
#ifdef Q_OS_UNIX
    if (options.memoryLimitBytes > 0) {
        const rlim_t limit = rlim_t(options.memoryLimitBytes);
        p.setChildProcessModifier([limit] {
            const rlimit bound{limit, limit};
            ::setrlimit(RLIMIT_AS, &bound);
        });
    }
#endif
    p.start(program, args);
    CliRun r;
    if (!p.waitForFinished(options.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = p.readAllStandardError();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

CliRun runCli(const QStringList &args, const CliOptions &options)
{
    return run(cliPath(), args, options);
}

CliRun runCliInMountNamespace(const QString &setup, const QStringList &args, const CliOptions &options)
{
    // sh -c 'setup; exec "$CLI" "$@"' sh args…: the arguments stay arguments, never shell words.
    const QString script = setup + QStringLiteral("\nexec \"$CLI\" \"$@\"");
    return run(QStringLiteral("unshare"),
               QStringList{QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
                           QStringLiteral("sh"), QStringLiteral("-ec"), script, QStringLiteral("sh")} +
                   args,
               options);
}

bool mountNamespacesWork(QString *why)
{
    if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty()) {
        *why = QStringLiteral("unshare (util-linux) is not installed");
        return false;
    }
    QProcess p;
    p.start(QStringLiteral("unshare"),
            {QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
             QStringLiteral("sh"), QStringLiteral("-ec"),
             QStringLiteral("d=$(mktemp -d); mount -t tmpfs -o size=64k tmpfs \"$d\"; umount \"$d\"; rmdir \"$d\"")});
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = QStringLiteral("this system does not let a process make its own user and mount namespace (%1)")
                   .arg(QString::fromLocal8Bit(p.readAllStandardError()).simplified());
        return false;
    }
    return true;
}

QString addTeamMembers(const QString &adminUrl, const QList<TeamMember> &members, const QString &folder,
                       const QString &passwordSuffix, const CliOptions &options)
{
    for (const auto &[name, flag] : members) {
        QFile file(QDir(folder).filePath(name + QStringLiteral(".pw")));
        if (!file.open(QIODevice::WriteOnly) || file.write((name + passwordSuffix + u'\n').toUtf8()) < 0)
            return QStringLiteral("cannot write %1").arg(file.fileName());
        file.close();
        QStringList args{QStringLiteral("--server"),
                         adminUrl,
                         QStringLiteral("team"),
                         QStringLiteral("add-member"),
                         name,
                         QStringLiteral("--password-file"),
                         file.fileName()};
        if (!flag.isEmpty())
            args << flag;
        const CliRun added = runCli(args, options);
        if (added.code != 0)
            return QStringLiteral("team add-member %1: %2").arg(name, QString::fromUtf8(added.err));
    }
    return {};
}

} // namespace MedtourTest
