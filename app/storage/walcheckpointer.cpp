// SPDX-License-Identifier: GPL-3.0-or-later
#include "walcheckpointer.h"

#include "core/logging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Medtour {

WalCheckpointer::WalCheckpointer(const QString &path, const QString &connectionName, std::chrono::milliseconds pause)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_pause(pause)
    , m_thread([this] { run(); })
{}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void WalCheckpointer::request()
{
    {
        std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_wake.notify_one();
}

void WalCheckpointer::run()
{
    bool opened = false;
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            break;
        m_requested = false;
        lock.unlock();
        if (!opened) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
            db.setDatabaseName(m_path);
            // It never waits for a lock: a PASSIVE checkpoint takes what it can get at once.
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
            opened = db.open();
            if (!opened) {
                qCWarning(lcStorage) << "cannot open" << m_path << "to checkpoint it:" << db.lastError().text();
                lock.lock();
                break; // the writer's close() checkpoints what is left
            }
        }
        checkpoint();
        lock.lock();
        // Commits meanwhile are copied by the next one, after the pause (see kFeedPause).
        m_wake.wait_for(lock, m_pause, [this] { return m_stopping; });
    }
    lock.unlock();
    if (opened) {
        QSqlDatabase::database(m_connectionName, false).close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

void WalCheckpointer::checkpoint()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !q.next()) {
        if (!m_failing) // a full disk fails every one: said once, until one succeeds again
            qCWarning(lcStorage) << "checkpoint of" << m_path << "failed:" << q.lastError().text();
        m_failing = true;
        return;
    }
    m_failing = false;
}

} // namespace Medtour
