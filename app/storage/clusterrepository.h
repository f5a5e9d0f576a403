// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/storycluster.h"
#include "storage/articlerepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <limits>

namespace Medtour {

class Database;

/// A stored article's near-duplicate signature with its cluster, to rebuild the index at start.
struct StoredSignature
{
    qint64 articleId = 0;
    qint64 clusterId = 0;
    QByteArray signature;
    QDateTime published;
};

/// Clusters of copies of one story. All SQL about clusters and signatures lives here; the
/// clustering itself is done elsewhere (enrich/), which hands over plain values. A read that
/// fails is an Error, never an empty list or a zero.
class ClusterRepository final
{
public:
    explicit ClusterRepository(const Database &database);

    Result<QList<StoredSignature>> signatures() const;
    /// Stores an article's signature and puts it in `clusterId` (created when new); rows of the
    /// clusters merged into it move over; the cluster's representative and size are updated.
    Error record(qint64 articleId, const QByteArray &signature, qint64 clusterId, const QList<qint64> &merged,
                 qint64 representative, int size);
    /// record() in its parts, for writing many placements with each cluster's row once.
    Error storeSignature(qint64 articleId, const QByteArray &signature);
    Error merge(qint64 from, qint64 into); ///< from's articles move into `into`; from's row goes
    Error assign(qint64 articleId, qint64 clusterId);
    Error storeCluster(qint64 clusterId, qint64 representative, int size);

    /// Many placements at once: signatures, then clusters' rows, then merges in order, then the
    /// articles' clusters. On a team server each part is one statement (arrays), not one per row.
    struct Placements
    {
        QList<qint64> signatureIds;
        QList<QByteArray> signatures;
        QList<qint64> clusterIds;
        QList<qint64> representatives;
        QList<qint64> sizes;
        QList<std::pair<qint64, qint64>> merges; ///< from, into
        QList<qint64> assignedIds;
        QList<qint64> assignedClusters;
    };
    Error recordAll(const Placements &rows);
    /// How many articles have no signature: a sync stopped after storing them and before placing
    /// them in clusters, or a schema step had all of them placed again. Two counts.
    Result<int> unplacedCount() const;
    /// Up to `limit` of those, earliest published first, after (`afterTime`, `afterId`) in that order.
    Result<QList<StoredArticle>> unplaced(qint64 afterTime, qint64 afterId, int limit) const;
    /// Clusters with at least `minSize` articles, largest and newest first.
    Result<QList<StoryCluster>> clusters(int minSize = 2, int limit = 100) const;
    /// The cluster of one article, or an empty one; with at most `maxMembers` members listed
    /// (`total` says how many there are: a story copied by thousands of pages must not mean a list
    /// of thousands).
    Result<StoryCluster> clusterOf(qint64 articleId, int maxMembers = std::numeric_limits<int>::max()) const;

private:
    Result<QList<StoryCluster::Member>> members(qint64 clusterId, int limit = std::numeric_limits<int>::max()) const;
    const Database &m_database;
    QString m_connection;
};

} // namespace Medtour
