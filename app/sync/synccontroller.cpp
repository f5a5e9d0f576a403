// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"

#include "core/logging.h"
#include "sync/syncworker.h"

namespace Medtour {

SyncController::SyncController(const QString &databasePath, const FetchSettings &settings, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Medtour::SyncRequest>();
    qRegisterMetaType<Medtour::SourceSyncResult>();
    qRegisterMetaType<Medtour::SyncReport>();
    qRegisterMetaType<Medtour::FetchResult>();
    qRegisterMetaType<Medtour::TeamSourceChange>();
    qRegisterMetaType<Medtour::TeamSourceResult>();

    m_thread.setObjectName(QStringLiteral("medtour-sync"));
    m_worker = new SyncWorker(databasePath, settings); // no parent: it moves to the thread
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SyncController::startRequested, m_worker, &SyncWorker::start, Qt::QueuedConnection);
    connect(this, &SyncController::cancelRequested, m_worker, &SyncWorker::cancel, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::started, this, &SyncController::syncStarted, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::sourceFinished, this, &SyncController::sourceSynced, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::progress, this, &SyncController::progress, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished, Qt::QueuedConnection);
    connect(this, &SyncController::placeUnplacedRequested, m_worker, &SyncWorker::placeUnplaced, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::clusteringProgress, this, &SyncController::clusteringProgress, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::clusteringFinished, this, &SyncController::clusteringFinished, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::articlesStored, this, &SyncController::articlesStored, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::searchCaughtUp, this, &SyncController::searchCaughtUp, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::teamPulled, this, &SyncController::teamPulled, Qt::QueuedConnection);
    connect(this, &SyncController::teamSourceChangeRequested, m_worker, &SyncWorker::changeTeamSource,
            Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::teamSourceChanged, this, &SyncController::teamSourceChanged, Qt::QueuedConnection);
    // The team server announced a commit: the joined cache pulls it (merged with a sync under way).
    connect(
        m_worker, &SyncWorker::teamChanged, this, [this] { syncDue(); }, Qt::QueuedConnection);
    m_thread.start();

    m_schedule.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_schedule, &QTimer::timeout, this, [this] {
        if (!m_running)
            syncDue();
    });
}

SyncController::~SyncController()
{
    m_schedule.stop();
    m_pending.reset();
    if (m_running)
        Q_EMIT cancelRequested();
    m_thread.quit();
    m_thread.wait();
}

void SyncController::syncNow(const QList<qint64> &sourceIds)
{
    SyncRequest r;
    r.sourceIds = sourceIds;
    request(r);
}

void SyncController::syncDue()
{
    SyncRequest r;
    r.dueOnly = true;
    request(r);
}

void SyncController::joinTeam(const QString &url, int days)
{
    SyncRequest r;
    r.teamAction = SyncRequest::TeamAction::Join;
    r.teamUrl = url;
    r.teamDays = days;
    request(r);
}

void SyncController::leaveTeam()
{
    SyncRequest r;
    r.teamAction = SyncRequest::TeamAction::Leave;
    request(r);
}

void SyncController::changeTeamSource(const TeamSourceChange &change)
{
    Q_EMIT teamSourceChangeRequested(change);
}

void SyncController::placeUnplaced()
{
    Q_EMIT placeUnplacedRequested();
}

void SyncController::cancel()
{
    m_pending.reset();
    if (m_running)
        Q_EMIT cancelRequested();
}

void SyncController::setScheduleInterval(int checkEveryMs)
{
    if (checkEveryMs <= 0)
        m_schedule.stop();
    else
        m_schedule.start(checkEveryMs);
}

void SyncController::request(const SyncRequest &request)
{
    if (m_running) {
        // Merge: a later "all" wins over specific ids; a forced request wins over a due-only one.
        if (!m_pending || request.teamAction != SyncRequest::TeamAction::None) {
            m_pending = request; // joining or leaving goes after the run, instead of anything else
        } else if (m_pending->teamAction != SyncRequest::TeamAction::None) {
            return; // a join or leave waits; the exchange follows it anyway
        } else {
            if (request.sourceIds.isEmpty() || m_pending->sourceIds.isEmpty())
                m_pending->sourceIds.clear();
            else
                m_pending->sourceIds += request.sourceIds;
            m_pending->dueOnly = m_pending->dueOnly && request.dueOnly;
        }
        return;
    }
    m_running = true;
    Q_EMIT startRequested(request);
}

void SyncController::onFinished(const SyncReport &report)
{
    m_running = false;
    Q_EMIT syncFinished(report);
    if (m_pending) {
        const SyncRequest next = *m_pending;
        m_pending.reset();
        request(next);
    }
}

} // namespace Medtour
