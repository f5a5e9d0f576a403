// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Medtour {

class Database;

/// What a cache knows of the team server it replicates (its meta 'team_…' entries).
struct ReplicaInfo
{
    QString server; ///< the server's address without password; empty: not a replica
    QString user;
    QString role;
    qint64 change = 0;         ///< the server's change number the replica holds everything up to
    QDateTime lastPull;        ///< UTC, invalid before the first
    qint64 backfillCutoff = 0; ///< articles older than this (sort time) still to pull, up to backfillUntil
    qint64 backfillUntil = 0;  ///< 0: nothing left to backfill
    qint64 backfillBelow = 0;  ///< the backfill's next page: article ids below this (0: from the newest)
    bool isReplica() const { return !server.isEmpty(); }
};

/// One step of a pull: every row that changed on the server in (from, upTo], or a page of the
/// backfill. Values only, so the server is read on one connection and the cache written on another.
struct ReplicaChunk
{
    qint64 from = 0;
    qint64 upTo = 0;
    bool backfill = false;
    qint64 backfillNext = 0; ///< the backfill's next page starts below this article id (0: done)
    bool more = false;       ///< more changes wait after upTo
    struct Row
    {
        QVariantList values;
    };
    QList<Row> sources;
    QList<Row> clusters;
    QList<Row> articles; ///< with their text, and their tags packed as "kind\x1fvalue\x1e…"
    QList<Row> states;   ///< the member's own read and star marks
    QList<Row> notes;    ///< everybody's notes
    QList<Row> tombstones;
    int size() const { return int(articles.size() + states.size() + notes.size() + tombstones.size()); }
};

/// A change of the member's made on a replica and not yet on the server.
struct OutboxChange
{
    qint64 id = 0;
    QString changeId;
    qint64 articleId = 0;
    QString kind; ///< "read", "starred" or "note"
    QString value;
    qint64 changed = 0;
};

/// All SQL of replication: reading the changes from a team server, writing them into the cache,
/// the outbox of the member's changes and sending it, and joining a cache to a team. The server
/// and the cache are two Database connections; the methods say which one each takes.
namespace ReplicaRepository {

inline constexpr int kPageArticles = 2000;

// On the cache.
ReplicaInfo info(const Database &cache);
/// Whether the cache replicates a team server (one cheap look at meta).
bool isReplica(const Database &cache);
/// Makes the cache a replica of `server` as `user` (nothing pulled yet). A cache that already holds
/// articles keeps what was the user's (join_carryover) and is emptied for the team's articles.
/// `days` > 0 pulls articles of the last `days` days first and the older ones after (backfill).
Error join(const Database &cache, const QString &server, const QString &user, const QString &role, int days,
           qint64 latestChange);
Error setRole(const Database &cache, const QString &role);
/// Puts the member's change of `ids` in the outbox (inside the caller's transaction); a change of the
/// same article and kind still waiting is replaced. Local-only articles (negative ids) have no server.
Error queue(const Database &cache, const QList<qint64> &ids, const QString &kind, const QString &value, qint64 changed);
/// Leaves the team: the cache keeps its articles as a single user's cache, and forgets the server.
Error leave(const Database &cache);
int pending(const Database &cache);
QList<OutboxChange> outbox(const Database &cache, int limit);
Error removeFromOutbox(const Database &cache, const QStringList &changeIds);
/// Writes a chunk into the cache in one transaction, with the replica's progress.
Error apply(const Database &cache, const ReplicaChunk &chunk);
/// Matches what a joined single-user cache kept to the team's articles now in the cache: their
/// state is set and queued for the server. With `final`, what found no match becomes local
/// articles (negative ids, a source of their own), so that nothing of the user's is lost.
Result<int> settleCarryover(const Database &cache, bool final);

// On the server.
/// The highest change number below which every change is committed (writers hold a lock while they
/// draw numbers and commit; this waits for it briefly).
Result<qint64> stableChange(const Database &server);
/// The next chunk of changes after `replica.change`, up to `stable`. While a backfill is pending,
/// articles it will bring (older than its cutoff, changed up to its end) are left to it.
Result<ReplicaChunk> read(const Database &server, const ReplicaInfo &replica, qint64 stable);
/// The next page of the backfill: articles older than the cutoff, newest ids first.
Result<ReplicaChunk> readBackfill(const Database &server, const ReplicaInfo &replica);
/// Applies the member's changes on the server, each at most once (applied_changes), in one
/// transaction. Returns how many were new to the server.
Result<int> push(const Database &server, const QList<OutboxChange> &changes);

} // namespace ReplicaRepository

} // namespace Medtour
