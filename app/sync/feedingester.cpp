// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedingester.h"

#include "core/logging.h"
#include "feeds/feedparser.h"
#include "feeds/googlenews.h"
#include "storage/database.h"
#include "storage/sourcerepository.h"
#include "storage/transaction.h"
#include "sync/articleenricher.h"

#include <QFile>
#include <QFileInfo>

namespace Medtour {

FeedIngester::FeedIngester(Database &database)
    : m_database(database)
{}

FeedIngester::~FeedIngester() = default;

Result<IngestReport> FeedIngester::ingest(const QByteArray &bytes, Source source, const QByteArray &contentType,
                                          const QUrl &baseUrl)
{
    FeedParseOptions options;
    options.url = baseUrl.isValid() ? baseUrl : source.url;
    options.contentType = contentType;
    if (!source.timeZone.isEmpty()) {
        const QTimeZone zone(source.timeZone.toUtf8());
        if (zone.isValid())
            options.timeZone = zone;
    }
    ParsedFeed feed = FeedParser::parse(bytes, options);
    if (!feed.isFeed()) {
        const QString why = feed.errors.isEmpty() ? QStringLiteral("not a feed") : feed.errors.constFirst();
        return Error{Error::NotAFeed, why};
    }
    if (source.name.isEmpty())
        source.name = feed.title.isEmpty() ? source.url.toString() : feed.title;
    if (source.language.isEmpty())
        source.language = feed.language;
    if (source.kind == Source::Kind::Query || GoogleNews::isGoogleNews(source.url)) {
        for (FeedItem &item : feed.items)
            GoogleNews::takeOutlet(item);
    }

    if (!m_enricher)
        m_enricher = std::make_unique<ArticleEnricher>(m_database);
    TransactionScope transaction(m_database);
    if (!transaction.began())
        return Error{Error::Database, QStringLiteral("cannot begin a transaction")};
    const Result<qint64> sourceId = source.id > 0 ? Result<qint64>(source.id) : SourceRepository(m_database).ensure(source);
    if (!sourceId)
        return sourceId.error();
    const Result<IngestStats> stats =
        ArticleRepository(m_database).upsert(*sourceId, feed.items, QDateTime::currentDateTimeUtc());
    if (!stats)
        return stats.error();
    if (Error error = m_enricher->enrich(stats->stored))
        return error;
    if (Error error = transaction.commit())
        return error;

    IngestReport report;
    report.sourceId = *sourceId;
    report.sourceName = source.name;
    report.format = feed.format;
    report.encoding = feed.encoding;
    report.parseErrors = feed.errors;
    report.stats = *stats;
    qCInfo(lcSync) << "ingested" << source.url << report.stats.added << "new" << report.stats.updated << "updated";
    return report;
}

Result<IngestReport> FeedIngester::ingestFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Error{Error::NotFound, QStringLiteral("no such file: %1").arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    Source source;
    source.kind = Source::Kind::File;
    source.url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    return ingest(file.readAll(), source);
}

Result<int> SampleData::importIfEmpty(Database &database)
{
    if (ArticleRepository(database).count({}) > 0 || SourceRepository(database).count() > 0)
        return 0;
    QFile file(QString::fromLatin1(kResourcePath));
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::NotFound, QStringLiteral("the embedded sample is missing from this build")};
    Source source;
    source.kind = Source::Kind::File;
    source.url = QUrl(QStringLiteral("qrc:/sample/medtour-sample.xml"));
    source.enabled = false; // nothing to fetch: it is imported once
    const Result<IngestReport> report = FeedIngester(database).ingest(file.readAll(), source);
    if (!report)
        return report.error();
    return report->stats.added;
}

} // namespace Medtour
