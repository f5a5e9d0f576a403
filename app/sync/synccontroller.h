// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/fetchsettings.h"
#include "sync/syncreport.h"
#include "sync/teamsourcechange.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <optional>

namespace Medtour {

class SyncWorker;

/**
 * The GUI-thread face of sync. Owns the sync thread and its SyncWorker; requests go over as
 * queued signals carrying values, and results come back the same way, so nothing here ever
 * blocks the event loop. A request made while a sync runs is kept and run afterwards.
 * Destruction cancels, quits and waits (the only wait on the worker).
 */
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    explicit SyncController(const QString &databasePath, const FetchSettings &settings = {}, QObject *parent = nullptr);
    ~SyncController() override;

    /// "Sync now": the given sources (all enabled ones when empty), whether due or not.
    void syncNow(const QList<qint64> &sourceIds = {});
    /// The sources whose interval has passed since their last attempt.
    void syncDue();
    void cancel();
    /// Checks for due sources every `checkEveryMs` (0 stops the schedule).
    void setScheduleInterval(int checkEveryMs);
    bool isRunning() const { return m_running; }
    /// Places the articles that have no cluster yet on the sync thread (a schema step that
    /// re-clusters the cache leaves all of them so), with clusteringProgress(); a sync asked for
    /// meanwhile starts after it.
    void placeUnplaced();
    /// Team mode: makes the cache a replica of the team server at `url` and pulls (the last `days`
    /// days first when > 0); syncFinished() reports it in SyncReport::team.
    void joinTeam(const QString &url, int days = 90);
    /// The cache leaves its team and keeps its articles as a single user's.
    void leaveTeam();
    /// A joined cache: an editor's change of the team's sources, made on the team server by the
    /// sync thread (never on this one) and pulled back; teamSourceChanged() answers, also when the
    /// server cannot be reached or refuses.
    void changeTeamSource(const Medtour::TeamSourceChange &change);

Q_SIGNALS:
    void syncStarted(int total);
    void sourceSynced(const Medtour::SourceSyncResult &result);
    void progress(int done, int total);
    void syncFinished(const Medtour::SyncReport &report);
    void clusteringProgress(int done, int total);
    void clusteringFinished(int placed);
    /// A sync's articles are stored and show; indexing them for search and grouping them follows.
    void articlesStored();
    /// Articles a stopped sync left unindexed were indexed: searches find them now.
    void searchCaughtUp(int indexed);
    /// Articles pulled from the team server so far by the join or exchange under way.
    void teamPulled(int articles);
    /// The answer to changeTeamSource(), with the team's state after it (the member's part included).
    void teamSourceChanged(const Medtour::TeamSourceResult &result);

    // To the worker (queued).
    void startRequested(const Medtour::SyncRequest &request);
    void cancelRequested();
    void placeUnplacedRequested();
    void teamSourceChangeRequested(const Medtour::TeamSourceChange &change);

private:
    void request(const SyncRequest &request);
    void onFinished(const SyncReport &report);

    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    QTimer m_schedule;
    bool m_running = false;
    std::optional<SyncRequest> m_pending;
};

} // namespace Medtour
