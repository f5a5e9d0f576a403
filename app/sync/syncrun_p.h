// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/feedingester.h"
#include "sync/fetchsettings.h"

#include <QDateTime>
#include <QHash>

#include <memory>

namespace Medtour {

class Database;

/// What the parts of a sync share, all on the sync thread: its connection, the ingester that
/// writes into it (its clustering index included), the settings, and when each source's attempt
/// began. SyncWorker owns it; FeedPipeline, PageCompleter, ClusterPlacer and BatchCommitter use it.
struct SyncRun
{
    SyncRun(Database &database, const FetchSettings &settings);
    ~SyncRun();
    Q_DISABLE_COPY_MOVE(SyncRun)

    Database &database;
    const FetchSettings &settings;
    std::unique_ptr<FeedIngester> ingester;
    QHash<qint64, qint64> startedAt; ///< source id → attempt time (secs)
    bool cancelled = false;

    /// A fresh ingester: its clustering index forgets the articles a failed batch took with it.
    void resetIngester();
    /// When the attempt on `sourceId` began (UTC), `now` if not recorded.
    QDateTime attemptOf(qint64 sourceId, const QDateTime &now) const;
};

/// Pool threads of the reader's sync run below the GUI (yieldToGui); lowered once per thread.
void lowerPoolThread(bool yieldToGui);

} // namespace Medtour
