// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace Medtour {

class Database;
struct TeamSourceChange;
struct TeamSourceResult;

/**
 * A desktop cache as a replica of a team server: joining, and the exchange that keeps it current
 * (the member's queued changes pushed, each applied once; the server's changes pulled by change
 * number, in chunks that each commit on their own, so that a dropped connection resumes where it
 * stopped). The cache stays the reader's fast local copy; offline, the outbox waits.
 *
 * Runs on the caller's thread with the caller's cache connection and one server connection of its
 * own for the duration of a call.
 */
class TeamReplica final
{
public:
    /// How one exchange with the server went.
    struct Outcome
    {
        bool reached = false; ///< the server answered (false: offline; everything stays queued)
        QString server;       ///< its address, without password
        QString user;
        int pushed = 0;  ///< changes of the member's the server took
        int pulled = 0;  ///< articles that came from the server
        int pending = 0; ///< changes still queued
        QString error;   ///< empty when all went well
    };
    /// Pulled articles so far, during a pull (for progress).
    using Progress = std::function<void(int pulled)>;

    explicit TeamReplica(const Database &cache);

    /// Makes the cache a replica of the team server at `url` (a password in it is kept in the
    /// password file, never in the cache), then pulls: everything, or with `days` > 0 the articles
    /// of the last `days` days (the older ones come with the next exchanges: backfillPending()).
    /// What the cache held of a single user's (stars, notes, read marks) is matched to the team's
    /// articles and pushed. A server that cannot be reached leaves the cache as it was.
    Result<Outcome> join(const QString &url, int days, const Progress &progress = {});
    /// Pushes queued changes and pulls what changed, then up to `backfillPages` pages of the older
    /// articles a join with days left (-1: all of them). sync --once on a replica, and the reader's
    /// exchanges (a few pages at a time, so that new articles never wait long behind old ones).
    Outcome exchange(const Progress &progress = {}, int backfillPages = -1);
    /// Makes a change of the team's sources on the server (which checks the member's part), then
    /// exchanges as exchange() does without backfill, so that the change is in the cache when this
    /// returns. `result->error` says how the change went; the Outcome, how the exchange went.
    Outcome changeSource(const TeamSourceChange &change, TeamSourceResult *result);
    /// Older articles a join with days has not pulled yet.
    bool backfillPending() const;
    /// The cache forgets the server and keeps its articles as a single user's cache.
    Error leave();

private:
    /// Opens `server` as the replica's member; fills the outcome's address and reached.
    Error connectServer(Database *server, Outcome *out) const;
    /// The member's part, pushing and pulling, on an open server connection.
    void exchangeOn(const Database &server, const Progress &progress, int backfillPages, Outcome *out);
    /// Keeps the member's part as the server says it is now.
    Error refreshRole(const Database &server);
    Error push(const Database &server, Outcome *out);
    Error pull(const Database &server, const Progress &progress, int backfillPages, Outcome *out);

    const Database &m_cache;
};

} // namespace Medtour
