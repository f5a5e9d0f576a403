// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internals of HtmlGuard shared by its tokenizer (htmlguard.cpp) and tree builder (htmlguard_tree.cpp).

#include "htmlguard.h"

#include <QList>

#include <bitset>
#include <gumbo.h>
#include <initializer_list>

namespace Medtour::GuardDetail {

using Tag = quint32;
constexpr Tag kUnknownBit = 0x80000000u; ///< or'ed with a hash of the lower-case name of a tag gumbo does not know

class TagSet
{
public:
    TagSet(std::initializer_list<GumboTag> tags)
    {
        for (GumboTag tag : tags)
            m_bits.set(tag);
    }
    bool has(Tag tag) const { return tag < GUMBO_TAG_LAST && m_bits.test(tag); }

private:
    std::bitset<GUMBO_TAG_LAST> m_bits;
};

extern const TagSet kVoid, kFormatting, kSpecial, kClosesP, kScopedEnd, kHeadings, kTableParts, kScopeBoundary,
    kTableScopeBoundary, kMarkerElement, kIntegrationPoint, kBreakout, kRawText, kNone;

struct Entry
{
    Tag tag = 0;
    int listId = -1; ///< the active-formatting entry this element belongs to, or -1
    bool foreign = false;
    bool integration = false; ///< a foreign element whose children follow HTML rules
};

struct FormattingEntry
{
    Tag tag = 0;
    quint32 attributes = 0; ///< hash of the raw attribute text (order-sensitive: errs towards keeping more)
    int id = -1;
    bool marker = false;
    bool onStack = false;
};

struct StartTag
{
    Tag tag = 0;
    qsizetype begin = 0;
    qsizetype end = 0; ///< one past '>'
    quint32 attributes = 0;
    bool selfClosing = false;
    bool fontBreakout = false; ///< has color, face or size
    bool complete = false;     ///< false when the input ended inside the tag (the tokenizer drops it)
};

/// The simulation. Positions are byte offsets into the input; m_out is detached on the first blanking only.
class Guard
{
public:
    Guard(const QByteArray &in, const HtmlGuard::Limits &limits)
        : m_in(in)
        , m_s(in.constData())
        , m_n(in.size())
        , m_limits(limits)
    {}

    QByteArray run();
    HtmlGuard::Report report;

private:
    // Tokenizer (htmlguard.cpp).
    qsizetype readStartTag(qsizetype at, StartTag &tag);
    qsizetype readEndTag(qsizetype at, Tag *tag) const;
    qsizetype skipComment(qsizetype at) const;
    qsizetype skipUntil(qsizetype at, char c) const;
    qsizetype rawTextEnd(qsizetype at, Tag tag) const;
    qsizetype scriptEnd(qsizetype at) const;
    bool endTagNamed(qsizetype at, const char *name) const;
    Tag tagOf(qsizetype begin, qsizetype end) const;
    void blank(qsizetype begin, qsizetype end);

    // Tree builder (htmlguard_tree.cpp).
    void startTag(const StartTag &tag);
    void htmlStartTag(const StartTag &tag);
    void tableStartTag(Tag tag);
    void endTag(Tag tag);
    void htmlEndTag(Tag tag);
    void text(bool whitespace);
    void push(Tag tag, bool foreign = false);
    void pushFormatting(Tag tag, quint32 attributes);
    void pushMarker();
    void popTo(qsizetype index);
    void removeListEntry(qsizetype index);
    qsizetype stackIndexOf(int listId) const;
    qsizetype find(const TagSet &targets, const TagSet &extraBoundary, bool tableScope = false) const;
    qsizetype find(Tag tag, const TagSet &extraBoundary, bool tableScope = false) const;
    bool inForeignContext() const;
    bool special(const Entry &entry) const;
    void closeP();
    void closeListItem(Tag a, Tag b);
    void reconstruct();
    void adoptionAgency(Tag tag);
    void anyOtherEndTag(Tag tag);
    void clearToMarker();
    int estimate() const;

    const QByteArray &m_in;
    const char *m_s;
    qsizetype m_n;
    HtmlGuard::Limits m_limits;
    QByteArray m_out;
    bool m_modified = false;
    QList<Entry> m_stack;
    QList<FormattingEntry> m_list;
    int m_nextId = 0;
    int m_foreignOpen = 0;
};

} // namespace Medtour::GuardDetail
