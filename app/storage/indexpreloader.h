// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QThread;

namespace Medtour {

class Database;

/// Loads the in-memory filter index of a cache on a worker thread (with the thread's own
/// connection) and hands it to the connection of the thread that owns this object, so opening
/// a large cache never stalls the GUI for the load. Until ready(), counts on the owner's
/// connection would load the index themselves, synchronously.
class IndexPreloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndexPreloader)

public:
    explicit IndexPreloader(Database &database, QObject *parent = nullptr);
    ~IndexPreloader() override;

    /// Starts a load (again after a sync, say); does nothing while one runs or for in-memory caches.
    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    /// `adopted` is false when the cache changed during the load (the index then loads on use).
    void ready(bool adopted, qint64 milliseconds);

private:
    Database &m_database;
    QPointer<QThread> m_thread;
    bool m_running = false;
};

} // namespace Medtour
