// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedpipeline.h"

#include "core/logging.h"
#include "storage/articlerepository.h"
#include "storage/contentcodec.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "storage/transaction.h"
#include "sync/clusterplacer.h"
#include "sync/pagecompleter.h"
#include "sync/sourcemoves.h"
#include "sync/syncerror.h"
#include "sync/syncrun_p.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFutureWatcher>
#include <QPromise>
#include <QThread>

#include <algorithm>

namespace Medtour {

FeedPipeline::FeedPipeline(SyncRun &run, PageCompleter &pages, ClusterPlacer &placer, QObject *parent)
    : QObject(parent)
    , m_run(run)
    , m_pages(pages)
    , m_placer(placer)
{
    // A preparer per core. The sync thread writes meanwhile, but a cache's first phase (story
    // clusters and the search index wait for the second) leaves it idle half the time: with one
    // preparer fewer than cores, preparing was what the articles waited for.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    m_pool.setObjectName(QStringLiteral("medtour-prepare"));
}

FeedPipeline::~FeedPipeline()
{
    m_pool.waitForDone();
}

void FeedPipeline::take(const FetchResult &fetched)
{
    if (fetched.outcome == FetchResult::Outcome::Ok) {
        if (Result<Source> source = SourceRepository(m_run.database).byId(fetched.id)) {
            prepareThenStore(fetched, std::move(source).value());
            return;
        } // else store() reports why
    }
    Q_EMIT stored(store(fetched));
}

void FeedPipeline::prepareThenStore(const FetchResult &fetched, Source source)
{
    auto promise = std::make_shared<QPromise<PreparedFeed>>();
    auto *watcher = new QFutureWatcher<PreparedFeed>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, fetched] {
        // Stored from a posted event of low priority: what the network reports meanwhile (a fetch
        // ended, so the next one starts) goes first. Stored here at once, a run of prepared feeds
        // held the fetches back and the preparers then ran dry.
        m_toStore.push_back({fetched, watcher});
        QCoreApplication::postEvent(this, new QEvent(kStoreEvent), Qt::LowEventPriority);
    });
    watcher->setFuture(promise->future());
    m_pool.start([promise, body = fetched.body, source = std::move(source), contentType = fetched.contentType,
                  baseUrl = fetched.finalUrl, yield = m_run.settings.yieldToGui, pack = !m_run.database.isServer()] {
        lowerPoolThread(yield);
        promise->start();
        // A cache's sync indexes for search after it has stored (SyncWorker): no tokens needed now.
        PreparedFeed prepared = FeedIngester::prepare(body, source, contentType, baseUrl, !pack);
        // A cache stores long text compressed: done here, not on the writing thread.
        for (qsizetype i = 0; pack && i < prepared.articles.size() && i < prepared.feed.items.size(); ++i) {
            PreparedArticle &article = prepared.articles[i];
            article.packedHtml = ContentCodec::pack(prepared.feed.items.at(i).contentHtml);
            article.packedText = ContentCodec::pack(article.cleanText);
        }
        promise->addResult(std::move(prepared));
        promise->finish();
    });
}

bool FeedPipeline::event(QEvent *event)
{
    if (event->type() != kStoreEvent)
        return QObject::event(event);
    if (m_toStore.empty())
        return true;
    const auto [fetched, watcher] = std::move(m_toStore.front());
    m_toStore.pop_front();
    watcher->deleteLater();
    if (m_run.cancelled || watcher->future().resultCount() == 0) {
        Q_EMIT stored(cancelled(fetched));
        return true;
    }
    PreparedFeed prepared = watcher->future().takeResult();
    const SourceSyncResult result = store(fetched, &prepared);
    // Freed where it was allocated: glibc frees another thread's memory under that thread's
    // arena lock, and the sync thread waited on it thousands of times a sync.
    m_pool.start([gone = std::move(prepared)] { Q_UNUSED(gone) });
    Q_EMIT stored(result);
    return true;
}

SourceSyncResult FeedPipeline::cancelled(const FetchResult &fetched) const
{
    SourceSyncResult done;
    done.id = fetched.id;
    done.status = SyncStatus::Error;
    done.error = fetched.error.isEmpty() ? QStringLiteral("cancelled") : fetched.error;
    done.errorCode = Error::Cancelled;
    done.finishedAt = QDateTime::currentDateTimeUtc();
    if (const Result<Source> source = SourceRepository(m_run.database).byId(fetched.id)) {
        done.name = source->name;
        done.url = source->url;
    } // else the source stays unnamed in the report: it was cancelled either way
    return done;
}

SourceSyncResult FeedPipeline::store(const FetchResult &fetched, const PreparedFeed *prepared)
{
    SourceRepository sources(m_run.database);
    SourceSyncResult out;
    out.id = fetched.id;
    out.httpStatus = fetched.httpStatus;
    out.bytes = fetched.bytes;
    out.ms = fetched.elapsedMs;
    out.finishedAt = QDateTime::currentDateTimeUtc();
    const auto failed = [&out](const Error &error) {
        out.status = SyncStatus::Error;
        out.error = error.detail;
        out.errorCode = error.code;
        return out;
    };
    Result<Source> source = sources.byId(fetched.id); // a permanent redirect may move it (SourceMoves)
    if (!source) {
        return failed(source.error().code == Error::NotFound
                          ? Error{Error::NotFound, QStringLiteral("the source was removed during the sync")}
                          : source.error());
    }
    out.name = source->name;
    out.url = source->url;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<SourceStatus> stored = sources.status(fetched.id);
    if (!stored)
        return failed(stored.error());
    SourceStatus status = std::move(stored).value();
    status.lastAttempt = m_run.attemptOf(fetched.id, now);
    status.httpStatus = fetched.httpStatus;
    status.nextDue = now.addSecs(qint64(std::max(1, source->intervalMinutes)) * 60);
    status.itemsNew = 0;
    status.itemsUpdated = 0;

    switch (fetched.outcome) {
    case FetchResult::Outcome::NotModified:
        out.status = SyncStatus::NotModified;
        status.lastSuccess = now;
        status.error.clear();
        break;
    case FetchResult::Outcome::Failed:
        out.status = SyncStatus::Error;
        out.error = fetched.error;
        out.errorCode = fetched.errorCode;
        status.error = fetched.error;
        if (fetched.retryAfterSecs >= 0) {
            status.nextDue = now.addSecs(std::max<qint64>(fetched.retryAfterSecs, 1));
            out.retryAt = status.nextDue;
        }
        break;
    case FetchResult::Outcome::Ok: {
        SourceMoves::follow(sources, source.value(), status, fetched.permanentUrl);
        out.url = source->url;
        const bool nameIsUrl = source->name.isEmpty() || source->name == source->url.toString() ||
                               source->name == fetched.finalUrl.toString();
        Source ingestAs = *source;
        if (nameIsUrl)
            ingestAs.name.clear();      // take the feed's title
        Savepoint part(m_run.database); // in a batch: this feed all or nothing, the batch goes on
        FeedIngester &ingester = *m_run.ingester;
        Result<IngestReport> report =
            prepared ? ingester.ingest(*prepared, ingestAs)
                     : ingester.ingest(fetched.body, ingestAs, fetched.contentType, fetched.finalUrl);
        if (report && part.began()) {
            if (Error e = part.release()) {
                report = e;
                ingester.takeToPlace(); // rolled back: nothing of it to place
            }
        }
        m_placer.placeStored(); // what it committed, also when a later part failed
        if (!report) {
            Error failure = report.error();
            if (failure.code == Error::Database || failure.code == Error::Io)
                failure.code = m_run.database.errorCodeFor(failure.detail); // a full disk says "disk I/O error"
            out.status = SyncStatus::Error;
            out.error = storeFailure(failure);
            out.errorCode = failure.code;
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
            m_pages.fetch(withId, report->needFullPage);
        }
        out.status = SyncStatus::Ok;
        out.added = report->stats.added;
        out.updated = report->stats.updated;
        const Result<QList<NewArticle>> added = newArticles(report->stats);
        if (added)
            out.newArticles = *added;
        status.etag = fetched.etag;
        status.lastModified = fetched.lastModified;
        status.lastSuccess = now;
        status.itemsNew = out.added;
        status.itemsUpdated = out.updated;
        // A feed read with problems (cut short, bad items) is kept, and the problem shown.
        status.error = report->parseErrors.isEmpty()
                           ? QString()
                           : QStringLiteral("warning: %1").arg(report->parseErrors.constFirst());
        // Stored, but the new articles could not be read back to announce them: shown the same way.
        if (!added)
            status.error = QStringLiteral("warning: %1").arg(added.error().detail);
        out.error = status.error;
        break;
    }
    }
    status.errorCode = out.status == SyncStatus::Error ? SyncError::codeName(out.errorCode) : QString();
    if (const Error e = sources.recordFetch(source->id, status, fetched.bytes))
        qCWarning(lcSync) << "cannot record the fetch of" << source->url << e.detail;
    return out;
}

QString FeedPipeline::storeFailure(const Error &error)
{
    return error.code == Error::DiskFull
               ? tr("Disk full: this feed was not stored completely; free some space and sync again (%1)")
                     .arg(error.detail)
               : error.detail;
}

Result<QList<NewArticle>> FeedPipeline::newArticles(const IngestStats &stats) const
{
    QList<qint64> ids;
    for (const StoredArticle &a : stats.stored) {
        if (a.added)
            ids << a.id;
    }
    if (ids.isEmpty())
        return QList<NewArticle>();
    const Result<QHash<qint64, double>> relevance = ArticleRepository(m_run.database).relevances(ids);
    if (!relevance)
        return relevance.error();
    QList<NewArticle> out;
    out.reserve(ids.size());
    for (const StoredArticle &a : stats.stored) {
        if (a.added)
            out << NewArticle{a.id, a.title, relevance->value(a.id)};
    }
    return out;
}

} // namespace Medtour
