// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/feed.h"
#include "sync/articleenricher.h"
#include "sync/fetchsettings.h"
#include "sync/httpfetcher.h"
#include "sync/syncreport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace Medtour {

class Database;
class FeedIngester;
struct IngestStats;

/**
 * Runs in the sync thread: its own HttpFetcher (one QNetworkAccessManager) and its own named
 * database connection, both made in that thread on the first request and destroyed with it.
 * Talk to it only through queued signals; it talks back the same way, with values.
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
    /// quitting, cancelling and the reader's own writes never wait for more than one batch.
    void placeUnplaced();

Q_SIGNALS:
    void started(int total);
    void sourceFinished(const Medtour::SourceSyncResult &result);
    void progress(int done, int total);
    void finished(const Medtour::SyncReport &report);
    void clusteringProgress(int done, int total);
    void clusteringFinished(int placed); ///< after every placeUnplaced(), whether it placed any

private:
    bool ensureOpen(QString *error);
    void run(const SyncRequest &request);
    void placeNextUnplaced();
    void onFetched(const FetchResult &result);
    /// Parses and prepares a fetched feed on the pool while this thread writes the ones before it;
    /// stores it when ready.
    void prepareThenStore(const FetchResult &fetched, Source source);
    void report(const SourceSyncResult &done);
    SourceSyncResult cancelledResult(const FetchResult &fetched);
    SourceSyncResult store(const FetchResult &fetched, struct PreparedFeed *prepared = nullptr);
    /// "Fetch full page" sources: their summary-only items' pages, fetched after the feed.
    void fetchPages(const Source &source, const QList<FeedItem> &items);
    void completeFromPage(const FetchResult &page);
    QList<NewArticle> newArticles(const IngestStats &stats) const;
    /// A feed's store error as the report and the source's status show it.
    static QString storeFailure(const Error &error);
    /// Places what the last store committed in clusters on m_placer, while this thread writes the
    /// next feed; records the placements here when they come back.
    void placeStored();
    void recordPlacements(const ArticleEnricher::Placed &placed);
    /// The command-line sync (no GUI to yield to) stores up to kSourcesPerBatch feeds per
    /// transaction, each in a savepoint of its own, so that hot index and search pages are written
    /// to the WAL once per batch rather than once per feed. Reports wait for the commit: a batch
    /// that cannot commit turns its feeds' "ok" into the error.
    void beginBatch();
    void commitBatch();
    void recordStatusAgain(qsizetype from);
    static constexpr int kSourcesPerBatch = 25;
    static constexpr int kBatchMs = 1000; ///< a reader open meanwhile waits at most about this long to write
    void finishIfDone();
    void finishRun();

    QString m_databasePath;
    FetchSettings m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<FeedIngester> m_ingester;
    HttpFetcher *m_fetcher = nullptr;
    bool m_running = false;
    bool m_cancelled = false;
    int m_total = 0;
    QHash<qint64, qint64> m_startedAt; ///< source id → attempt time (secs)
    struct PageJob
    {
        Source source;
        FeedItem item;
    };
    QHash<qint64, PageJob> m_pages; ///< fetch key (negative, apart from source ids) → the item
    void notePageFailure(const PageJob &job, bool gone, const QString &error);
    qint64 m_nextPageKey = -1;
    SyncReport m_report;
    QElapsedTimer m_clock;
    /// Parsing, cleaning and tagging run here (pure work, no database); writes stay on this thread.
    /// Declared last so it is destroyed, waiting for its tasks, before anything they report into.
    QThreadPool m_pool;
    /// One thread: articles are placed in clusters one batch at a time, in the order stored.
    QThreadPool m_placer;
    int m_placing = 0; ///< batches on m_placer whose placements are not recorded yet
    std::unique_ptr<class TransactionScope> m_batch;
    QElapsedTimer m_batchAge;
    qsizetype m_heldFrom = 0; ///< m_report.sources from here on wait for m_batch's commit
    int m_placementEpoch = 0; ///< placements from before a failed batch are dropped
    bool m_placingUnplaced = false;
    ArticleEnricher::UnplacedCursor m_unplaced;
    std::optional<SyncRequest> m_afterPlacing; ///< a sync asked for while placeUnplaced() runs
};

} // namespace Medtour
