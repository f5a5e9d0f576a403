// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QWaitCondition>

namespace Medtour {

/// Orders the write transactions of one process. SQLite lets one connection write at a time and
/// is not fair about who goes next: a sync committing feed after feed took the lock again before
/// the GUI's star, which waited seconds in busy_timeout. Here a user write (any transaction on a
/// connection that is not a background writer) waits only for the transaction being written;
/// background writers (the sync) do not start another while a user write waits.
///
/// Re-entrant per thread, so a thread that holds the gate may open transactions on further
/// connections. Held from before BEGIN to after COMMIT/ROLLBACK by TransactionScope.
class WriteGate final
{
public:
    static WriteGate &instance();

    void acquire(bool background);
    void release();

private:
    WriteGate() = default;

    QMutex m_mutex;
    QWaitCondition m_changed;
    Qt::HANDLE m_owner = nullptr;
    int m_depth = 0;
    int m_usersWaiting = 0;
};

} // namespace Medtour
