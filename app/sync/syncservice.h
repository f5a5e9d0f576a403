// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "sync/fetchsettings.h"
#include "sync/syncreport.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <memory>

namespace Medtour {

class SyncController;

/**
 * A team's sync service (`medtour-cli serve`): syncs the team server's sources as they fall due, and
 * all of them when a member asks ("Sync now" is a NOTIFY on kSyncRequestChannel), with the same
 * engine as the desktop, committing in batches that each announce themselves to the desktops.
 *
 * Exactly one service syncs a team: it holds a session lock on the server; a second one waits and
 * says so (waiting()). If the server goes away the service keeps trying to reconnect, with a growing
 * pause, and takes the lock again before it syncs again.
 */
class SyncService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)

public:
    SyncService(const QString &serverUrl, const FetchSettings &settings, int checkEveryMinutes,
                QObject *parent = nullptr);
    ~SyncService() override;

    /// Connects and starts (or starts waiting for the lock). An address that cannot be parsed, or a
    /// server without a team schema, is an error; a server that cannot be reached is retried.
    Error start();
    /// Ends the running pass (cancelled), releases the lock and emits stopped().
    void stop();

    struct Totals
    {
        int passes = 0;
        int added = 0;
        int failed = 0;
    };
    Totals totals() const { return m_totals; }
    bool isSyncing() const;

Q_SIGNALS:
    /// Another service holds the lock (or the server cannot be reached): why, in English.
    void waiting(const QString &why);
    void passFinished(const Medtour::SyncReport &report);
    void stopped();

private:
    void connectToServer();
    void takeLock();
    void begin();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void runPass(bool all);
    void onPassFinished(const SyncReport &report);
    void lost(const QString &why);

    QString m_url;
    FetchSettings m_settings;
    int m_checkMs = 0;
    Database m_control{QStringLiteral("service")};
    std::unique_ptr<SyncController> m_controller;
    QTimer m_due;
    QTimer m_retry;
    int m_retryMs = 1000;
    bool m_locked = false;
    bool m_stopping = false;
    bool m_saidWaiting = false;
    Totals m_totals;
};

} // namespace Medtour
