// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/threadpriority.h"
#include "storage/database.h"
#include "sync/syncrun_p.h"

#include <utility>

namespace Medtour {

SyncRun::SyncRun(Database &database, const FetchSettings &settings)
    : database(database)
    , settings(settings)
{
    resetIngester();
}

SyncRun::~SyncRun() = default;

void SyncRun::resetIngester()
{
    ingester = std::make_unique<FeedIngester>(database);
    ingester->setPlaceLater(true);
    // A cache indexes for search in the run's second phase (SyncWorker::finishIfDone()), also
    // after a failed batch replaced the ingester; a team server indexes as it stores.
    ingester->setIndexLater(!database.isServer());
}

QDateTime SyncRun::attemptOf(qint64 sourceId, const QDateTime &now) const
{
    return QDateTime::fromSecsSinceEpoch(startedAt.value(sourceId, now.toSecsSinceEpoch()), Qt::UTC);
}

void lowerPoolThread(bool yieldToGui)
{
    thread_local bool lowered = false;
    if (yieldToGui && !std::exchange(lowered, true))
        ThreadPriority::lowerCurrentThread();
}

} // namespace Medtour
