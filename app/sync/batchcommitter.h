// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncreport.h"

#include <QElapsedTimer>

#include <memory>

namespace Medtour {

class ClusterPlacer;
class TransactionScope;
struct SyncRun;

/// The command-line sync (no GUI to yield to) stores up to kSourcesPerBatch feeds per transaction,
/// each in a savepoint of its own, so that hot index and search pages are written to the WAL once
/// per batch rather than once per feed. A source's result waits for its batch's commit: a batch
/// that cannot commit turns its feeds' "ok" into the error, and records their status again. The
/// reader (yieldToGui) writes a few articles per transaction instead, so this does nothing there.
class BatchCommitter final
{
public:
    static constexpr int kSourcesPerBatch = 25;
    static constexpr int kBatchMs = 1000; ///< a reader open meanwhile waits at most about this long to write

    BatchCommitter(SyncRun &run, ClusterPlacer &placer);
    ~BatchCommitter();
    Q_DISABLE_COPY_MOVE(BatchCommitter)

    /// Opens a batch, unless one is open or the sync yields to a GUI.
    void begin();
    /// A source's result: handed back at once outside a batch; inside one, held until the batch
    /// commits, which it does (and a new one begins) once it is full or old enough. Returns the
    /// results that are final now, in the order they came.
    QList<SourceSyncResult> add(const SourceSyncResult &result);
    /// Commits the open batch (if any) and returns the results it held, final.
    QList<SourceSyncResult> commit();
    qsizetype held() const { return m_held.size(); }

private:
    /// The sources' status rows went with the batch: written again, each alone.
    void recordStatusAgain(const QList<SourceSyncResult> &results);

    SyncRun &m_run;
    ClusterPlacer &m_placer;
    std::unique_ptr<TransactionScope> m_batch;
    QElapsedTimer m_age;
    QList<SourceSyncResult> m_held;
};

} // namespace Medtour
