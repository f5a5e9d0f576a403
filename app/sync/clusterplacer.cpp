// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterplacer.h"

#include "core/logging.h"
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
}

ClusterPlacer::~ClusterPlacer()
{
    m_thread.waitForDone(); // it places into the ingester's index
}

void ClusterPlacer::placeStored()
{
    QList<ArticleEnricher::ToPlace> batch = m_run.ingester->takeToPlace();
    if (!m_holding)
        place(std::move(batch));
    else if (!batch.isEmpty())
        m_held.append(std::move(batch)); // a feed's, kept whole: no copy of its signatures as more come
}

void ClusterPlacer::placeHeld()
{
    m_holding = false;
    QList<QList<ArticleEnricher::ToPlace>> held = std::exchange(m_held, {});
    // Each batch's placements are recorded in one transaction: in the reader a star waits for one
    // (WriteGate), so there they are as small as a feed's. The articles move into their batches
    // (this runs on the sync thread, which indexes for search meanwhile).
    const qsizetype size = m_run.settings.yieldToGui ? kHeldBatchReader : kHeldBatch;
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

void ClusterPlacer::place(QList<ArticleEnricher::ToPlace> batch)
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
        if (watcher->future().resultCount() > 0)
            record(watcher->future().takeResult());
        Q_EMIT recorded();
    });
    watcher->setFuture(promise->future());
    ArticleEnricher *enricher = &m_run.ingester->enricher();
    m_thread.start([promise, enricher, batch = std::move(batch), yield = m_run.settings.yieldToGui]() mutable {
        lowerPoolThread(yield);
        promise->start();
        promise->addResult(enricher->place(std::move(batch))); // its signatures move into the index
        promise->finish();
    });
}

void ClusterPlacer::forgetInFlight()
{
    m_thread.waitForDone();
    ++m_epoch;
    m_placing = 0;
    m_held.clear();
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
