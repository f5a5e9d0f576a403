// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/httpfetcher.h"
#include "sync/syncreport.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <deque>

namespace Medtour {

class ClusterPlacer;
class PageCompleter;
struct IngestStats;
struct PreparedFeed;
struct Source;
struct SyncRun;

/// Turns each source's fetch into stored articles and a recorded status. A fetched feed is parsed,
/// cleaned, tagged and scored on a pool thread (pure work) while the sync thread writes the feeds
/// before it; then it is stored there, all or nothing, and what it added goes on to be placed in
/// clusters and, for summary-only items, completed from their pages.
class FeedPipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedPipeline)

public:
    FeedPipeline(SyncRun &run, PageCompleter &pages, ClusterPlacer &placer, QObject *parent = nullptr);
    ~FeedPipeline() override;

    /// A source's fetch ended. Reports through stored(), later for a fetched feed.
    void take(const FetchResult &fetched);
    /// What a source that was stopped by the user reports; its status in the cache stays as the
    /// last real attempt left it.
    SourceSyncResult cancelled(const FetchResult &fetched) const;
    /// A feed's store error as the report and the source's status show it.
    static QString storeFailure(const Error &error);
    void waitForDone() { m_pool.waitForDone(); }

Q_SIGNALS:
    void stored(const Medtour::SourceSyncResult &result);

protected:
    bool event(QEvent *event) override;

private:
    static constexpr QEvent::Type kStoreEvent = QEvent::Type(QEvent::User + 1);
    struct ToStore
    {
        FetchResult fetched;
        QFutureWatcher<PreparedFeed> *watcher;
    };

    void prepareThenStore(const FetchResult &fetched, Source source);
    SourceSyncResult store(const FetchResult &fetched, const PreparedFeed *prepared = nullptr);
    Result<QList<NewArticle>> newArticles(const IngestStats &stats) const;

    SyncRun &m_run;
    PageCompleter &m_pages;
    ClusterPlacer &m_placer;
    /// Prepared feeds in the order they became ready, each stored by one posted event.
    std::deque<ToStore> m_toStore;
    /// Parsing, cleaning and tagging run here (no database); writes stay on the sync thread.
    /// Declared last so it is destroyed, waiting for its tasks, before anything they report into.
    QThreadPool m_pool;
};

} // namespace Medtour
