// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlguard.h"

#include "htmlguard_p.h"

#include <cstring>

namespace Medtour {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

} // namespace

namespace GuardDetail {

QByteArray Guard::run()
{
    m_stack.reserve(64);
    qsizetype i = 0;
    while (i < m_n) {
        const char *lt = static_cast<const char *>(std::memchr(m_s + i, '<', size_t(m_n - i)));
        const qsizetype at = lt ? lt - m_s : m_n;
        if (at > i) {
            bool whitespace = true;
            for (qsizetype k = i; k < at && whitespace; ++k)
                whitespace = isSpace(m_s[k]);
            text(whitespace);
        }
        if (!lt || at + 1 >= m_n)
            break;
        const char c = m_s[at + 1];
        if (isAlpha(c)) {
            StartTag tag;
            i = readStartTag(at, tag);
            if (!tag.complete)
                break;
            // Raw-text and plaintext elements are never blanked: their content must stay text for gumbo too.
            const bool htmlContext = !inForeignContext();
            startTag(tag);
            if (htmlContext && tag.tag == GUMBO_TAG_PLAINTEXT)
                break; // the rest of the document is text
            if (htmlContext && kRawText.has(tag.tag))
                i = rawTextEnd(i, tag.tag); // self-closing is ignored on HTML elements, so this holds for <x/> too
        } else if (c == '/') {
            if (at + 2 < m_n && isAlpha(m_s[at + 2])) {
                Tag tag = 0;
                i = readEndTag(at, &tag);
                if (i < 0)
                    break;
                endTag(tag);
            } else if (at + 2 < m_n && m_s[at + 2] == '>') {
                i = at + 3;
            } else {
                i = skipUntil(at + 2, '>');
            }
        } else if (c == '!') {
            i = (at + 3 < m_n && m_s[at + 2] == '-' && m_s[at + 3] == '-') ? skipComment(at + 4)
                                                                           : skipUntil(at + 2, '>');
        } else if (c == '?') {
            i = skipUntil(at + 1, '>');
        } else {
            text(false);
            i = at + 1;
        }
    }
    return m_modified ? m_out : m_in;
}

qsizetype Guard::skipUntil(qsizetype at, char c) const
{
    if (at >= m_n)
        return m_n;
    const char *p = static_cast<const char *>(std::memchr(m_s + at, c, size_t(m_n - at)));
    return p ? (p - m_s) + 1 : m_n;
}

qsizetype Guard::skipComment(qsizetype at) const
{
    // "<!-->" and "<!--->" end at once; otherwise the first "-->" or "--!>" ends the comment.
    if (at < m_n && m_s[at] == '>')
        return at + 1;
    if (at + 1 < m_n && m_s[at] == '-' && m_s[at + 1] == '>')
        return at + 2;
    for (qsizetype i = at; i + 2 < m_n; ++i) {
        if (m_s[i] != '-' || m_s[i + 1] != '-')
            continue;
        if (m_s[i + 2] == '>')
            return i + 3;
        if (m_s[i + 2] == '!' && i + 3 < m_n && m_s[i + 3] == '>')
            return i + 4;
    }
    return m_n;
}

Tag Guard::tagOf(qsizetype begin, qsizetype end) const
{
    char name[32];
    const qsizetype len = end - begin;
    quint32 hash = 2166136261u;
    for (qsizetype i = begin; i < end; ++i)
        hash = (hash ^ quint8(lower(m_s[i]))) * 16777619u;
    if (len > 0 && len < qsizetype(sizeof name)) {
        for (qsizetype i = 0; i < len; ++i)
            name[i] = lower(m_s[begin + i]);
        const GumboTag tag = gumbo_tagn_enum(name, unsigned(len));
        if (tag != GUMBO_TAG_UNKNOWN)
            return tag;
    }
    return kUnknownBit | (hash & 0x7fffffffu);
}

qsizetype Guard::readStartTag(qsizetype at, StartTag &tag)
{
    tag.begin = at;
    qsizetype p = at + 1;
    while (p < m_n && !isSpace(m_s[p]) && m_s[p] != '/' && m_s[p] != '>')
        ++p;
    tag.tag = tagOf(at + 1, p);
    int attributes = 0;
    qsizetype blankFrom = -1;
    quint32 hash = 2166136261u;
    while (true) {
        while (p < m_n && isSpace(m_s[p]))
            ++p;
        if (p >= m_n)
            return m_n;
        if (m_s[p] == '>') {
            ++p;
            break;
        }
        if (m_s[p] == '/') {
            if (p + 1 < m_n && m_s[p + 1] == '>') {
                tag.selfClosing = true;
                p += 2;
                break;
            }
            ++p;
            continue;
        }
        const qsizetype nameBegin = p;
        if (++attributes > m_limits.maxAttributes && blankFrom < 0)
            blankFrom = p;
        ++p; // the first character belongs to the name, even '=' or a quote
        while (p < m_n && !isSpace(m_s[p]) && m_s[p] != '/' && m_s[p] != '>' && m_s[p] != '=')
            ++p;
        const qsizetype nameLength = p - nameBegin;
        if (nameLength == 4 || nameLength == 5) {
            char name[6] = {};
            for (qsizetype k = 0; k < nameLength; ++k)
                name[k] = lower(m_s[nameBegin + k]);
            if (!std::strcmp(name, "color") || !std::strcmp(name, "face") || !std::strcmp(name, "size"))
                tag.fontBreakout = true;
        }
        while (p < m_n && isSpace(m_s[p]))
            ++p;
        if (p < m_n && m_s[p] == '=') {
            ++p;
            while (p < m_n && isSpace(m_s[p]))
                ++p;
            if (p < m_n && (m_s[p] == '"' || m_s[p] == '\'')) {
                const char *close = static_cast<const char *>(std::memchr(m_s + p + 1, m_s[p], size_t(m_n - p - 1)));
                if (!close)
                    return m_n;
                p = (close - m_s) + 1;
            } else {
                while (p < m_n && !isSpace(m_s[p]) && m_s[p] != '>')
                    ++p;
            }
        }
        for (qsizetype k = nameBegin; k < p; ++k)
            hash = (hash ^ quint8(m_s[k])) * 16777619u;
    }
    tag.end = p;
    tag.attributes = hash;
    tag.complete = true;
    if (blankFrom >= 0) {
        blank(blankFrom, p - (tag.selfClosing ? 2 : 1));
        report.blankedAttributes += attributes - m_limits.maxAttributes;
    }
    return p;
}

qsizetype Guard::readEndTag(qsizetype at, Tag *tag) const
{
    qsizetype p = at + 2;
    while (p < m_n && !isSpace(m_s[p]) && m_s[p] != '/' && m_s[p] != '>')
        ++p;
    *tag = tagOf(at + 2, p);
    // Attributes on end tags are tokenized like those of start tags and then ignored.
    while (p < m_n && m_s[p] != '>') {
        if (m_s[p] == '=') {
            ++p;
            while (p < m_n && isSpace(m_s[p]))
                ++p;
            if (p < m_n && (m_s[p] == '"' || m_s[p] == '\'')) {
                const char *close = static_cast<const char *>(std::memchr(m_s + p + 1, m_s[p], size_t(m_n - p - 1)));
                if (!close)
                    return -1;
                p = (close - m_s) + 1;
                continue;
            }
        }
        ++p;
    }
    return p < m_n ? p + 1 : -1;
}

bool Guard::endTagNamed(qsizetype at, const char *name) const
{
    // at points at '<'; true for "</name" followed by white space, '/' or '>'.
    const qsizetype len = qsizetype(std::strlen(name));
    if (at + 2 + len >= m_n || m_s[at + 1] != '/')
        return false;
    for (qsizetype k = 0; k < len; ++k) {
        if (lower(m_s[at + 2 + k]) != name[k])
            return false;
    }
    const char after = m_s[at + 2 + len];
    return isSpace(after) || after == '/' || after == '>';
}

qsizetype Guard::rawTextEnd(qsizetype at, Tag tag) const
{
    if (tag == GUMBO_TAG_SCRIPT)
        return scriptEnd(at);
    const char *name = gumbo_normalized_tagname(GumboTag(tag));
    for (qsizetype i = at; i < m_n; ++i) {
        const char *lt = static_cast<const char *>(std::memchr(m_s + i, '<', size_t(m_n - i)));
        if (!lt)
            break;
        i = lt - m_s;
        if (endTagNamed(i, name))
            return i;
    }
    return m_n;
}

qsizetype Guard::scriptEnd(qsizetype at) const
{
    // Script data with its escaped and double-escaped states: inside "<!--", a nested "<script" hides the next
    // "</script>", so the element ends later than at the first end tag.
    enum
    {
        Data,
        Escaped,
        DoubleEscaped
    } state = Data;
    for (qsizetype i = at; i < m_n; ++i) {
        const char c = m_s[i];
        if (state != Data && c == '-' && i + 2 < m_n && m_s[i + 1] == '-' && m_s[i + 2] == '>') {
            state = Data;
            i += 2;
            continue;
        }
        if (c != '<')
            continue;
        if (state == Data && i + 3 < m_n && m_s[i + 1] == '!' && m_s[i + 2] == '-' && m_s[i + 3] == '-') {
            state = Escaped;
            i += 3; // "<!--" followed by "-->" gives "<!-->", which escapes and unescapes at once
            if (i + 2 < m_n && m_s[i + 1] == '-' && m_s[i + 2] == '>')
                state = Data;
            continue;
        }
        if (endTagNamed(i, "script")) {
            if (state == DoubleEscaped) {
                state = Escaped;
                continue;
            }
            return i;
        }
        if (state == Escaped && i + 7 < m_n) {
            bool named = true;
            for (int k = 0; k < 6 && named; ++k)
                named = lower(m_s[i + 1 + k]) == "script"[k];
            const char after = m_s[i + 7];
            if (named && (isSpace(after) || after == '/' || after == '>'))
                state = DoubleEscaped;
        }
    }
    return m_n;
}

void Guard::blank(qsizetype begin, qsizetype end)
{
    if (end <= begin)
        return;
    if (!m_modified) {
        m_out = QByteArray(m_in.constData(), m_in.size());
        m_modified = true;
    }
    std::memset(m_out.data() + begin, ' ', size_t(end - begin));
}

} // namespace GuardDetail

QByteArray HtmlGuard::bound(const QByteArray &utf8, const Limits &limits, Report *report)
{
    GuardDetail::Guard guard(utf8, limits);
    QByteArray out = guard.run();
    if (report)
        *report = guard.report;
    return out;
}

} // namespace Medtour
