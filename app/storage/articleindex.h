// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/articlequery.h"
#include "domain/facets.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

#include <limits>
#include <memory>
#include <vector>

namespace Medtour {

class Database;

/// An in-memory copy of what filters look at (source, language, time, relevance and tags of
/// every article): facet counts, totals and the ids of a filtered list page come from one pass
/// over compact arrays instead of SQL that joins hundreds of thousands of tag rows or scans the
/// time index probing each row. Text and user-state filters come in as id sets from SQL. It
/// reloads when the cache changed (another connection committed, or this process wrote content,
/// see Database::noteContentChanged()). One per connection: Database::articleIndex().
///
/// articleindex.cpp answers queries; articleindexrows.cpp picks the rows a pass visits (id sets as
/// rows, each tag's rows, rare tags); articleindexsnapshot.cpp loads the arrays from SQL, notices
/// changes and hands loaded arrays from one connection to another. A query whose SQL fails (the
/// load, or the ids of a text or user-state filter) is an Error, never an empty answer.
class ArticleIndex final
{
public:
    explicit ArticleIndex(const Database &database);

    /// Counts under `query`; each dimension without its own selection.
    Result<FacetCounts> counts(const ArticleQuery &query, int limit);
    /// The number of articles matching `query`.
    Result<int> count(const ArticleQuery &query);
    /// Ids of the next `limit` matches after `after`, in the query's sort (newest first by
    /// default; ties by sort time, then id). With collapseClusters, each cluster gives only its
    /// first copy in that order.
    Result<std::vector<qint64>> pageIds(const ArticleQuery &query, const PageCursor &after, int limit);
    /// Weekly counts of the `topMarkets` markets with most articles in the `weeks` weeks up to
    /// `now`, under `query` without its own market selection (selected markets are shown first).
    Result<MarketTrend> marketTrend(const ArticleQuery &query, int topMarkets, int weeks, const QDateTime &now);
    /// Sort times (published, else fetched) of articles, 0 where unknown; one freshness check.
    Result<std::vector<qint64>> sortTimesOf(const std::vector<qint64> &ids);

    /// What load() read, to build an index on one connection (a worker thread's) and hand it to
    /// another (the GUI's) without blocking the GUI thread for the load.
    struct Snapshot;
    /// Loads (if needed) and gives the data away; this index is empty afterwards. Null when the
    /// load failed (the connection that adopts it then loads, and reports, on first use).
    std::shared_ptr<Snapshot> takeSnapshot();
    /// Takes a snapshot built on another connection of the same cache. Returns false (and keeps
    /// its own state) when the cache changed meanwhile, so the next use loads afresh.
    bool adopt(std::shared_ptr<Snapshot> snapshot);

    /// When on, a change by another connection (a sync) no longer reloads this index on the
    /// caller's thread: the index keeps answering from what it has and isStale() says so, until
    /// a snapshot built elsewhere is adopted. The first load still happens on first use.
    void setLoadsInBackground(bool on) { m_loadsInBackground = on; }
    bool isStale() const { return m_stale; }

    /// From how many articles a search's matches are read in two halves on two connections at
    /// once (matchIds()); tests lower it.
    void setSplitSearchFrom(size_t articles)
    {
        m_splitSearchFrom = articles;
        m_textKey.clear();
    }

private:
    struct Selection;
    struct Row
    {
        qint64 id;
        qint64 sortTime;
        double relevance;
        quint32 source;   // index into m_sources
        quint16 language; // index into m_languages
        quint32 tagBegin; // tags are m_tags[tagBegin, next row's tagBegin)
        qint64 cluster;   // 0: no known copies
    };
    /// A sort key that orders rows as the list shows them (smaller first).
    struct SortKey
    {
        double primary; // negated relevance, or the source's name rank; 0 for newest first
        qint64 negTime;
        qint64 negId;
        bool operator<(const SortKey &o) const
        {
            return primary != o.primary   ? primary < o.primary
                   : negTime != o.negTime ? negTime < o.negTime
                                          : negId < o.negId;
        }
    };
    SortKey keyOf(const Row &row, ArticleQuery::Sort sort) const;
    /// Rows passing the whole query, with clusters collapsed when asked.
    std::vector<size_t> matchingRows(const Selection &selection) const;
    /// The dimension of a tag code or of a facet kind: int(FacetKind); tags of a kind the
    /// vocabulary does not know count nowhere (kNoDimension).
    static constexpr int kNoDimension = kFacetKindCount;

    Result<Selection> prepare(const ArticleQuery &query);
    /// About how many rows pass the text, star and tag filters of `selection`.
    double estimatedMatches(const Selection &selection);
    /// Rows as a bit per row: row r is bit r % 64 of word r / 64.
    using RowBits = std::vector<quint64>;
    struct RowSets
    {
        RowBits pass;                    ///< the rows passing the whole query
        RowBits butOne[kFacetKindCount]; ///< per selected dimension: passing all but its selection
    };
    /// The rows `selection` lets through, and with `butOne` what each selected dimension counts.
    /// Costs a few passes over words (a million rows: 15,625 words) and a visit per listed row;
    /// never a visit per article, unless a source, language or relevance is selected.
    RowSets rowSets(const Selection &selection, bool butOne) const;
    /// How many of `rows` carry tag `code`.
    int rowsOfTagIn(quint32 code, const RowBits &rows) const;
    /// Builds m_tagRowsBegin, m_tagRows, m_tagBits and the totals per source and language when a
    /// load left them empty.
    void ensureTagRows();
    void buildTagBits();
    /// Whether `selection` lets every row through (its counts are the totals).
    bool selectsEverything(const Selection &selection) const;
    quint32 rowsWithTag(quint32 code) const { return m_tagRowsBegin[code + 1] - m_tagRowsBegin[code]; }
    /// pageIds() in the default order, walking m_byTime.
    std::vector<qint64> newestPage(const Selection &selection, const PageCursor &after, int limit) const;
    /// The rows of `sortedIds`, in order; ids the index does not hold are left out.
    std::vector<quint32> rowsOfIds(const std::vector<qint64> &sortedIds) const;
    /// Folds a set of rows (ordered) into the selection's row mask: rows must be in it, or must
    /// not. The selection may keep a pointer to `rows`.
    void markRows(Selection &selection, const std::vector<quint32> &rows, bool mustContain) const;
    quint32 tagEndOf(size_t r) const { return r + 1 < m_rows.size() ? m_rows[r + 1].tagBegin : quint32(m_tags.size()); }
    /// 0 when row r passes the query, 1 when it fails one dimension only (named in *failed), 2
    /// when it fails more or an always-applied filter.
    int failuresOf(const Selection &selection, size_t r, quint32 tagEnd, int *failed) const;
    /// Calls onRow(r) for each row r in `rows`, in order.
    template<typename OnRow>
    static void forEachRow(const RowBits &rows, OnRow &&onRow);
    Error refreshIfStale();
    /// "generation:max(id)" and the connection-local data_version.
    QString versionKey(QString *dataVersion) const;
    Error load();
    /// load()'s tags, read on `db` (defined in articleindexsnapshot.cpp).
    struct TagsRead;
    static void readTags(QSqlDatabase db, size_t expected, TagsRead &out);
    /// The ids `sql` selects (`binds` bound in order), sorted. When rows come through QtSql,
    /// `packedSql`, if given, is run instead: it selects the same ids as one comma-separated row.
    Result<std::vector<qint64>> idsFor(const char *sql, const QVariantList &binds, const char *what,
                                       const char *packedSql = nullptr) const;
    /// The ids of the articles a full-text `expression` matches, sorted: a MATCH of article_fts,
    /// or with `trigrams` of article_trigrams (SearchIndex::trigramExpression()).
    Result<std::vector<qint64>> matchIds(const QString &expression, bool trigrams) const;
    /// Whether a second connection to the cache sees what this one does: a file, no transaction.
    bool canReadApart() const;

    const Database &m_database;
    QSqlDatabase m_db;
    std::vector<Row> m_rows;       // ordered by id
    std::vector<quint32> m_byTime; // row indexes in the list's default order (newest first, then id)
    std::vector<quint32> m_tags;
    // Tag code → rows: m_tagRows[m_tagRowsBegin[code], m_tagRowsBegin[code + 1]) are the rows
    // with that tag, in row order. Built on first need after a load (ensureTagRows()).
    std::vector<quint32> m_tagRowsBegin;
    std::vector<quint32> m_tagRows;
    // And for the tags on more than one row in 32, their rows as a bit per row too:
    // m_tagBits[m_tagBitsAt[code]...], a word per 64 rows; kNoTagBits for the others.
    static constexpr size_t kNoTagBits = std::numeric_limits<size_t>::max();
    std::vector<size_t> m_tagBitsAt;
    std::vector<quint64> m_tagBits;
    // Built with them: articles per source and per language, and the lowest relevance.
    std::vector<int> m_sourceRows;
    std::vector<int> m_languageRows;
    double m_lowestRelevance = 0.0;
    QStringList m_tagKinds;            // per tag code
    QStringList m_tagValues;           // per tag code
    std::vector<quint8> m_tagDim;      // per tag code: int(FacetKind), or kNoDimension
    QHash<QString, quint32> m_tagCode; // "kind\nvalue" → code
    std::vector<qint64> m_sources;     // source ids
    QStringList m_sourceNames;
    std::vector<int> m_sourceRank; // position of each source in name order
    QStringList m_languages;
    QString m_loadedVersion;
    /// The cache's version when last looked at: newer than the loaded one while a snapshot is built
    /// off the thread. What is read from the cache itself (full-text matches) is keyed by it: a
    /// search index that caught up is searched at once, not when the next snapshot comes.
    QString m_seenVersion;
    bool m_loadsInBackground = false;
    size_t m_splitSearchFrom = 200000;
    bool m_stale = false;
    // The last full-text match, reused while the cache is unchanged: a query's page and its
    // counts ask for the same text one after the other.
    QString m_textKey;
    std::vector<quint32> m_textRows;
    // The rows read or starred when a query last asked (they change without a content version).
    std::vector<quint32> m_readRows;
    std::vector<quint32> m_starredRows;
    // The matches of the last paged query with their sort keys, so the next pages of one list
    // skip the scan (views ask for the second page right after the first).
    QString m_pageKey;
    std::vector<std::pair<SortKey, qint64>> m_pageMatches;
};

} // namespace Medtour
