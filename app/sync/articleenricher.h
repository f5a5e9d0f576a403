// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "enrich/nearduplicateindex.h"
#include "enrich/relevancescorer.h"
#include "enrich/tagger.h"
#include "storage/articlerepository.h"

#include <functional>
#include <limits>

namespace Medtour {

class Database;

/// Understands what an ingest stored: tags (markets, regions, specialties, hospitals, events),
/// relevance with its reasons, and the cluster of copies of the same story. Runs on the thread
/// that owns `database`, inside the caller's transaction; keeps the clustering index in memory,
/// rebuilt from the stored signatures when it is made.
class ArticleEnricher final
{
public:
    /// What enrichment works out from one article's text alone: pure and thread-safe, so the sync
    /// does it ahead of the write, off its own thread.
    struct Prepared
    {
        bool valid = false;
        Tags tags;
        double relevance = 0;
        QString relevanceReasons; ///< JSON
        DuplicateSignature signature;
    };
    static Prepared prepare(const QString &title, const QString &cleanText, const QString &language);

    explicit ArticleEnricher(Database &database);
    Q_DISABLE_COPY_MOVE(ArticleEnricher)

    /// An article to place in a cluster: what placing needs, without the database.
    struct ToPlace
    {
        qint64 articleId = -1;
        bool replace = false; ///< its text changed: take it out and place it again
        DuplicateSignature signature;
        QDateTime published;
    };
    /// Where place() put an article, for record().
    struct Placement
    {
        qint64 articleId = -1;
        QByteArray signature;         ///< DuplicateSignature::toBytes()
        QList<qint64> mergedClusters; ///< clusters it joined together
    };

    /// `prepared`, when given, holds prepare() of the items upsert() was given, in that order; an
    /// added article's relevance is then the one upsert() stored from its PreparedArticle.
    /// Tags and relevance are written at once. Clusters too when `later` is null; otherwise the
    /// articles to place are appended to it, for place() on another thread and record() after.
    Error enrich(const QList<StoredArticle> &articles, const QList<Prepared> &prepared = {},
                 QList<ToPlace> *later = nullptr);
    /// What place() did, with the index's view of those articles just after (their clusters, and
    /// those clusters' representatives and sizes), taken by the placing thread under the lock it
    /// held anyway: the writer then records without waiting on that lock.
    struct Placed
    {
        QList<Placement> placements;
        NearDuplicateIndex::Snapshot state;
    };
    /// Places articles in the in-memory clustering index, in order. Touches no database and may run
    /// on any thread, one call at a time: the sync places a feed while it writes the next one.
    Placed place(QList<ToPlace> articles);
    /// Writes placements, on the database's thread, inside the caller's transaction, as the index
    /// had them when they were placed. Recorded in the order placed, the rows end up as the index.
    Error record(const Placed &placed);
    /// Where placing the articles that have no cluster yet has got to: those a stopped sync stored
    /// without placing, or all of them after a schema step that re-clusters a cache.
    struct UnplacedCursor
    {
        int total = -1; ///< how many there were when it began (-1: not counted yet)
        int done = 0;
        qint64 afterTime = std::numeric_limits<qint64>::min();
        qint64 afterId = 0;
    };
    static constexpr int kUnplacedBatch = 500; ///< per transaction: a star from the reader waits at most for one
    /// Places and records the next `batch` of them, earliest published first (originals before their
    /// copies), in a transaction of its own, and advances `cursor`; returns how many (0: done).
    Result<int> placeUnplaced(UnplacedCursor &cursor, int batch = kUnplacedBatch);
    /// All of them, a batch per transaction; `progress` (may be empty) hears after each batch.
    Result<int> placeUnplaced(const std::function<void(int done, int total)> &progress = {});

private:
    Database &m_database;
    NearDuplicateIndex m_clusters;
    /// Why the stored signatures could not be read into m_clusters: every placement would then go
    /// wrong, so enrich(), record() and placeUnplaced() fail with it instead of writing any.
    Error m_restoreError;
};

} // namespace Medtour
