// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode on the command line: `server init` and `team …` (the service and replicas are in
// servicecommand.cpp and replicacommands.cpp).
#include "commands.h"
#include "jsonout.h"
#include "storage/database.h"
#include "storage/serverschema.h"
#include "storage/teamrepository.h"

#include <QFile>
#include <QJsonArray>

namespace Medtour::Cli {

namespace {

bool requireServer(const Invocation &in, const char *command, int *exitCode)
{
    if (!in.server.isEmpty())
        return true;
    *exitCode = fail(Exit::Usage, QStringLiteral("%1 needs a team server: --server postgresql://user@host/database "
                                                 "(or MEDTOUR_SERVER)")
                                      .arg(QLatin1StringView(command)));
    return false;
}

/// The first line of a password file (a file, so that the password is in no command line or shell
/// history). At most 1 KiB is read.
Result<QString> readPassword(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.read(1024);
    QString password = QString::fromUtf8(bytes.left(bytes.indexOf('\n') < 0 ? bytes.size() : bytes.indexOf('\n')));
    if (password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty())
        return Error{Error::InvalidInput, QStringLiteral("%1 holds no password on its first line").arg(path)};
    return password;
}

QJsonObject memberJson(const TeamMember &m)
{
    return {{QStringLiteral("name"), m.name},
            {QStringLiteral("role"), m.role},
            {QStringLiteral("added"), JsonOut::date(QDateTime::fromSecsSinceEpoch(m.added, Qt::UTC))}};
}

} // namespace

int server(const Invocation &in)
{
    int code = 0;
    if (in.arguments != QStringList{QStringLiteral("init")})
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli --server URL server init"));
    if (!requireServer(in, "server init", &code))
        return code;
    const Result<ServerAddress> address = ServerAddress::parse(in.server);
    if (!address)
        return fail(Exit::Usage, address.error().detail);
    Database db(QStringLiteral("cli"));
    if (const Error error = db.openServer(*address, Database::ServerSchemaUse::Migrate))
        return fail(error.code == Error::Network ? Exit::Storage : Exit::BadInput, error.detail);
    const Result<int> version = ServerSchema::currentVersion(db.db());
    JsonOut::print(QJsonObject{{QStringLiteral("server"), address->toString()},
                               {QStringLiteral("schema_version"), version ? *version : 0},
                               {QStringLiteral("admin"), address->user}});
    return 0;
}

int team(const Invocation &in)
{
    const QString action = in.arguments.value(0);
    if (action == u"status")
        return teamStatus(in);
    int code = 0;
    if (!requireServer(in, "team", &code))
        return code;
    Database db(QStringLiteral("cli"));
    if (!openDatabase(db, in, &code))
        return code;
    TeamRepository team(db);
    if (action == u"list" && in.arguments.size() == 1) {
        const Result<QList<TeamMember>> members = team.members();
        if (!members)
            return fail(Exit::Storage, members.error().detail);
        QJsonArray out;
        for (const TeamMember &m : *members)
            out.append(memberJson(m));
        JsonOut::print(out);
        return 0;
    }
    if (action == u"add-member" && in.arguments.size() == 2) {
        const bool editor = in.parser->isSet(QStringLiteral("editor"));
        const bool service = in.parser->isSet(QStringLiteral("service"));
        if (editor && service)
            return fail(Exit::Usage, QStringLiteral("a member is an editor or the service, not both"));
        QString password;
        if (in.parser->isSet(QStringLiteral("password-file"))) {
            const Result<QString> read = readPassword(in.parser->value(QStringLiteral("password-file")));
            if (!read)
                return fail(Exit::BadInput, read.error().detail);
            password = *read;
        }
        const TeamMember member{in.arguments.at(1),
                                editor ? QStringLiteral("editor")
                                       : (service ? QStringLiteral("service") : QStringLiteral("reader")),
                                QDateTime::currentSecsSinceEpoch()};
        if (const Error error = team.addMember(member.name, member.role, password))
            return fail(Exit::BadInput, error.detail);
        JsonOut::print(memberJson(member));
        return 0;
    }
    if (action == u"remove" && in.arguments.size() == 2) {
        if (const Error error = team.removeMember(in.arguments.at(1)))
            return fail(error.code == Error::NotFound ? Exit::BadInput : Exit::Storage, error.detail);
        JsonOut::print(QJsonObject{{QStringLiteral("removed"), in.arguments.at(1)}});
        return 0;
    }
    return fail(Exit::Usage, QStringLiteral("usage: medtour-cli --server URL team list | add-member NAME [--editor | "
                                            "--service] [--password-file F] | remove NAME; medtour-cli --db FILE team "
                                            "status"));
}

} // namespace Medtour::Cli
