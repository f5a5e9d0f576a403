// SPDX-License-Identifier: GPL-3.0-or-later
// star, unstar, read, unread, note: user state from scripts. Each prints
// {"changed": N, "ids": [...], "missing": [...]} and fails (exit 1) when an id does not exist.
#include "commands.h"
#include "jsonout.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/userstatebackup.h"

#include <functional>

namespace Medtour::Cli {

namespace {

using Setter = std::function<Result<int>(ArticleRepository &, const QList<qint64> &)>;

int applyToIds(const Invocation &in, const char *usage, const Setter &setter)
{
    QList<qint64> ids;
    if (in.arguments.size() != 1 || !parseIds(in.arguments.constFirst(), &ids))
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli %1 ID[,ID...]").arg(QLatin1StringView(usage)));
    Database db(QStringLiteral("cli"));
    int code = 0;
    if (!openDatabase(db, in, &code, Access::Write))
        return code;
    ArticleRepository repo(db);
    QList<qint64> existing;
    QJsonArray missing;
    for (const qint64 id : std::as_const(ids)) {
        const Result<Article> article = repo.article(id);
        if (article)
            existing << id;
        else if (article.error().code == Error::NotFound)
            missing.append(id);
        else
            return fail(Exit::Storage, article.error().detail);
    }
    const Result<int> changed = setter(repo, existing);
    if (!changed)
        return fail(Exit::Storage, changed.error().detail);
    // The user-state backup follows every change, so a damaged cache never costs what was set here.
    // (A team server keeps its members' state itself.)
    if (*changed > 0 && !db.isServer() && in.databasePath != u":memory:") {
        const Result<int> saved = UserStateBackup::save(db.db(), UserStateBackup::pathFor(in.databasePath));
        if (!saved)
            JsonOut::printError(QStringLiteral("warning: %1").arg(saved.error().detail));
    }
    QJsonArray done;
    for (const qint64 id : std::as_const(existing))
        done.append(id);
    JsonOut::print(QJsonObject{
        {QStringLiteral("changed"), *changed}, {QStringLiteral("ids"), done}, {QStringLiteral("missing"), missing}});
    if (!missing.isEmpty()) {
        JsonOut::printError(QStringLiteral("no article with id %1").arg(missing.first().toInteger()));
        return Exit::BadInput;
    }
    return 0;
}

} // namespace

int star(const Invocation &in)
{
    return applyToIds(in, "star",
                      [](ArticleRepository &r, const QList<qint64> &ids) { return r.setStarred(ids, true); });
}

int unstar(const Invocation &in)
{
    return applyToIds(in, "unstar",
                      [](ArticleRepository &r, const QList<qint64> &ids) { return r.setStarred(ids, false); });
}

int markRead(const Invocation &in)
{
    return applyToIds(in, "read", [](ArticleRepository &r, const QList<qint64> &ids) { return r.setRead(ids, true); });
}

int markUnread(const Invocation &in)
{
    return applyToIds(in, "unread",
                      [](ArticleRepository &r, const QList<qint64> &ids) { return r.setRead(ids, false); });
}

int note(const Invocation &in)
{
    bool ok = false;
    const qint64 id = in.arguments.isEmpty() ? 0 : in.arguments.constFirst().toLongLong(&ok);
    if (!ok || id <= 0 || in.arguments.size() < 2)
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli note ID TEXT (an empty TEXT clears the note)"));
    const QString text = in.arguments.mid(1).join(u' ');
    return applyToIds(Invocation{in.databasePath, in.server, {QString::number(id)}, in.parser}, "note",
                      [&text](ArticleRepository &r, const QList<qint64> &ids) {
                          return ids.isEmpty() ? Result<int>(0) : r.setNote(ids.constFirst(), text);
                      });
}

} // namespace Medtour::Cli
