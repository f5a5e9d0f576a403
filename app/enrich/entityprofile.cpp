// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityprofile.h"

#include "tags.h"

#include <QtEndian>

#include <algorithm>

namespace Medtour {

namespace {

constexpr int kKindShift = 30;
constexpr quint32 kValueMask = (quint32(1) << kKindShift) - 1;
constexpr int kBytesPerEntity = 6;

std::optional<EntityProfile::Kind> kindOf(TagKind kind)
{
    switch (kind) {
    case TagKind::Market:
        return EntityProfile::Kind::Market;
    case TagKind::Region:
        return EntityProfile::Kind::Region;
    case TagKind::Specialty:
        return EntityProfile::Kind::Specialty;
    case TagKind::Hospital:
        return EntityProfile::Kind::Hospital;
    case TagKind::Event:
    case TagKind::Keyword:
        break; // what happened, not who or where: copies and other stories share them alike
    }
    return std::nullopt;
}

} // namespace

quint32 EntityProfile::keyOf(Kind kind, QStringView value)
{
    // FNV-1a over the UTF-16 units, finished with a multiply-xorshift: stable across Qt versions,
    // since stored signatures carry these keys.
    quint64 h = 0xCBF29CE484222325ULL;
    for (const QChar c : value)
        h = (h ^ c.unicode()) * 0x100000001B3ULL;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 32;
    return (quint32(kind) << kKindShift) | (quint32(h) & kValueMask);
}

int EntityProfile::leadingTagLength(QStringView title)
{
    static constexpr QStringView opens = u"[(【";
    static constexpr QStringView closes = u"])】";
    int at = 0;
    while (at < title.size() && title.at(at).isSpace())
        ++at;
    int end = 0;
    while (at < title.size()) {
        const qsizetype open = opens.indexOf(title.at(at));
        if (open < 0)
            break;
        const qsizetype close = title.mid(at + 1, 20).indexOf(closes.at(open));
        if (close < 0)
            break;
        at += int(close) + 2;
        end = at;
        while (at < title.size() && title.at(at).isSpace())
            ++at;
    }
    return end;
}

void EntityProfile::add(Kind kind, QStringView value, bool inTitle)
{
    const quint32 key = keyOf(kind, value);
    auto it = std::lower_bound(m_entities.begin(), m_entities.end(), key,
                               [](const Entity &e, quint32 k) { return e.key < k; });
    if (it == m_entities.end() || it->key != key)
        it = m_entities.insert(it, Entity{key, 0, false});
    if (it->count < 255)
        ++it->count;
    it->inTitle = it->inTitle || inTitle;
}

EntityProfile EntityProfile::fromTags(const Tags &tags, QStringView title)
{
    EntityProfile p;
    const int tag = leadingTagLength(title.left(2000)); // the Tagger reads the same bounded title
    for (const TagEvidence &e : tags.evidence) {
        const std::optional<Kind> kind = kindOf(e.kind);
        if (!kind || (e.inTitle && e.position < tag))
            continue;
        p.add(*kind, e.value, e.inTitle);
    }
    if (p.m_entities.size() > size_t(kMaxEntities)) {
        // Keep the most named (headline names first among equals), then back in key order.
        std::stable_sort(p.m_entities.begin(), p.m_entities.end(), [](const Entity &a, const Entity &b) {
            return a.count != b.count ? a.count > b.count : a.inTitle > b.inTitle;
        });
        p.m_entities.resize(kMaxEntities);
        std::sort(p.m_entities.begin(), p.m_entities.end(),
                  [](const Entity &a, const Entity &b) { return a.key < b.key; });
    }
    return p;
}

bool EntityProfile::kindDisagrees(quint32 kind, const EntityProfile &other) const
{
    const auto range = [kind](const std::vector<Entity> &v) {
        const quint32 lo = kind << kKindShift;
        const auto from =
            std::lower_bound(v.begin(), v.end(), lo, [](const Entity &e, quint32 k) { return e.key < k; });
        auto to = from;
        while (to != v.end() && (to->key >> kKindShift) == kind)
            ++to;
        return std::make_pair(from, to);
    };
    const auto [a0, a1] = range(m_entities);
    const auto [b0, b1] = range(other.m_entities);
    if (a0 == a1 || b0 == b1)
        return false; // one names nothing of this kind: nothing to disagree on
    const auto most = [](auto from, auto to) {
        int m = 0;
        for (auto it = from; it != to; ++it)
            m = std::max(m, int(it->count));
        return m;
    };
    const int mostA = most(a0, a1);
    const int mostB = most(b0, b1);
    bool onlyA = false, onlyB = false, headlineUnmatched = false;
    bool headlineA = false, headlineB = false, headlinesShared = false, mostShared = false;
    auto a = a0;
    auto b = b0;
    while (a != a1 || b != b1) {
        if (b == b1 || (a != a1 && a->key < b->key)) {
            onlyA = onlyA || a->count > 1 || a->inTitle;
            headlineA = headlineA || a->inTitle;
            headlineUnmatched = headlineUnmatched || a->inTitle;
            ++a;
        } else if (a == a1 || b->key < a->key) {
            onlyB = onlyB || b->count > 1 || b->inTitle;
            headlineB = headlineB || b->inTitle;
            headlineUnmatched = headlineUnmatched || b->inTitle;
            ++b;
        } else {
            headlineA = headlineA || a->inTitle;
            headlineB = headlineB || b->inTitle;
            headlinesShared = headlinesShared || (a->inTitle && b->inTitle);
            mostShared = mostShared || (a->count == mostA && b->count == mostB);
            ++a;
            ++b;
        }
    }
    return (onlyA && onlyB) || (headlineA && headlineB && !headlinesShared) || headlineUnmatched || !mostShared;
}

bool EntityProfile::disagrees(const EntityProfile &other) const
{
    if (m_entities.empty() || other.m_entities.empty())
        return false;
    for (const Kind kind : {Kind::Market, Kind::Region, Kind::Specialty, Kind::Hospital}) {
        if (kindDisagrees(quint32(kind), other))
            return true;
    }
    return false;
}

bool EntityProfile::namesKind(quint32 kind, bool inHeadline) const
{
    return std::any_of(m_entities.cbegin(), m_entities.cend(), [kind, inHeadline](const Entity &e) {
        return (e.key >> kKindShift) == kind && (e.inTitle || !inHeadline);
    });
}

bool EntityProfile::cannotConfirm(const EntityProfile &other) const
{
    for (const Kind kind : {Kind::Market, Kind::Region, Kind::Specialty, Kind::Hospital}) {
        const quint32 k = quint32(kind);
        if ((namesKind(k, true) && !other.namesKind(k, false)) || (other.namesKind(k, true) && !namesKind(k, false)))
            return true;
    }
    return false;
}

bool EntityProfile::operator==(const EntityProfile &other) const
{
    return m_entities == other.m_entities;
}

void EntityProfile::write(QByteArray &out) const
{
    const qsizetype at = out.size();
    out.resize(at + 1 + kBytesPerEntity * qsizetype(m_entities.size()));
    char *p = out.data() + at;
    *p++ = char(m_entities.size());
    for (const Entity &e : m_entities) {
        qToLittleEndian(e.key, p);
        p[4] = char(e.count);
        p[5] = char(e.inTitle ? 1 : 0);
        p += kBytesPerEntity;
    }
}

std::optional<EntityProfile> EntityProfile::read(const char *&data, const char *end)
{
    if (end - data < 1)
        return std::nullopt;
    const int n = quint8(*data);
    if (n > kMaxEntities || end - data < 1 + qsizetype(n) * kBytesPerEntity)
        return std::nullopt;
    const char *p = data + 1;
    EntityProfile profile;
    profile.m_entities.reserve(size_t(n));
    for (int i = 0; i < n; ++i, p += kBytesPerEntity) {
        Entity e{qFromLittleEndian<quint32>(p), quint8(p[4]), p[5] == 1};
        if (e.count == 0 || quint8(p[5]) > 1 || (!profile.m_entities.empty() && profile.m_entities.back().key >= e.key))
            return std::nullopt;
        profile.m_entities.push_back(e);
    }
    data = p;
    return profile;
}

} // namespace Medtour
