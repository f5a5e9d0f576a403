// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Medtour {

class Database;
struct SearchQuery;

/// Keeps article_fts, and article_trigrams beside it (schema 17), in step with articles. The table is contentless, so
/// removing a row needs the tokens it was indexed with; they are recomputed from the stored title and text, which is
/// exact as long as the tokenizer is unchanged — and the index is rebuilt when its version differs.
///
/// Changes are queued and written kBatchRows at a time, and by flush(); call flush() before the
/// transaction commits (the destructor flushes what is left, but cannot report a failure). A cache
/// writes them a row per statement: FTS5 keeps a transaction's new terms in memory (up to the
/// 'hashsize' of schema 16) and writes them out as one segment at the commit, but a statement of
/// several rows opens a statement journal, where FTS5 writes out what it holds. Written 128 rows to
/// a statement, a cold sync's 10,000 articles made 78 small segments for the merges to write again.
/// A team server takes a batch in one statement: there each statement is a round trip.
class SearchIndex final
{
public:
    static constexpr int kBatchRows = 128;

    explicit SearchIndex(QSqlDatabase db);
    /// Writes with the database's prepared statements (Database::statement()): on a team server a
    /// statement prepared per index costs a PREPARE and a DEALLOCATE, each a round trip.
    explicit SearchIndex(const Database &database);
    ~SearchIndex();
    Q_DISABLE_COPY_MOVE(SearchIndex)

    /// Queue a row's change; false when a batch it completed could not be written.
    bool add(qint64 id, const QString &title, const QString &summary, const QString &text);
    bool remove(qint64 id, const QString &title, const QString &summary, const QString &text);
    /// remove() of every article `condition` selects (SQL over `articles a`, with `binds`), read
    /// from what is stored, then flush(); gives their ids, for the caller to delete in the same
    /// transaction. Deleting articles without it leaves their tokens in the contentless index,
    /// where an article that gets one of their ids later would be found by them.
    Result<QList<qint64>> removeWhere(const QString &condition, const QVariantList &binds);
    /// add() with the tokens already made by titleTokens() and bodyTokens().
    bool addTokens(qint64 id, const QString &titleTokens, const QString &bodyTokens);
    /// A cache's row as article_fts and article_trigrams take it: the tokens as UTF-8, which
    /// SQLite stores without converting them from UTF-16 first, and their trigrams
    /// (SearchTokenizer::documentTrigrams()). Pure, for work done ahead of the write.
    struct CacheRow
    {
        QByteArray title;
        QByteArray body;
        QByteArray trigrams; ///< empty when the row has none
    };
    static CacheRow cacheRow(const QString &titleTokens, const QString &bodyTokens);
    /// add() on a cache with the row cacheRow() made.
    bool addCacheRow(qint64 id, const CacheRow &row);
    /// add() for a team server with the row's tsVector() and tsJunctions() already made (on another
    /// thread, say).
    bool addVector(qint64 id, const QString &tsVector, const QString &junctions);
    /// add() later (a cache only): the article is listed in search_pending, in the caller's
    /// transaction, and indexPending() indexes it from what is stored then. A sync stores its
    /// articles this way, so that they show before the slower indexing is done. remove() of an
    /// article still listed only takes it off the list: it never reached the index.
    bool defer(qint64 id);
    /// The tokens a row is indexed with; pure, for work done ahead of the write.
    static QString titleTokens(const QString &title);
    static QString bodyTokens(const QString &summary, const QString &text);
    /// Writes the queued changes, in the order they were made.
    bool flush();
    QString lastError() const { return m_lastError; }

    /// Re-indexes every article (inside the caller's transaction, if any).
    static Error rebuild(QSqlDatabase db);
    /// How many articles defer() listed that are not indexed yet.
    static Result<int> pendingCount(QSqlDatabase db);
    /// Indexes up to `limit` of the articles defer() listed, lowest ids first, from their stored
    /// title and text, and takes them off the list; returns how many it took off (0: none left).
    /// Call it inside a transaction, so that the list and the index change together.
    static Result<int> indexPending(QSqlDatabase db, int limit);
    /// indexPending() in a transaction of its own on `database`, committed, with the connection
    /// told that its content changed (so that its readers reload); what a sync's second phase and
    /// a command that catches up run, one batch at a time. Fails, leaving the batch listed, when
    /// the transaction cannot begin or commit (a full disk, say).
    static Result<int> indexPendingBatch(Database &database, int limit);
    /// Rebuilds when the stored tokenizer version is not the current one.
    static Error ensureCurrent(QSqlDatabase db);

    /// The FTS5 MATCH expression for a query's positive part (empty when it has none), with its
    /// exclusions attached; `exclusionOnly` receives the expression for the exclusions alone.
    static QString matchExpression(const SearchQuery &query, QString *exclusionOnly = nullptr);
    /// The query as an FTS5 MATCH expression over article_trigrams, when that finds exactly what
    /// matchExpression() finds over article_fts: every clause one term of three Korean (or Han,
    /// Kana) characters, no exclusion. Empty otherwise. One trigram's list of articles is read
    /// where the phrase of its two bigrams had to be matched position by position.
    static QString trigramExpression(const SearchQuery &query);
    /// matchExpression() for a team server: a tsquery (cast from text, so PostgreSQL's parser never
    /// splits or renumbers our tokens).
    static QString tsQuery(const SearchQuery &query, QString *exclusionOnly = nullptr);
    /// tsQuery() for rows read one by one, not found through the index: a phrase whose Korean words
    /// may be spaced or joined first tests where they meet (SearchTerms::junctionsOf), which turns
    /// away most rows that hold the words apart at a fraction of the phrase's cost. Not for the
    /// index's planner: an extra test makes it take a common phrase for a rare one.
    static QString tsScanQuery(const SearchQuery &query);
    /// tsQuery()'s positive part matched against the title alone (weight A): true for a row whose
    /// title has every clause, what a broad search ranks by (SearchRanking::kTitleHit).
    static QString tsTitleQuery(const SearchQuery &query);
    /// A document's tokens as a tsvector literal, with their positions: the title's weighted A, the
    /// body's after a gap (no phrase spans the two). PostgreSQL keeps positions up to 16383; tokens
    /// past that are left out rather than piled onto the last position. Written as PostgreSQL writes
    /// a tsvector back: each token once with its positions (the first 256, all PostgreSQL keeps), in
    /// PostgreSQL's order. The server then parses each token once and finds them sorted, instead of
    /// sorting and merging an entry per occurrence — the same tsvector, for much less server time.
    static QString tsVector(const QString &titleTokens, const QString &bodyTokens);
    /// Where a document's tokens meet, as a tsvector literal of pairs without positions: for each
    /// token of one or two characters, its first character, '|', and the token after it ("탄|협약"
    /// from both "…탄 협약…" and "…탄협약…"). A team server indexes them beside tsVector(): a phrase
    /// of common words that rarely meet finds its few candidates by its junctions, where the words
    /// alone gave hundreds of thousands to recheck. medtour_junctions() makes the same from a
    /// stored tsVector().
    static QString tsJunctions(const QString &titleTokens, const QString &bodyTokens);
    /// The junctions every match of `query` must have, as a tsquery over tsJunctions() (empty when
    /// the query asks for none: no phrase of Korean words, or one in an OR with a plain word).
    static QString tsJunctionQuery(const SearchQuery &query);

private:
    struct Row
    {
        bool remove;
        qint64 id;
        QString titleTokens;
        QString bodyTokens;
        QString vector;    ///< a team server's tsVector(), when made ahead
        QString junctions; ///< and its tsJunctions()
        CacheRow cache = {};
        bool cacheMade = false; ///< `cache` was made ahead
    };
    bool queue(Row row);
    /// Prepares `sql` on `q` the first time, then runs it with `id`; false (with lastError()) on failure.
    bool runOnId(QSqlQuery &q, const QString &sql, qint64 id);
    bool write(qsizetype from, qsizetype count);
    /// write() on a cache: a statement per row (see the class's comment).
    bool writeEach(qsizetype from, qsizetype count);

    QSqlDatabase m_db;
    const Database *m_database = nullptr; ///< when given: the statements of write() are its
    bool m_server = false;                ///< a team server: article_search, replaced by id
    QSqlQuery m_full;                     ///< prepared for kBatchRows rows (a cache: for one)
    QSqlQuery m_trigrams;                 ///< a cache's row of article_trigrams
    QSqlQuery m_defer;                    ///< lists an article in search_pending
    QSqlQuery m_undefer;                  ///< takes one off
    QList<Row> m_pending;
    QString m_lastError;
};

} // namespace Medtour
