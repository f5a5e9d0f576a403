// SPDX-License-Identifier: GPL-3.0-or-later
// SyncWorker: placing the articles that have no cluster yet, between events (syncworker.cpp has
// the sync itself).
#include "core/logging.h"
#include "storage/database.h"
#include "sync/feedingester.h"
#include "sync/syncrun_p.h"
#include "syncworker.h"

#include <utility>

namespace Medtour {

void SyncWorker::placeUnplaced()
{
    if (m_placingUnplaced || m_running)
        return; // a sync places them before it starts
    QString error;
    if (!ensureOpen(&error)) {
        qCWarning(lcSync) << "cannot place unclustered articles:" << error;
        Q_EMIT clusteringFinished(0);
        if (const std::optional<SyncRequest> next = std::exchange(m_afterPlacing, std::nullopt))
            start(*next); // reports the error
        return;
    }
    m_placingUnplaced = true;
    m_unplaced = {};
    m_indexing = !m_database->isServer() && !m_database->isReadOnly();
    m_caughtUp = 0;
    placeNextUnplaced();
}

void SyncWorker::placeNextUnplaced()
{
    if (m_indexing) { // what a stopped sync left unindexed: first, as a search needs it
        const Result<int> indexed = indexPendingBatch();
        if (indexed && *indexed > 0) {
            m_caughtUp += *indexed;
            QMetaObject::invokeMethod(this, &SyncWorker::placeNextUnplaced, Qt::QueuedConnection);
            return;
        }
        m_indexing = false;
        if (m_caughtUp > 0)
            Q_EMIT searchCaughtUp(std::exchange(m_caughtUp, 0));
    }
    const Result<int> placed = m_run->ingester->enricher().placeUnplaced(m_unplaced);
    if (placed && *placed > 0) {
        Q_EMIT clusteringProgress(m_unplaced.done, m_unplaced.total);
        QMetaObject::invokeMethod(this, &SyncWorker::placeNextUnplaced, Qt::QueuedConnection);
        return;
    }
    if (!placed) // a full disk, say: they stay unplaced, and the next start tries again
        qCWarning(lcSync) << "could not place unclustered articles:" << placed.error().detail;
    else if (m_unplaced.done > 0)
        qCInfo(lcSync) << "placed" << m_unplaced.done << "articles that had no cluster";
    m_placingUnplaced = false;
    Q_EMIT clusteringFinished(m_unplaced.done);
    for (const TeamSourceChange &change : std::exchange(m_changesAfterPlacing, {}))
        changeTeamSource(change);
    if (const std::optional<SyncRequest> next = std::exchange(m_afterPlacing, std::nullopt))
        run(*next); // not start(): what could not be placed must not hold the sync back
}

} // namespace Medtour
