// SPDX-License-Identifier: GPL-3.0-or-later
#include "nearduplicateindex.h"

#include <QMutexLocker>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Medtour {

namespace {

constexpr int kBandRows = 2;
constexpr int kBands = DuplicateSignature::binCount / kBandRows;
constexpr quint64 kTitleBucket = quint64(1) << 63;

qint64 secondsApart(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid() || !b.isValid())
        return 0; // unknown dates neither help nor hurt
    return std::abs(a.secsTo(b));
}

} // namespace

NearDuplicateIndex::NearDuplicateIndex()
    : NearDuplicateIndex(Options())
{}

NearDuplicateIndex::NearDuplicateIndex(const Options &options)
    : m_options(options)
{}

std::vector<quint64> NearDuplicateIndex::bandKeys(const DuplicateSignature &signature) const
{
    std::vector<quint64> keys;
    keys.reserve(kBands + 1);
    if (signature.shingleCount() > 0) {
        for (int band = 0; band < kBands; ++band) {
            quint64 key = quint64(band) << 32;
            for (int row = 0; row < kBandRows; ++row)
                key |= quint64(signature.bin(band * kBandRows + row)) << (16 * row);
            keys.push_back(key);
        }
    }
    if (signature.titleKey() != 0)
        keys.push_back(kTitleBucket | (signature.titleKey() >> 1));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

NearDuplicateIndex::Verdict NearDuplicateIndex::judge(const Entry &a, const DuplicateSignature &b,
                                                      const QDateTime &published) const
{
    // Most candidates are rejected on their Jaccard estimate alone, so the title similarity and
    // the cluster's start (a hash lookup) are worked out only where a rule reads them; score and
    // title matter only for candidates judged the same. Same verdicts as computing all up front.
    const Options &o = m_options;
    Verdict v;
    const DuplicateSignature &s = a.signature;
    v.jaccard = s.jaccard(b);
    std::optional<double> title;
    const auto titleSimilarity = [&] {
        if (!title)
            title = s.titleSimilarity(b);
        return *title;
    };
    const qint64 apart = secondsApart(a.published, published);
    const int na = s.shingleCount();
    const int nb = b.shingleCount();
    const double containment = DuplicateSignature::containmentFromJaccard(v.jaccard, na, nb);
    const auto scored = [&](Verdict verdict) {
        if (verdict.same) {
            verdict.title = titleSimilarity();
            verdict.score = verdict.jaccard + 0.5 * containment + 0.25 * verdict.title;
        }
        return verdict;
    };

    if (na < o.minShingles || nb < o.minShingles) {
        // Summaries and title-only items: the same title within a few days, or near-identical text.
        const bool sameTitle = s.titleKey() != 0 && s.titleKey() == b.titleKey();
        v.same = (sameTitle && apart <= o.titledWindowSecs) || (v.jaccard >= 0.8 && titleSimilarity() >= o.titledTitle);
        v.strong = false;
        return scored(v);
    }
    if (apart > o.windowSecs || secondsApart(clusterStart(a.clusterId), published) > o.windowSecs) {
        v.same = v.jaccard >= o.lateJaccard;
        v.strong = v.same;
        return scored(v);
    }
    if (v.jaccard >= o.sameJaccard) {
        v.same = true;
        v.strong = true;
        return scored(v);
    }
    if (std::min(na, nb) >= o.containmentMinShingles && containment >= o.containment &&
        v.jaccard >= o.containmentJaccard) {
        v.same = true;
        v.strong = containment >= 0.9;
        return scored(v);
    }
    v.same = v.jaccard >= o.titledJaccard && apart <= o.titledWindowSecs && titleSimilarity() >= o.titledTitle;
    return scored(v);
}

void NearDuplicateIndex::insert(int slot, const std::vector<quint64> &keys)
{
    const Entry &e = m_entries[size_t(slot)];
    for (const quint64 key : keys)
        m_buckets.prefetch(key);
    for (const quint64 key : keys)
        m_buckets.append(key, slot, m_options.maxBucket);
    m_slotOf.insert(e.articleId, slot);
    Cluster &cluster = m_clusters[e.clusterId];
    cluster.articleIds.append(e.articleId);
    noteMember(cluster, e);
}

ClusterMember NearDuplicateIndex::memberOf(const Entry &entry) const
{
    return ClusterMember{entry.articleId, entry.published, entry.signature.unitCount()};
}

void NearDuplicateIndex::noteMember(Cluster &cluster, const Entry &entry)
{
    if (entry.published.isValid() && (!cluster.start.isValid() || entry.published < cluster.start))
        cluster.start = entry.published;
    const ClusterMember member = memberOf(entry);
    if (member.length > cluster.longest) {
        // A longer version raises the bar: earlier choices may no longer count as full versions.
        cluster.longest = member.length;
        cluster.representative = -1;
        return;
    }
    if (cluster.representative < 0 || double(member.length) < kFullRatio * double(cluster.longest))
        return;
    // Otherwise the set of full versions only grew by this one: it wins or the choice stands.
    const ClusterMember current = memberOf(m_entries[size_t(m_slotOf.value(cluster.representative))]);
    if (chooseRepresentative({current, member}, 0) == member.articleId)
        cluster.representative = member.articleId;
}

void NearDuplicateIndex::relabel(qint64 from, qint64 to)
{
    const Cluster moved = m_clusters.take(from);
    for (const qint64 id : moved.articleIds)
        m_entries[size_t(m_slotOf.value(id))].clusterId = to;
    Cluster &target = m_clusters[to];
    target.articleIds.append(moved.articleIds);
    if (moved.start.isValid() && (!target.start.isValid() || moved.start < target.start))
        target.start = moved.start;
    // Each side's choice is the best of its full versions. When both still count as full versions
    // beside the longer side's longest, the better of the two is the best of all; else choose again.
    const int longest = std::max(target.longest, moved.longest);
    const auto stillFull = [this, longest](qint64 id) {
        return id >= 0 &&
               double(m_entries[size_t(m_slotOf.value(id))].signature.unitCount()) >= kFullRatio * double(longest);
    };
    if (stillFull(target.representative) && stillFull(moved.representative)) {
        const ClusterMember a = memberOf(m_entries[size_t(m_slotOf.value(target.representative))]);
        const ClusterMember b = memberOf(m_entries[size_t(m_slotOf.value(moved.representative))]);
        target.representative = chooseRepresentative({a, b}, 0);
    } else {
        target.representative = -1;
    }
    target.longest = longest;
}

ClusterAssignment NearDuplicateIndex::add(qint64 articleId, const QString &title, const QString &text,
                                          const QDateTime &published)
{
    return add(articleId, DuplicateSignature::compute(title, text), published);
}

ClusterAssignment NearDuplicateIndex::add(qint64 articleId, const DuplicateSignature &signature,
                                          const QDateTime &published)
{
    ClusterAssignment result;
    result.signature = signature.toBytes();
    QMutexLocker lock(&m_mutex);
    if (const auto known = m_slotOf.constFind(articleId); known != m_slotOf.constEnd()) {
        result.clusterId = m_entries[size_t(*known)].clusterId;
        result.isNew = false;
        return result;
    }

    // Count shared bands per earlier article and verify the most promising ones.
    if (++m_epoch == 0) {
        std::fill(m_stamp.begin(), m_stamp.end(), 0);
        m_epoch = 1;
    }
    m_stamp.resize(m_entries.size(), 0);
    m_shared.resize(m_entries.size(), 0);
    m_touched.clear();
    const std::vector<quint64> keys = bandKeys(signature);
    // Start the cache misses for every key's cell, then for every list, before reading any.
    for (const quint64 key : keys)
        m_buckets.prefetch(key);
    std::vector<const BandBuckets::Slots *> lists;
    lists.reserve(keys.size());
    for (const quint64 key : keys) {
        if (const BandBuckets::Slots *bucket = m_buckets.find(key)) {
            lists.push_back(bucket);
#if defined(__GNUC__) || defined(__clang__)
            __builtin_prefetch(bucket->data());
#endif
        }
    }
    for (const BandBuckets::Slots *bucket : lists) {
        for (const int slot : *bucket) {
            if (m_stamp[size_t(slot)] != m_epoch) {
                m_stamp[size_t(slot)] = m_epoch;
                m_shared[size_t(slot)] = 0;
                m_touched.push_back(slot);
            }
            ++m_shared[size_t(slot)];
        }
    }
    std::vector<std::pair<int, int>> candidates; // (shared bands, slot)
    candidates.reserve(m_touched.size());
    for (const int slot : m_touched)
        candidates.emplace_back(m_shared[size_t(slot)], slot);
    const size_t keep = std::min(candidates.size(), size_t(std::max(0, m_options.maxCandidates)));
    // Most shared bands first, then the older slot: a strict order, so selecting the first `keep`
    // and sorting them gives what partial_sort gave, in linear rather than n log k time.
    const auto byPromise = [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    };
    if (keep < candidates.size())
        std::nth_element(candidates.begin(), candidates.begin() + keep, candidates.end(), byPromise);
    candidates.resize(keep);
    std::sort(candidates.begin(), candidates.end(), byPromise);

    struct Accepted
    {
        qint64 clusterId;
        double score;
        bool strong;
        qint64 articleId;
        double jaccard;
        double title;
    };
    QList<Accepted> accepted;
    for (const auto &[bands, slot] : std::as_const(candidates)) {
        Q_UNUSED(bands)
        const Entry &entry = m_entries[size_t(slot)];
        if (!entry.alive)
            continue;
        const Verdict v = judge(entry, signature, published);
        if (!v.same)
            continue;
        auto it = std::find_if(accepted.begin(), accepted.end(),
                               [&entry](const Accepted &a) { return a.clusterId == entry.clusterId; });
        if (it == accepted.end()) {
            accepted.append({entry.clusterId, v.score, v.strong, entry.articleId, v.jaccard, v.title});
        } else {
            it->strong = it->strong || v.strong;
            it->title = std::max(it->title, v.title);
            if (v.score > it->score) {
                it->score = v.score;
                it->articleId = entry.articleId;
                it->jaccard = v.jaccard;
            }
        }
    }

    qint64 clusterId = articleId;
    if (!accepted.isEmpty()) {
        std::sort(accepted.begin(), accepted.end(),
                  [](const Accepted &a, const Accepted &b) { return a.score > b.score; });
        const Accepted &best = accepted.front();
        result.isNew = false;
        result.matchedArticleId = best.articleId;
        result.similarity = best.jaccard;
        clusterId = best.clusterId;
        // An article that is a strong copy of one cluster's member and a copy of another's shows they
        // hold one story (a cut copy and a rewritten lead that met only now). The other match must be
        // strong too or share the headline, so that a short item made of a city's standard paragraph
        // cannot glue different releases together. Merged under the older (smaller) id.
        const bool anyStrong =
            std::any_of(accepted.cbegin(), accepted.cend(), [](const Accepted &a) { return a.strong; });
        QList<qint64> joined{best.clusterId};
        for (qsizetype i = 1; i < accepted.size(); ++i)
            if (anyStrong && (accepted[i].strong || accepted[i].title >= m_options.titledTitle))
                joined.append(accepted[i].clusterId);
        clusterId = *std::min_element(joined.cbegin(), joined.cend());
        for (const qint64 other : std::as_const(joined)) {
            if (other != clusterId) {
                relabel(other, clusterId);
                result.mergedClusterIds.append(other);
            }
        }
    }
    result.clusterId = clusterId;
    m_entries.push_back(Entry{articleId, clusterId, published, signature, true});
    insert(int(m_entries.size()) - 1, keys);
    return result;
}

bool NearDuplicateIndex::restore(qint64 articleId, qint64 clusterId, const QByteArray &signature,
                                 const QDateTime &published)
{
    const std::optional<DuplicateSignature> sig = DuplicateSignature::fromBytes(signature);
    if (!sig)
        return false;
    QMutexLocker lock(&m_mutex);
    if (m_slotOf.contains(articleId))
        return true;
    m_entries.push_back(Entry{articleId, clusterId, published, *sig, true});
    insert(int(m_entries.size()) - 1, bandKeys(*sig));
    return true;
}

void NearDuplicateIndex::remove(qint64 articleId)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_slotOf.constFind(articleId);
    if (it == m_slotOf.constEnd())
        return;
    const int slot = *it;
    Entry &e = m_entries[size_t(slot)];
    for (const quint64 key : bandKeys(e.signature))
        m_buckets.remove(key, slot);
    auto cluster = m_clusters.find(e.clusterId);
    if (cluster != m_clusters.end()) {
        cluster->articleIds.removeAll(articleId);
        if (cluster->articleIds.isEmpty()) {
            m_clusters.erase(cluster);
        } else {
            // Choose again, and measure the longest again, from those left (start stays: the
            // cluster's window began when it began).
            cluster->representative = -1;
            cluster->longest = 0;
            for (const qint64 id : std::as_const(cluster->articleIds))
                cluster->longest =
                    std::max(cluster->longest, m_entries[size_t(m_slotOf.value(id))].signature.unitCount());
        }
    }
    e.alive = false;
    e.signature = DuplicateSignature();
    m_slotOf.remove(articleId);
}

qint64 NearDuplicateIndex::clusterOf(qint64 articleId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_slotOf.constFind(articleId);
    return it == m_slotOf.constEnd() ? -1 : m_entries[size_t(*it)].clusterId;
}

QList<ClusterMember> NearDuplicateIndex::members(qint64 clusterId) const
{
    QMutexLocker lock(&m_mutex);
    return membersLocked(clusterId);
}

QList<ClusterMember> NearDuplicateIndex::membersLocked(qint64 clusterId) const
{
    QList<ClusterMember> out;
    const auto cluster = m_clusters.constFind(clusterId);
    if (cluster == m_clusters.constEnd())
        return out;
    out.reserve(cluster->articleIds.size());
    for (const qint64 id : cluster->articleIds)
        out.append(memberOf(m_entries[size_t(m_slotOf.value(id))]));
    return out;
}

int NearDuplicateIndex::clusterSize(qint64 clusterId) const
{
    QMutexLocker lock(&m_mutex);
    const auto cluster = m_clusters.constFind(clusterId);
    return cluster == m_clusters.constEnd() ? 0 : int(cluster->articleIds.size());
}

qint64 NearDuplicateIndex::representativeLocked(qint64 clusterId, const Cluster &cluster) const
{
    if (cluster.representative < 0)
        cluster.representative = chooseRepresentative(membersLocked(clusterId), kFullRatio);
    return cluster.representative;
}

qint64 NearDuplicateIndex::representative(qint64 clusterId) const
{
    QMutexLocker lock(&m_mutex);
    const auto cluster = m_clusters.constFind(clusterId);
    if (cluster == m_clusters.constEnd())
        return -1;
    return representativeLocked(clusterId, *cluster);
}

NearDuplicateIndex::Snapshot NearDuplicateIndex::snapshot(const QList<qint64> &articleIds) const
{
    Snapshot out;
    out.clusterOf.reserve(articleIds.size());
    QMutexLocker lock(&m_mutex);
    for (const qint64 id : articleIds) {
        const auto slot = m_slotOf.constFind(id);
        const qint64 clusterId = slot == m_slotOf.constEnd() ? -1 : m_entries[size_t(*slot)].clusterId;
        out.clusterOf.append(clusterId);
        if (clusterId < 0 || out.clusters.contains(clusterId))
            continue;
        const auto cluster = m_clusters.constFind(clusterId);
        if (cluster == m_clusters.constEnd())
            continue;
        out.clusters.insert(clusterId, {representativeLocked(clusterId, *cluster), int(cluster->articleIds.size())});
    }
    return out;
}

int NearDuplicateIndex::articleCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_slotOf.size());
}

int NearDuplicateIndex::clusterCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_clusters.size());
}

qint64 NearDuplicateIndex::chooseRepresentative(const QList<ClusterMember> &members, double fullRatio)
{
    if (members.isEmpty())
        return -1;
    int longest = 0;
    for (const ClusterMember &m : members)
        longest = std::max(longest, m.length);
    const ClusterMember *best = nullptr;
    const auto better = [](const ClusterMember &a, const ClusterMember &b) {
        if (a.published.isValid() != b.published.isValid())
            return a.published.isValid();
        if (a.published.isValid() && a.published != b.published)
            return a.published < b.published;
        if (a.length != b.length)
            return a.length > b.length;
        return a.articleId < b.articleId;
    };
    for (const ClusterMember &m : members) {
        if (double(m.length) < fullRatio * double(longest))
            continue;
        if (!best || better(m, *best))
            best = &m;
    }
    return best ? best->articleId : members.front().articleId;
}

} // namespace Medtour
