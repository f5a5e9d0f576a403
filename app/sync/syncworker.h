// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/articleenricher.h"
#include "sync/fetchsettings.h"
#include "sync/httpfetcher.h"
#include "sync/syncreport.h"
#include "sync/teamsourcechange.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <optional>

namespace Medtour {

class BatchCommitter;
class ClusterPlacer;
class Database;
class FeedPipeline;
class PageCompleter;
class ReplicaLink;
struct SyncRun;

/**
 * Runs in the sync thread: its own HttpFetcher (one QNetworkAccessManager) and its own named
 * database connection, both made in that thread on the first request and destroyed with it.
 * Talk to it only through queued signals; it talks back the same way, with values.
 *
 * It conducts a run: which sources, their fetches, and the report. The work is done by its parts:
 * FeedPipeline prepares and stores each feed, PageCompleter completes summary-only items from their
 * pages, ClusterPlacer places what was stored in story clusters, and BatchCommitter groups the
 * command-line sync's feeds into transactions.
 */
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    SyncWorker(const QString &databasePath, const FetchSettings &settings);
    ~SyncWorker() override;

public Q_SLOTS:
    /// Articles that have no cluster yet are placed first (placeUnplaced()); the sync runs after.
    void start(const Medtour::SyncRequest &request);
    void cancel();
    /// Places the articles that have no cluster yet (all of them after a schema step re-clusters
    /// the cache; those a stopped sync left), a batch per transaction and event-loop turn, so that
    /// quitting, cancelling and the reader's own writes never wait for more than one batch. Articles
    /// a stopped sync left unindexed for search are indexed first, the same way.
    void placeUnplaced();
    /// A joined cache: an editor's change of the team's sources, on the team server (ReplicaLink);
    /// answered by teamSourceChanged(). Between runs, as the sync thread does one thing at a time.
    void changeTeamSource(const Medtour::TeamSourceChange &change);

Q_SIGNALS:
    void started(int total);
    void sourceFinished(const Medtour::SourceSyncResult &result);
    void progress(int done, int total);
    void finished(const Medtour::SyncReport &report);
    void clusteringProgress(int done, int total);
    void clusteringFinished(int placed); ///< after every placeUnplaced(), whether it placed any
    /// A cache's run stored its articles (they show now); they are being indexed and placed.
    void articlesStored();
    /// Articles a stopped sync left unindexed were indexed (placeUnplaced()): searches find them now.
    void searchCaughtUp(int indexed);
    /// A joined cache's team server announced a commit (or came back): an exchange is due.
    void teamChanged();
    /// Articles pulled from the team server so far by the join or exchange under way.
    void teamPulled(int articles);
    void teamSourceChanged(const Medtour::TeamSourceResult &result);

private:
    bool ensureOpen(QString *error);
    void run(const SyncRequest &request);
    void placeNextUnplaced();
    /// The fetches to make, one per source; sources that do not exist are reported at once.
    QList<FetchRequest> requestsFor(const SyncRequest &request);
    void onFetched(const FetchResult &result);
    void onStored(const SourceSyncResult &result);
    /// Reports final results to whoever listens.
    void announce(const QList<SourceSyncResult> &results);
    void finishIfDone();
    /// The second phase of a run on a cache: its articles are stored and show; they are indexed for
    /// search (a batch per transaction and event-loop turn) while the placer places them.
    void indexNextPending();
    /// One transaction of SearchIndex::indexPending(); how many it indexed.
    Result<int> indexPendingBatch();
    void finishRun();

    QString m_databasePath;
    FetchSettings m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SyncRun> m_run;
    HttpFetcher *m_fetcher = nullptr;
    // The parts, made with the connection; the placer and the pipeline wait for their threads when
    // destroyed, before anything they report into goes.
    std::unique_ptr<ClusterPlacer> m_placer;
    std::unique_ptr<PageCompleter> m_pages;
    std::unique_ptr<FeedPipeline> m_pipeline;
    std::unique_ptr<BatchCommitter> m_batches;
    std::unique_ptr<ReplicaLink> m_replica; ///< joins, leaves, and a joined cache's exchanges
    bool m_running = false;
    bool m_settling = false; ///< the run's articles are stored; indexing and placing them
    bool m_indexing = false;
    int m_caughtUp = 0; ///< articles placeUnplaced() indexed
    int m_total = 0;
    SyncReport m_report;
    QElapsedTimer m_clock;
    qint64 m_storedAtMs = 0; ///< when the run's first phase ended
    bool m_placingUnplaced = false;
    ArticleEnricher::UnplacedCursor m_unplaced;
    std::optional<SyncRequest> m_afterPlacing;     ///< a sync asked for while placeUnplaced() runs
    QList<TeamSourceChange> m_changesAfterPlacing; ///< team source changes asked for meanwhile
};

} // namespace Medtour
