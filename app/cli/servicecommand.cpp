// SPDX-License-Identifier: GPL-3.0-or-later
// `medtour-cli --server URL serve`: the team's sync service, until SIGTERM or SIGINT (exit 0).
#include "commands.h"
#include "jsonout.h"
#include "sync/syncservice.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace Medtour::Cli {

namespace {

#ifdef Q_OS_UNIX
int s_signalPipe[2] = {-1, -1};

void onTerminate(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(s_signalPipe[1], &byte, 1);
}
#endif
#ifdef Q_OS_WIN
SyncService *s_service = nullptr;

BOOL WINAPI onConsoleEvent(DWORD)
{
    if (s_service)
        QMetaObject::invokeMethod(s_service, &SyncService::stop, Qt::QueuedConnection);
    return TRUE;
}
#endif

/// Calls `stop` on the event loop when the process is asked to terminate. The signal handler only
/// writes a byte to a pipe (all it may safely do); the loop reads it.
void stopOnTermination(SyncService &service)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(s_signalPipe[0], QSocketNotifier::Read, &service);
    QObject::connect(notifier, &QSocketNotifier::activated, &service, [&service, notifier] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(s_signalPipe[0], &byte, 1);
        notifier->setEnabled(false);
        service.stop();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminate;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
#endif
#ifdef Q_OS_WIN
    s_service = &service;
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#endif
}

} // namespace

int serve(const Invocation &in)
{
    if (in.server.isEmpty())
        return fail(Exit::Usage, QStringLiteral("serve needs a team server: --server postgresql://user@host/database"));
    if (!in.arguments.isEmpty())
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli --server URL serve [--interval-minutes N]"));
    int minutes = 5;
    if (in.parser->isSet(QStringLiteral("interval-minutes"))) {
        bool ok = false;
        minutes = in.parser->value(QStringLiteral("interval-minutes")).toInt(&ok);
        if (!ok || minutes < 1 || minutes > 24 * 60)
            return fail(Exit::Usage, QStringLiteral("--interval-minutes takes a whole number from 1 to 1440"));
    }
    SyncService service(in.server, FetchSettings{}, minutes);
    QObject::connect(&service, &SyncService::waiting, [](const QString &why) {
        std::fprintf(stderr, "medtour-cli: %s\n", why.toUtf8().constData());
        std::fflush(stderr);
    });
    QObject::connect(&service, &SyncService::stopped, QCoreApplication::instance(), &QCoreApplication::quit,
                     Qt::QueuedConnection);
    stopOnTermination(service);
    if (const Error error = service.start())
        return fail(error.code == Error::TooNew ? Exit::Storage : Exit::BadInput, error.detail);
    QCoreApplication::exec();
    const SyncService::Totals totals = service.totals();
    JsonOut::print(QJsonObject{{QStringLiteral("server"), ServerAddress::parse(in.server)->toString()},
                               {QStringLiteral("passes"), totals.passes},
                               {QStringLiteral("added"), totals.added},
                               {QStringLiteral("failed"), totals.failed}});
    return 0;
}

} // namespace Medtour::Cli
