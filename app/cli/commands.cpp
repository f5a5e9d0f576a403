// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "cli/jsonout.h"
#include "cli/urlfetch.h"
#include "feeds/feedparser.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "sync/feedingester.h"

#include <QFile>
#include <QFileInfo>

namespace Medtour::Cli {

namespace {

constexpr int kBadInput = 1;
constexpr int kUsage = 2;
constexpr int kStorage = 3;

int fail(int code, const QString &reason)
{
    JsonOut::printError(reason);
    return code;
}

bool openDatabase(Database &db, const Invocation &in, int *exitCode)
{
    if (const Error error = db.open(in.databasePath)) {
        *exitCode = fail(kStorage, error.detail);
        return false;
    }
    return true;
}

} // namespace

int parse(const Invocation &in)
{
    if (in.arguments.size() != 1)
        return fail(kUsage, QStringLiteral("usage: medtour-cli parse FILE|URL"));
    const QString target = in.arguments.constFirst();
    FeedParseOptions options;
    QByteArray bytes;
    const QUrl asUrl(target);
    if (asUrl.scheme() == u"http" || asUrl.scheme() == u"https") {
        const Result<FetchedDocument> fetched = UrlFetch::get(asUrl);
        if (!fetched)
            return fail(kBadInput, fetched.error().detail);
        bytes = fetched->body;
        options.url = fetched->finalUrl;
        options.contentType = fetched->contentType;
    } else {
        QFile file(target);
        if (!file.exists())
            return fail(kBadInput, QStringLiteral("no such file: %1").arg(target));
        if (!file.open(QIODevice::ReadOnly))
            return fail(kBadInput, QStringLiteral("cannot read %1: %2").arg(target, file.errorString()));
        bytes = file.readAll();
        options.url = QUrl::fromLocalFile(QFileInfo(target).absoluteFilePath());
    }
    const ParsedFeed feed = FeedParser::parse(bytes, options);
    if (!feed.isFeed()) {
        const QString why = feed.errors.isEmpty() ? QStringLiteral("not a feed") : feed.errors.constFirst();
        return fail(kBadInput, QStringLiteral("%1: %2").arg(target, why));
    }
    JsonOut::print(JsonOut::feed(feed));
    return 0;
}

int ingest(const Invocation &in)
{
    if (in.arguments.isEmpty())
        return fail(kUsage, QStringLiteral("usage: medtour-cli ingest FILE..."));
    Database db(QStringLiteral("cli"));
    int code = 0;
    if (!openDatabase(db, in, &code))
        return code;
    FeedIngester ingester(db);
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
    return failures == 0 ? 0 : kBadInput;
}

int list(const Invocation &in)
{
    bool ok = true;
    const int limit = in.parser->value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return fail(kUsage, QStringLiteral("--limit takes a positive whole number"));
    Database db(QStringLiteral("cli"));
    int code = 0;
    if (!openDatabase(db, in, &code))
        return code;
    const QList<ArticleSummary> rows = ArticleRepository(db).page({}, {}, limit);
    QJsonArray out;
    for (const ArticleSummary &row : rows)
        out.append(JsonOut::listRow(row));
    JsonOut::print(out);
    return 0;
}

int show(const Invocation &in)
{
    bool ok = false;
    const qint64 id = in.arguments.size() == 1 ? in.arguments.constFirst().toLongLong(&ok) : 0;
    if (!ok)
        return fail(kUsage, QStringLiteral("usage: medtour-cli show ID"));
    Database db(QStringLiteral("cli"));
    int code = 0;
    if (!openDatabase(db, in, &code))
        return code;
    const std::optional<Article> article = ArticleRepository(db).article(id);
    if (!article)
        return fail(kBadInput, QStringLiteral("no article with id %1").arg(id));
    JsonOut::print(JsonOut::article(*article));
    return 0;
}

} // namespace Medtour::Cli
