// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportscheduler.h"

#include "export/exportlogging.h"
#include "storage/database.h"
#include "storage/reportrepository.h"

#include <QThread>

namespace Medtour::Export {

ReportScheduler::ReportScheduler(const QString &databasePath, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Medtour::Export::ReportRunOutcome>();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("reports"));
    m_worker = new ReportWorker(databasePath);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &ReportScheduler::checkRequested, m_worker, &ReportWorker::check, Qt::QueuedConnection);
    connect(this, &ReportScheduler::runRequested, m_worker, &ReportWorker::runOne, Qt::QueuedConnection);
    connect(m_worker, &ReportWorker::runStarted, this, &ReportScheduler::runStarted, Qt::QueuedConnection);
    connect(m_worker, &ReportWorker::runFinished, this, &ReportScheduler::runFinished, Qt::QueuedConnection);
    connect(
        m_worker, &ReportWorker::idle, this, [this] { m_busy = std::max(0, m_busy - 1); }, Qt::QueuedConnection);
    m_timer.setInterval(kCheckSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_busy > 0)
            return; // the previous check is still running; the next tick looks again
        ++m_busy;
        Q_EMIT checkRequested();
    });
    m_thread->start(QThread::LowPriority);
}

ReportScheduler::~ReportScheduler()
{
    m_timer.stop();
    // A report that is being written finishes (it is bounded by its time-outs) before the
    // thread ends, so its watermark and files stay consistent.
    m_thread->quit();
    m_thread->wait();
}

void ReportScheduler::start()
{
    ++m_busy;
    Q_EMIT checkRequested();
    m_timer.start();
}

void ReportScheduler::runNow(qint64 profileId)
{
    ++m_busy;
    Q_EMIT runRequested(profileId);
}

ReportWorker::ReportWorker(const QString &databasePath)
    : m_path(databasePath)
{}

ReportWorker::~ReportWorker() = default;

bool ReportWorker::open()
{
    if (m_database && m_database->isOpen())
        return true;
    m_database = std::make_unique<Database>(QStringLiteral("reports"));
    if (Error error = m_database->open(m_path)) {
        qCWarning(lcExport) << "reports cannot open the cache:" << error.detail;
        m_database.reset();
        return false;
    }
    return true;
}

void ReportWorker::check()
{
    if (open()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ReportRunner runner(*m_database);
        Result<QList<ReportProfile>> profiles = ReportRepository(*m_database).profiles();
        if (!profiles) { // tried again at the next check
            qCWarning(lcExport) << "reports cannot read their profiles:" << profiles.error().detail;
            profiles = QList<ReportProfile>();
        }
        for (const ReportProfile &profile : *profiles) {
            QDateTime slot;
            if (!ReportRunner::isDue(profile, now, &slot))
                continue;
            const QDateTime failed = m_failedAt.value(profile.id);
            if (failed.isValid() && failed.secsTo(now) < ReportScheduler::kRetryMinutes * 60)
                continue;
            Q_EMIT runStarted(profile.name);
            const ReportRunOutcome outcome = runner.run(profile, now, slot);
            if (outcome.status == u"error")
                m_failedAt.insert(profile.id, now);
            else
                m_failedAt.remove(profile.id);
            Q_EMIT runFinished(outcome);
        }
    }
    Q_EMIT idle();
}

void ReportWorker::runOne(qint64 profileId)
{
    if (open()) {
        const Result<ReportProfile> profile = ReportRepository(*m_database).byId(profileId);
        if (profile) {
            Q_EMIT runStarted(profile->name);
            Q_EMIT runFinished(ReportRunner(*m_database).run(*profile, QDateTime::currentDateTimeUtc()));
        } else if (profile.error().code != Error::NotFound) {
            // Asked for by the user: the failure shows where a run's would (a removed profile runs nothing).
            ReportRunOutcome failed;
            failed.report = QString::number(profileId);
            failed.status = QStringLiteral("error");
            failed.error = profile.error().detail;
            Q_EMIT runFinished(failed);
        }
    }
    Q_EMIT idle();
}

} // namespace Medtour::Export
