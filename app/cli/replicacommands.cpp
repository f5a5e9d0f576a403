// SPDX-License-Identifier: GPL-3.0-or-later
// A desktop cache as a team's replica on the command line: `join`, `team status`, and `sync` on a
// joined cache (the exchange is TeamReplica's, in app/sync).
#include "commands.h"
#include "jsonout.h"
#include "storage/database.h"
#include "storage/replicarepository.h"
#include "sync/teamreplica.h"

#include <cstdio>

namespace Medtour::Cli {

namespace {

QJsonObject outcomeJson(const TeamReplica::Outcome &o)
{
    QJsonObject out{{QStringLiteral("server"), o.reached ? QStringLiteral("ok") : QStringLiteral("unreachable")},
                    {QStringLiteral("pushed"), o.pushed},
                    {QStringLiteral("pulled"), o.pulled},
                    {QStringLiteral("pending"), o.pending}};
    out.insert(QStringLiteral("error"), o.error.isEmpty() ? QJsonValue() : QJsonValue(o.error));
    return out;
}

} // namespace

int replicaSync(Database &cache)
{
    const TeamReplica::Outcome outcome = TeamReplica(cache).exchange();
    JsonOut::print(outcomeJson(outcome));
    if (!outcome.reached) {
        // Nothing local is lost: the changes stay queued for the next exchange.
        std::fprintf(stderr, "medtour-cli: the team server cannot be reached; %d change(s) stay queued: %s\n",
                     outcome.pending, qPrintable(outcome.error));
        return Exit::Storage;
    }
    return outcome.error.isEmpty() ? 0 : Exit::Storage;
}

int join(const Invocation &in)
{
    if (in.arguments.size() != 1 || !in.server.isEmpty())
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli --db FILE join postgresql://user@host/database "
                                                "[--days N]"));
    int days = 0;
    if (in.parser->isSet(QStringLiteral("days"))) {
        bool ok = false;
        days = in.parser->value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1 || days > 36500)
            return fail(Exit::Usage, QStringLiteral("--days takes a whole number of days from 1 to 36500"));
    }
    Database cache(QStringLiteral("cli"));
    int code = 0;
    if (!openDatabase(cache, in, &code, Access::Write))
        return code;
    const Result<TeamReplica::Outcome> joined = TeamReplica(cache).join(in.arguments.constFirst(), days);
    if (!joined)
        return fail(joined.error().code == Error::Network ? Exit::Storage : Exit::BadInput, joined.error().detail);
    JsonOut::print(QJsonObject{{QStringLiteral("server"), joined->server},
                               {QStringLiteral("user"), joined->user},
                               {QStringLiteral("pulled"), joined->pulled},
                               {QStringLiteral("pending"), joined->pending}});
    return 0;
}

int teamStatus(const Invocation &in)
{
    if (!in.server.isEmpty())
        return fail(Exit::Usage,
                    QStringLiteral("team status is about a joined cache: medtour-cli --db FILE team status"));
    Database cache(QStringLiteral("cli"));
    int code = 0;
    if (!openDatabase(cache, in, &code))
        return code;
    const ReplicaInfo info = ReplicaRepository::info(cache);
    if (!info.isReplica())
        return fail(Exit::BadInput, QStringLiteral("%1 is not joined to a team server").arg(cache.path()));
    JsonOut::print(QJsonObject{{QStringLiteral("server"), info.server},
                               {QStringLiteral("user"), info.user},
                               {QStringLiteral("pending"), ReplicaRepository::pending(cache)},
                               {QStringLiteral("last_pull"),
                                info.lastPull.isValid() ? QJsonValue(JsonOut::date(info.lastPull)) : QJsonValue()}});
    return 0;
}

QList<QCommandLineOption> teamOptions()
{
    return {
        {QStringLiteral("server"),
         QStringLiteral(
             "Act on the team server at <url> (postgresql://user@host[:port]/database[?sslmode=verify-full]) "
             "instead of a cache; MEDTOUR_SERVER sets it too."),
         QStringLiteral("url")},
        {QStringLiteral("editor"), QStringLiteral("team add-member: the member may add, change and remove sources.")},
        {QStringLiteral("service"), QStringLiteral("team add-member: the role the sync service logs in as.")},
        {QStringLiteral("password-file"),
         QStringLiteral("team add-member: the member's password, from the first line of <file>."),
         QStringLiteral("file")},
        {QStringLiteral("interval-minutes"),
         QStringLiteral("serve: look for sources that are due every <n> minutes (default 5)."), QStringLiteral("n")},
    };
}

} // namespace Medtour::Cli
