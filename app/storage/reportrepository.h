// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/reportprofile.h"

#include <QList>

#include <optional>

namespace Medtour {

class Database;

/// The articles a run of a profile looks at, in arrival order.
struct ReportPeriod
{
    struct Candidate
    {
        qint64 id = 0;
        qint64 arrived = 0; ///< articles.fetched, UTC seconds
        qint64 cluster = 0; ///< 0: none
        bool matches = false;
    };
    QDateTime from;              ///< arrivals after this (UTC); minus the grace for late commits
    QDateTime to;                ///< when the period was read (UTC): the next watermark
    QList<Candidate> candidates; ///< arrived since the watermark and not seen by an earlier run
};

/// What a finished run records with its profile.
struct ReportRunRecord
{
    QDateTime ranAt; ///< UTC
    QDateTime slot;  ///< the scheduled time it covers (UTC); invalid: a run on demand
    QString status;  ///< "ok", "empty" or "error"
    QString error;
    int articles = 0;
    QStringList files;
};

/// Report profiles, their run state and the mail settings. All SQL about reports lives here, so
/// a team server keeps the same profiles in its own database behind the same interface. There they
/// are the connected member's own (server schema step 2): every call sees, runs and changes only
/// the profiles and mail settings of the connection's user, and row-level security holds other
/// members to the same. A read that fails is an Error, never an empty list or a missing profile.
class ReportRepository final
{
public:
    /// Articles that arrived up to this long before the watermark are looked at again (unless a
    /// run already did): a sync's transaction commits after the time it stamps on its articles.
    static constexpr qint64 kArrivalGraceSecs = 3600;
    /// A period reads at most this many arrivals (a first weekly run of a busy cache).
    static constexpr int kMaxCandidates = 200000;

    explicit ReportRepository(const Database &database);

    Result<QList<ReportProfile>> profiles() const;
    /// The profile named `name`; Error::NotFound when there is none.
    Result<ReportProfile> byName(const QString &name) const;
    /// The profile with `id`; Error::NotFound when there is none.
    Result<ReportProfile> byId(qint64 id) const;
    /// Adds a new profile (created now, never run); InvalidInput when the name is taken.
    Result<qint64> add(const ReportProfile &profile);
    /// Changes a profile's settings (not its run state).
    Error update(const ReportProfile &profile);
    /// Removes a profile by name; false when there is none.
    Result<bool> remove(const QString &name);

    /// The articles of the next run of `profile` at `now` (UTC), each flagged whether it matches
    /// the profile's filter: what arrived since its watermark (or, before its first run, in the
    /// last day, or week for a weekly report) and no earlier run looked at. Read in one statement,
    /// so it is one consistent view of the cache.
    Result<ReportPeriod> period(const ReportProfile &profile, const QDateTime &now) const;

    /// Claims the profile for a run at `now`: false when another run (another process) holds it
    /// and started less than kClaimLapseSecs ago. commitRun() and recordFailure() release it.
    Result<bool> claim(qint64 profileId, const QDateTime &now);
    static constexpr qint64 kClaimLapseSecs = 3600;
    /// Gives up a claim without recording a run (another run delivered it meanwhile).
    Error release(qint64 profileId);

    /// Records a successful run in one transaction: the watermark moves to `watermark`, the
    /// `done` articles are remembered while they are within the grace, and the run's result is
    /// kept. A run that failed calls recordFailure() instead, leaving the watermark where it was.
    Error commitRun(qint64 profileId, const QDateTime &watermark, const QList<ReportPeriod::Candidate> &done,
                    const ReportRunRecord &record);
    Error recordFailure(qint64 profileId, const ReportRunRecord &record);

    /// The mail settings; empty ones when mail was never set up.
    Result<MailSettings> mailSettings() const;
    Error setMailSettings(const MailSettings &settings);

private:
    const Database &m_database;
    QString m_connection;
};

} // namespace Medtour
