// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamreplica.h"

#include "core/credentialstore.h"
#include "core/logging.h"
#include "storage/database.h"
#include "storage/replicarepository.h"
#include "storage/serveraddress.h"
#include "storage/teamrepository.h"
#include "sync/teamsourcechange.h"

namespace Medtour {

namespace {

/// Changes pushed per round trip (each round is one transaction on the server).
constexpr int kPushBatch = 500;

} // namespace

TeamReplica::TeamReplica(const Database &cache)
    : m_cache(cache)
{}

Result<TeamReplica::Outcome> TeamReplica::join(const QString &url, int days, const Progress &progress)
{
    const Result<ServerAddress> address = ServerAddress::parse(url);
    if (!address)
        return address.error();
    if (ReplicaRepository::isReplica(m_cache)) {
        const ReplicaInfo was = ReplicaRepository::info(m_cache);
        if (was.server != address->toString() || was.user != address->user)
            return Error{Error::InvalidInput, QStringLiteral("this cache already replicates %1 as %2; leave that "
                                                             "team first")
                                                  .arg(was.server, was.user)};
    }
    Database server(QStringLiteral("replica-server"));
    if (const Error error = server.openServer(*address))
        return error;
    // Connected with it, so it is right: the password goes to the password file, not the cache.
    if (!address->password.isEmpty()) {
        const CredentialKey key{address->host.isEmpty() ? QStringLiteral("localhost") : address->host, address->port,
                                address->database, address->user};
        if (const Error error = CredentialStore().store(key, address->password))
            return error;
    }
    const Result<QString> role = TeamRepository(server).role();
    if (!role)
        return role.error();
    if (!ReplicaRepository::isReplica(m_cache)) {
        const Result<qint64> latest = TeamRepository(server).latestChange();
        if (!latest)
            return latest.error();
        if (const Error error =
                ReplicaRepository::join(m_cache, address->toString(), address->user, *role, days, *latest))
            return error;
    } else if (const Error error = ReplicaRepository::setRole(m_cache, *role)) {
        return error;
    }
    Outcome out;
    out.reached = true;
    out.server = address->toString();
    out.user = address->user;
    if (const Error error = pull(server, progress, 0, &out))
        return error;
    // What the single user had and the team does not becomes local: nothing of theirs is lost.
    if (const Result<int> settled = ReplicaRepository::settleCarryover(m_cache, true); !settled)
        return settled.error();
    if (const Error error = push(server, &out))
        return error;
    out.pending = ReplicaRepository::pending(m_cache);
    return out;
}

bool TeamReplica::backfillPending() const
{
    return ReplicaRepository::info(m_cache).backfillUntil != 0;
}

Error TeamReplica::connectServer(Database *server, Outcome *out) const
{
    const ReplicaInfo info = ReplicaRepository::info(m_cache);
    out->server = info.server;
    out->user = info.user;
    out->pending = ReplicaRepository::pending(m_cache);
    if (!info.isReplica())
        return {Error::InvalidInput, QStringLiteral("this cache is not joined to a team server")};
    const Result<ServerAddress> parsed = ServerAddress::parse(info.server);
    if (!parsed)
        return parsed.error();
    ServerAddress address = *parsed;
    address.user = info.user;
    if (const Error error = server->openServer(address))
        return error;
    out->reached = true;
    return {};
}

TeamReplica::Outcome TeamReplica::exchange(const Progress &progress, int backfillPages)
{
    Outcome out;
    Database server(QStringLiteral("replica-server"));
    if (const Error error = connectServer(&server, &out)) {
        out.error = error.detail;
        return out;
    }
    exchangeOn(server, progress, backfillPages, &out);
    return out;
}

TeamReplica::Outcome TeamReplica::changeSource(const TeamSourceChange &change, TeamSourceResult *result)
{
    Outcome out;
    Database server(QStringLiteral("replica-server"));
    if (const Error error = connectServer(&server, &out)) {
        result->error = error; // unreachable (Network), or not joined: nothing changed anywhere
        out.error = error.detail;
        return out;
    }
    result->error = TeamSources::apply(server, change, result);
    if (result->error && !server.isAlive()) { // gone mid-way: the change may or may not have been made
        out.reached = false;
        out.error = result->error.detail;
        return out;
    }
    // Whether it was done or refused: pull it (and the member's part, which a refusal may explain).
    exchangeOn(server, {}, 0, &out);
    return out;
}

void TeamReplica::exchangeOn(const Database &server, const Progress &progress, int backfillPages, Outcome *out)
{
    Error error = refreshRole(server);
    if (!error)
        error = push(server, out);
    if (!error)
        error = pull(server, progress, backfillPages, out);
    if (!error) {
        if (const Result<int> settled = ReplicaRepository::settleCarryover(m_cache, false); !settled)
            error = settled.error();
        else if (*settled > 0)
            error = push(server, out); // marks carried over from a single user's cache
    }
    if (error) {
        // A server that went away mid-way: what was done is committed, the rest waits.
        out->reached = server.isAlive();
        out->error = error.detail;
    }
    out->pending = ReplicaRepository::pending(m_cache);
}

Error TeamReplica::refreshRole(const Database &server)
{
    // An admin may have made the member an editor, or a reader, since the last exchange: the
    // Sources dialog goes by what the replica holds.
    const Result<QString> role = TeamRepository(server).role();
    if (!role)
        return role.error();
    if (*role == ReplicaRepository::info(m_cache).role)
        return {};
    qCInfo(lcSync) << "the member's part on the team is now" << (role->isEmpty() ? QStringLiteral("none") : *role);
    return ReplicaRepository::setRole(m_cache, *role);
}

Error TeamReplica::leave()
{
    return ReplicaRepository::leave(m_cache);
}

Error TeamReplica::push(const Database &server, Outcome *out)
{
    for (;;) {
        const QList<OutboxChange> changes = ReplicaRepository::outbox(m_cache, kPushBatch);
        if (changes.isEmpty())
            return {};
        const Result<int> applied = ReplicaRepository::push(server, changes);
        if (!applied)
            return applied.error();
        // Sent and committed there; the change ids make a resend after a lost answer harmless.
        QStringList ids;
        ids.reserve(changes.size());
        for (const OutboxChange &c : changes)
            ids << c.changeId;
        if (const Error error = ReplicaRepository::removeFromOutbox(m_cache, ids))
            return error;
        out->pushed += *applied;
        if (changes.size() < kPushBatch)
            return {};
    }
}

Error TeamReplica::pull(const Database &server, const Progress &progress, int backfillPages, Outcome *out)
{
    const Result<qint64> stable = ReplicaRepository::stableChange(server);
    if (!stable)
        return stable.error();
    const auto take = [this, &progress, out](const Result<ReplicaChunk> &chunk) -> Error {
        if (!chunk)
            return chunk.error();
        if (const Error error = ReplicaRepository::apply(m_cache, *chunk))
            return error;
        out->pulled += int(chunk->articles.size());
        if (progress)
            progress(out->pulled);
        return {};
    };
    // The changes since the last pull, up to what was committed when it began.
    for (bool more = true; more;) {
        const Result<ReplicaChunk> chunk = ReplicaRepository::read(server, ReplicaRepository::info(m_cache), *stable);
        if (const Error error = take(chunk))
            return error;
        more = chunk->more;
    }
    // Then the older articles a first join with --days left for later, newest first.
    for (int page = 0; backfillPages < 0 || page < backfillPages; ++page) {
        const ReplicaInfo info = ReplicaRepository::info(m_cache);
        if (info.backfillUntil == 0)
            break;
        if (const Error error = take(ReplicaRepository::readBackfill(server, info)))
            return error;
    }
    return {};
}

} // namespace Medtour
