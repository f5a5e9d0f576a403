// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncworker.h"

#include "core/logging.h"
#include "core/threadpriority.h"
#include "extract/pageextractor.h"
#include "storage/articlerepository.h"
#include "storage/clusterrepository.h"
#include "storage/database.h"
#include "storage/pagefetchrepository.h"
#include "storage/sourcerepository.h"
#include "storage/transaction.h"
#include "sync/feedingester.h"
#include "sync/syncerror.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QPromise>
#include <QThread>

#include <algorithm>
#include <optional>
#include <utility>

namespace Medtour {

namespace {

/// Pool threads of the reader's sync run below the GUI; lowered once per thread.
void lowerPoolThread(bool yieldToGui)
{
    thread_local bool lowered = false;
    if (yieldToGui && !std::exchange(lowered, true))
        ThreadPriority::lowerCurrentThread();
}

} // namespace

SyncWorker::SyncWorker(const QString &databasePath, const FetchSettings &settings)
    : m_databasePath(databasePath)
    , m_settings(settings)
{
    // One core writes (this thread); the others prepare. One preparer keeps up on two cores.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    m_pool.setObjectName(QStringLiteral("medtour-prepare"));
    m_placer.setMaxThreadCount(1);
    m_placer.setObjectName(QStringLiteral("medtour-cluster"));
}

SyncWorker::~SyncWorker()
{
    m_placer.waitForDone(); // it places into the ingester's index
    m_pool.waitForDone();
    m_batch.reset();  // a sync cut short keeps nothing of its open batch
    delete m_fetcher; // before the connection goes: nothing may report into a closed cache
    m_fetcher = nullptr;
    m_ingester.reset();
    m_database.reset(); // closes and removes this thread's connection, in this thread
}

bool SyncWorker::ensureOpen(QString *error)
{
    if (m_database && m_database->isOpen())
        return true;
    // The sync thread itself keeps normal priority: it holds WriteGate while it writes, and a
    // lowered writer starved by other processes would keep a waiting star waiting (priority
    // inversion). Its heavy work (parsing, cleaning, tagging) runs on the lowered pool threads.
    m_database = std::make_unique<Database>(QStringLiteral("sync"));
    // In the reader a star from the GUI goes before the sync's next transaction (WriteGate).
    m_database->setBackgroundWriter(m_settings.yieldToGui);
    if (const Error e = m_database->open(m_databasePath)) {
        *error = e.detail;
        m_database.reset();
        return false;
    }
    m_ingester = std::make_unique<FeedIngester>(*m_database);
    m_ingester->setPlaceLater(true);
    if (!m_fetcher) {
        m_fetcher = new HttpFetcher(m_settings, this);
        connect(m_fetcher, &HttpFetcher::finished, this, &SyncWorker::onFetched);
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
    if (!ensureOpen(&error)) {
        SyncReport report;
        report.error = error;
        Q_EMIT finished(report);
        return;
    }
    // Articles without a cluster, which new ones must be placed among: those a stopped sync (killed,
    // or a full disk) stored but did not place, or all of them after a schema step re-clustered.
    if (ClusterRepository(*m_database).unplacedCount() > 0) {
        m_afterPlacing = request;
        placeUnplaced();
        return;
    }
    run(request);
}

void SyncWorker::run(const SyncRequest &request)
{
    m_running = true;
    m_cancelled = false;
    m_report = {};
    m_startedAt.clear();
    m_clock.start();
    m_heldFrom = 0;
    beginBatch();

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
    for (const qint64 id : std::as_const(ids)) {
        const std::optional<Source> source = sources.byId(id);
        if (!source) {
            SourceSyncResult missing;
            missing.id = id;
            missing.status = QStringLiteral("error");
            missing.error = QStringLiteral("no source with id %1").arg(id);
            missing.errorCode = Error::NotFound;
            missing.finishedAt = now;
            m_report.sources << missing;
            continue;
        }
        const SourceStatus status = sources.status(id);
        FetchRequest fetch;
        fetch.id = id;
        fetch.url = source->url;
        fetch.etag = status.etag;
        fetch.lastModified = status.lastModified;
        m_startedAt.insert(id, now.toSecsSinceEpoch());
        requests << fetch;
    }
    for (const SourceSyncResult &missing : std::as_const(m_report.sources)) {
        Q_EMIT sourceFinished(missing);
        Q_EMIT progress(int(m_report.sources.size()), m_total);
    }
    if (requests.isEmpty()) {
        finishRun();
        return;
    }
    for (const FetchRequest &fetch : std::as_const(requests))
        m_fetcher->fetch(fetch);
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
    m_cancelled = true;
    m_fetcher->abortAll(QStringLiteral("cancelled"));
}

void SyncWorker::onFetched(const FetchResult &result)
{
    if (!m_running)
        return;
    if (result.id < 0) {
        completeFromPage(result);
        return;
    }
    if (m_cancelled) {
        report(cancelledResult(result));
        return;
    }
    if (result.outcome == FetchResult::Outcome::Ok) {
        if (std::optional<Source> source = SourceRepository(*m_database).byId(result.id)) {
            prepareThenStore(result, std::move(*source));
            return;
        }
    }
    report(store(result));
}

void SyncWorker::prepareThenStore(const FetchResult &fetched, Source source)
{
    if (fetched.permanentUrl.isValid())
        source.url = fetched.permanentUrl; // as store() will have it
    auto promise = std::make_shared<QPromise<PreparedFeed>>();
    auto *watcher = new QFutureWatcher<PreparedFeed>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, fetched] {
        watcher->deleteLater();
        if (!m_running)
            return;
        if (m_cancelled || watcher->future().resultCount() == 0) {
            report(cancelledResult(fetched));
            return;
        }
        PreparedFeed prepared = watcher->future().takeResult();
        report(store(fetched, &prepared));
        // Freed where it was allocated: glibc frees another thread's memory under that thread's
        // arena lock, and the sync thread waited on it thousands of times a sync.
        m_pool.start([gone = std::move(prepared)] { Q_UNUSED(gone) });
    });
    watcher->setFuture(promise->future());
    m_pool.start([promise, body = fetched.body, source = std::move(source), contentType = fetched.contentType,
                  baseUrl = fetched.finalUrl, yield = m_settings.yieldToGui] {
        lowerPoolThread(yield);
        promise->start();
        promise->addResult(FeedIngester::prepare(body, source, contentType, baseUrl));
        promise->finish();
    });
}

SourceSyncResult SyncWorker::cancelledResult(const FetchResult &fetched)
{
    // Status in the cache stays as the last real attempt left it.
    SourceSyncResult done;
    done.id = fetched.id;
    done.status = QStringLiteral("error");
    done.error = fetched.error.isEmpty() ? QStringLiteral("cancelled") : fetched.error;
    done.errorCode = Error::Cancelled;
    done.finishedAt = QDateTime::currentDateTimeUtc();
    if (const std::optional<Source> source = SourceRepository(*m_database).byId(fetched.id)) {
        done.name = source->name;
        done.url = source->url;
    }
    return done;
}

void SyncWorker::report(const SourceSyncResult &done)
{
    m_report.sources << done;
    if (!m_batch) {
        m_heldFrom = m_report.sources.size();
        Q_EMIT sourceFinished(done);
        Q_EMIT progress(int(m_report.sources.size()), m_total);
    } else if (m_report.sources.size() - m_heldFrom >= kSourcesPerBatch || m_batchAge.elapsed() >= kBatchMs) {
        commitBatch();
        beginBatch();
    }
    finishIfDone();
}

void SyncWorker::beginBatch()
{
    if (m_settings.yieldToGui || m_batch)
        return;
    m_batch = std::make_unique<TransactionScope>(*m_database);
    if (!m_batch->began()) {
        qCWarning(lcSync) << "cannot begin a transaction; storing one feed per transaction";
        m_batch.reset();
        return;
    }
    m_batchAge.start();
}

void SyncWorker::commitBatch()
{
    if (!m_batch)
        return;
    const Error error = m_batch->commit();
    m_batch.reset();
    if (error) {
        qCWarning(lcSync) << "a batch of feeds could not be stored:" << error.detail;
        // What the cache does not hold must not be reported as stored, and the clustering index
        // must forget articles whose rows (and ids) went with the batch.
        for (qsizetype i = m_heldFrom; i < m_report.sources.size(); ++i) {
            SourceSyncResult &r = m_report.sources[i];
            if (r.status == u"error")
                continue;
            r.status = QStringLiteral("error");
            r.errorCode = error.code == Error::DiskFull ? Error::DiskFull : Error::Database;
            r.error = storeFailure(error);
            r.added = r.updated = 0;
            r.newArticles.clear();
        }
        recordStatusAgain(m_heldFrom);
        m_placer.waitForDone();
        ++m_placementEpoch;
        m_placing = 0;
        m_ingester = std::make_unique<FeedIngester>(*m_database);
        m_ingester->setPlaceLater(true);
    }
    for (qsizetype i = m_heldFrom; i < m_report.sources.size(); ++i) {
        Q_EMIT sourceFinished(m_report.sources.at(i));
        Q_EMIT progress(int(i + 1), m_total);
    }
    m_heldFrom = m_report.sources.size();
}

void SyncWorker::recordStatusAgain(qsizetype from)
{
    // The sources' status rows went with the batch that could not commit. Without them `sources
    // list` and the Sources dialog would show the sync before as the last word. Validators and the
    // last success stay as they were, so the next fetch is a full one.
    SourceRepository sources(*m_database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = from; i < m_report.sources.size(); ++i) {
        const SourceSyncResult &r = m_report.sources.at(i);
        const std::optional<Source> source = sources.byId(r.id);
        if (!source)
            continue;
        SourceStatus status = sources.status(r.id);
        status.lastAttempt = QDateTime::fromSecsSinceEpoch(m_startedAt.value(r.id, now.toSecsSinceEpoch()), Qt::UTC);
        status.httpStatus = r.httpStatus;
        status.itemsNew = 0;
        status.itemsUpdated = 0;
        status.nextDue =
            r.retryAt.isValid() ? r.retryAt : now.addSecs(qint64(std::max(1, source->intervalMinutes)) * 60);
        status.error = r.error;
        status.errorCode = SyncError::codeName(r.errorCode);
        if (const Error e = sources.recordFetch(r.id, status, r.bytes))
            qCWarning(lcSync) << "cannot record the failed fetch of" << source->url << e.detail;
    }
}

void SyncWorker::finishIfDone()
{
    if (m_report.sources.size() >= m_total && m_pages.isEmpty() && m_placing == 0) {
        commitBatch();
        finishRun();
    }
}

void SyncWorker::placeStored()
{
    QList<ArticleEnricher::ToPlace> batch = m_ingester->takeToPlace();
    if (batch.isEmpty())
        return;
    ++m_placing;
    auto promise = std::make_shared<QPromise<ArticleEnricher::Placed>>();
    auto *watcher = new QFutureWatcher<ArticleEnricher::Placed>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, epoch = m_placementEpoch] {
        watcher->deleteLater();
        if (epoch != m_placementEpoch)
            return; // its articles went with a batch that failed
        --m_placing;
        if (watcher->future().resultCount() > 0)
            recordPlacements(watcher->future().takeResult());
        finishIfDone();
    });
    watcher->setFuture(promise->future());
    ArticleEnricher *enricher = &m_ingester->enricher();
    m_placer.start([promise, enricher, batch = std::move(batch), yield = m_settings.yieldToGui] {
        lowerPoolThread(yield);
        promise->start();
        promise->addResult(enricher->place(batch));
        promise->finish();
    });
}

void SyncWorker::recordPlacements(const ArticleEnricher::Placed &placed)
{
    // Even when cancelled: the index holds these placements, the cache should too. Should this
    // fail (a full disk), the articles stay unplaced in the cache and the next sync places them.
    TransactionScope transaction(*m_database);
    std::optional<Savepoint> part; // in a batch: a failure here must not take the feeds with it
    if (m_batch)
        part.emplace(*m_database);
    Error error = transaction.began() ? m_ingester->enricher().record(placed)
                                      : Error{Error::Database, QStringLiteral("cannot begin a transaction")};
    if (!error && part && part->began())
        error = part->release();
    if (!error)
        error = transaction.commit();
    if (error)
        qCWarning(lcSync) << "could not store the clusters of" << placed.placements.size()
                          << "articles:" << error.detail;
}

void SyncWorker::fetchPages(const Source &source, const QList<FeedItem> &items)
{
    // A bounded number per source and sync: a feed of 500 summaries must not mean 500 page loads at once.
    constexpr int kMaxPagesPerSource = FeedIngester::kMaxPageLinks; // a `page` source's links, all of them
    for (const FeedItem &item : items.mid(0, kMaxPagesPerSource)) {
        const qint64 key = m_nextPageKey--;
        m_pages.insert(key, {source, item});
        FetchRequest fetch;
        fetch.id = key;
        fetch.url = item.link;
        m_fetcher->fetch(fetch);
    }
}

void SyncWorker::completeFromPage(const FetchResult &page)
{
    const PageJob job = m_pages.take(page.id);
    if (!m_cancelled && page.outcome == FetchResult::Outcome::Ok) {
        const ExtractedPage extracted = PageExtractor().extract(page.body, page.finalUrl, page.contentType);
        Savepoint part(*m_database); // in a batch
        const Result<bool> completed = m_ingester->completeFromPage(job.item, extracted, job.source);
        if (completed && part.began() && part.release())
            m_ingester->takeToPlace(); // rolled back after all: nothing of it to place
        if (!completed)
            qCWarning(lcSync) << "could not complete" << job.item.link << "from its page:" << completed.error().detail;
        else if (*completed)
            qCDebug(lcSync) << "completed" << job.item.link << "from its page";
        else
            notePageFailure(job, false, QStringLiteral("no article text on the page"));
        placeStored();
    } else if (!m_cancelled) {
        // The summary stays; the article is still there, only shorter.
        qCInfo(lcSync) << "page" << job.item.link << "not fetched:" << page.error;
        notePageFailure(job, page.httpStatus == 404 || page.httpStatus == 410, page.error);
    }
    finishIfDone();
}

void SyncWorker::notePageFailure(const PageJob &job, bool gone, const QString &error)
{
    // Only a `page` source asks again for pages it could not read; a feed's article keeps its
    // summary and is not fetched twice.
    if (job.source.kind != Source::Kind::Page)
        return;
    if (const Error e =
            PageFetchRepository(*m_database).noteFailure(job.source.id, PreparedArticle::guidOf(job.item), gone, error))
        qCWarning(lcSync) << "cannot note the failed page" << job.item.link << e.detail;
}

SourceSyncResult SyncWorker::store(const FetchResult &fetched, PreparedFeed *prepared)
{
    SourceRepository sources(*m_database);
    SourceSyncResult out;
    out.id = fetched.id;
    out.httpStatus = fetched.httpStatus;
    out.bytes = fetched.bytes;
    out.ms = fetched.elapsedMs;
    out.finishedAt = QDateTime::currentDateTimeUtc();
    std::optional<Source> source = sources.byId(fetched.id);
    if (!source) {
        out.status = QStringLiteral("error");
        out.error = QStringLiteral("the source was removed during the sync");
        out.errorCode = Error::NotFound;
        return out;
    }
    out.name = source->name;
    out.url = source->url;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    SourceStatus status = sources.status(fetched.id);
    status.lastAttempt = QDateTime::fromSecsSinceEpoch(m_startedAt.value(fetched.id, now.toSecsSinceEpoch()), Qt::UTC);
    status.httpStatus = fetched.httpStatus;
    status.nextDue = now.addSecs(qint64(std::max(1, source->intervalMinutes)) * 60);
    status.itemsNew = 0;
    status.itemsUpdated = 0;

    switch (fetched.outcome) {
    case FetchResult::Outcome::NotModified:
        out.status = QStringLiteral("not-modified");
        status.lastSuccess = now;
        status.error.clear();
        break;
    case FetchResult::Outcome::Failed:
        out.status = QStringLiteral("error");
        out.error = fetched.error;
        out.errorCode = fetched.errorCode;
        status.error = fetched.error;
        if (fetched.retryAfterSecs >= 0) {
            status.nextDue = now.addSecs(std::max<qint64>(fetched.retryAfterSecs, 1));
            out.retryAt = status.nextDue;
        }
        break;
    case FetchResult::Outcome::Ok: {
        if (fetched.permanentUrl.isValid() && fetched.permanentUrl != source->url) {
            if (const Error e = sources.setUrl(source->id, fetched.permanentUrl))
                qCWarning(lcSync) << "keeping" << source->url << ":" << e.detail;
            else {
                qCInfo(lcSync) << source->url << "moved permanently to" << fetched.permanentUrl;
                source->url = fetched.permanentUrl;
                out.url = source->url;
            }
        }
        const bool nameIsUrl = source->name.isEmpty() || source->name == source->url.toString() ||
                               source->name == fetched.finalUrl.toString();
        Source ingestAs = *source;
        if (nameIsUrl)
            ingestAs.name.clear();   // take the feed's title
        Savepoint part(*m_database); // in a batch: this feed all or nothing, the batch goes on
        Result<IngestReport> report =
            prepared ? m_ingester->ingest(*prepared, ingestAs)
                     : m_ingester->ingest(fetched.body, ingestAs, fetched.contentType, fetched.finalUrl);
        if (report && part.began()) {
            if (Error e = part.release()) {
                report = e;
                m_ingester->takeToPlace(); // rolled back: nothing of it to place
            }
        }
        placeStored(); // what it committed, also when a later part failed
        if (!report) {
            out.status = QStringLiteral("error");
            out.error = storeFailure(report.error());
            out.errorCode = report.error().code;
            status.error = out.error;
            break; // validators kept as they were, so the next fetch is a full one
        }
        if (nameIsUrl && !report->sourceName.isEmpty() && report->sourceName != source->name) {
            sources.setName(source->id, report->sourceName);
            out.name = report->sourceName;
        }
        if ((source->fetchFullPage || source->kind == Source::Kind::Page) && !report->needFullPage.isEmpty()) {
            Source withId = *source;
            withId.id = report->sourceId;
            fetchPages(withId, report->needFullPage);
        }
        out.status = QStringLiteral("ok");
        out.added = report->stats.added;
        out.updated = report->stats.updated;
        out.newArticles = newArticles(report->stats);
        status.etag = fetched.etag;
        status.lastModified = fetched.lastModified;
        status.lastSuccess = now;
        status.itemsNew = out.added;
        status.itemsUpdated = out.updated;
        // A feed read with problems (cut short, bad items) is kept, and the problem shown.
        status.error = report->parseErrors.isEmpty()
                           ? QString()
                           : QStringLiteral("warning: %1").arg(report->parseErrors.constFirst());
        out.error = status.error;
        break;
    }
    }
    status.errorCode = out.status == u"error" ? SyncError::codeName(out.errorCode) : QString();
    if (const Error e = sources.recordFetch(source->id, status, fetched.bytes))
        qCWarning(lcSync) << "cannot record the fetch of" << source->url << e.detail;
    return out;
}

QString SyncWorker::storeFailure(const Error &error)
{
    return error.code == Error::DiskFull
               ? tr("Disk full: this feed was not stored completely; free some space and sync again (%1)")
                     .arg(error.detail)
               : error.detail;
}

QList<NewArticle> SyncWorker::newArticles(const IngestStats &stats) const
{
    QList<qint64> ids;
    for (const StoredArticle &a : stats.stored) {
        if (a.added)
            ids << a.id;
    }
    if (ids.isEmpty())
        return {};
    const QHash<qint64, double> relevance = ArticleRepository(*m_database).relevances(ids);
    QList<NewArticle> out;
    out.reserve(ids.size());
    for (const StoredArticle &a : stats.stored) {
        if (a.added)
            out << NewArticle{a.id, a.title, relevance.value(a.id)};
    }
    return out;
}

void SyncWorker::finishRun()
{
    // Sources finish in whatever order their servers and parsing allow; the report lists them by
    // id, so that it reads the same from one run to the next.
    std::stable_sort(m_report.sources.begin(), m_report.sources.end(),
                     [](const SourceSyncResult &a, const SourceSyncResult &b) { return a.id < b.id; });
    m_report.ms = m_clock.elapsed();
    m_report.cancelled = m_cancelled;
    m_running = false;
    qCInfo(lcSync) << "sync finished in" << m_report.ms << "ms," << m_report.failures() << "failures";
    Q_EMIT finished(m_report);
}

} // namespace Medtour
