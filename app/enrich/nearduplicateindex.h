// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bandbuckets.h"
#include "duplicatesignature.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>

#include <algorithm>
#include <limits>
#include <optional>
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

/// Groups copies of one press release across outlets, incrementally, into stories that cannot chain.
///
/// Candidates come from LSH banding over the MinHash bins (128 bands of 2 rows), so add() looks
/// at a bounded number of earlier articles whatever the index size. A pair of articles reads as
/// copies when: the Jaccard estimate reaches sameJaccard; or the smaller text is contained in the
/// larger (a cut copy) and they share a little; or they are fairly similar with similar titles
/// within a few days (a rewritten lead).
///
/// An article joins a story only as a copy of the story as a whole: of its representative (the
/// earliest full version); or a strong copy of one member (a cut of a rewritten version) that
/// still shares a good part of the representative's text; or a copy of more than half of its
/// members. Never of just any one member, so a chain of look-alikes cannot grow one story out of
/// many: every member stays close to the representative. Its named entities (EntityProfile:
/// city or region, target market, specialty, hospital) must not disagree with any member's, however
/// alike the text. The story's time span, first copy to last, stays within spanSecs (a near-verbatim
/// reprint may stretch it to reprintSpanSecs), and a story holds at most maxClusterSize copies: a real
/// story never comes near either bound. An article that is a copy of two stories merges them only
/// when it is a copy of each as a whole, their members' entities agree, their representatives share
/// text (mergeJaccard), and the merged story stays within the bounds. Guarded by a mutex; the
/// signature is computed outside it.
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
        qint64 spanSecs = 7 * 86400;         ///< a story's first copy to its last
        qint64 reprintSpanSecs = 30 * 86400; ///< …stretched by a copy at least lateJaccard alike
        double lateJaccard = 0.8;
        double relatedJaccard = 0.25;    ///< a strong copy of a member shares this much with the representative…
        double relatedContainment = 0.5; ///< …and this much of the smaller text
        double mergeJaccard = 0.15;      ///< two stories' representatives share this much to merge
        double unconfirmedJaccard = 0.6; ///< a copy whose names cannot be checked (EntityProfile::cannotConfirm)
        int maxClusterSize = 200;
        int minShingles = 10;   ///< below: only an equal title within titledWindowSecs
        int maxBucket = 48;     ///< per LSH bucket, the newest entries are kept
        int maxCandidates = 64; ///< verified per add, by number of shared bands
    };

    NearDuplicateIndex();
    explicit NearDuplicateIndex(const Options &options);

    /// Computes the signature, with the named entities a Tagger finds, and assigns a cluster.
    /// Adding a known article returns its cluster.
    ClusterAssignment add(qint64 articleId, const QString &title, const QString &text, const QDateTime &published);
    ClusterAssignment add(qint64 articleId, DuplicateSignature signature, const QDateTime &published);
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
        qint64 time; ///< published in seconds, or kUnknownTime
        DuplicateSignature signature;
        bool alive;
    };
    /// Times inside the index are seconds since the epoch: QDateTime arithmetic cost a tenth of add().
    static constexpr qint64 kUnknownTime = std::numeric_limits<qint64>::min();
    static qint64 timeOf(const QDateTime &t) { return t.isValid() ? t.toSecsSinceEpoch() : kUnknownTime; }
    struct Verdict
    {
        bool same = false;
        bool strong = false;
        double score = 0;
        double jaccard = 0;
        double title = 0;
    };
    /// Whether two articles read as copies of each other, by text, title and time.
    Verdict judge(const Entry &a, const DuplicateSignature &b, qint64 at) const;
    /// A cluster's members and what choosing its representative and bounding it need, kept as
    /// members come so that adding to a cluster costs no walk over them.
    struct Cluster
    {
        QList<int> members;          ///< entry slots (an article's slot never changes)
        qint64 start = kUnknownTime; ///< earliest known publication time
        qint64 end = kUnknownTime;   ///< latest known publication time
        int longest = 0;
        mutable int representative = -1;     ///< its slot; -1: choose again from all members (lazily)
        std::vector<EntityProfile> profiles; ///< the members' distinct entity profiles
    };
    /// Whether an article is a copy of a cluster as a whole, and how good a copy.
    struct Evidence
    {
        qint64 clusterId = -1;
        Verdict verdict;
        qint64 articleId = -1; ///< the member it was judged against (the representative, or the best of most)
    };
    std::optional<Evidence> evidence(qint64 clusterId, const DuplicateSignature &signature, qint64 at) const;
    /// Merges into `target` (the best story for an article) the other stories it is a copy of,
    /// where the rules allow; returns the clusters merged.
    QList<qint64> mergeInto(qint64 &target, const QList<Evidence> &others, qint64 at);
    static bool agrees(const Cluster &cluster, const EntityProfile &profile);
    /// The span from `start` to `end` once `at` is in it (unknown times neither stretch nor count).
    static qint64 spanWith(qint64 start, qint64 end, qint64 at);
    static qint64 earlier(qint64 a, qint64 b) { return a == kUnknownTime ? b : b == kUnknownTime ? a : std::min(a, b); }
    static qint64 later(qint64 a, qint64 b) { return std::max(a, b); } ///< kUnknownTime is the least
    ClusterMember memberOf(const Entry &entry) const;
    QList<ClusterMember> membersLocked(qint64 clusterId) const;
    int representativeSlotLocked(const Cluster &cluster) const; ///< chosen again when unknown; -1 when empty
    qint64 representativeLocked(const Cluster &cluster) const;  ///< its article id, or -1
    void noteMember(Cluster &cluster, int slot);
    std::vector<quint64> bandKeys(const DuplicateSignature &signature) const;
    /// Earlier articles sharing LSH bands with `keys`, most shared first, at most maxCandidates.
    std::vector<int> candidates(const std::vector<quint64> &keys, qint64 at);
    void insert(int slot, const std::vector<quint64> &keys);
    void relabel(qint64 from, qint64 to);

    Options m_options;
    mutable QMutex m_mutex;
    std::vector<Entry> m_entries;
    QHash<qint64, int> m_slotOf;       ///< article id → entry
    BandBuckets m_buckets;             ///< band key → entries
    QHash<qint64, Cluster> m_clusters; ///< cluster id → its members
    // Scratch space for counting shared bands per entry without a hash map (reused under the
    // mutex; every count is back to zero between adds).
    std::vector<quint8> m_shared;
    std::vector<int> m_touched;
    std::vector<qint64> m_times; ///< per slot: publication time in seconds, kUnknownTime when unknown
};

} // namespace Medtour
