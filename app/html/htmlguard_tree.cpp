// SPDX-License-Identifier: GPL-3.0-or-later
// The tree-builder half of HtmlGuard: a simplified HTML5 stack of open elements and list of active formatting
// elements. Where it cannot follow gumbo exactly it keeps more elements open, never fewer.
#include "htmlguard_p.h"

#include <algorithm>

namespace Medtour::GuardDetail {

// clang-format off
const TagSet kVoid{GUMBO_TAG_AREA, GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_BR, GUMBO_TAG_COL,
    GUMBO_TAG_EMBED, GUMBO_TAG_FRAME, GUMBO_TAG_HR, GUMBO_TAG_IMAGE, GUMBO_TAG_IMG, GUMBO_TAG_INPUT, GUMBO_TAG_KEYGEN,
    GUMBO_TAG_LINK, GUMBO_TAG_META, GUMBO_TAG_PARAM, GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK, GUMBO_TAG_WBR};
const TagSet kFormatting{GUMBO_TAG_A, GUMBO_TAG_B, GUMBO_TAG_BIG, GUMBO_TAG_CODE, GUMBO_TAG_EM, GUMBO_TAG_FONT,
    GUMBO_TAG_I, GUMBO_TAG_NOBR, GUMBO_TAG_S, GUMBO_TAG_SMALL, GUMBO_TAG_STRIKE, GUMBO_TAG_STRONG, GUMBO_TAG_TT,
    GUMBO_TAG_U};
const TagSet kSpecial{GUMBO_TAG_ADDRESS, GUMBO_TAG_APPLET, GUMBO_TAG_AREA, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE,
    GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BODY, GUMBO_TAG_BR,
    GUMBO_TAG_BUTTON, GUMBO_TAG_CAPTION, GUMBO_TAG_CENTER, GUMBO_TAG_COL, GUMBO_TAG_COLGROUP, GUMBO_TAG_DD,
    GUMBO_TAG_DETAILS, GUMBO_TAG_DIR, GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_DT, GUMBO_TAG_EMBED, GUMBO_TAG_FIELDSET,
    GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_FORM, GUMBO_TAG_FRAME, GUMBO_TAG_FRAMESET,
    GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_HEAD,
    GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_HR, GUMBO_TAG_HTML, GUMBO_TAG_IFRAME, GUMBO_TAG_IMG,
    GUMBO_TAG_INPUT, GUMBO_TAG_ISINDEX, GUMBO_TAG_KEYGEN, GUMBO_TAG_LI, GUMBO_TAG_LINK, GUMBO_TAG_LISTING,
    GUMBO_TAG_MAIN, GUMBO_TAG_MARQUEE, GUMBO_TAG_MENU, GUMBO_TAG_MENUITEM, GUMBO_TAG_META, GUMBO_TAG_NAV,
    GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_OBJECT, GUMBO_TAG_OL, GUMBO_TAG_P,
    GUMBO_TAG_PARAM, GUMBO_TAG_PLAINTEXT, GUMBO_TAG_PRE, GUMBO_TAG_SCRIPT, GUMBO_TAG_SECTION, GUMBO_TAG_SELECT,
    GUMBO_TAG_SOURCE, GUMBO_TAG_STYLE, GUMBO_TAG_SUMMARY, GUMBO_TAG_TABLE, GUMBO_TAG_TBODY, GUMBO_TAG_TD,
    GUMBO_TAG_TEMPLATE, GUMBO_TAG_TEXTAREA, GUMBO_TAG_TFOOT, GUMBO_TAG_TH, GUMBO_TAG_THEAD, GUMBO_TAG_TITLE,
    GUMBO_TAG_TR, GUMBO_TAG_TRACK, GUMBO_TAG_UL, GUMBO_TAG_WBR, GUMBO_TAG_XMP};
const TagSet kClosesP{GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_CENTER,
    GUMBO_TAG_DETAILS, GUMBO_TAG_DIR, GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION,
    GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_MAIN, GUMBO_TAG_MENU,
    GUMBO_TAG_NAV, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_SECTION, GUMBO_TAG_SUMMARY, GUMBO_TAG_UL, GUMBO_TAG_H1,
    GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6, GUMBO_TAG_PRE, GUMBO_TAG_LISTING,
    GUMBO_TAG_FORM};
const TagSet kScopedEnd{GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BUTTON,
    GUMBO_TAG_CENTER, GUMBO_TAG_DETAILS, GUMBO_TAG_DIR, GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_FIELDSET,
    GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE, GUMBO_TAG_FOOTER, GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_LISTING,
    GUMBO_TAG_MAIN, GUMBO_TAG_MENU, GUMBO_TAG_NAV, GUMBO_TAG_OL, GUMBO_TAG_PRE, GUMBO_TAG_SECTION, GUMBO_TAG_SUMMARY,
    GUMBO_TAG_UL, GUMBO_TAG_FORM, GUMBO_TAG_DD, GUMBO_TAG_DT, GUMBO_TAG_APPLET, GUMBO_TAG_MARQUEE, GUMBO_TAG_OBJECT};
const TagSet kHeadings{GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6};
const TagSet kTableParts{GUMBO_TAG_TABLE, GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT, GUMBO_TAG_TR,
    GUMBO_TAG_TD, GUMBO_TAG_TH, GUMBO_TAG_CAPTION, GUMBO_TAG_COLGROUP};
const TagSet kScopeBoundary{GUMBO_TAG_APPLET, GUMBO_TAG_CAPTION, GUMBO_TAG_HTML, GUMBO_TAG_TABLE, GUMBO_TAG_TD,
    GUMBO_TAG_TH, GUMBO_TAG_MARQUEE, GUMBO_TAG_OBJECT, GUMBO_TAG_TEMPLATE};
const TagSet kTableScopeBoundary{GUMBO_TAG_HTML, GUMBO_TAG_TABLE, GUMBO_TAG_TEMPLATE};
const TagSet kMarkerElement{GUMBO_TAG_APPLET, GUMBO_TAG_OBJECT, GUMBO_TAG_MARQUEE, GUMBO_TAG_TD, GUMBO_TAG_TH,
    GUMBO_TAG_CAPTION, GUMBO_TAG_TEMPLATE};
const TagSet kIntegrationPoint{GUMBO_TAG_FOREIGNOBJECT, GUMBO_TAG_DESC, GUMBO_TAG_TITLE, GUMBO_TAG_MI, GUMBO_TAG_MO,
    GUMBO_TAG_MN, GUMBO_TAG_MS, GUMBO_TAG_MTEXT, GUMBO_TAG_ANNOTATION_XML};
const TagSet kBreakout{GUMBO_TAG_B, GUMBO_TAG_BIG, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BODY, GUMBO_TAG_BR,
    GUMBO_TAG_CENTER, GUMBO_TAG_CODE, GUMBO_TAG_DD, GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_DT, GUMBO_TAG_EM,
    GUMBO_TAG_EMBED, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6,
    GUMBO_TAG_HEAD, GUMBO_TAG_HR, GUMBO_TAG_I, GUMBO_TAG_IMG, GUMBO_TAG_LI, GUMBO_TAG_LISTING, GUMBO_TAG_MENU,
    GUMBO_TAG_META, GUMBO_TAG_NOBR, GUMBO_TAG_OL, GUMBO_TAG_P, GUMBO_TAG_PRE, GUMBO_TAG_RUBY, GUMBO_TAG_S,
    GUMBO_TAG_SMALL, GUMBO_TAG_SPAN, GUMBO_TAG_STRONG, GUMBO_TAG_STRIKE, GUMBO_TAG_SUB, GUMBO_TAG_SUP,
    GUMBO_TAG_TABLE, GUMBO_TAG_TT, GUMBO_TAG_U, GUMBO_TAG_UL, GUMBO_TAG_VAR};
const TagSet kRawText{GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_XMP, GUMBO_TAG_IFRAME, GUMBO_TAG_NOEMBED,
    GUMBO_TAG_NOFRAMES, GUMBO_TAG_TEXTAREA, GUMBO_TAG_TITLE};
// clang-format on
const TagSet kNone{};

void Guard::startTag(const StartTag &tag)
{
    ++report.startTags;
    const Tag t = tag.tag;
    const bool keep = kRawText.has(t) || t == GUMBO_TAG_PLAINTEXT;
    const bool overDepth = !kVoid.has(t) && estimate() >= m_limits.maxDepth;
    const bool overList = kFormatting.has(t) && m_list.size() > 4 * qsizetype(m_limits.maxDepth);
    if (!keep && (report.startTags > m_limits.maxStartTags || overDepth || overList)) {
        blank(tag.begin, tag.end); // no other effect: gumbo never sees this tag
        ++report.blankedTags;
        return;
    }
    if (inForeignContext()) {
        const bool breakout = kBreakout.has(t) || (t == GUMBO_TAG_FONT && tag.fontBreakout);
        if (!breakout) {
            if (!tag.selfClosing)
                push(t, true);
            return;
        }
        while (inForeignContext())
            popTo(m_stack.size() - 1);
    }
    htmlStartTag(tag);
}

void Guard::htmlStartTag(const StartTag &tag)
{
    const Tag t = tag.tag;
    switch (t) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_FRAMESET:
        return;
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
        reconstruct();
        if (!tag.selfClosing)
            push(t, true);
        return;
    case GUMBO_TAG_LI:
        closeListItem(GUMBO_TAG_LI, GUMBO_TAG_LI);
        closeP();
        push(t);
        return;
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
        closeListItem(GUMBO_TAG_DD, GUMBO_TAG_DT);
        closeP();
        push(t);
        return;
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
        if (!m_stack.isEmpty() && m_stack.constLast().tag == GUMBO_TAG_OPTION && !m_stack.constLast().foreign)
            popTo(m_stack.size() - 1);
        reconstruct();
        push(t);
        return;
    case GUMBO_TAG_BUTTON:
        if (const qsizetype k = find(Tag(GUMBO_TAG_BUTTON), kNone); k >= 0)
            popTo(k);
        reconstruct();
        push(t);
        return;
    case GUMBO_TAG_A:
        // An open <a> is closed by the adoption agency, then dropped from the list and the stack.
        for (qsizetype k = m_list.size() - 1; k >= 0 && !m_list[k].marker; --k) {
            if (m_list[k].tag != GUMBO_TAG_A)
                continue;
            const int id = m_list[k].id;
            adoptionAgency(t);
            for (qsizetype j = m_list.size() - 1; j >= 0; --j) {
                if (m_list[j].id != id)
                    continue;
                if (const qsizetype s = m_list[j].onStack ? stackIndexOf(id) : -1; s >= 0)
                    m_stack.removeAt(s);
                m_list.removeAt(j);
                break;
            }
            break;
        }
        reconstruct();
        pushFormatting(t, tag.attributes);
        return;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_COLGROUP:
        tableStartTag(t);
        return;
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_MARQUEE:
    case GUMBO_TAG_OBJECT:
        reconstruct();
        push(t);
        pushMarker();
        return;
    case GUMBO_TAG_TEMPLATE:
        push(t);
        pushMarker();
        return;
    case GUMBO_TAG_TABLE: // closes an open p only in no-quirks mode: kept open here, which errs on the deep side
    case GUMBO_TAG_RB:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RTC:
        push(t);
        return;
    default:
        break;
    }
    if (kVoid.has(t)) {
        if (t == GUMBO_TAG_HR)
            closeP();
        else if (t != GUMBO_TAG_BASE && t != GUMBO_TAG_LINK && t != GUMBO_TAG_META && t != GUMBO_TAG_BASEFONT &&
                 t != GUMBO_TAG_BGSOUND && t != GUMBO_TAG_PARAM && t != GUMBO_TAG_SOURCE && t != GUMBO_TAG_TRACK &&
                 t != GUMBO_TAG_COL && t != GUMBO_TAG_FRAME)
            reconstruct(); // area, br, embed, img, image, input, keygen, wbr
        return;
    }
    if (kRawText.has(t)) { // pushed and popped around the raw text by gumbo; its content is skipped by the caller
        if (t == GUMBO_TAG_XMP) {
            closeP();
            reconstruct();
        }
        return;
    }
    if (kClosesP.has(t) || t == GUMBO_TAG_PLAINTEXT) {
        closeP();
        if (kHeadings.has(t) && !m_stack.isEmpty() && !m_stack.constLast().foreign &&
            kHeadings.has(m_stack.constLast().tag))
            popTo(m_stack.size() - 1);
        push(t);
        return;
    }
    reconstruct();
    if (kFormatting.has(t))
        pushFormatting(t, tag.attributes);
    else
        push(t);
}

void Guard::tableStartTag(Tag t)
{
    static const TagSet sections{GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT};
    static const TagSet cells{GUMBO_TAG_TD, GUMBO_TAG_TH};
    if (find(Tag(GUMBO_TAG_TABLE), kNone, true) < 0)
        return; // outside a table these tokens are ignored
    if (t == GUMBO_TAG_CAPTION || t == GUMBO_TAG_COLGROUP) {
        push(t);
        if (t == GUMBO_TAG_CAPTION)
            pushMarker();
        return;
    }
    if (sections.has(t)) {
        if (const qsizetype k = find(sections, kNone, true); k >= 0)
            popTo(k);
        push(t);
        return;
    }
    if (t == GUMBO_TAG_TR) {
        if (const qsizetype k = find(Tag(GUMBO_TAG_TR), kNone, true); k >= 0)
            popTo(k);
    } else if (const qsizetype k = find(cells, kNone, true); k >= 0) {
        popTo(k);
    }
    if (find(Tag(GUMBO_TAG_TR), kNone, true) < 0 || t == GUMBO_TAG_TR) {
        if (find(sections, kNone, true) < 0)
            push(GUMBO_TAG_TBODY); // implied
        if (t != GUMBO_TAG_TR)
            push(GUMBO_TAG_TR); // implied
    }
    push(t);
    if (t != GUMBO_TAG_TR)
        pushMarker();
}

void Guard::endTag(Tag tag)
{
    // End tags follow the foreign-content rules whenever the current node is foreign, integration points included.
    if (!m_stack.isEmpty() && m_stack.constLast().foreign) {
        for (qsizetype k = m_stack.size() - 1; k >= 0 && m_stack[k].foreign; --k) {
            if (m_stack[k].tag == tag) {
                popTo(k);
                return;
            }
        }
    }
    htmlEndTag(tag);
}

void Guard::htmlEndTag(Tag t)
{
    static const TagSet buttonScope{GUMBO_TAG_BUTTON};
    static const TagSet listScope{GUMBO_TAG_OL, GUMBO_TAG_UL};
    switch (t) {
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BR:
        return;
    case GUMBO_TAG_P:
        if (const qsizetype k = find(t, buttonScope); k >= 0)
            popTo(k);
        return;
    case GUMBO_TAG_LI:
        if (const qsizetype k = find(t, listScope); k >= 0)
            popTo(k);
        return;
    case GUMBO_TAG_FORM: // only the form element itself leaves the stack
        if (const qsizetype k = find(t, kNone); k >= 0)
            m_stack.removeAt(k);
        return;
    case GUMBO_TAG_TEMPLATE:
        for (qsizetype k = m_stack.size() - 1; k >= 0; --k) {
            if (m_stack[k].tag == t && !m_stack[k].foreign) {
                popTo(k);
                break;
            }
        }
        return;
    case GUMBO_TAG_SELECT:
        for (qsizetype k = m_stack.size() - 1; k >= 0; --k) {
            const Entry &e = m_stack[k];
            if (e.tag == t && !e.foreign) {
                popTo(k);
                return;
            }
            if (e.foreign || (e.tag != GUMBO_TAG_OPTION && e.tag != GUMBO_TAG_OPTGROUP))
                return;
        }
        return;
    default:
        break;
    }
    if (kHeadings.has(t)) {
        if (const qsizetype k = find(kHeadings, kNone); k >= 0)
            popTo(k);
    } else if (kScopedEnd.has(t)) {
        if (const qsizetype k = find(t, kNone); k >= 0)
            popTo(k);
    } else if (kTableParts.has(t)) {
        if (const qsizetype k = find(t, kNone, true); k >= 0)
            popTo(k);
    } else if (kFormatting.has(t)) {
        adoptionAgency(t);
    } else {
        anyOtherEndTag(t);
    }
}

void Guard::text(bool whitespace)
{
    // In table structure, white space is inserted as is; everything else reconstructs the formatting elements.
    static const TagSet tableStructure{GUMBO_TAG_TABLE, GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT,
                                       GUMBO_TAG_TR};
    if (inForeignContext())
        return;
    if (whitespace && !m_stack.isEmpty() && !m_stack.constLast().foreign && tableStructure.has(m_stack.constLast().tag))
        return;
    reconstruct();
}

void Guard::push(Tag tag, bool foreign)
{
    Entry entry;
    entry.tag = tag;
    entry.foreign = foreign;
    entry.integration = foreign && kIntegrationPoint.has(tag);
    m_foreignOpen += foreign ? 1 : 0;
    m_stack.append(entry);
    report.maxEstimatedDepth = std::max(report.maxEstimatedDepth, estimate());
}

void Guard::pushFormatting(Tag tag, quint32 attributes)
{
    // Noah's Ark: at most three identical entries after the last marker.
    int same = 0;
    qsizetype earliest = -1;
    for (qsizetype k = m_list.size() - 1; k >= 0 && !m_list[k].marker; --k) {
        if (m_list[k].tag == tag && m_list[k].attributes == attributes) {
            ++same;
            earliest = k;
        }
    }
    if (same >= 3)
        removeListEntry(earliest);
    FormattingEntry entry;
    entry.tag = tag;
    entry.attributes = attributes;
    entry.id = m_nextId++;
    entry.onStack = true;
    m_list.append(entry);
    push(tag);
    m_stack.last().listId = entry.id;
}

void Guard::pushMarker()
{
    FormattingEntry marker;
    marker.marker = true;
    marker.id = m_nextId++;
    m_list.append(marker);
}

void Guard::popTo(qsizetype index)
{
    while (m_stack.size() > index && index >= 0) {
        const Entry entry = m_stack.takeLast();
        m_foreignOpen -= entry.foreign ? 1 : 0;
        if (entry.listId >= 0) {
            for (qsizetype k = m_list.size() - 1; k >= 0; --k) {
                if (m_list[k].id == entry.listId) {
                    m_list[k].onStack = false;
                    break;
                }
            }
        }
        if (!entry.foreign && kMarkerElement.has(entry.tag))
            clearToMarker();
    }
}

void Guard::removeListEntry(qsizetype index)
{
    if (m_list[index].onStack) {
        if (const qsizetype k = stackIndexOf(m_list[index].id); k >= 0)
            m_stack[k].listId = -1;
    }
    m_list.removeAt(index);
}

qsizetype Guard::stackIndexOf(int listId) const
{
    for (qsizetype k = m_stack.size() - 1; k >= 0; --k) {
        if (m_stack[k].listId == listId)
            return k;
    }
    return -1;
}

void Guard::clearToMarker()
{
    while (!m_list.isEmpty()) {
        const bool marker = m_list.constLast().marker;
        removeListEntry(m_list.size() - 1);
        if (marker)
            break;
    }
}

qsizetype Guard::find(const TagSet &targets, const TagSet &extraBoundary, bool tableScope) const
{
    for (qsizetype k = m_stack.size() - 1; k >= 0; --k) {
        const Entry &e = m_stack[k];
        if (!e.foreign && targets.has(e.tag))
            return k;
        if (tableScope ? (!e.foreign && kTableScopeBoundary.has(e.tag))
                       : (e.foreign ? e.integration : (kScopeBoundary.has(e.tag) || extraBoundary.has(e.tag))))
            return -1;
    }
    return -1;
}

qsizetype Guard::find(Tag tag, const TagSet &extraBoundary, bool tableScope) const
{
    for (qsizetype k = m_stack.size() - 1; k >= 0; --k) {
        const Entry &e = m_stack[k];
        if (!e.foreign && e.tag == tag)
            return k;
        if (tableScope ? (!e.foreign && kTableScopeBoundary.has(e.tag))
                       : (e.foreign ? e.integration : (kScopeBoundary.has(e.tag) || extraBoundary.has(e.tag))))
            return -1;
    }
    return -1;
}

void Guard::closeP()
{
    static const TagSet buttonScope{GUMBO_TAG_BUTTON};
    if (const qsizetype k = find(Tag(GUMBO_TAG_P), buttonScope); k >= 0)
        popTo(k);
}

void Guard::closeListItem(Tag a, Tag b)
{
    for (qsizetype k = m_stack.size() - 1; k >= 0; --k) {
        const Entry &e = m_stack[k];
        if (!e.foreign && (e.tag == a || e.tag == b)) {
            popTo(k);
            return;
        }
        if (special(e) && (e.foreign || (e.tag != GUMBO_TAG_ADDRESS && e.tag != GUMBO_TAG_DIV && e.tag != GUMBO_TAG_P)))
            return;
    }
}

void Guard::reconstruct()
{
    qsizetype k = m_list.size() - 1;
    while (k >= 0 && !m_list[k].marker && !m_list[k].onStack)
        --k;
    for (++k; k < m_list.size(); ++k) {
        push(m_list[k].tag);
        m_stack.last().listId = m_list[k].id;
        m_list[k].onStack = true;
    }
}

void Guard::adoptionAgency(Tag tag)
{
    for (int round = 0; round < 8; ++round) {
        qsizetype li = m_list.size() - 1;
        while (li >= 0 && !m_list[li].marker && m_list[li].tag != tag)
            --li;
        if (li < 0 || m_list[li].marker) {
            if (round == 0)
                anyOtherEndTag(tag);
            return;
        }
        if (!m_list[li].onStack) {
            removeListEntry(li);
            return;
        }
        const qsizetype si = stackIndexOf(m_list[li].id);
        if (si < 0)
            return;
        for (qsizetype k = m_stack.size() - 1; k > si; --k) {
            const Entry &e = m_stack[k];
            if (e.foreign ? e.integration : kScopeBoundary.has(e.tag))
                return; // not in scope: ignored
        }
        qsizetype furthest = -1;
        for (qsizetype k = si + 1; k < m_stack.size() && furthest < 0; ++k) {
            if (special(m_stack[k]))
                furthest = k;
        }
        if (furthest < 0) {
            const int id = m_list[li].id;
            popTo(si);
            for (qsizetype k = m_list.size() - 1; k >= 0; --k) {
                if (m_list[k].id == id) {
                    m_list.removeAt(k);
                    break;
                }
            }
            return;
        }
        // The formatting element is recreated just inside the furthest block; the stack keeps its size.
        const Entry moved = m_stack.takeAt(si);
        m_stack.insert(furthest, moved);
    }
}

void Guard::anyOtherEndTag(Tag tag)
{
    for (qsizetype k = m_stack.size() - 1; k >= 0; --k) {
        const Entry &e = m_stack[k];
        if (!e.foreign && e.tag == tag) {
            popTo(k);
            return;
        }
        if (special(e))
            return;
    }
}

int Guard::estimate() const
{
    int phantoms = 0;
    for (qsizetype k = m_list.size() - 1; k >= 0 && !m_list[k].marker && !m_list[k].onStack; --k)
        ++phantoms;
    return 3 + int(m_stack.size()) + phantoms; // html, head and body are implied
}

bool Guard::inForeignContext() const
{
    return !m_stack.isEmpty() && m_stack.constLast().foreign && !m_stack.constLast().integration;
}

bool Guard::special(const Entry &entry) const
{
    return entry.foreign ? entry.integration : kSpecial.has(entry.tag);
}

} // namespace Medtour::GuardDetail
