// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedingester.h"

#include "core/boundedread.h"
#include "core/logging.h"
#include "extract/extractedpage.h"
#include "extract/pagelinklister.h"
#include "feeds/feedparser.h"
#include "feeds/googlenews.h"
#include "storage/database.h"
#include "storage/pagefetchrepository.h"
#include "storage/sourcerepository.h"
#include "storage/transaction.h"
#include "sync/articleenricher.h"
#include "sync/articlepreparer.h"
#include "text/authornames.h"
#include "text/htmltext.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>

namespace Medtour {

namespace {
/// A feed body shorter than this (in characters of clean text) is taken for a summary.
constexpr qsizetype kFullTextChars = 400;
/// Items per write transaction of the sync: a few milliseconds of writing each.
constexpr qsizetype kItemsPerSyncTransaction = 16;

/// A `page` source's list page as a feed: its article links as title-only items, which the sync
/// completes from their pages. No links: no format, so ingest() reports NoArticleLinks.
ParsedFeed pageAsFeed(const QByteArray &bytes, const Source &source, const QByteArray &contentType, const QUrl &url,
                      const std::optional<QTimeZone> &zone)
{
    PageLinkLister::Options options;
    options.timeZone = zone;
    options.maxLinks = FeedIngester::kMaxPageLinks;
    const ListedPage page = PageLinkLister::list(bytes, url, contentType, options);
    ParsedFeed feed;
    feed.encoding = page.encoding;
    feed.title = page.title;
    feed.link = url;
    if (page.links.isEmpty()) {
        feed.errors << QStringLiteral("no article links on the page (%1 links looked at)").arg(page.anchors);
        return feed;
    }
    feed.format = QStringLiteral("html-links");
    feed.items.reserve(page.links.size());
    for (const ListedLink &link : page.links) {
        FeedItem item;
        item.id = link.canonical; // the guid: a list page gives nothing else that lasts
        item.link = link.url;
        item.title = link.title;
        item.published = link.published;
        item.language = source.language;
        feed.items.append(std::move(item));
    }
    return feed;
}
/// Items of one document that share a guid (a CMS that gives every item the channel's address) are
/// told apart by link and title: each gets "<guid>#<digest of link and title>" as its guid, the same
/// in every sync, so an unchanged feed stays unchanged and no item overwrites another. Items alike
/// in guid, link and title are one item: the later ones are dropped. Returns the warning for the
/// report (once per document), or nothing.
QString tellApartSharedGuids(QList<FeedItem> &items)
{
    QHash<QString, int> uses;
    for (const FeedItem &item : std::as_const(items))
        ++uses[ArticlePreparer::guidOf(item)];
    if (uses.size() == items.size())
        return {};
    qsizetype shared = 0;
    qsizetype dropped = 0;
    QSet<QString> keys;
    QList<FeedItem> kept;
    kept.reserve(items.size());
    for (FeedItem &item : items) {
        const QString guid = ArticlePreparer::guidOf(item);
        if (uses.value(guid) > 1) {
            const QByteArray digest = QCryptographicHash::hash(
                QString(item.link.toString() + u'\x1f' + item.title).toUtf8(), QCryptographicHash::Sha1);
            const QString key = guid + u'#' + QString::fromLatin1(digest.toHex().left(16));
            if (keys.contains(key)) {
                ++dropped;
                continue;
            }
            keys.insert(key);
            item.id = key;
            ++shared;
        }
        kept.append(std::move(item));
    }
    items = std::move(kept);
    QString warning = QStringLiteral("%1 items share their guid with other items of the feed; told apart by link "
                                     "and title")
                          .arg(shared + dropped);
    if (dropped > 0)
        warning += QStringLiteral(" (%1 repeated items dropped)").arg(dropped);
    return warning;
}

} // namespace

FeedIngester::FeedIngester(Database &database)
    : m_database(database)
{}

FeedIngester::~FeedIngester() = default;

PreparedFeed FeedIngester::prepare(const QByteArray &bytes, const Source &source, const QByteArray &contentType,
                                   const QUrl &baseUrl, bool searchTokens)
{
    FeedParseOptions options;
    options.url = baseUrl.isValid() ? baseUrl : source.url;
    options.contentType = contentType;
    options.maxItems = kMaxItems;
    if (!source.timeZone.isEmpty()) {
        const QTimeZone zone(source.timeZone.toUtf8());
        if (zone.isValid())
            options.timeZone = zone;
    }
    PreparedFeed prepared;
    prepared.feed = source.kind == Source::Kind::Page
                        ? pageAsFeed(bytes, source, contentType, options.url, options.timeZone)
                        : FeedParser::parse(bytes, options);
    if (!prepared.feed.isFeed())
        return prepared;
    QList<FeedItem> &items = prepared.feed.items;
    if (source.kind == Source::Kind::Query || GoogleNews::isGoogleNews(source.url)) {
        for (FeedItem &item : items)
            GoogleNews::takeOutlet(item);
    }
    if (const QString warning = tellApartSharedGuids(items); !warning.isEmpty())
        prepared.feed.errors << warning;
    // Authors are people: an outlet or portal named as author ("연합뉴스", "OO일보 | 네이버") is the item's outlet;
    // desks ("온라인뉴스팀") are nobody; reporters lose their titles ("홍길동 기자").
    for (FeedItem &item : items) {
        if (item.authors.isEmpty())
            continue;
        AuthorNames::Sorted sorted = AuthorNames::sort(item.authors);
        item.authors = std::move(sorted.people);
        if (item.sourceTitle.isEmpty())
            item.sourceTitle = sorted.outlet;
    }
    prepared.articles.reserve(items.size());
    prepared.enrichment.reserve(items.size());
    for (const FeedItem &item : std::as_const(items)) {
        PreparedArticle article = ArticlePreparer::prepare(item, searchTokens);
        ArticleEnricher::Prepared enrichment =
            ArticleEnricher::prepare(item.title, article.cleanText, article.language);
        article.hasRelevance = true;
        article.relevance = enrichment.relevance;
        article.relevanceReasons = enrichment.relevanceReasons;
        prepared.articles.append(std::move(article));
        prepared.enrichment.append(std::move(enrichment));
    }
    return prepared;
}

Result<IngestReport> FeedIngester::ingest(const QByteArray &bytes, Source source, const QByteArray &contentType,
                                          const QUrl &baseUrl)
{
    const PreparedFeed prepared = prepare(bytes, source, contentType, baseUrl);
    return ingest(prepared, std::move(source));
}

Result<IngestReport> FeedIngester::ingest(const PreparedFeed &prepared, Source source)
{
    const ParsedFeed &feed = prepared.feed;
    if (!feed.isFeed()) {
        const QString why = feed.errors.isEmpty() ? QStringLiteral("not a feed") : feed.errors.constFirst();
        return Error{source.kind == Source::Kind::Page ? Error::NoArticleLinks : Error::NotAFeed, why};
    }
    if (source.name.isEmpty())
        source.name = feed.title.isEmpty() ? source.url.toString() : feed.title;
    if (source.language.isEmpty())
        source.language = feed.language;

    // A file or the CLI stores a document all or nothing. The sync, a background writer, stores it
    // in small transactions, so that a star from the GUI waits for a few articles, not a feed
    // (WriteGate); each is whole, and an item not stored yet is stored by the next sync.
    const qsizetype perTransaction =
        std::max<qsizetype>(1, m_database.isBackgroundWriter() ? kItemsPerSyncTransaction : feed.items.size());
    TransactionScope transaction(m_database);
    if (!transaction.began())
        return Error{Error::Database, QStringLiteral("cannot begin a transaction")};
    const Result<qint64> sourceId =
        source.id > 0 ? Result<qint64>(source.id) : SourceRepository(m_database).ensure(source);
    if (!sourceId)
        return sourceId.error();
    IngestStats stats;
    const auto forgetUncommitted = qScopeGuard([this] { m_uncommitted.clear(); });
    qsizetype start = 0;
    do { // once at least: an empty feed still records its source
        if (start > 0) {
            if (Error error = transaction.commit())
                return error;
            committed();
            transaction.restart();
            if (!transaction.began())
                return Error{Error::Database, QStringLiteral("cannot begin a transaction")};
        }
        const Result<IngestStats> part = store(*sourceId, feed.items.mid(start, perTransaction), &prepared, start);
        if (!part)
            return part.error();
        stats.add(*part, start);
        start += perTransaction;
    } while (start < feed.items.size());
    if (Error error = transaction.commit())
        return error;
    committed();

    IngestReport report;
    report.sourceId = *sourceId;
    report.sourceName = source.name;
    report.format = feed.format;
    report.encoding = feed.encoding;
    report.parseErrors = feed.errors;
    report.stats = stats;
    if (source.fetchFullPage || source.kind == Source::Kind::Page) {
        // The new articles whose feed gave a summary only (or a body too short to be the article).
        for (const StoredArticle &stored : std::as_const(stats.stored)) {
            if (!stored.added || stored.cleanText.size() >= kFullTextChars || stored.item < 0 ||
                stored.item >= feed.items.size())
                continue;
            const FeedItem &item = feed.items.at(stored.item);
            if (item.link.scheme() == u"http" || item.link.scheme() == u"https")
                report.needFullPage.append(item);
        }
    }
    if (source.kind == Source::Kind::Page && report.needFullPage.size() < kMaxPageLinks) {
        // A list page's article whose page could not be read before (a time-out, a server error) is
        // still a bare title: it is tried again while the list shows it, unless the page is gone or
        // failed PageFetchRepository::kMaxFailures times in a row.
        QStringList guids;
        for (qsizetype i = 0; i < feed.items.size() && i < prepared.articles.size(); ++i)
            guids << prepared.articles.at(i).guid;
        const Result<QSet<QString>> toFetch = PageFetchRepository(m_database).guidsToFetch(*sourceId, guids);
        if (!toFetch)
            return toFetch.error();
        const QSet<QString> &bare = *toFetch;
        QSet<QString> queued;
        for (const FeedItem &item : std::as_const(report.needFullPage))
            queued.insert(item.id);
        for (qsizetype i = 0; i < guids.size() && report.needFullPage.size() < kMaxPageLinks; ++i) {
            if (bare.contains(guids.at(i)) && !queued.contains(guids.at(i)))
                report.needFullPage.append(feed.items.at(i));
        }
    }
    qCInfo(lcSync) << "ingested" << source.url << report.stats.added << "new" << report.stats.updated << "updated";
    return report;
}

Result<IngestStats> FeedIngester::store(qint64 sourceId, const QList<FeedItem> &items, const PreparedFeed *prepared,
                                        qsizetype first)
{
    // `items` are prepared->…[first, first + size) when prepared ahead.
    const Result<IngestStats> stats =
        ArticleRepository(m_database)
            .upsert(sourceId, items, m_fetchedAt.isValid() ? m_fetchedAt.toUTC() : QDateTime::currentDateTimeUtc(),
                    prepared ? prepared->articles.mid(first, items.size()) : ArticlePreparer::prepareAll(items),
                    m_indexLater ? ArticleRepository::SearchIndexing::Later : ArticleRepository::SearchIndexing::Now);
    if (!stats)
        return stats.error();
    if (Error error = enricher().enrich(stats->stored,
                                        prepared ? prepared->enrichment.mid(first, items.size())
                                                 : QList<ArticleEnricher::Prepared>(),
                                        m_placeLater ? &m_uncommitted : nullptr))
        return error;
    return stats;
}

ArticleEnricher &FeedIngester::enricher()
{
    if (!m_enricher)
        m_enricher = std::make_unique<ArticleEnricher>(m_database);
    return *m_enricher;
}

Result<bool> FeedIngester::completeFromPage(FeedItem item, const ExtractedPage &page, const Source &source)
{
    if (!page.ok())
        return false;
    const QString feedText = HtmlText::toPlainText(item.contentHtml.isEmpty() ? item.summary : item.contentHtml);
    if (page.text().size() <= feedText.size())
        return false; // the feed was complete after all
    // The content hash stays the feed item's: the same item in the next sync is unchanged, and does
    // not put the summary (or a list page's bare title) back over the page's text.
    const QString feedHash = ArticlePreparer::prepare(item).contentHash;
    // A list page's titles are often cut short ("…"): the page's own headline is then the whole one.
    QString shortTitle = item.title;
    for (const QString &ellipsis : {QStringLiteral("..."), QStringLiteral("…")}) {
        if (shortTitle.endsWith(ellipsis))
            shortTitle = shortTitle.chopped(ellipsis.size()).trimmed();
    }
    if (!page.title.isEmpty() &&
        (item.title.isEmpty() || (shortTitle != item.title && page.title.startsWith(shortTitle))))
        item.title = page.title;
    // The page's paragraphs as the body, its captions kept apart as the extractor found them.
    QString html;
    for (const QString &paragraph : page.paragraphs)
        html += QStringLiteral("<p>%1</p>\n").arg(paragraph.toHtmlEscaped());
    for (const QString &caption : page.captions)
        html += QStringLiteral("<p class=\"caption\">%1</p>\n").arg(caption.toHtmlEscaped());
    item.contentHtml = html;
    item.contentFromSummary = false;
    if (item.authors.isEmpty())
        item.authors = page.authors;
    if (!item.published.isValid() && page.published.isValid())
        item.published = page.published;
    const auto forgetUncommitted = qScopeGuard([this] { m_uncommitted.clear(); });
    TransactionScope transaction(m_database);
    if (!transaction.began())
        return Error{Error::Database, QStringLiteral("cannot begin a transaction")};
    PreparedFeed prepared;
    prepared.articles.append(ArticlePreparer::prepare(item));
    prepared.articles.first().contentHash = feedHash;
    prepared.articles.first().rewrite = true;
    const Result<IngestStats> stats = store(source.id, {item}, &prepared);
    if (!stats)
        return stats.error();
    if (Error error = transaction.commit())
        return error;
    committed();
    return stats->updated + stats->added > 0;
}

Result<IngestReport> FeedIngester::ingestFile(const QString &path)
{
    // As a download would be: at most 20 MiB, counted as it is read (a pipe or device has no size).
    const Result<QByteArray> bytes = BoundedRead::file(path, kMaxFeedBytes, QStringLiteral("20 MiB"));
    if (!bytes && bytes.error().code == Error::InvalidInput)
        return Error{Error::InvalidInput, bytes.error().detail + QStringLiteral(" for a feed")};
    if (!bytes)
        return bytes.error();
    Source source;
    source.kind = Source::Kind::File;
    source.url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    return ingest(*bytes, source);
}

void SampleData::placeDates(QList<FeedItem> &items, const QDateTime &now)
{
    QDateTime newest;
    for (const FeedItem &item : std::as_const(items)) {
        if (item.published.isValid() && (!newest.isValid() || item.published > newest))
            newest = item.published;
    }
    if (!newest.isValid() || !now.isValid())
        return;
    // Whole days keep each article's time of day; when the newest was published later in the day
    // than `now`, everything moves back by as much more, so nothing lies in the future. Compared in
    // whole seconds, as articles are stored: secsTo() truncates, so a newest article less than a
    // second after `now` was left in the future and sorted above one stored in the same second.
    qint64 shift = newest.toLocalTime().date().daysTo(now.toLocalTime().date()) * 86400;
    shift += std::min<qint64>(0, now.toSecsSinceEpoch() - newest.addSecs(shift).toSecsSinceEpoch());
    for (FeedItem &item : items) {
        if (item.published.isValid())
            item.published = item.published.addSecs(shift);
        if (item.updated.isValid())
            item.updated = item.updated.addSecs(shift);
    }
}

Result<int> SampleData::importIfEmpty(Database &database, const QDateTime &now)
{
    const Result<int> articles = ArticleRepository(database).count({});
    if (!articles)
        return articles.error();
    if (*articles > 0)
        return 0;
    const Result<int> sources = SourceRepository(database).count();
    if (!sources)
        return sources.error();
    if (*sources > 0)
        return 0;
    QFile file(QString::fromLatin1(kResourcePath));
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::NotFound, QStringLiteral("the embedded sample is missing from this build")};
    Source source;
    source.kind = Source::Kind::File;
    source.url = QUrl(QStringLiteral("qrc:/sample/medtour-sample.xml"));
    source.enabled = false; // nothing to fetch: it is imported once
    PreparedFeed prepared = FeedIngester::prepare(file.readAll(), source);
    placeDates(prepared.feed.items, now);
    for (qsizetype i = 0; i < prepared.articles.size(); ++i) // the stored hash is of the stored dates
        prepared.articles[i].contentHash = ArticlePreparer::prepare(prepared.feed.items.at(i)).contentHash;
    FeedIngester ingester(database);
    ingester.setFetchedAt(now); // imported "now", by the caller's clock: its dates are not in the future
    const Result<IngestReport> report = ingester.ingest(prepared, source);
    if (!report)
        return report.error();
    return report->stats.added;
}

} // namespace Medtour
