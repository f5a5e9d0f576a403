// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bandbuckets.h"
#include "duplicatesignature.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>

#include <vector>

namespace Medtour {

/// Where add() put an article.
struct ClusterAssignment
{
    qint64 clusterId = -1;          ///< the cluster joined; a new cluster is named after its first article
    bool isNew = true;              ///< true when the article started a cluster
    qint64 matchedArticleId = -1;   ///< the member it resembled most, or -1
    double similarity = 0;          ///< estimated Jaccard similarity with that member
    QList<qint64> mergedClusterIds; ///< clusters this article joined into clusterId (relabel their rows)
    QByteArray signature;           ///< DuplicateSignature::toBytes(), for storage
};

/// One article of a cluster, enough to choose its representative.
struct ClusterMember
{
    qint64 articleId = -1;
    QDateTime published; ///< may be invalid
    int length = 0;      ///< DuplicateSignature::unitCount()
};

/// Groups copies of one press release across outlets, incrementally.
///
/// Candidates come from LSH banding over the MinHash bins (128 bands of 2 rows), so add() looks
/// at a bounded number of earlier articles whatever the index size. A candidate is the same story
/// when: the Jaccard estimate reaches sameJaccard; or the smaller text is contained in the larger
/// (a cut copy) and they share a little; or they are fairly similar with similar titles within a
/// few days (a rewritten lead). Different releases from one city on one day share only boilerplate
/// and stay apart. Later than windowSecs after a cluster's first copy only a near-verbatim reprint
/// joins, so chains of similar items cannot grow a cluster over months. An article that is a copy
/// of two clusters' members merges them when it is a strong copy of one and the other agrees in
/// text strength or headline. Guarded by a mutex; the signature is computed outside it.
class NearDuplicateIndex final
{
public:
    struct Options
    {
        double sameJaccard = 0.5;
        double containment = 0.8; ///< …with at least containmentJaccard
        double containmentJaccard = 0.12;
        int containmentMinShingles = 25; ///< shorter texts are too small to judge containment
        double titledJaccard = 0.2;      ///< …with titles at least titledTitle alike
        double titledTitle = 0.6;
        qint64 titledWindowSecs = 4 * 86400;
        qint64 windowSecs = 21 * 86400; ///< further apart needs lateJaccard
        double lateJaccard = 0.8;
        int minShingles = 10;   ///< below: only an equal title within titledWindowSecs
        int maxBucket = 48;     ///< per LSH bucket, the newest entries are kept
        int maxCandidates = 64; ///< verified per add, by number of shared bands
    };

    NearDuplicateIndex();
    explicit NearDuplicateIndex(const Options &options);

    /// Computes the signature and assigns a cluster. Adding a known article returns its cluster.
    ClusterAssignment add(qint64 articleId, const QString &title, const QString &text, const QDateTime &published);
    ClusterAssignment add(qint64 articleId, const DuplicateSignature &signature, const QDateTime &published);
    /// Puts back a stored article with the cluster it had; false when the signature is unreadable.
    bool restore(qint64 articleId, qint64 clusterId, const QByteArray &signature, const QDateTime &published);
    void remove(qint64 articleId);

    qint64 clusterOf(qint64 articleId) const; ///< -1 when unknown
    QList<ClusterMember> members(qint64 clusterId) const;
    int clusterSize(qint64 clusterId) const;       ///< 0 when unknown
    qint64 representative(qint64 clusterId) const; ///< -1 when unknown; kept up to date as members come
    /// Where the given articles are and what their clusters are, read at one moment under one
    /// lock: a writer recording placements while another thread adds would otherwise wait on the
    /// lock once per question, behind an adder that takes it again at once.
    struct Snapshot
    {
        QList<qint64> clusterOf;                        ///< per article id given, -1 when unknown
        QHash<qint64, std::pair<qint64, int>> clusters; ///< cluster id → (representative, size)
    };
    Snapshot snapshot(const QList<qint64> &articleIds) const;
    int articleCount() const;
    int clusterCount() const;

    /// The earliest full version: among members at least fullRatio × the longest, the earliest
    /// published (an invalid date counts as late); ties go to the longer, then the lower id.
    static qint64 chooseRepresentative(const QList<ClusterMember> &members, double fullRatio = 0.8);
    static constexpr double kFullRatio = 0.8;

private:
    struct Entry
    {
        qint64 articleId;
        qint64 clusterId;
        QDateTime published;
        DuplicateSignature signature;
        bool alive;
    };
    struct Verdict
    {
        bool same = false;
        bool strong = false;
        double score = 0;
        double jaccard = 0;
        double title = 0;
    };
    Verdict judge(const Entry &a, const DuplicateSignature &b, const QDateTime &published) const;
    /// A cluster's members and what choosing its representative needs, kept as members come so
    /// that adding to a cluster of thousands costs no walk over them.
    struct Cluster
    {
        QList<qint64> articleIds;
        QDateTime start; ///< earliest known publication time
        int longest = 0;
        mutable qint64 representative = -1; ///< -1: choose again from all members (lazily)
    };
    QDateTime clusterStart(qint64 clusterId) const { return m_clusters.value(clusterId).start; }
    ClusterMember memberOf(const Entry &entry) const;
    QList<ClusterMember> membersLocked(qint64 clusterId) const;
    qint64 representativeLocked(qint64 clusterId, const Cluster &cluster) const; ///< chosen again when unknown
    void noteMember(Cluster &cluster, const Entry &entry);
    std::vector<quint64> bandKeys(const DuplicateSignature &signature) const;
    void insert(int slot, const std::vector<quint64> &keys);
    void relabel(qint64 from, qint64 to);

    Options m_options;
    mutable QMutex m_mutex;
    std::vector<Entry> m_entries;
    QHash<qint64, int> m_slotOf;       ///< article id → entry
    BandBuckets m_buckets;             ///< band key → entries
    QHash<qint64, Cluster> m_clusters; ///< cluster id → its members
    // Scratch space for counting shared bands per entry without a hash map (reused under the mutex).
    std::vector<quint32> m_stamp;
    std::vector<quint16> m_shared;
    std::vector<int> m_touched;
    quint32 m_epoch = 0;
};

} // namespace Medtour
