// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncservice.h"

#include "core/logging.h"
#include "storage/teamrepository.h"
#include "sync/synccontroller.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace Medtour {

namespace {

constexpr int kLockPollMs = 2000;
constexpr int kMaxRetryMs = 60000;

} // namespace

SyncService::SyncService(const QString &serverUrl, const FetchSettings &settings, int checkEveryMinutes,
                         QObject *parent)
    : QObject(parent)
    , m_url(serverUrl)
    , m_settings(settings)
    , m_checkMs(std::max(1, checkEveryMinutes) * 60 * 1000)
{
    m_settings.yieldToGui = false; // batches of feeds per transaction, each announced
    m_due.setInterval(m_checkMs);
    connect(&m_due, &QTimer::timeout, this, [this] { runPass(false); });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] { m_locked ? begin() : connectToServer(); });
}

SyncService::~SyncService()
{
    m_controller.reset(); // cancels and waits
    if (m_locked)
        TeamRepository(m_control).releaseServiceLock();
}

Error SyncService::start()
{
    const Result<ServerAddress> address = ServerAddress::parse(m_url);
    if (!address)
        return address.error();
    const Error opened = m_control.openServer(*address);
    if (opened && opened.code != Error::Network)
        return opened; // no team there, or a schema this build does not know: nothing to wait for
    if (opened)
        lost(opened.detail);
    else
        takeLock();
    return {};
}

void SyncService::connectToServer()
{
    if (m_stopping)
        return;
    const Result<ServerAddress> address = ServerAddress::parse(m_url);
    if (const Error opened = m_control.openServer(*address)) {
        lost(opened.detail);
        return;
    }
    m_retryMs = 1000;
    takeLock();
}

void SyncService::lost(const QString &why)
{
    m_locked = false;
    m_due.stop();
    if (m_controller)
        m_controller->cancel();
    Q_EMIT waiting(
        QStringLiteral("the team server cannot be reached (%1); trying again in %2 s").arg(why).arg(m_retryMs / 1000));
    m_retry.start(m_retryMs);
    m_retryMs = std::min(kMaxRetryMs, m_retryMs * 2);
}

void SyncService::takeLock()
{
    if (m_stopping)
        return;
    const Result<bool> locked = TeamRepository(m_control).tryServiceLock();
    if (!locked) {
        lost(locked.error().detail);
        return;
    }
    if (!*locked) {
        if (!std::exchange(m_saidWaiting, true))
            Q_EMIT waiting(QStringLiteral("another sync service is syncing this team; waiting until it stops"));
        QTimer::singleShot(kLockPollMs, this, &SyncService::takeLock);
        return;
    }
    m_locked = true;
    m_saidWaiting = false;
    QSqlDriver *driver = m_control.db().driver();
    connect(driver,
            qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification),
            this, &SyncService::onNotification, Qt::UniqueConnection);
    if (!driver->subscribeToNotification(QString(TeamRepository::kSyncRequestChannel)))
        qCWarning(lcSync) << "cannot listen for sync requests:" << driver->lastError().text();
    begin();
}

void SyncService::begin()
{
    if (!m_controller) {
        m_controller = std::make_unique<SyncController>(m_url, m_settings);
        connect(m_controller.get(), &SyncController::syncFinished, this, &SyncService::onPassFinished);
    }
    m_due.start();
    runPass(false); // what fell due while no service ran
}

void SyncService::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &payload)
{
    if (name == TeamRepository::kSyncRequestChannel) {
        qCInfo(lcSync) << payload.toString() << "asked for a sync";
        runPass(true);
    }
}

void SyncService::runPass(bool all)
{
    if (!m_locked || m_stopping || !m_controller)
        return;
    // A connection that went away is noticed here rather than by a pass that fails source by source.
    if (!m_control.isAlive()) {
        lost(QStringLiteral("the connection was lost"));
        return;
    }
    if (all)
        m_controller->syncNow();
    else
        m_controller->syncDue();
}

void SyncService::onPassFinished(const SyncReport &report)
{
    ++m_totals.passes;
    for (const SourceSyncResult &s : report.sources) {
        m_totals.added += s.added;
        m_totals.failed += s.status == SyncStatus::Error;
    }
    Q_EMIT passFinished(report);
    if (m_stopping) {
        Q_EMIT stopped();
        return;
    }
    if (!report.error.isEmpty())
        lost(report.error);
}

bool SyncService::isSyncing() const
{
    return m_controller && m_controller->isRunning();
}

void SyncService::stop()
{
    if (std::exchange(m_stopping, true))
        return;
    m_due.stop();
    m_retry.stop();
    if (isSyncing()) {
        m_controller->cancel(); // stopped() follows its report
        return;
    }
    QTimer::singleShot(0, this, &SyncService::stopped);
}

} // namespace Medtour
