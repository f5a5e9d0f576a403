// SPDX-License-Identifier: GPL-3.0-or-later
// stats, prune, optimize, check: looking after a cache from scripts.
#include "commands.h"
#include "jsonout.h"
#include "storage/cacherecovery.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/userstatebackup.h"

namespace Medtour::Cli {

int stats(const Invocation &in)
{
    Database db(QStringLiteral("cli"));
    int code = 0;
    if (!openDatabase(db, in, &code))
        return code;
    JsonOut::print(Maintenance::stats(db));
    return 0;
}

int prune(const Invocation &in)
{
    RetentionPolicy policy;
    bool okDays = true;
    bool okPer = true;
    if (in.parser->isSet(QStringLiteral("days")))
        policy.maxAgeDays = in.parser->value(QStringLiteral("days")).toInt(&okDays);
    if (in.parser->isSet(QStringLiteral("per-source")))
        policy.maxPerSource = in.parser->value(QStringLiteral("per-source")).toInt(&okPer);
    if (!okDays || !okPer || policy.maxAgeDays < 0 || policy.maxPerSource < 0 ||
        (policy.maxAgeDays == 0 && policy.maxPerSource == 0)) {
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli prune [--days N] [--per-source N] (at least one)"));
    }
    Database db(QStringLiteral("cli"));
    int code = 0;
    if (!openDatabase(db, in, &code, Access::Write))
        return code;
    const Result<int> removed = Maintenance::prune(db, policy);
    if (!removed)
        return fail(Exit::Storage, removed.error().detail);
    JsonOut::print(QJsonObject{{QStringLiteral("removed"), *removed}});
    return 0;
}

int optimize(const Invocation &in)
{
    Database db(QStringLiteral("cli"));
    int code = 0;
    if (!openDatabase(db, in, &code, Access::Write))
        return code;
    const bool vacuum = in.parser->isSet(QStringLiteral("vacuum"));
    if (const Error error = Maintenance::optimize(db, vacuum))
        return fail(Exit::Storage, error.detail);
    JsonOut::print(QJsonObject{{QStringLiteral("optimized"), true}, {QStringLiteral("vacuumed"), vacuum}});
    return 0;
}

int check(const Invocation &in)
{
    Database db(QStringLiteral("cli"));
    int code = 0;
    if (!openDatabase(db, in, &code))
        return code;
    const QStringList problems = Maintenance::integrityProblems(db);
    JsonOut::print(QJsonObject{{QStringLiteral("ok"), problems.isEmpty()},
                               {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                               {QStringLiteral("read_only"), db.isReadOnly()}});
    if (!problems.isEmpty()) {
        JsonOut::printError(QStringLiteral("the cache is damaged: %1").arg(problems.constFirst()));
        return Exit::Storage;
    }
    return 0;
}

int recover(const Invocation &in)
{
    // Only a cache that is damaged is rebuilt. A sound one gets back, as the reader does when it opens
    // a cache, the stars, notes and read marks the user-state backup has and the cache lacks (a cache
    // made anew, or one whose articles a sync has just brought back); a newer change in the cache wins.
    {
        Database db(QStringLiteral("cli"));
        const Error error = db.open(in.databasePath);
        if (!error) {
            int restored = 0;
            if (in.databasePath != u":memory:") {
                if (db.isReadOnly())
                    return fail(Exit::Storage, readOnlyMessage(db));
                const Result<QList<UserStateEntry>> backup =
                    UserStateBackup::load(UserStateBackup::pathFor(in.databasePath));
                if (!backup)
                    return fail(Exit::BadInput, backup.error().detail);
                // Asked for explicitly: every entry, unless the cache knows of a newer change.
                const Result<int> applied = UserStateBackup::apply(db.db(), *backup);
                if (!applied)
                    return fail(Exit::Storage, applied.error().detail);
                restored = *applied;
            }
            JsonOut::print(QJsonObject{{QStringLiteral("recovered"), false},
                                       {QStringLiteral("damaged_path"), QJsonValue()},
                                       {QStringLiteral("restored_from_backup"), restored}});
            return 0;
        }
        if (error.code != Error::Corrupt)
            return fail(Exit::Storage, error.detail);
    }
    const Result<RecoveryReport> report = CacheRecovery::recover(in.databasePath);
    if (!report)
        return fail(Exit::Storage, report.error().detail);
    JsonOut::print(QJsonObject{
        {QStringLiteral("recovered"), true},
        {QStringLiteral("damaged_path"), report->damagedPath},
        {QStringLiteral("sources"), report->sources},
        {QStringLiteral("articles"), report->articles},
        {QStringLiteral("user_states"), report->userStates},
        {QStringLiteral("restored_from_backup"), report->restoredFromBackup},
        {QStringLiteral("unreadable_ranges"), report->skippedChunks},
        {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)},
    });
    return 0;
}

} // namespace Medtour::Cli
