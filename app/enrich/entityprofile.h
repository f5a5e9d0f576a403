// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>

#include <optional>
#include <vector>

namespace Medtour {

struct Tags;

/// The named entities of one article that tell stories apart: target markets, Korean regions,
/// specialties and hospitals, each with how often the article names it and whether its headline
/// does. Values are kept as hashes: the profile only compares.
///
/// Copies of one release name the same things: a cut copy names fewer of them, a rewritten lead or
/// an outlet's byline adds none of another kind. Template twins (another city's release in the
/// same words) differ in exactly these names, so disagreeing names keep two items apart however
/// alike their text is. Per kind, when both items name something of it, they disagree when
/// - each names one the other never does, more than once or in its headline (neither is a cut
///   of the other; a name dropped once, as in a related-articles line, is not enough);
/// - their headlines name different ones;
/// - one's headline names one the other never mentions;
/// - none of what one names most (ties included) is among what the other names most: a story's
///   subject is named throughout it, while a hospital or city mentioned in passing is not.
/// An outlet's section tag at the head of a title ([대전·충청]) is no evidence and is left out.
class EntityProfile final
{
public:
    enum class Kind : quint8
    {
        Market,
        Region,
        Specialty,
        Hospital,
    };
    static constexpr int kMaxEntities = 32; ///< beyond this, the least named are dropped

    /// From a Tagger's result with its evidence (Tags::evidence) and the title it was given.
    static EntityProfile fromTags(const Tags &tags, QStringView title);

    bool isEmpty() const { return m_entities.empty(); }
    int size() const { return int(m_entities.size()); }
    /// The rules above: true when the two cannot be copies of one story.
    bool disagrees(const EntityProfile &other) const;
    /// True when, for some kind, one's headline names one and the other names none of that kind at
    /// all: whether they agree cannot be told, and the text alone must show they are copies.
    bool cannotConfirm(const EntityProfile &other) const;
    bool operator==(const EntityProfile &other) const;
    bool operator!=(const EntityProfile &other) const { return !(*this == other); }

    /// Appends the profile's bytes (1 + 6 per entity); read() takes them back from `data`,
    /// advancing it, or nullopt when they are malformed.
    void write(QByteArray &out) const;
    static std::optional<EntityProfile> read(const char *&data, const char *end);

    /// Adds one mention (for tests and for building profiles by hand).
    void add(Kind kind, QStringView value, bool inTitle);

    /// The length of a leading section tag of a title ("[대전·충청]", "(종합)", "【포토】"), or 0.
    static int leadingTagLength(QStringView title);

private:
    struct Entity
    {
        quint32 key = 0; ///< kind in the top two bits, a hash of the value below
        quint8 count = 0;
        bool inTitle = false;
        bool operator==(const Entity &o) const { return key == o.key && count == o.count && inTitle == o.inTitle; }
    };
    static quint32 keyOf(Kind kind, QStringView value);
    bool kindDisagrees(quint32 kind, const EntityProfile &other) const;
    bool namesKind(quint32 kind, bool inHeadline) const;

    std::vector<Entity> m_entities; ///< sorted by key
};

} // namespace Medtour
