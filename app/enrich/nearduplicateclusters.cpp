// SPDX-License-Identifier: GPL-3.0-or-later
// NearDuplicateIndex: the clusters' bookkeeping (members, time span, entities, representative) and
// the read side. Placing an article is in nearduplicateindex.cpp.
#include "nearduplicateindex.h"

#include <QMutexLocker>

#include <algorithm>

namespace Medtour {

void NearDuplicateIndex::insert(int slot, const std::vector<quint64> &keys)
{
    const Entry &e = m_entries[size_t(slot)];
    for (const quint64 key : keys)
        m_buckets.prefetch(key);
    for (const quint64 key : keys)
        m_buckets.append(key, slot, m_options.maxBucket);
    m_slotOf.insert(e.articleId, slot);
    if (m_times.size() <= size_t(slot))
        m_times.resize(size_t(slot) + 1, kUnknownTime);
    m_times[size_t(slot)] = e.time;
    Cluster &cluster = m_clusters[e.clusterId];
    cluster.members.append(slot);
    noteMember(cluster, slot);
}

ClusterMember NearDuplicateIndex::memberOf(const Entry &entry) const
{
    return ClusterMember{entry.articleId, entry.published, entry.signature.unitCount()};
}

void NearDuplicateIndex::noteMember(Cluster &cluster, int slot)
{
    const Entry &entry = m_entries[size_t(slot)];
    cluster.start = earlier(cluster.start, entry.time);
    cluster.end = later(cluster.end, entry.time);
    const EntityProfile &profile = entry.signature.entities();
    if (!profile.isEmpty() &&
        std::find(cluster.profiles.cbegin(), cluster.profiles.cend(), profile) == cluster.profiles.cend())
        cluster.profiles.push_back(profile);
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
    const ClusterMember current = memberOf(m_entries[size_t(cluster.representative)]);
    if (chooseRepresentative({current, member}, 0) == member.articleId)
        cluster.representative = slot;
}

void NearDuplicateIndex::relabel(qint64 from, qint64 to)
{
    const Cluster moved = m_clusters.take(from);
    for (const int slot : moved.members)
        m_entries[size_t(slot)].clusterId = to;
    Cluster &target = m_clusters[to];
    target.members.append(moved.members);
    target.start = earlier(target.start, moved.start);
    target.end = later(target.end, moved.end);
    for (const EntityProfile &profile : moved.profiles) {
        if (std::find(target.profiles.cbegin(), target.profiles.cend(), profile) == target.profiles.cend())
            target.profiles.push_back(profile);
    }
    // Each side's choice is the best of its full versions. When both still count as full versions
    // beside the longer side's longest, the better of the two is the best of all; else choose again.
    const int longest = std::max(target.longest, moved.longest);
    const auto stillFull = [this, longest](int slot) {
        return slot >= 0 && double(m_entries[size_t(slot)].signature.unitCount()) >= kFullRatio * double(longest);
    };
    if (stillFull(target.representative) && stillFull(moved.representative)) {
        const ClusterMember a = memberOf(m_entries[size_t(target.representative)]);
        const ClusterMember b = memberOf(m_entries[size_t(moved.representative)]);
        if (chooseRepresentative({a, b}, 0) == b.articleId)
            target.representative = moved.representative;
    } else {
        target.representative = -1;
    }
    target.longest = longest;
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
        cluster->members.removeAll(slot);
        if (cluster->members.isEmpty()) {
            m_clusters.erase(cluster);
        } else {
            // Choose again, and measure the longest and gather the entities again, from those left
            // (start and end stay: the story's time span is what it was).
            cluster->representative = -1;
            cluster->longest = 0;
            cluster->profiles.clear();
            for (const int member : std::as_const(cluster->members)) {
                const EntityProfile &profile = m_entries[size_t(member)].signature.entities();
                cluster->longest = std::max(cluster->longest, m_entries[size_t(member)].signature.unitCount());
                if (!profile.isEmpty() && std::find(cluster->profiles.cbegin(), cluster->profiles.cend(), profile) ==
                                              cluster->profiles.cend())
                    cluster->profiles.push_back(profile);
            }
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
    out.reserve(cluster->members.size());
    for (const int slot : cluster->members)
        out.append(memberOf(m_entries[size_t(slot)]));
    return out;
}

int NearDuplicateIndex::clusterSize(qint64 clusterId) const
{
    QMutexLocker lock(&m_mutex);
    const auto cluster = m_clusters.constFind(clusterId);
    return cluster == m_clusters.constEnd() ? 0 : int(cluster->members.size());
}

int NearDuplicateIndex::representativeSlotLocked(const Cluster &cluster) const
{
    if (cluster.representative < 0) {
        QList<ClusterMember> members;
        members.reserve(cluster.members.size());
        for (const int slot : cluster.members)
            members.append(memberOf(m_entries[size_t(slot)]));
        const qint64 chosen = chooseRepresentative(members, kFullRatio);
        const qsizetype at = std::find_if(members.cbegin(), members.cend(),
                                          [chosen](const ClusterMember &m) { return m.articleId == chosen; }) -
                             members.cbegin();
        cluster.representative = cluster.members.value(at, -1);
    }
    return cluster.representative;
}

qint64 NearDuplicateIndex::representativeLocked(const Cluster &cluster) const
{
    const int slot = representativeSlotLocked(cluster);
    return slot < 0 ? -1 : m_entries[size_t(slot)].articleId;
}

qint64 NearDuplicateIndex::representative(qint64 clusterId) const
{
    QMutexLocker lock(&m_mutex);
    const auto cluster = m_clusters.constFind(clusterId);
    if (cluster == m_clusters.constEnd())
        return -1;
    return representativeLocked(*cluster);
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
        out.clusters.insert(clusterId, {representativeLocked(*cluster), int(cluster->members.size())});
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

bool NearDuplicateIndex::agrees(const Cluster &cluster, const EntityProfile &profile)
{
    return std::none_of(cluster.profiles.cbegin(), cluster.profiles.cend(),
                        [&profile](const EntityProfile &member) { return member.disagrees(profile); });
}

qint64 NearDuplicateIndex::spanWith(qint64 start, qint64 end, qint64 at)
{
    const qint64 first = earlier(start, at);
    const qint64 last = later(end, at);
    return first == kUnknownTime ? 0 : last - first;
}

} // namespace Medtour
