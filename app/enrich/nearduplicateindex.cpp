// SPDX-License-Identifier: GPL-3.0-or-later
#include "nearduplicateindex.h"

#include "tagger.h"

#include <QMutexLocker>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace Medtour {

namespace {

constexpr int kBandRows = 2;
constexpr int kBands = DuplicateSignature::binCount / kBandRows;
constexpr quint64 kTitleBucket = quint64(1) << 63;

constexpr qint64 kUnknown = std::numeric_limits<qint64>::min();

qint64 secondsApart(qint64 a, qint64 b)
{
    if (a == kUnknown || b == kUnknown)
        return 0; // unknown dates neither help nor hurt
    return std::abs(a - b);
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

NearDuplicateIndex::Verdict NearDuplicateIndex::judge(const Entry &a, const DuplicateSignature &b, qint64 at) const
{
    // Most candidates are rejected on their Jaccard estimate alone, so the title similarity is
    // worked out only where a rule reads it; score and title matter only for copies.
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
    const qint64 apart = secondsApart(a.time, at);
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
    if (apart > o.spanSecs) {
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

std::vector<int> NearDuplicateIndex::candidates(const std::vector<quint64> &keys, qint64 at)
{
    // Count shared bands per earlier article in a byte per slot (at most kBands + 1 keys share),
    // zero again after use through the list of slots touched. The loop runs some 6,000 times per
    // add on templated news, so it works on raw pointers: stores through a vector's element would
    // otherwise make the compiler reload the vector's data pointer on every step.
    static_assert(kBands + 1 < 256, "a shared-band count must fit in a byte");
    m_shared.resize(m_entries.size(), 0);
    // Start the cache misses for every key's cell, then for every list, before reading any.
    for (const quint64 key : keys)
        m_buckets.prefetch(key);
    std::vector<BandBuckets::Slots> lists;
    lists.reserve(keys.size());
    size_t listed = 0;
    for (const quint64 key : keys) {
        if (const BandBuckets::Slots bucket = m_buckets.find(key); bucket.size() > 0) {
            lists.push_back(bucket);
            listed += bucket.size();
#if defined(__GNUC__) || defined(__clang__)
            __builtin_prefetch(bucket.data());
#endif
        }
    }
    m_touched.resize(listed);
    quint8 *const shared = m_shared.data();
    int *const touched = m_touched.data();
    size_t touchedCount = 0;
    for (const BandBuckets::Slots &bucket : lists) {
        for (const int slot : bucket) {
            const quint8 before = shared[size_t(slot)];
            shared[size_t(slot)] = quint8(before + 1);
            touched[touchedCount] = slot; // kept only when this is the slot's first band
            touchedCount += before == 0 ? 1 : 0;
        }
    }
    m_touched.resize(touchedCount);
    // Only articles that could be copies in time compete for the places: with templated releases
    // (a city's standard paragraphs) look-alikes from other months would crowd the copies out.
    const qint64 reach = m_options.reprintSpanSecs;
    std::vector<std::pair<int, int>> ranked; // (shared bands, slot)
    ranked.reserve(m_touched.size());
    for (const int slot : m_touched) {
        const int bands = shared[size_t(slot)];
        shared[size_t(slot)] = 0;
        const qint64 t = m_times[size_t(slot)];
        if (at != kUnknown && t != kUnknown && std::abs(t - at) > reach)
            continue;
        ranked.emplace_back(bands, slot);
    }
    const size_t keep = std::min(ranked.size(), size_t(std::max(0, m_options.maxCandidates)));
    // Most shared bands first, then the older slot: a strict order, so selecting the first `keep`
    // and sorting them gives what partial_sort gave, in linear rather than n log k time.
    const auto byPromise = [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    };
    if (keep < ranked.size())
        std::nth_element(ranked.begin(), ranked.begin() + keep, ranked.end(), byPromise);
    ranked.resize(keep);
    std::sort(ranked.begin(), ranked.end(), byPromise);
    std::vector<int> out;
    out.reserve(ranked.size());
    for (const auto &[bands, slot] : ranked)
        out.push_back(slot);
    return out;
}

std::optional<NearDuplicateIndex::Evidence>
NearDuplicateIndex::evidence(qint64 clusterId, const DuplicateSignature &signature, qint64 at) const
{
    const Options &o = m_options;
    const auto found = m_clusters.constFind(clusterId);
    if (found == m_clusters.constEnd())
        return std::nullopt;
    const Cluster &cluster = *found;
    const qsizetype size = cluster.members.size();
    const qint64 span = spanWith(cluster.start, cluster.end, at);
    if (size >= o.maxClusterSize || span > o.reprintSpanSecs)
        return std::nullopt;
    Evidence e;
    e.clusterId = clusterId;
    const int representativeSlot = representativeSlotLocked(cluster);
    const Entry &representative = m_entries[size_t(representativeSlot)];
    e.articleId = representative.articleId;
    e.verdict = judge(representative, signature, at);
    // The text decides most cases, and costs less than the names: those are asked last.
    if (span > o.spanSecs) { // only a near-verbatim reprint of the story's own version stretches it
        if (!e.verdict.same || e.verdict.jaccard < o.lateJaccard || !agrees(cluster, signature.entities()) ||
            representative.signature.entities().cannotConfirm(signature.entities()))
            return std::nullopt;
        return e;
    }
    if (e.verdict.same && !agrees(cluster, signature.entities()))
        return std::nullopt;
    // Naming nothing of a kind the representative's headline names (or the other way round) is
    // less evidence: then only a near copy of the text counts.
    if (representative.signature.entities().cannotConfirm(signature.entities())) {
        if (!e.verdict.same || e.verdict.jaccard < o.unconfirmedJaccard)
            return std::nullopt;
        return e;
    }
    if (e.verdict.same)
        return e;
    if (size < 2 || !agrees(cluster, signature.entities()))
        return std::nullopt;
    // Not a copy of the representative. A strong copy of a member that is still related to the
    // representative (a cut of an outlet's rewritten version, copied on)?
    const double containment = DuplicateSignature::containmentFromJaccard(
        e.verdict.jaccard, representative.signature.shingleCount(), signature.shingleCount());
    if (e.verdict.jaccard >= o.relatedJaccard && containment >= o.relatedContainment) {
        for (const int slot : cluster.members) {
            if (slot == representativeSlot)
                continue;
            const Entry &member = m_entries[size_t(slot)];
            const Verdict v = judge(member, signature, at);
            if (v.strong) {
                e.verdict = v;
                e.articleId = member.articleId;
                return e;
            }
        }
    }
    // Or a copy of most members?
    if (size < 3)
        return std::nullopt;
    qsizetype copies = 0;
    qsizetype judged = 1; // the representative, which said no
    Evidence best;
    for (const int slot : cluster.members) {
        if (slot == representativeSlot)
            continue;
        if (2 * (copies + (size - judged)) <= size)
            break; // a majority is out of reach
        ++judged;
        const Entry &member = m_entries[size_t(slot)];
        const Verdict v = judge(member, signature, at);
        if (!v.same)
            continue;
        ++copies;
        if (v.score > best.verdict.score) {
            best.verdict = v;
            best.articleId = member.articleId;
        }
        if (2 * copies > size)
            break;
    }
    if (2 * copies <= size)
        return std::nullopt;
    best.clusterId = clusterId;
    return best;
}

QList<qint64> NearDuplicateIndex::mergeInto(qint64 &target, const QList<Evidence> &others, qint64 at)
{
    // Each other story joins when the article is a copy of it as a whole (it is: `others` holds
    // only those), its members' entities agree with the target's, the representatives share text,
    // and the merged story stays within the bounds. Checked against the target as it grows.
    const Options &o = m_options;
    QList<qint64> joined{target};
    Cluster merged = m_clusters.value(target);
    const Entry &targetRepresentative = m_entries[size_t(representativeSlotLocked(m_clusters[target]))];
    for (const Evidence &other : others) {
        const Cluster &cluster = m_clusters[other.clusterId];
        if (merged.members.size() + cluster.members.size() >= o.maxClusterSize)
            continue;
        const qint64 start = earlier(merged.start, cluster.start);
        const qint64 end = later(merged.end, cluster.end);
        if (spanWith(start, end, at) > o.spanSecs)
            continue;
        if (std::any_of(cluster.profiles.cbegin(), cluster.profiles.cend(),
                        [&merged](const EntityProfile &p) { return !agrees(merged, p); }))
            continue;
        const Entry &representative = m_entries[size_t(representativeSlotLocked(cluster))];
        if (targetRepresentative.signature.jaccard(representative.signature) < o.mergeJaccard)
            continue;
        joined.append(other.clusterId);
        merged.members.append(cluster.members);
        merged.start = start;
        merged.end = end;
        merged.profiles.insert(merged.profiles.end(), cluster.profiles.cbegin(), cluster.profiles.cend());
    }
    // Merged under the older (smaller) id.
    const qint64 into = *std::min_element(joined.cbegin(), joined.cend());
    QList<qint64> gone;
    for (const qint64 id : std::as_const(joined)) {
        if (id != into) {
            relabel(id, into);
            gone.append(id);
        }
    }
    target = into;
    return gone;
}

ClusterAssignment NearDuplicateIndex::add(qint64 articleId, const QString &title, const QString &text,
                                          const QDateTime &published)
{
    static const Tagger tagger; // const and shared by threads; loads the taxonomy once
    return add(articleId, DuplicateSignature::compute(title, text, tagger.tag(title, text)), published);
}

ClusterAssignment NearDuplicateIndex::add(qint64 articleId, DuplicateSignature signature, const QDateTime &published)
{
    ClusterAssignment result;
    result.signature = signature.toBytes();
    QMutexLocker lock(&m_mutex);
    if (const auto known = m_slotOf.constFind(articleId); known != m_slotOf.constEnd()) {
        result.clusterId = m_entries[size_t(*known)].clusterId;
        result.isNew = false;
        return result;
    }

    // The stories the most promising earlier articles belong to, each judged as a whole.
    const qint64 at = timeOf(published);
    const std::vector<quint64> keys = bandKeys(signature);
    QList<qint64> seen;
    QList<Evidence> accepted;
    for (const int slot : candidates(keys, at)) {
        const Entry &entry = m_entries[size_t(slot)];
        if (!entry.alive || seen.contains(entry.clusterId))
            continue;
        seen.append(entry.clusterId);
        if (std::optional<Evidence> e = evidence(entry.clusterId, signature, at))
            accepted.append(*e);
    }

    qint64 clusterId = articleId;
    if (!accepted.isEmpty()) {
        std::stable_sort(accepted.begin(), accepted.end(),
                         [](const Evidence &a, const Evidence &b) { return a.verdict.score > b.verdict.score; });
        const Evidence &best = accepted.front();
        result.isNew = false;
        result.matchedArticleId = best.articleId;
        result.similarity = best.verdict.jaccard;
        clusterId = best.clusterId;
        if (accepted.size() > 1)
            result.mergedClusterIds = mergeInto(clusterId, accepted.mid(1), at);
    }
    result.clusterId = clusterId;
    m_entries.push_back(Entry{articleId, clusterId, published, at, std::move(signature), true});
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
    m_entries.push_back(Entry{articleId, clusterId, published, timeOf(published), *sig, true});
    insert(int(m_entries.size()) - 1, bandKeys(*sig));
    return true;
}

} // namespace Medtour
