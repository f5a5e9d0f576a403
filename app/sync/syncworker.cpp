// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncworker.h"

#include "core/logging.h"
#include "storage/clusterrepository.h"
#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/sourcerepository.h"
#include "sync/batchcommitter.h"
#include "sync/clusterplacer.h"
#include "sync/feedpipeline.h"
#include "sync/pagecompleter.h"
#include "sync/replicalink.h"
#include "sync/syncrun_p.h"

#include <QDateTime>

#include <algorithm>

namespace Medtour {

SyncWorker::SyncWorker(const QString &databasePath, const FetchSettings &settings)
    : m_databasePath(databasePath)
    , m_settings(settings)
{}

SyncWorker::~SyncWorker()
{
    m_placer.reset(); // waits for placements into the ingester's index
    m_pipeline.reset();
    m_batches.reset(); // a sync cut short keeps nothing of its open batch
    m_pages.reset();
    delete m_fetcher; // before the connection goes: nothing may report into a closed cache
    m_fetcher = nullptr;
    m_run.reset();
    m_database.reset(); // closes and removes this thread's connection, in this thread
}

bool SyncWorker::ensureOpen(QString *error)
{
    if (m_database && m_database->isAlive())
        return true;
    // A team server that went away: start over with a new connection and parts on it.
    m_replica.reset();
    m_batches.reset();
    m_pipeline.reset();
    m_pages.reset();
    m_placer.reset();
    m_run.reset();
    m_database.reset();
    // The sync thread itself keeps normal priority: it holds WriteGate while it writes, and a
    // lowered writer starved by other processes would keep a waiting star waiting (priority
    // inversion). Its heavy work (parsing, cleaning, tagging) runs on the lowered pool threads.
    m_database = std::make_unique<Database>(QStringLiteral("sync"));
    // In the reader a star from the GUI goes before the sync's next transaction (WriteGate).
    m_database->setBackgroundWriter(m_settings.yieldToGui);
    // Its commits do not wait for the disk: the WAL is checkpointed on a thread of its own.
    m_database->setCheckpointApart(true);
    if (const Error e = m_database->open(m_databasePath)) {
        *error = e.detail;
        m_database.reset();
        return false;
    }
    if (!m_fetcher) {
        m_fetcher = new HttpFetcher(m_settings, this);
        connect(m_fetcher, &HttpFetcher::finished, this, &SyncWorker::onFetched);
    }
    m_run = std::make_unique<SyncRun>(*m_database, m_settings);
    m_placer = std::make_unique<ClusterPlacer>(*m_run);
    connect(m_placer.get(), &ClusterPlacer::recorded, this, &SyncWorker::finishIfDone);
    m_pages = std::make_unique<PageCompleter>(*m_run, *m_fetcher, *m_placer);
    m_pipeline = std::make_unique<FeedPipeline>(*m_run, *m_pages, *m_placer);
    connect(m_pipeline.get(), &FeedPipeline::stored, this, &SyncWorker::onStored);
    m_batches = std::make_unique<BatchCommitter>(*m_run, *m_placer);
    if (!m_database->isServer()) {
        m_replica = std::make_unique<ReplicaLink>(*m_database);
        connect(m_replica.get(), &ReplicaLink::changed, this, &SyncWorker::teamChanged);
        connect(m_replica.get(), &ReplicaLink::pulled, this, &SyncWorker::teamPulled);
    }
    return true;
}

void SyncWorker::start(const SyncRequest &request)
{
    if (m_running) {
        qCWarning(lcSync) << "a sync is already running; request ignored";
        return;
    }
    if (m_placingUnplaced) {
        m_afterPlacing = request;
        return;
    }
    QString error;
    if (!ensureOpen(&error) || m_database->isReadOnly()) {
        // A read-only cache keeps nothing a sync would fetch: nothing is fetched.
        SyncReport report;
        report.error = error.isEmpty() ? QStringLiteral("the cache %1 is read-only (%2); nothing was synced")
                                             .arg(m_databasePath, m_database->readOnlyReason())
                                       : error;
        Q_EMIT finished(report);
        return;
    }
    // A cache joined to a team does not fetch: it exchanges with the team server (ReplicaLink).
    if (m_replica && (request.teamAction != SyncRequest::TeamAction::None || m_replica->isJoined())) {
        m_running = true;
        Q_EMIT started(0);
        const SyncReport report = m_replica->run(request);
        m_running = false;
        Q_EMIT finished(report);
        return;
    }
    // Articles without a cluster, which new ones must be placed among: those a stopped sync (killed,
    // or a full disk) stored but did not place, or all of them after a schema step re-clustered.
    const Result<int> unplaced = ClusterRepository(*m_database).unplacedCount();
    if (!unplaced) { // the cache cannot be read: nothing would be stored either
        SyncReport report;
        report.error = unplaced.error().detail;
        Q_EMIT finished(report);
        return;
    }
    if (*unplaced > 0) {
        m_afterPlacing = request;
        placeUnplaced();
        return;
    }
    run(request);
}

void SyncWorker::changeTeamSource(const TeamSourceChange &change)
{
    if (m_placingUnplaced) {
        m_changesAfterPlacing << change;
        return;
    }
    QString error;
    TeamSourceResult refused;
    refused.change = change;
    if (!ensureOpen(&error))
        refused.error = {Error::Database, error};
    else if (m_database->isReadOnly()) // it could not pull the change: the server is not asked either
        refused.error = {
            Error::ReadOnly,
            QStringLiteral("the cache %1 is read-only (%2)").arg(m_databasePath, m_database->readOnlyReason())};
    else if (!m_replica || !m_replica->isJoined())
        refused.error = {Error::InvalidInput, QStringLiteral("this cache is not joined to a team server")};
    if (refused.error) {
        Q_EMIT teamSourceChanged(refused);
        return;
    }
    Q_EMIT teamSourceChanged(m_replica->changeSource(change));
}

void SyncWorker::run(const SyncRequest &request)
{
    m_running = true;
    m_run->cancelled = false;
    m_fetcher->forgetTimeouts(); // a host that timed out last time gets its chance again
    m_run->startedAt.clear();
    m_report = {};
    m_clock.start();
    m_settling = false;
    // A cache's run has two phases: the articles are stored (and show) first, with their tags and
    // relevance; their search index (SyncRun::resetIngester()) and story clusters follow
    // (finishIfDone()). A team server places as it stores: the desktops pull all of it at once.
    m_placer->setHolding(!m_database->isServer());
    m_batches->begin();
    const QList<FetchRequest> requests = requestsFor(request);
    if (requests.isEmpty()) {
        finishIfDone();
        return;
    }
    for (const FetchRequest &fetch : requests)
        m_fetcher->fetch(fetch);
}

QList<FetchRequest> SyncWorker::requestsFor(const SyncRequest &request)
{
    SourceRepository sources(*m_database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> ids = request.sourceIds;
    if (ids.isEmpty())
        ids = request.dueOnly ? sources.due(now) : sources.enabledIds();
    else if (request.dueOnly) {
        const QList<qint64> due = sources.due(now);
        ids.removeIf([&due](qint64 id) { return !due.contains(id); });
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    m_total = int(ids.size());
    Q_EMIT started(m_total);
    qCInfo(lcSync) << "sync of" << m_total << "sources";

    QList<FetchRequest> requests;
    QList<SourceSyncResult> missing;
    for (const qint64 id : std::as_const(ids)) {
        // A source that is gone, or cannot be read, fails here with the reason ("no source with id N").
        const Result<Source> source = sources.byId(id);
        const Result<SourceStatus> status = source ? sources.status(id) : Result<SourceStatus>(source.error());
        if (!status) {
            SourceSyncResult gone;
            gone.id = id;
            gone.status = SyncStatus::Error;
            gone.error = status.error().detail;
            gone.errorCode = status.error().code;
            gone.finishedAt = now;
            missing << gone;
            continue;
        }
        FetchRequest fetch;
        fetch.id = id;
        fetch.url = source->url;
        fetch.etag = status->etag;
        fetch.lastModified = status->lastModified;
        m_run->startedAt.insert(id, now.toSecsSinceEpoch());
        requests << fetch;
    }
    announce(missing);
    return requests;
}

void SyncWorker::cancel()
{
    if (!m_running) {
        if (m_afterPlacing) { // a sync that waits for the placing: it never starts
            m_afterPlacing.reset();
            SyncReport report;
            report.cancelled = true;
            Q_EMIT finished(report);
        }
        return;
    }
    m_run->cancelled = true;
    m_fetcher->abortAll(QStringLiteral("cancelled"));
}

void SyncWorker::onFetched(const FetchResult &result)
{
    if (!m_running)
        return;
    if (result.purpose == FetchPurpose::Page) {
        m_pages->complete(result);
        finishIfDone();
    } else if (m_run->cancelled) {
        onStored(m_pipeline->cancelled(result));
    } else {
        m_pipeline->take(result);
    }
}

void SyncWorker::onStored(const SourceSyncResult &result)
{
    if (!m_running)
        return;
    announce(m_batches->add(result));
    finishIfDone();
}

void SyncWorker::announce(const QList<SourceSyncResult> &results)
{
    for (const SourceSyncResult &result : results) {
        m_report.sources << result;
        Q_EMIT sourceFinished(result);
        Q_EMIT progress(int(m_report.sources.size()), m_total);
    }
}

void SyncWorker::finishIfDone()
{
    if (!m_running)
        return;
    if (!m_settling) {
        if (m_report.sources.size() + m_batches->held() < m_total || m_pages->busy())
            return;
        announce(m_batches->commit());
        m_settling = true;
        m_storedAtMs = m_clock.elapsed();
        qCInfo(lcSync) << "articles stored after" << m_storedAtMs << "ms; indexing and grouping them";
        if (!m_database->isServer())
            Q_EMIT articlesStored();
        m_placer->placeHeld();
        m_indexing = true;
        indexNextPending();
        return;
    }
    if (m_indexing || m_placer->busy())
        return;
    finishRun();
}

void SyncWorker::indexNextPending()
{
    // Also when cancelled: what the run stored shows, so a search must find it too (its story
    // clusters are placed either way, ClusterPlacer::record()).
    const Result<int> indexed = indexPendingBatch();
    if (indexed && *indexed > 0) {
        QMetaObject::invokeMethod(this, &SyncWorker::indexNextPending, Qt::QueuedConnection);
        return;
    }
    m_indexing = false;
    if (!m_database->isServer()) // a team server indexes as it stores
        qCInfo(lcSync) << "search index caught up" << m_clock.elapsed() - m_storedAtMs
                       << "ms after the articles were stored";
    finishIfDone();
}

Result<int> SyncWorker::indexPendingBatch()
{
    if (m_database->isServer())
        return 0;
    // The reader's own writes wait for one batch at most (WriteGate): a small one there.
    const Result<int> indexed = SearchIndex::indexPendingBatch(*m_database, m_settings.yieldToGui ? 64 : 2000);
    if (!indexed) // a full disk, say: they stay listed, and the next start indexes them
        qCWarning(lcSync) << "could not index articles for search:" << indexed.error().detail;
    return indexed;
}

void SyncWorker::finishRun()
{
    // Sources finish in whatever order their servers and parsing allow; the report lists them by
    // id, so that it reads the same from one run to the next.
    std::stable_sort(m_report.sources.begin(), m_report.sources.end(),
                     [](const SourceSyncResult &a, const SourceSyncResult &b) { return a.id < b.id; });
    m_report.ms = m_clock.elapsed();
    m_report.cancelled = m_run->cancelled;
    m_running = false;
    qCInfo(lcSync) << "sync finished in" << m_report.ms << "ms," << m_report.failures() << "failures";
    Q_EMIT finished(m_report);
}

} // namespace Medtour
