// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchcommitter.h"

#include "core/logging.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "storage/teamrepository.h"
#include "storage/transaction.h"
#include "sync/clusterplacer.h"
#include "sync/feedpipeline.h"
#include "sync/syncerror.h"
#include "sync/syncrun_p.h"

#include <algorithm>
#include <utility>

namespace Medtour {

BatchCommitter::BatchCommitter(SyncRun &run, ClusterPlacer &placer)
    : m_run(run)
    , m_placer(placer)
{}

BatchCommitter::~BatchCommitter() = default; // a sync cut short keeps nothing of its open batch

void BatchCommitter::begin()
{
    if (m_run.settings.yieldToGui || m_batch)
        return;
    m_batch = std::make_unique<TransactionScope>(m_run.database);
    if (!m_batch->began()) {
        qCWarning(lcSync) << "cannot begin a transaction; storing one feed per transaction";
        m_batch.reset();
        return;
    }
    m_age.start();
}

QList<SourceSyncResult> BatchCommitter::add(const SourceSyncResult &result)
{
    if (!m_batch)
        return {result};
    m_held << result;
    if (m_held.size() < kSourcesPerBatch && m_age.elapsed() < kBatchMs)
        return {};
    QList<SourceSyncResult> released = commit();
    begin();
    return released;
}

QList<SourceSyncResult> BatchCommitter::commit()
{
    if (!m_batch)
        return std::exchange(m_held, {});
    // On a team server the desktops hear of the batch when it commits (a notification inside the
    // transaction is sent at its commit, and not at all if it rolls back) - when it holds new or
    // changed articles: a pass whose feeds had nothing new must not wake every desktop once per batch.
    const bool articlesChanged = std::any_of(m_held.cbegin(), m_held.cend(), [](const SourceSyncResult &r) {
        return r.status != SyncStatus::Error && (r.added > 0 || r.updated > 0);
    });
    if (m_run.database.isServer() && articlesChanged) {
        if (const Error e = TeamRepository(m_run.database).announceChanges())
            qCWarning(lcSync) << "cannot announce the batch:" << e.detail;
    }
    const Error error = m_batch->commit();
    m_batch.reset();
    QList<SourceSyncResult> released = std::exchange(m_held, {});
    if (error) {
        qCWarning(lcSync) << "a batch of feeds could not be stored:" << error.detail;
        // What the cache does not hold must not be reported as stored, and the clustering index
        // must forget articles whose rows (and ids) went with the batch.
        for (SourceSyncResult &r : released) {
            if (r.status == SyncStatus::Error)
                continue;
            r.status = SyncStatus::Error;
            r.errorCode = error.code == Error::DiskFull || error.code == Error::ReadOnly ? error.code : Error::Database;
            r.error = FeedPipeline::storeFailure(error);
            r.added = r.updated = 0;
            r.newArticles.clear();
        }
        recordStatusAgain(released);
        m_placer.forgetInFlight();
        m_run.resetIngester();
    }
    return released;
}

void BatchCommitter::recordStatusAgain(const QList<SourceSyncResult> &results)
{
    // Without them `sources list` and the Sources dialog would show the sync before as the last
    // word. Validators and the last success stay as they were, so the next fetch is a full one.
    SourceRepository sources(m_run.database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SourceSyncResult &r : results) {
        const Result<Source> source = sources.byId(r.id);
        Result<SourceStatus> stored = source ? sources.status(r.id) : Result<SourceStatus>(source.error());
        if (!stored) { // removed meanwhile (nothing to record), or unreadable: the results still say what failed
            if (stored.error().code != Error::NotFound)
                qCWarning(lcSync) << "cannot record the failed fetch of source" << r.id << stored.error().detail;
            continue;
        }
        SourceStatus status = std::move(stored).value();
        status.lastAttempt = m_run.attemptOf(r.id, now);
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

} // namespace Medtour
