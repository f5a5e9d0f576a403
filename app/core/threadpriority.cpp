// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadpriority.h"

#include "core/logging.h"

#include <QThread>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <pthread.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Medtour::ThreadPriority {

void lowerCurrentThread()
{
#ifdef Q_OS_LINUX
    constexpr int kNicer = 10;
    const auto tid = static_cast<id_t>(syscall(SYS_gettid));
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && setpriority(PRIO_PROCESS, tid, std::min(nice + kNicer, 19)) == 0)
        return;
    qCDebug(lcApp) << "cannot lower the priority of" << QThread::currentThread()->objectName();
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

void idleCurrentThread()
{
#ifdef Q_OS_LINUX
    sched_param param{};
    param.sched_priority = 0;
    if (pthread_setschedparam(pthread_self(), SCHED_IDLE, &param) == 0)
        return;
    qCDebug(lcApp) << "cannot give" << QThread::currentThread()->objectName() << "the idle policy";
#else
    QThread::currentThread()->setPriority(QThread::IdlePriority);
#endif
}

} // namespace Medtour::ThreadPriority
