// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/article.h"
#include "domain/feed.h"
#include "storage/articlerepository.h"
#include "sync/articleenricher.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <utility>

namespace Medtour {

class Database;

/// What one ingest of one document did.
struct IngestReport
{
    qint64 sourceId = 0;
    QString sourceName;
    QString format;
    QString encoding;
    QStringList parseErrors;
    IngestStats stats;
    /// With Source::fetchFullPage (always for `page` sources): the new items that carried only a summary, whose text is
    /// to be completed from their page (completeFromPage()); for `page` sources also the listed ones still stored
    /// without text (their page failed before).
    QList<FeedItem> needFullPage;
};

/// A feed document parsed and its items worked out as far as they can be without the cache:
/// FeedIngester::prepare() makes it on any thread; ingest() stores it.
struct PreparedFeed
{
    ParsedFeed feed;
    QList<PreparedArticle> articles;             ///< per item
    QList<ArticleEnricher::Prepared> enrichment; ///< per item
};

/// Parses a feed document and stores its items under a source, then tags, scores and clusters
/// what changed — all in one transaction per document. The sync worker and the CLI both come
/// through here, so every path cleans, understands and stores alike.
class FeedIngester final
{
public:
    explicit FeedIngester(Database &database);
    ~FeedIngester();
    Q_DISABLE_COPY_MOVE(FeedIngester)

    /// Items stored from one feed document; further ones are dropped with the error "too many items; kept
    /// the first 10000". Real feeds carry tens to a few hundred; a 20 MiB document can hold 10^6 tiny items,
    /// whose enrichment would take a minute and several hundred MB for nothing (tst_resourcebounds).
    static constexpr int kMaxItems = 10000;
    /// Article links taken from one list page of a `page` source: as many as the sync completes from their
    /// pages in one run (SyncWorker), so that no stored article keeps only its title. List pages show 10–30.
    static constexpr int kMaxPageLinks = 30;

    /// `source.id`, when set, names the stored source; otherwise `source.url` identifies it. The
    /// base for relative links is `baseUrl` (where the bytes came from after redirects), else
    /// `source.url`. An empty `source.name` takes the feed's title. Items of query sources lose
    /// their " - outlet" title suffix (GoogleNews::takeOutlet). For `page` sources the bytes are an
    /// HTML list page: its article links (PageLinkLister) become title-only items whose guid is the
    /// canonical URL, all handed back in needFullPage; a page without any gives Error::NoArticleLinks.
    Result<IngestReport> ingest(const QByteArray &bytes, Source source, const QByteArray &contentType = {},
                                const QUrl &baseUrl = {});
    /// The pure part of ingest(): parsing, cleaning, search tokens (unless `searchTokens` is off:
    /// for an ingester that indexes later), tags, relevance and duplicate signatures. Thread-safe;
    /// touches no database.
    static PreparedFeed prepare(const QByteArray &bytes, const Source &source, const QByteArray &contentType = {},
                                const QUrl &baseUrl = {}, bool searchTokens = true);
    /// Stores what prepare() made for `source` (the same source it was given).
    Result<IngestReport> ingest(const PreparedFeed &prepared, Source source);

    /// Replaces a summary-only item's body with the article extracted from its page, and tags, scores
    /// and clusters it again. Returns false (and changes nothing) when the page holds no more text
    /// than the feed already gave. The stored content hash stays the feed item's, so that the next
    /// sync of the unchanged feed (or list page) leaves the completed text alone.
    Result<bool> completeFromPage(FeedItem item, const struct ExtractedPage &page, const Source &source);

    /// Reads a local file and ingests it as a source of kind File.
    Result<IngestReport> ingestFile(const QString &path);

    /// When on, ingest() and completeFromPage() write tags and relevance but leave clustering to
    /// the caller: what they committed waits in takeToPlace(), for enricher().place() on another
    /// thread and enricher().record() on this one. What a failed transaction stored is not listed.
    void setPlaceLater(bool later) { m_placeLater = later; }
    /// When on (a cache), what is stored is indexed for search later: SearchIndex::indexPending().
    void setIndexLater(bool later) { m_indexLater = later; }
    /// When what is ingested was fetched (UTC); by default the moment it is stored. A date more than
    /// a day after it is taken for none (ArticleRepository::upsert()).
    void setFetchedAt(const QDateTime &when) { m_fetchedAt = when; }
    QList<ArticleEnricher::ToPlace> takeToPlace() { return std::exchange(m_toPlace, {}); }
    ArticleEnricher &enricher();

private:
    Result<IngestStats> store(qint64 sourceId, const QList<FeedItem> &items, const PreparedFeed *prepared = nullptr,
                              qsizetype first = 0);

    /// The open transaction committed: what it stored waits to be placed.
    void committed() { m_toPlace.append(std::exchange(m_uncommitted, {})); }

    Database &m_database;
    std::unique_ptr<ArticleEnricher> m_enricher; ///< made on first use: it loads the clustering index
    bool m_placeLater = false;
    bool m_indexLater = false;
    QDateTime m_fetchedAt;
    QList<ArticleEnricher::ToPlace> m_uncommitted; ///< stored by the open transaction
    QList<ArticleEnricher::ToPlace> m_toPlace;     ///< committed, not placed yet
};

/// The embedded offline sample: imports it when the cache has no articles at all.
namespace SampleData {
inline constexpr char kResourcePath[] = ":/sample/medtour-sample.xml";
/// Returns the number of articles imported (0 when the cache already had content). The sample's
/// dates move to the import day (placeDates()), so "Today" and "Last 7 days" show it in any year.
Result<int> importIfEmpty(Database &database, const QDateTime &now = QDateTime::currentDateTimeUtc());
/// Moves every dated item by one span so that the newest falls on the local day of `now` and not
/// after `now`, keeping order and spacing (and the time of day where `now` allows). Items without
/// a date stay without one.
void placeDates(QList<FeedItem> &items, const QDateTime &now);
} // namespace SampleData

} // namespace Medtour
