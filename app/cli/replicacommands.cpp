// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

namespace Medtour::Cli {

int teamStatus(const Invocation &)
{
    return fail(Exit::Usage, QStringLiteral("WIP"));
}

int join(const Invocation &)
{
    return fail(Exit::Usage, QStringLiteral("WIP"));
}

QList<QCommandLineOption> teamOptions()
{
    return {
        {QStringLiteral("server"),
         QStringLiteral("Act on the team server at <url> (postgresql://user@host[:port]/database[?sslmode=verify-full]) "
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
