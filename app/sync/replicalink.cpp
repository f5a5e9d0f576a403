// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicalink.h"

#include "core/logging.h"
#include "storage/database.h"
#include "storage/replicarepository.h"
#include "storage/serveraddress.h"
#include "storage/teamrepository.h"
#include "sync/teamreplica.h"
#include "sync/teamsourcechange.h"

#include <QElapsedTimer>
#include <QSqlError>

namespace Medtour {

namespace {

constexpr int kWatchMs = 30 * 1000;
/// Pages of older articles (ReplicaRepository::kPageArticles each) an exchange pulls after a join
/// with days; the next exchange follows at once until none are left.
constexpr int kBackfillPages = 5;

} // namespace

ReplicaLink::ReplicaLink(const Database &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
    m_watch.setInterval(kWatchMs);
    connect(&m_watch, &QTimer::timeout, this, [this] {
        if (!isJoined()) {
            stopListening();
            return;
        }
        if (m_listener && m_listener->isAlive())
            return;
        stopListening();
        Q_EMIT changed(); // offline or dropped: an exchange tries the server again
    });
    if (isJoined())
        m_watch.start();
}

ReplicaLink::~ReplicaLink()
{
    stopListening();
}

bool ReplicaLink::isJoined() const
{
    return ReplicaRepository::isReplica(m_cache);
}

SyncReport ReplicaLink::run(const SyncRequest &request)
{
    SyncReport report;
    report.team.ran = true;
    QElapsedTimer clock;
    clock.start();
    TeamReplica replica(m_cache);
    if (request.teamAction == SyncRequest::TeamAction::Leave) {
        stopListening();
        m_watch.stop();
        if (const Error error = replica.leave())
            report.error = error.detail;
        fill(&report.team);
        report.ms = clock.elapsed();
        return report;
    }
    const TeamReplica::Progress progress = [this](int articles) {
        Q_EMIT pulled(articles);
    };
    TeamReplica::Outcome outcome;
    if (request.teamAction == SyncRequest::TeamAction::Join) {
        stopListening();
        const Result<TeamReplica::Outcome> joined = replica.join(request.teamUrl, request.teamDays, progress);
        if (!joined) {
            report.team.error = joined.error().detail;
            fill(&report.team);
            report.ms = clock.elapsed();
            return report;
        }
        outcome = *joined;
    } else {
        outcome = replica.exchange(progress, kBackfillPages);
    }
    record(&report.team, outcome);
    if (outcome.reached) {
        if (!m_listener)
            listen();
        // "Sync now" in the reader: the service fetches the team's sources now; their articles
        // arrive with its NOTIFY.
        if (!request.dueOnly && request.teamAction == SyncRequest::TeamAction::None && m_listener)
            TeamRepository(*m_listener).requestSync();
    }
    m_watch.start();
    if (outcome.reached && outcome.error.isEmpty() && replica.backfillPending())
        QTimer::singleShot(0, this, &ReplicaLink::changed); // the rest of the older articles, in the background
    report.ms = clock.elapsed();
    return report;
}

TeamSourceResult ReplicaLink::changeSource(const TeamSourceChange &change)
{
    TeamSourceResult result;
    result.change = change;
    TeamReplica replica(m_cache);
    const TeamReplica::Outcome outcome = replica.changeSource(change, &result);
    result.team.ran = true;
    record(&result.team, outcome);
    if (outcome.reached && !m_listener)
        listen();
    m_watch.start();
    return result;
}

void ReplicaLink::record(TeamExchange *team, const TeamReplica::Outcome &outcome) const
{
    fill(team);
    team->reached = outcome.reached;
    team->pushed = outcome.pushed;
    team->pulled = outcome.pulled;
    team->pending = outcome.pending;
    team->error = outcome.error;
}

void ReplicaLink::fill(TeamExchange *team) const
{
    const ReplicaInfo info = ReplicaRepository::info(m_cache);
    team->joined = info.isReplica();
    team->server = info.server;
    team->user = info.user;
    team->role = info.role;
    team->pending = info.isReplica() ? ReplicaRepository::pending(m_cache) : 0;
}

void ReplicaLink::listen()
{
    const ReplicaInfo info = ReplicaRepository::info(m_cache);
    Result<ServerAddress> parsed = ServerAddress::parse(info.server);
    if (!parsed)
        return;
    ServerAddress address = *parsed;
    address.user = info.user;
    auto listener = std::make_unique<Database>(QStringLiteral("replica-listen"));
    if (const Error error = listener->openServer(address)) {
        qCInfo(lcSync) << "cannot listen to the team server:" << error.detail;
        return;
    }
    QSqlDriver *driver = listener->db().driver();
    connect(driver,
            qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(&QSqlDriver::notification),
            this, &ReplicaLink::onNotification);
    if (!driver->subscribeToNotification(QString(TeamRepository::kChangesChannel))) {
        qCWarning(lcSync) << "cannot listen to the team server:" << driver->lastError().text();
        return;
    }
    m_listener = std::move(listener);
}

void ReplicaLink::stopListening()
{
    if (!m_listener)
        return;
    if (m_listener->isOpen())
        m_listener->db().driver()->unsubscribeFromNotification(QString(TeamRepository::kChangesChannel));
    m_listener.reset();
}

void ReplicaLink::onNotification(const QString &name, QSqlDriver::NotificationSource, const QVariant &)
{
    if (name == TeamRepository::kChangesChannel)
        Q_EMIT changed();
}

} // namespace Medtour
