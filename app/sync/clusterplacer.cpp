// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterplacer.h"

#include "core/logging.h"
#include "core/threadpriority.h"
#include "storage/transaction.h"
#include "sync/syncrun_p.h"

#include <QFutureWatcher>
#include <QPromise>

#include <utility>

namespace Medtour {

ClusterPlacer::ClusterPlacer(SyncRun &run, QObject *parent)
    : QObject(parent)
    , m_run(run)
{
    m_thread.setMaxThreadCount(1);
    m_thread.setObjectName(QStringLiteral("medtour-cluster"));
    m_early.setMaxThreadCount(1);
    m_early.setObjectName(QStringLiteral("medtour-cluster-early"));
}

ClusterPlacer::~ClusterPlacer()
{
    waitForDone(); // they place into the ingester's index
}

void ClusterPlacer::waitForDone()
{
    m_early.waitForDone();
    m_thread.waitForDone();
}

qsizetype ClusterPlacer::batchSize() const
{
    return m_run.settings.yieldToGui ? kHeldBatchReader : kHeldBatch;
}

void ClusterPlacer::placeStored()
{
    QList<ArticleEnricher::ToPlace> batch = m_run.ingester->takeToPlace();
    if (!m_holding) {
        place(std::move(batch));
        return;
    }
    if (batch.isEmpty())
        return;
    m_heldCount += batch.size();
    m_held.append(std::move(batch)); // a feed's, kept whole: no copy of its signatures as more come
    if (m_heldCount < batchSize())
        return;
    // A full batch is placed now, on whatever the storing leaves of the cores; its placements are
    // recorded when the articles are all stored, so that the writer spends nothing on them before.
    QList<ArticleEnricher::ToPlace> early;
    early.reserve(m_heldCount);
    for (QList<ArticleEnricher::ToPlace> &feed : m_held) {
        for (ArticleEnricher::ToPlace &article : feed)
            early.append(std::move(article));
    }
    m_held.clear();
    m_heldCount = 0;
    place(std::move(early), true);
}

void ClusterPlacer::placeHeld()
{
    m_holding = false;
    // What was placed early is recorded first, in the order placed; a batch still being placed early
    // is recorded when it comes back, before any placed after it (those wait for it to finish).
    for (const ArticleEnricher::Placed &placed : std::exchange(m_placedEarly, {}))
        record(placed);
    QList<QList<ArticleEnricher::ToPlace>> held = std::exchange(m_held, {});
    m_heldCount = 0;
    // Each batch's placements are recorded in one transaction: in the reader a star waits for one
    // (WriteGate), so there they are as small as a feed's. The articles move into their batches
    // (this runs on the sync thread, which indexes for search meanwhile).
    const qsizetype size = batchSize();
    QList<ArticleEnricher::ToPlace> batch;
    for (QList<ArticleEnricher::ToPlace> &feed : held) {
        for (ArticleEnricher::ToPlace &article : feed) {
            if (batch.isEmpty())
                batch.reserve(size);
            batch.append(std::move(article));
            if (batch.size() == size)
                place(std::exchange(batch, {}));
        }
    }
    place(std::move(batch));
}

void ClusterPlacer::place(QList<ArticleEnricher::ToPlace> batch, bool early)
{
    if (batch.isEmpty())
        return;
    ++m_placing;
    auto promise = std::make_shared<QPromise<ArticleEnricher::Placed>>();
    auto *watcher = new QFutureWatcher<ArticleEnricher::Placed>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, epoch = m_epoch] {
        watcher->deleteLater();
        if (epoch != m_epoch)
            return; // its articles went with a batch that failed
        --m_placing;
        if (watcher->future().resultCount() > 0) {
            if (m_holding)
                m_placedEarly.append(watcher->future().takeResult());
            else
                record(watcher->future().takeResult());
        }
        Q_EMIT recorded();
    });
    watcher->setFuture(promise->future());
    ArticleEnricher *enricher = &m_run.ingester->enricher();
    if (early) {
        m_early.start([promise, enricher, batch = std::move(batch)]() mutable {
            thread_local bool idle = false;
            if (!std::exchange(idle, true))
                ThreadPriority::idleCurrentThread();
            promise->start();
            promise->addResult(enricher->place(std::move(batch))); // its signatures move into the index
            promise->finish();
        });
        return;
    }
    m_thread.start([this, promise, enricher, batch = std::move(batch), yield = m_run.settings.yieldToGui]() mutable {
        lowerPoolThread(yield);
        m_early.waitForDone(); // what was placed early comes first
        promise->start();
        promise->addResult(enricher->place(std::move(batch))); // its signatures move into the index
        promise->finish();
    });
}

void ClusterPlacer::forgetInFlight()
{
    waitForDone();
    ++m_epoch;
    m_placing = 0;
    m_held.clear();
    m_heldCount = 0;
    m_placedEarly.clear();
}

void ClusterPlacer::record(const ArticleEnricher::Placed &placed)
{
    // Even when cancelled: the index holds these placements, the cache should too. Should this
    // fail (a full disk), the articles stay unplaced in the cache and the next sync places them.
    // Inside the command-line sync's batch the savepoint keeps a failure from taking the batch's
    // feeds with it; on its own it is simply part of this transaction.
    TransactionScope transaction(m_run.database);
    Savepoint part(m_run.database);
    Error error = transaction.began() ? m_run.ingester->enricher().record(placed)
                                      : Error{Error::Database, QStringLiteral("cannot begin a transaction")};
    if (!error && part.began())
        error = part.release();
    if (!error)
        error = transaction.commit();
    if (error)
        qCWarning(lcSync) << "could not store the clusters of" << placed.placements.size()
                          << "articles:" << error.detail;
}

} // namespace Medtour
