// SPDX-License-Identifier: GPL-3.0-or-later
// medtour-cli sync and sources: fetching through the same SyncController the desktop app uses.
#include "commands.h"
#include "core/urlsecrets.h"
#include "feeds/googlenews.h"
#include "jsonout.h"
#include "storage/database.h"
#include "storage/replicarepository.h"
#include "storage/sourcerepository.h"
#include "storage/teamrepository.h"
#include "sync/defaultsources.h"
#include "sync/opmlfiles.h"
#include "sync/sourceprobe.h"
#include "sync/synccontroller.h"
#include "sync/syncerror.h"
#include "urlfetch.h"

#include <QEventLoop>

#include <cmath>

namespace Medtour::Cli {

namespace {

QJsonObject sourceJson(const Source &s, const SourceStatus &st)
{
    return {
        {QStringLiteral("id"), s.id},
        {QStringLiteral("kind"), sourceKindName(s.kind)},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("url"), s.url.toString()},
        {QStringLiteral("enabled"), s.enabled},
        {QStringLiteral("folder"), s.folder},
        {QStringLiteral("language"), s.language},
        {QStringLiteral("time_zone"), s.timeZone},
        {QStringLiteral("interval_minutes"), s.intervalMinutes},
        {QStringLiteral("fetch_full_page"), s.fetchFullPage},
        {QStringLiteral("last_attempt"), JsonOut::date(st.lastAttempt)},
        {QStringLiteral("last_success"), JsonOut::date(st.lastSuccess)},
        {QStringLiteral("http_status"), st.httpStatus > 0 ? QJsonValue(st.httpStatus) : QJsonValue()},
        {QStringLiteral("error"), st.error},
        {QStringLiteral("error_code"), st.errorCode},
        {QStringLiteral("items_new"), st.itemsNew},
        {QStringLiteral("items_updated"), st.itemsUpdated},
        {QStringLiteral("next_due"), JsonOut::date(st.nextDue)},
        // Extensions (issue 21): a permanent redirect to another host waiting to be confirmed, and the
        // address a confirmed one replaced.
        {QStringLiteral("moved_to"), st.movedTo.isEmpty() ? QJsonValue() : QJsonValue(st.movedTo.toString())},
        {QStringLiteral("moved_to_syncs"), st.movedSeen},
        {QStringLiteral("original_url"),
         st.originalUrl.isEmpty() ? QJsonValue() : QJsonValue(st.originalUrl.toString())},
    };
}

QJsonObject resultJson(const SourceSyncResult &r)
{
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("name"), r.name},
        {QStringLiteral("url"), r.url.toString()},
        {QStringLiteral("status"), syncStatusName(r.status)},
        {QStringLiteral("http_status"), r.httpStatus > 0 ? QJsonValue(r.httpStatus) : QJsonValue()},
        {QStringLiteral("error"), r.error},
        {QStringLiteral("error_code"), r.status == SyncStatus::Error ? SyncError::codeName(r.errorCode) : QString()},
        {QStringLiteral("new"), r.added},
        {QStringLiteral("updated"), r.updated},
        {QStringLiteral("bytes"), r.bytes},
        {QStringLiteral("ms"), r.ms},
    };
}

bool readId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

int sourcesList(Database &db)
{
    SourceRepository repo(db);
    const Result<QList<Source>> sources = repo.all();
    if (!sources)
        return fail(Exit::Storage, sources.error().detail);
    QJsonArray out;
    for (const Source &s : *sources) {
        const Result<SourceStatus> status = repo.status(s.id);
        if (!status)
            return fail(Exit::Storage, status.error().detail);
        out.append(sourceJson(s, *status));
    }
    JsonOut::print(out);
    return 0;
}

int sourcesAdd(Database &db, const Invocation &in)
{
    if (in.arguments.size() != 2)
        return fail(Exit::Usage,
                    QStringLiteral("usage: medtour-cli sources add URL|QUERY [--kind feed|query|page] [--name N] "
                                   "[--folder F] [--lang ko|en] [--full-page]"));
    const QString target = in.arguments.at(1);
    const QString kind = in.parser->value(QStringLiteral("kind"));
    Source s;
    s.name = in.parser->value(QStringLiteral("name")).trimmed();
    s.folder = in.parser->value(QStringLiteral("folder")).trimmed();
    s.fetchFullPage = in.parser->isSet(QStringLiteral("full-page"));
    const QStringList langs = in.parser->values(QStringLiteral("lang"));
    s.language = langs.isEmpty() ? QString() : langs.constFirst();
    if (kind == u"query") {
        s.kind = Source::Kind::Query;
        if (target.trimmed().isEmpty())
            return fail(Exit::Usage, QStringLiteral("sources add --kind query needs a search query"));
        if (s.language.isEmpty())
            s.language = QStringLiteral("ko");
        s.url = GoogleNews::searchUrl(target, s.language);
        if (s.name.isEmpty())
            s.name = QStringLiteral("Google News: %1").arg(target.simplified());
    } else if (kind.isEmpty() || kind == u"feed" || kind == u"page") {
        // page: a news list page of a site without a feed; its article links are followed.
        s.kind = kind == u"page" ? Source::Kind::Page : Source::Kind::Feed;
        s.url = QUrl(target.trimmed(), QUrl::StrictMode);
        if (!s.url.isValid() || (s.url.scheme() != u"http" && s.url.scheme() != u"https") || s.url.host().isEmpty())
            return fail(Exit::BadInput, QStringLiteral("not an http(s) URL: %1").arg(UrlSecrets::redact(target)));
        if (s.kind == Source::Kind::Page)
            s.fetchFullPage = true; // a list gives titles only
    } else {
        return fail(Exit::Usage, QStringLiteral("--kind is feed, query or page, not '%1'").arg(kind));
    }
    SourceRepository repo(db);
    const Result<qint64> id = repo.add(s);
    if (!id)
        return fail(id.error().code == Error::InvalidInput ? Exit::BadInput : Exit::Storage, id.error().detail);
    const Result<Source> added = repo.byId(*id);
    if (!added)
        return fail(Exit::Storage, added.error().detail);
    JsonOut::print(sourceJson(*added, {}));
    return 0;
}

int sourcesById(Database &db, const Invocation &in, const QString &verb)
{
    qint64 id = 0;
    if (in.arguments.size() != 2 || !readId(in.arguments.at(1), &id))
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli sources %1 ID").arg(verb));
    SourceRepository repo(db);
    const Result<Source> s = repo.byId(id);
    if (!s) // "no source with id N" when there is none
        return fail(s.error().code == Error::NotFound ? Exit::BadInput : Exit::Storage, s.error().detail);
    int keptStarred = 0;
    const Error e = verb == u"remove" ? repo.remove(id, &keptStarred) : repo.setEnabled(id, verb == u"enable");
    if (e)
        return fail(Exit::Storage, e.detail);
    if (verb == u"remove") {
        JsonOut::print(QJsonObject{{QStringLiteral("removed"), id},
                                   {QStringLiteral("name"), s->name},
                                   {QStringLiteral("kept_starred"), keptStarred}});
        return 0;
    }
    const Result<Source> changed = repo.byId(id);
    if (!changed)
        return fail(Exit::Storage, changed.error().detail);
    const Result<SourceStatus> status = repo.status(id);
    if (!status)
        return fail(Exit::Storage, status.error().detail);
    JsonOut::print(sourceJson(*changed, *status));
    return 0;
}

int sourcesImport(Database &db, const Invocation &in)
{
    if (in.arguments.size() != 2)
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli sources import FILE.opml"));
    const QString path = in.arguments.at(1);
    const Result<OpmlImport> done = OpmlFiles::importFile(db, path);
    if (!done)
        return fail(done.error().code == Error::Database ? Exit::Storage : Exit::BadInput, done.error().detail);
    QJsonArray ids;
    for (const qint64 id : done->ids)
        ids.append(id);
    JsonOut::print(QJsonObject{{QStringLiteral("file"), path},
                               {QStringLiteral("title"), done->title},
                               {QStringLiteral("added"), done->added},
                               {QStringLiteral("skipped"), done->skipped},
                               {QStringLiteral("ids"), ids},
                               {QStringLiteral("errors"), QJsonArray::fromStringList(done->errors)}});
    return 0;
}

int sourcesExport(Database &db, const Invocation &in)
{
    if (in.arguments.size() != 2)
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli sources export FILE.opml"));
    const QString path = in.arguments.at(1);
    const Result<int> exported = OpmlFiles::exportFile(db, path);
    if (!exported)
        return fail(Exit::BadInput, exported.error().detail);
    JsonOut::print(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("sources"), *exported}});
    return 0;
}

int sourcesDiscover(const Invocation &in)
{
    if (in.arguments.size() != 2)
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli sources discover URL|FILE"));
    const QString target = in.arguments.at(1);
    const QUrl asUrl(target);
    ProbeResult probed;
    if (asUrl.scheme() == u"http" || asUrl.scheme() == u"https") {
        // The same asynchronous probe as the desktop's Sources dialog; the CLI just waits for it.
        SourceProbe probe;
        QEventLoop loop;
        QObject::connect(&probe, &SourceProbe::finished, &loop, [&](const ProbeResult &r) {
            probed = r;
            loop.quit();
        });
        probe.probe(asUrl);
        loop.exec();
        if (!probed.ok())
            return fail(Exit::BadInput, QStringLiteral("%1: %2").arg(UrlSecrets::redact(target), probed.error));
    } else {
        const Result<FetchedDocument> doc = UrlFetch::load(target);
        if (!doc)
            return fail(Exit::BadInput, doc.error().detail);
        probed = SourceProbe::examine(doc->body, doc->finalUrl, doc->contentType);
    }
    QJsonArray out;
    // A feed address discovers itself; a page lists the feeds it links to.
    for (const DiscoveredFeed &f : std::as_const(probed.feeds))
        out.append(QJsonObject{{QStringLiteral("url"), f.url.toString()},
                               {QStringLiteral("title"), f.title},
                               {QStringLiteral("type"), f.type}});
    JsonOut::print(out);
    return 0;
}

int sourcesAddDefaults(Database &db)
{
    const Result<QList<Source>> defaults = DefaultSources::embedded();
    if (!defaults)
        return fail(Exit::Storage, defaults.error().detail);
    const Result<int> added = DefaultSources::addMissing(db, *defaults);
    if (!added)
        return fail(Exit::Storage, added.error().detail);
    JsonOut::print(QJsonObject{{QStringLiteral("added"), *added}, {QStringLiteral("offered"), int(defaults->size())}});
    return 0;
}

} // namespace

int sources(const Invocation &in)
{
    const QString verb = in.arguments.value(0, QStringLiteral("list"));
    if (verb == u"discover")
        return sourcesDiscover(in);
    Database db(QStringLiteral("cli"));
    int code = 0;
    const bool reads = verb == u"list" || verb == u"export";
    if (!openDatabase(db, in, &code, reads ? Access::Read : Access::Write))
        return code;
    // A replica's sources are the team's: an editor changes them on the server, and they come back
    // with the next pull.
    if (!reads && !db.isServer() && ReplicaRepository::isReplica(db))
        return fail(Exit::BadInput, QStringLiteral("this cache is joined to a team: its sources are the team's; an "
                                                   "editor changes them with --server %1")
                                        .arg(ReplicaRepository::info(db).server));
    if (verb == u"list")
        return sourcesList(db);
    if (verb == u"add")
        return sourcesAdd(db, in);
    if (verb == u"remove" || verb == u"enable" || verb == u"disable")
        return sourcesById(db, in, verb);
    if (verb == u"import")
        return sourcesImport(db, in);
    if (verb == u"export")
        return sourcesExport(db, in);
    if (verb == u"add-defaults")
        return sourcesAddDefaults(db);
    return fail(Exit::Usage, QStringLiteral("unknown sources command '%1' (list, add, remove, enable, disable, import, "
                                            "export, discover, add-defaults)")
                                 .arg(verb));
}

int sync(const Invocation &in)
{
    if (!in.arguments.isEmpty())
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli sync [--once] [--source ID]..."));
    QList<qint64> ids;
    for (const QString &text : in.parser->values(QStringLiteral("source"))) {
        qint64 id = 0;
        if (!readId(text, &id))
            return fail(Exit::Usage, QStringLiteral("--source takes a source id, not '%1'").arg(text));
        ids << id;
    }
    FetchSettings settings;
    if (in.parser->isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double secs = in.parser->value(QStringLiteral("timeout")).toDouble(&ok);
        // Finite and at most a day: "nan", "inf" or 1e300 would overflow the milliseconds.
        if (!ok || !std::isfinite(secs) || secs <= 0 || secs > 86400)
            return fail(Exit::Usage, QStringLiteral("--timeout takes a number of seconds (up to 86400)"));
        settings.totalTimeoutMs = int(secs * 1000);
        settings.idleTimeoutMs = std::min(settings.idleTimeoutMs, settings.totalTimeoutMs);
        settings.connectTimeoutMs = std::min(settings.connectTimeoutMs, settings.totalTimeoutMs);
    }
    {
        // Open (and migrate) here first, so a bad cache is reported before any fetch.
        Database db(QStringLiteral("cli"));
        int code = 0;
        if (!openDatabase(db, in, &code, Access::Write))
            return code;
        // A team's replica does not fetch: the team's service does; it exchanges with the server.
        if (!db.isServer() && ReplicaRepository::isReplica(db)) {
            if (!ids.isEmpty())
                return fail(Exit::Usage, QStringLiteral("a cache joined to a team does not sync sources itself; "
                                                        "sync --once exchanges with the team server"));
            return replicaSync(db);
        }
        SourceRepository repo(db);
        for (const qint64 id : std::as_const(ids)) {
            if (const Result<Source> source = repo.byId(id); !source) // "no source with id N" when there is none
                return fail(source.error().code == Error::NotFound ? Exit::BadInput : Exit::Storage,
                            source.error().detail);
        }
    }
    // On a team server one sync runs at a time: the service's lock, held for this pass.
    Database control(QStringLiteral("cli-lock"));
    if (!in.server.isEmpty()) {
        int code = 0;
        if (!openDatabase(control, in, &code, Access::Write))
            return code;
        const Result<bool> locked = TeamRepository(control).tryServiceLock();
        if (!locked)
            return fail(Exit::Storage, locked.error().detail);
        if (!*locked)
            return fail(Exit::BadInput, QStringLiteral("the team's sync service is syncing now; nothing was synced "
                                                       "(try again when it is idle)"));
    }
    SyncController controller(in.databasePath, settings);
    QEventLoop loop;
    SyncReport report;
    QObject::connect(&controller, &SyncController::syncFinished, &loop, [&](const SyncReport &r) {
        report = r;
        loop.quit();
    });
    if (!ids.isEmpty() || in.parser->isSet(QStringLiteral("once")))
        controller.syncNow(ids);
    else
        controller.syncDue();
    loop.exec();
    if (!report.error.isEmpty())
        return fail(Exit::Storage, report.error);
    QJsonArray out;
    for (const SourceSyncResult &r : std::as_const(report.sources))
        out.append(resultJson(r));
    JsonOut::print(out);
    return 0;
}

} // namespace Medtour::Cli
