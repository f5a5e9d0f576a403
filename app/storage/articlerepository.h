// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/article.h"
#include "domain/articlequery.h"
#include "domain/feed.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>
#include <vector>

namespace Medtour {

class Database;

/// An article an upsert added or changed, with what enrichment needs.
struct StoredArticle
{
    qint64 id = 0;
    bool added = false;
    QString cleanText;
    QString language;
    QString title;
    QDateTime published; ///< the sort time: published, else fetched
    qsizetype item = -1; ///< its position in the list of items given to upsert()
};

/// What storing a feed item needs that depends on the item alone, worked out before the write
/// transaction by the sync (ArticlePreparer, pure and thread-safe, off the writing thread while the
/// previous feed is written); enrichment may add the relevance, which is then stored with the row
/// instead of by a second statement.
struct PreparedArticle
{
    QString guid;
    QString canonicalUrl;
    QString contentHash;
    QString cleanText;
    QString language;
    QString titleTokens;    ///< search-index tokens of the title
    QString bodyTokens;     ///< …and of summary and text
    bool hasTokens = false; ///< the two above were made (a sync that indexes later leaves them out)
    bool hasRelevance = false;
    double relevance = 0;
    QString relevanceReasons; ///< JSON
    /// Store the item even when its content hash matches the stored one: the text completed from an
    /// article's page is stored under the feed item's hash (FeedIngester::completeFromPage).
    bool rewrite = false;
    /// The HTML and clean text as a cache stores them (ContentCodec::pack), made ahead off the
    /// writing thread by the sync; invalid when not made ahead (they are made when stored).
    QVariant packedHtml;
    QVariant packedText;
};

/// What one batch upsert did.
struct IngestStats
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int duplicates = 0;          ///< skipped because another source already has the same URL
    QList<StoredArticle> stored; ///< in item order, added and updated only

    /// Adds another part's counts and rows; its items started at `firstItem` of the whole list.
    void add(const IngestStats &part, qsizetype firstItem)
    {
        added += part.added;
        updated += part.updated;
        unchanged += part.unchanged;
        duplicates += part.duplicates;
        for (StoredArticle a : part.stored) {
            a.item += firstItem;
            stored.append(std::move(a));
        }
    }
};

/// One search result: the row, an excerpt with hits in <mark>, and the ranking score.
struct SearchHit
{
    ArticleSummary article;
    QString snippet;
    double score = 0.0;
};

/// A team member's note on an article, as every member sees it.
struct TeamNote
{
    QString author;
    QString text;
    QDateTime updated; ///< UTC
};

/// Articles and the user's state on them: storing what the sync prepared, and reading it back. All
/// SQL about articles lives here (for the desktop cache and for a team server); it runs on the
/// connection of the thread that owns this object.
class ArticleRepository final
{
public:
    explicit ArticleRepository(const Database &database);

    /// Adds or updates a source's items in one transaction. Items are matched by guid (or link),
    /// then by canonical URL across sources. Updates change content only, never user state. A date
    /// more than a day after `fetched` counts as none: the article is dated `fetched`, marked guessed.
    /// `prepared` holds what ArticlePreparer made of each item, in item order.
    /// With SearchIndexing::Later (a cache only) the articles are listed for SearchIndex::indexPending()
    /// instead of being indexed in this transaction.
    enum class SearchIndexing
    {
        Now,
        Later
    };
    Result<IngestStats> upsert(qint64 sourceId, const QList<FeedItem> &items, const QDateTime &fetched,
                               const QList<PreparedArticle> &prepared, SearchIndexing indexing = SearchIndexing::Now);

    // Reads are Results like writes: a read that fails is an Error (with SQLite's or PostgreSQL's
    // words), never an empty list, a zero or a missing article.

    /// One page of the list under `query`, newest first, starting after `after`.
    Result<QList<ArticleSummary>> page(const ArticleQuery &query, const PageCursor &after, int limit) const;
    Result<int> count(const ArticleQuery &query) const;
    /// The article with `id`; Error::NotFound when there is none.
    Result<Article> article(qint64 id) const;
    /// Full-text search under the query's filters, best first (bm25 with a recency discount).
    Result<QList<SearchHit>> search(const ArticleQuery &query, int limit) const;

    /// Every team member's note on `id`, oldest first: from the server's notes, or on a replica from
    /// what the last pull brought. Empty for a single user's cache.
    /// With `othersOnly`, the member's own note (which is the article's note) is left out.
    Result<QList<TeamNote>> teamNotes(qint64 id, bool othersOnly = false) const;

    Result<int> setRead(const QList<qint64> &ids, bool read);
    Result<int> setStarred(const QList<qint64> &ids, bool starred);
    Result<int> setNote(qint64 id, const QString &note);
    /// Relevance 0..1 with its reasons as JSON (written by enrichment).
    Error setRelevance(qint64 id, double relevance, const QByteArray &reasonsJson);

    /// Relevance (0..1) of each of `ids` that exists (for the sync's "new relevant articles").
    Result<QHash<qint64, double>> relevances(const QList<qint64> &ids) const;

    /// The cursor that continues after `row`.
    static PageCursor cursorAfter(const ArticleSummary &row);

private:
    /// A search candidate: its text score (before age counts) and its sort time.
    struct Candidate
    {
        qint64 id = 0;
        double match = 0.0;
        qint64 sortTime = 0;
    };
    /// The cache's candidates of a search whose `limit` best will be shown.
    Result<std::vector<Candidate>> cacheCandidates(const struct SearchQuery &parsed, const ArticleQuery &filters,
                                                   int limit) const;
    Result<std::vector<Candidate>> serverCandidates(const struct SearchQuery &parsed, const ArticleQuery &filters,
                                                    int window) const;
    /// page() and count() on a team server, in SQL (the in-memory index is the desktop's).
    Result<QList<ArticleSummary>> serverPage(const ArticleQuery &query, const PageCursor &after, int limit) const;
    /// The list rows `sql` (a summary select with its filter and order) gives, at most `limit`.
    Result<QList<ArticleSummary>> pageRows(const QString &sql, const QVariantList &binds, int limit) const;
    Result<int> serverCount(const ArticleQuery &query) const;
    Result<int> updateState(const QList<qint64> &ids, const char *column, const QVariant &value);
    Result<int> updateServerState(const QList<qint64> &ids, const char *column, int value);
    Result<int> setServerNote(qint64 id, const QString &note);
    Result<QList<ArticleSummary>> rowsByIds(const std::vector<qint64> &ids) const;
    const Database &m_database;
    QString m_connection;
};

} // namespace Medtour
