// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "core/urlsecrets.h"
#include "feeds/feedparser.h"
#include "jsonout.h"
#include "queryoptions.h"
#include "storage/articlerepository.h"
#include "storage/clusterrepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"
#include "storage/replicarepository.h"
#include "sync/feedingester.h"
#include "urlfetch.h"

#include <QFile>
#include <QFileInfo>

namespace Medtour::Cli {

int fail(int code, const QString &reason)
{
    JsonOut::printError(reason);
    return code;
}

QString readOnlyMessage(const Database &db)
{
    return QStringLiteral("the cache %1 is read-only (%2); nothing was changed").arg(db.path(), db.readOnlyReason());
}

bool openDatabase(Database &db, const Invocation &in, int *exitCode, Access access)
{
    if (const Error error = db.open(in.databasePath)) {
        if (error.code == Error::Corrupt) {
            *exitCode = fail(Exit::Storage, QStringLiteral("%1; 'medtour-cli recover' rebuilds it and keeps the "
                                                           "damaged file beside it")
                                                .arg(error.detail));
        } else {
            *exitCode = fail(Exit::Storage, error.detail);
        }
        return false;
    }
    if (access == Access::Write && db.isReadOnly()) {
        *exitCode = fail(Exit::Storage, readOnlyMessage(db));
        return false;
    }
    return true;
}

bool parseIds(const QString &text, QList<qint64> *ids)
{
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return false;
        ids->append(id);
    }
    return !ids->isEmpty();
}

namespace {

/// How many articles of its cluster `show` lists at most.
constexpr int kShownClusterMembers = 50;

/// Reads --limit (default 50); false and an exit code on a bad value.
bool readLimit(const Invocation &in, int *limit, int *exitCode)
{
    bool ok = true;
    *limit = in.parser->value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || *limit <= 0) {
        *exitCode = fail(Exit::Usage, QStringLiteral("--limit takes a positive whole number"));
        return false;
    }
    return true;
}

/// What list, search and facets share: --limit, the filter flags, the open cache.
struct QueryCommand
{
    int limit = 0;
    ArticleQuery query;
    Database db{QStringLiteral("cli")};
};

bool readQuery(const Invocation &in, ArticleQuery *query, int *exitCode);

/// Reads the flags and opens the cache; false with `*exitCode` set when anything is wrong.
bool prepare(const Invocation &in, QueryCommand &c, int *exitCode)
{
    return readLimit(in, &c.limit, exitCode) && readQuery(in, &c.query, exitCode) && openDatabase(c.db, in, exitCode);
}

bool readQuery(const Invocation &in, ArticleQuery *query, int *exitCode)
{
    QString error;
    if (!QueryOptions::read(*in.parser, query, &error)) {
        *exitCode = fail(Exit::Usage, error);
        return false;
    }
    return true;
}

} // namespace

int parse(const Invocation &in)
{
    if (in.arguments.size() != 1)
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli parse FILE|URL"));
    const QString target = in.arguments.constFirst();
    const Result<FetchedDocument> document = UrlFetch::load(target);
    if (!document)
        return fail(Exit::BadInput, document.error().detail);
    FeedParseOptions options;
    options.url = document->finalUrl;
    options.contentType = document->contentType;
    const ParsedFeed feed = FeedParser::parse(document->body, options);
    if (!feed.isFeed()) {
        const QString why = feed.errors.isEmpty() ? QStringLiteral("not a feed") : feed.errors.constFirst();
        return fail(Exit::BadInput, QStringLiteral("%1: %2").arg(UrlSecrets::redact(target), why));
    }
    JsonOut::print(JsonOut::feed(feed));
    return 0;
}

int ingest(const Invocation &in)
{
    if (in.arguments.isEmpty())
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli ingest FILE..."));
    Database db(QStringLiteral("cli"));
    int code = 0;
    if (!openDatabase(db, in, &code, Access::Write))
        return code;
    FeedIngester ingester(db);
    placeUnplaced(db, &ingester.enricher()); // new articles are placed among all the others
    QJsonArray reports;
    int failures = 0;
    for (const QString &path : in.arguments) {
        const Result<IngestReport> report = ingester.ingestFile(path);
        if (!report) {
            JsonOut::printError(QStringLiteral("%1: %2").arg(path, report.error().detail));
            ++failures;
            reports.append(
                QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("error"), report.error().detail}});
            continue;
        }
        reports.append(QJsonObject{
            {QStringLiteral("file"), path},
            {QStringLiteral("source_id"), report->sourceId},
            {QStringLiteral("source"), report->sourceName},
            {QStringLiteral("format"), report->format},
            {QStringLiteral("encoding"), report->encoding},
            {QStringLiteral("added"), report->stats.added},
            {QStringLiteral("updated"), report->stats.updated},
            {QStringLiteral("unchanged"), report->stats.unchanged},
            {QStringLiteral("duplicates"), report->stats.duplicates},
            {QStringLiteral("errors"), QJsonArray::fromStringList(report->parseErrors)},
        });
    }
    JsonOut::print(reports);
    return failures == 0 ? 0 : Exit::BadInput;
}

int list(const Invocation &in)
{
    int code = 0;
    QueryCommand c;
    if (!prepare(in, c, &code))
        return code;
    const Result<QList<ArticleSummary>> rows = ArticleRepository(c.db).page(c.query, {}, c.limit);
    if (!rows)
        return fail(Exit::Storage, rows.error().detail);
    QJsonArray out;
    for (const ArticleSummary &row : *rows)
        out.append(JsonOut::listRow(row));
    JsonOut::print(out);
    return 0;
}

int search(const Invocation &in)
{
    if (in.arguments.isEmpty())
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli search QUERY [filters] [--limit N]"));
    int code = 0;
    QueryCommand c;
    if (!prepare(in, c, &code))
        return code;
    c.query.text = in.arguments.join(u' ');
    indexUnindexed(c.db); // what a stopped sync left unindexed is found too
    const Result<QList<SearchHit>> hits = ArticleRepository(c.db).search(c.query, c.limit);
    if (!hits)
        return fail(Exit::Storage, hits.error().detail);
    QJsonArray out;
    for (const SearchHit &hit : *hits) {
        out.append(QJsonObject{
            {QStringLiteral("id"), hit.article.id},
            {QStringLiteral("title"), hit.article.title},
            {QStringLiteral("source"), hit.article.sourceName},
            {QStringLiteral("published"), JsonOut::date(hit.article.published)},
            {QStringLiteral("snippet"), hit.snippet},
            {QStringLiteral("score"), hit.score},
        });
    }
    JsonOut::print(out);
    return 0;
}

int facets(const Invocation &in)
{
    int code = 0;
    QueryCommand c;
    if (!prepare(in, c, &code))
        return code;
    c.query.text = in.arguments.join(u' ');
    if (!c.query.text.isEmpty())
        indexUnindexed(c.db);
    const Result<FacetCounts> counts = FacetRepository(c.db).counts(c.query, c.limit);
    if (!counts)
        return fail(Exit::Storage, counts.error().detail);
    JsonOut::print(JsonOut::facets(*counts));
    return 0;
}

int clusters(const Invocation &in)
{
    int code = 0;
    int limit = 0;
    if (!readLimit(in, &limit, &code))
        return code;
    Database db(QStringLiteral("cli"));
    if (!openDatabase(db, in, &code))
        return code;
    placeUnplaced(db);
    const Result<QList<StoryCluster>> clusters = ClusterRepository(db).clusters(2, limit);
    if (!clusters)
        return fail(Exit::Storage, clusters.error().detail);
    QJsonArray out;
    for (const StoryCluster &cluster : *clusters)
        out.append(JsonOut::cluster(cluster));
    JsonOut::print(out);
    return 0;
}

int show(const Invocation &in)
{
    bool ok = false;
    const qint64 id = in.arguments.size() == 1 ? in.arguments.constFirst().toLongLong(&ok) : 0;
    if (!ok)
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli show ID"));
    Database db(QStringLiteral("cli"));
    int code = 0;
    if (!openDatabase(db, in, &code))
        return code;
    placeUnplaced(db);
    const Result<Article> article = ArticleRepository(db).article(id);
    if (!article) // "no article with id N" when there is none
        return fail(article.error().code == Error::NotFound ? Exit::BadInput : Exit::Storage, article.error().detail);
    const Result<QList<Tag>> tags = FacetRepository(db).tags(id);
    if (!tags)
        return fail(Exit::Storage, tags.error().detail);
    // A story copied by thousands of pages lists its first kShownClusterMembers; "more" says the rest.
    const Result<StoryCluster> cluster = ClusterRepository(db).clusterOf(id, kShownClusterMembers);
    if (!cluster)
        return fail(Exit::Storage, cluster.error().detail);
    QJsonObject out = JsonOut::article(*article);
    out.insert(QStringLiteral("tags"), JsonOut::tags(*tags));
    out.insert(QStringLiteral("cluster"),
               cluster->members.size() > 1 ? QJsonValue(JsonOut::cluster(*cluster)) : QJsonValue());
    // In team mode every member's note shows, with its author and time.
    if (db.isServer() || ReplicaRepository::isReplica(db)) {
        const Result<QList<TeamNote>> notes = ArticleRepository(db).teamNotes(id);
        if (!notes)
            return fail(Exit::Storage, notes.error().detail);
        QJsonArray team;
        for (const TeamNote &note : *notes)
            team.append(QJsonObject{{QStringLiteral("author"), note.author},
                                    {QStringLiteral("text"), note.text},
                                    {QStringLiteral("updated"), JsonOut::date(note.updated)}});
        out.insert(QStringLiteral("team_notes"), team);
    }
    JsonOut::print(out);
    return 0;
}

} // namespace Medtour::Cli
