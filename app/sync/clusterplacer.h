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
///
/// A cache's sync holds the placing back until its articles are stored (setHolding()). Meanwhile a
/// second thread, at idle priority, places full batches of what is held on the cores that storing
/// leaves free, and keeps what it placed; placeHeld() records that and places the rest. Placing
/// stays in order: the normal thread's batches begin once the idle thread's are done.
class ClusterPlacer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterPlacer)

public:
    ClusterPlacer(SyncRun &run, QObject *parent = nullptr);
    ~ClusterPlacer() override;

    /// Takes what the ingester committed since the last call and places it, or while holding, keeps
    /// it for placeHeld() (placing each full batch early, at idle priority, without recording it).
    void placeStored();
    /// A sync's first phase stores articles and holds their placing (the cores go to storing, so
    /// that the articles show sooner); its second phase places them all: placeHeld().
    void setHolding(bool holding) { m_holding = holding; }
    /// Stops holding, records what was placed early, and places what was held, in batches of
    /// kHeldBatch (kHeldBatchReader in the reader).
    void placeHeld();
    /// Batches placed whose placements are not recorded yet.
    bool busy() const { return m_placing > 0; }
    /// The batch the placements in flight belong to could not commit: waits for them, then drops
    /// them (their articles and ids went with the batch), and what was held. What the cache holds of
    /// them stays unplaced, for ArticleEnricher::placeUnplaced().
    void forgetInFlight();
    void waitForDone();

Q_SIGNALS:
    /// A batch's placements were recorded (or dropped): the sync may be done.
    void recorded();

private:
    static constexpr qsizetype kHeldBatch = 1000;
    static constexpr qsizetype kHeldBatchReader = 50;
    qsizetype batchSize() const;
    /// Places `batch` on the normal thread, or with `early` on the idle one.
    void place(QList<ArticleEnricher::ToPlace> batch, bool early = false);
    void record(const ArticleEnricher::Placed &placed);

    SyncRun &m_run;
    QThreadPool m_thread;
    QThreadPool m_early; ///< at idle priority: places full batches while the articles are stored
    int m_placing = 0;
    int m_epoch = 0; ///< placements from before a failed batch are dropped
    bool m_holding = false;
    QList<QList<ArticleEnricher::ToPlace>> m_held; ///< per feed stored
    qsizetype m_heldCount = 0;                     ///< articles in m_held
    QList<ArticleEnricher::Placed> m_placedEarly;  ///< placed while holding, recorded by placeHeld()
};

} // namespace Medtour
