// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/articleenricher.h"

#include <QObject>
#include <QThreadPool>

namespace Medtour {

struct SyncRun;

/// Places what the sync stored in story clusters on a thread of its own, one batch at a time in
/// the order stored, while the sync thread writes the next feed; the placements come back and are
/// recorded on the sync thread. Articles a killed sync stored but never placed are placed at the
/// next start (ArticleEnricher::placeUnplaced).
class ClusterPlacer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterPlacer)

public:
    ClusterPlacer(SyncRun &run, QObject *parent = nullptr);
    ~ClusterPlacer() override;

    /// Takes what the ingester committed since the last call and places it.
    void placeStored();
    /// Batches placed whose placements are not recorded yet.
    bool busy() const { return m_placing > 0; }
    /// The batch the placements in flight belong to could not commit: waits for them, then drops
    /// them (their articles and ids went with the batch).
    void forgetInFlight();
    void waitForDone() { m_thread.waitForDone(); }

Q_SIGNALS:
    /// A batch's placements were recorded (or dropped): the sync may be done.
    void recorded();

private:
    void record(const ArticleEnricher::Placed &placed);

    SyncRun &m_run;
    QThreadPool m_thread;
    int m_placing = 0;
    int m_epoch = 0; ///< placements from before a failed batch are dropped
};

} // namespace Medtour
