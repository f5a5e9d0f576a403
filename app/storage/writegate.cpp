// SPDX-License-Identifier: GPL-3.0-or-later
#include "writegate.h"

#include <QMutexLocker>
#include <QThread>

namespace Medtour {

WriteGate &WriteGate::instance()
{
    static WriteGate gate;
    return gate;
}

void WriteGate::acquire(bool background)
{
    const Qt::HANDLE self = QThread::currentThreadId();
    QMutexLocker lock(&m_mutex);
    if (m_depth > 0 && m_owner == self) {
        ++m_depth;
        return;
    }
    if (background) {
        while (m_depth > 0 || m_usersWaiting > 0)
            m_changed.wait(&m_mutex);
    } else {
        ++m_usersWaiting;
        while (m_depth > 0)
            m_changed.wait(&m_mutex);
        --m_usersWaiting;
    }
    m_owner = self;
    m_depth = 1;
}

void WriteGate::release()
{
    QMutexLocker lock(&m_mutex);
    Q_ASSERT(m_depth > 0 && m_owner == QThread::currentThreadId());
    if (--m_depth == 0) {
        m_owner = nullptr;
        m_changed.wakeAll();
    }
}

} // namespace Medtour
