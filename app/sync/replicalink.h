// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncreport.h"
#include "sync/teamreplica.h"

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

#include <memory>

namespace Medtour {

class Database;
struct TeamSourceChange;
struct TeamSourceResult;

/**
 * The sync thread's link to the team server of a joined cache: joins and leaves, exchanges
 * (TeamReplica) when a sync is asked for, and listens for the service's NOTIFY of each commit on a
 * connection of its own, so that new articles reach the reader within moments; changed() asks for
 * the exchange. Offline it tries again every half minute. Lives on the sync thread, with the
 * worker's cache connection.
 */
class ReplicaLink final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplicaLink)

public:
    explicit ReplicaLink(const Database &cache, QObject *parent = nullptr);
    ~ReplicaLink() override;

    /// Whether the cache is joined to a team (then a sync is run() here, not a fetch of sources).
    bool isJoined() const;
    /// Joins, leaves or exchanges as `request` says; on an exchange asked for by the member (not a
    /// due-only tick) the service is asked to sync the team's sources now as well.
    SyncReport run(const SyncRequest &request);
    /// An editor's change of the team's sources, made on the server and pulled back at once
    /// (TeamReplica::changeSource); the answer says how it went and where the team stands.
    TeamSourceResult changeSource(const TeamSourceChange &change);

Q_SIGNALS:
    /// The server announced a commit, or came back: an exchange is due.
    void changed();
    /// Articles pulled so far by the join or exchange under way (after each chunk), for progress.
    void pulled(int articles);

private:
    void listen();
    void stopListening();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void fill(TeamExchange *team) const;
    /// fill(), then what an exchange with the server came to.
    void record(TeamExchange *team, const TeamReplica::Outcome &outcome) const;

    const Database &m_cache;
    std::unique_ptr<Database> m_listener;
    QTimer m_watch; ///< checks the listening connection, and retries while offline
};

} // namespace Medtour
