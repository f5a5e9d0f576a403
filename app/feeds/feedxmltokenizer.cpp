// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedxmltokenizer.h"

#include "text/htmltext.h"

namespace Medtour {

namespace {

constexpr qsizetype kMaxEntityExpansion = 1 << 20; // UTF-16 units produced by declared entities per document
constexpr int kMaxDeclaredEntities = 256;
constexpr qsizetype kMaxAttributes = 256; // per element

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r';
}

bool isNameStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_' || u == u':' || u >= 0x80;
}

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return isNameStart(c) || (u >= u'0' && u <= u'9') || u == u'-' || u == u'.';
}

/// Characters XML 1.0 forbids (a surrogate pair is allowed and stepped over by the caller).
bool isForbidden(char16_t u, char16_t next)
{
    if (u >= 0x20 && u < 0xD800)
        return false;
    if (u < 0x20)
        return u != u'\t' && u != u'\n' && u != u'\r';
    if (QChar::isHighSurrogate(u))
        return !QChar::isLowSurrogate(next);
    if (QChar::isLowSurrogate(u))
        return true; // a low surrogate not preceded by a high one (pairs are stepped over)
    return u == 0xFFFE || u == 0xFFFF;
}

bool isAllowedCodePoint(char32_t v)
{
    return v == 0x9 || v == 0xA || v == 0xD || (v >= 0x20 && v < 0xD800) || (v >= 0xE000 && v <= 0xFFFD) ||
           (v >= 0x10000 && v < 0x110000);
}

void appendCodePoint(QString &out, char32_t v)
{
    if (QChar::requiresSurrogates(v)) {
        out.append(QChar(QChar::highSurrogate(v)));
        out.append(QChar(QChar::lowSurrogate(v)));
    } else {
        out.append(QChar(char16_t(v)));
    }
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

FeedXmlTokenizer::FeedXmlTokenizer(QStringView document)
    : m_doc(document)
{}

QStringView FeedXmlTokenizer::attribute(QStringView name) const
{
    for (const Attribute &a : m_attributes) {
        if (a.name == name)
            return a.value;
    }
    return {};
}

int FeedXmlTokenizer::lineNumber() const
{
    return int(m_doc.first(qMin(m_pos, m_doc.size())).count(u'\n')) + 1;
}

FeedXmlTokenizer::Token FeedXmlTokenizer::fail(const QString &message, bool premature)
{
    m_error = message;
    m_prematureEnd = premature;
    return m_token = Token::Invalid;
}

FeedXmlTokenizer::Token FeedXmlTokenizer::next()
{
    if (atEnd())
        return m_token;
    m_attributes.clear();
    m_text = {};
    m_cdata = false;
    if (m_selfClosing) {
        m_selfClosing = false;
        m_name = m_open.takeLast();
        return m_token = Token::EndElement;
    }
    if (m_closeDownTo >= 0) { // an end tag closed an ancestor: close what was left open, then the ancestor
        if (m_open.size() - 1 <= m_closeDownTo)
            m_closeDownTo = -1;
        m_name = m_open.takeLast();
        return m_token = Token::EndElement;
    }
    for (;;) {
        if (m_rootSeen && m_open.isEmpty())
            return m_token = Token::EndDocument; // whatever follows the root element is not read
        if (m_pos >= m_doc.size()) {
            if (!m_rootSeen)
                return fail(QStringLiteral("no root element"));
            return fail(QStringLiteral("premature end of document"), true);
        }
        const QChar c = m_doc[m_pos];
        if (c == u'<') {
            const Token token = readMarkup();
            if (!m_error.isEmpty())
                return m_token = Token::Invalid;
            if (token == Token::EndDocument) // used internally for "nothing to report, go on"
                continue;
            return m_token = token;
        }
        if (!m_rootSeen) {
            if (isSpace(c) || c == QChar(0xFEFF)) {
                ++m_pos;
                continue;
            }
            return fail(QStringLiteral("Start tag expected."));
        }
        const Token token = readCharacters();
        return m_token = m_error.isEmpty() ? token : Token::Invalid;
    }
}

FeedXmlTokenizer::Token FeedXmlTokenizer::readMarkup()
{
    const QStringView rest = m_doc.sliced(m_pos);
    if (rest.startsWith(u"<![CDATA[")) {
        qsizetype end = m_doc.indexOf(u']', m_pos + 9); // a QChar search is much faster than a string search
        while (end >= 0 && !m_doc.sliced(end).startsWith(u"]]>"))
            end = m_doc.indexOf(u']', end + 1);
        if (end < 0)
            return fail(QStringLiteral("unterminated CDATA section"), true);
        const QStringView raw = m_doc.sliced(m_pos + 9, end - m_pos - 9);
        m_pos = end + 3;
        if (!m_rootSeen)
            return fail(QStringLiteral("Start tag expected."));
        m_cdata = true;
        m_text = raw;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const char16_t u = raw[i].unicode();
            if (u >= 0x20 && u < 0xD800)
                continue;
            const char16_t after = i + 1 < raw.size() ? raw[i + 1].unicode() : char16_t(0);
            if (!isForbidden(u, after)) {
                if (QChar::isHighSurrogate(u))
                    ++i; // a valid pair
                continue;
            }
            // A forbidden character inside: copy without it (rare, so the usual result stays a view).
            QString &buffer = m_buffers.isEmpty() ? m_buffers.emplace_back() : m_buffers.first();
            buffer.clear();
            for (qsizetype k = 0; k < raw.size(); ++k) {
                const char16_t v = raw[k].unicode();
                const char16_t next = k + 1 < raw.size() ? raw[k + 1].unicode() : char16_t(0);
                if (isForbidden(v, next)) {
                    ++m_repairs;
                    continue;
                }
                buffer.append(raw[k]);
                if (QChar::isHighSurrogate(v))
                    buffer.append(raw[++k]);
            }
            m_text = buffer;
            break;
        }
        return Token::Characters;
    }
    if (rest.startsWith(u"<!") || rest.startsWith(u"<?")) {
        if (!skipDeclaration())
            return fail(QStringLiteral("unterminated declaration, comment or processing instruction"), true);
        return Token::EndDocument; // nothing to report
    }
    if (rest.startsWith(u"</"))
        return readEndTag();
    if (rest.size() > 1 && isNameStart(rest[1]))
        return readStartTag();
    if (!m_rootSeen)
        return fail(QStringLiteral("Start tag expected."));
    ++m_repairs; // a '<' that starts no markup is text
    return readCharacters();
}

bool FeedXmlTokenizer::skipDeclaration()
{
    const QStringView rest = m_doc.sliced(m_pos);
    qsizetype end = -1;
    if (rest.startsWith(u"<!--")) {
        end = m_doc.indexOf(u"-->", m_pos + 4);
        if (end >= 0)
            end += 3;
    } else if (rest.startsWith(u"<?")) {
        end = m_doc.indexOf(u"?>", m_pos + 2);
        if (end >= 0)
            end += 2;
    } else {
        // <!DOCTYPE …> (or another declaration): '>' inside brackets or quotes does not end it.
        int depth = 0;
        QChar quote;
        qsizetype subsetStart = -1;
        for (qsizetype i = m_pos + 2; i < m_doc.size(); ++i) {
            const QChar c = m_doc[i];
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'[') {
                if (depth++ == 0)
                    subsetStart = i + 1;
            } else if (c == u']') {
                if (--depth == 0 && subsetStart >= 0 && rest.startsWith(u"<!DOCTYPE"))
                    readEntityDeclarations(m_doc.sliced(subsetStart, i - subsetStart));
            } else if (c == u'>' && depth <= 0) {
                end = i + 1;
                break;
            }
        }
    }
    if (end < 0)
        return false;
    m_pos = end;
    return true;
}

void FeedXmlTokenizer::readEntityDeclarations(QStringView subset)
{
    for (qsizetype i = subset.indexOf(u"<!ENTITY"); i >= 0; i = subset.indexOf(u"<!ENTITY", i + 1)) {
        qsizetype j = i + 8;
        while (j < subset.size() && isSpace(subset[j]))
            ++j;
        if (j >= subset.size() || subset[j] == u'%')
            continue; // parameter entities are not used
        const qsizetype nameStart = j;
        while (j < subset.size() && isNameChar(subset[j]))
            ++j;
        const QStringView name = subset.sliced(nameStart, j - nameStart);
        while (j < subset.size() && isSpace(subset[j]))
            ++j;
        if (name.isEmpty() || j >= subset.size() || (subset[j] != u'"' && subset[j] != u'\''))
            continue; // external (SYSTEM/PUBLIC) entities are never fetched
        const qsizetype close = subset.indexOf(subset[j], j + 1);
        if (close < 0 || m_entities.size() >= kMaxDeclaredEntities)
            break;
        m_entities.insert(name.toString(), {subset.sliced(j + 1, close - j - 1).toString(), false});
    }
    for (Declared &entity : m_entities) {
        const QString &v = entity.value;
        for (qsizetype k = v.indexOf(u'&'); k >= 0 && !entity.nested; k = v.indexOf(u'&', k + 1)) {
            const qsizetype semicolon = v.indexOf(u';', k);
            entity.nested = semicolon > k + 1 && m_entities.contains(v.sliced(k + 1, semicolon - k - 1));
        }
    }
}

bool FeedXmlTokenizer::readName(qsizetype &pos) const
{
    if (pos >= m_doc.size() || !isNameStart(m_doc[pos]))
        return false;
    ++pos;
    while (pos < m_doc.size() && isNameChar(m_doc[pos]))
        ++pos;
    return true;
}

FeedXmlTokenizer::Token FeedXmlTokenizer::readStartTag()
{
    qsizetype pos = m_pos + 1;
    const qsizetype nameStart = pos;
    readName(pos);
    m_name = m_doc.sliced(nameStart, pos - nameStart);
    int slot = 0;
    for (;;) {
        while (pos < m_doc.size() && isSpace(m_doc[pos]))
            ++pos;
        if (pos >= m_doc.size())
            return fail(QStringLiteral("premature end of document inside a tag"), true);
        const QChar c = m_doc[pos];
        if (c == u'>') {
            ++pos;
            break;
        }
        if (c == u'/') {
            ++pos;
            if (pos < m_doc.size() && m_doc[pos] == u'>') {
                ++pos;
                m_selfClosing = true;
                break;
            }
            continue; // a stray '/'
        }
        if (c == u'<') { // "<a <b>": the tag never closed; end it here
            ++m_repairs;
            break;
        }
        const qsizetype attrStart = pos;
        while (pos < m_doc.size() && !isSpace(m_doc[pos]) && m_doc[pos] != u'=' && m_doc[pos] != u'>' &&
               m_doc[pos] != u'/' && m_doc[pos] != u'<')
            ++pos;
        if (pos == attrStart) { // '=' or a quote without a name
            ++pos;
            ++m_repairs;
            continue;
        }
        const QStringView attrName = m_doc.sliced(attrStart, pos - attrStart);
        qsizetype after = pos;
        while (after < m_doc.size() && isSpace(m_doc[after]))
            ++after;
        QStringView raw;
        if (after < m_doc.size() && m_doc[after] == u'=') {
            pos = after + 1;
            while (pos < m_doc.size() && isSpace(m_doc[pos]))
                ++pos;
            if (pos >= m_doc.size())
                return fail(QStringLiteral("premature end of document inside a tag"), true);
            const QChar quote = m_doc[pos];
            if (quote == u'"' || quote == u'\'') {
                const qsizetype close = m_doc.indexOf(quote, pos + 1);
                if (close < 0)
                    return fail(QStringLiteral("premature end of document inside an attribute value"), true);
                raw = m_doc.sliced(pos + 1, close - pos - 1);
                pos = close + 1;
            } else { // an unquoted value
                const qsizetype valueStart = pos;
                while (pos < m_doc.size() && !isSpace(m_doc[pos]) && m_doc[pos] != u'>')
                    ++pos;
                raw = m_doc.sliced(valueStart, pos - valueStart);
                ++m_repairs;
            }
        } else {
            ++m_repairs; // an attribute without a value
        }
        if (m_attributes.size() < kMaxAttributes)
            m_attributes.append({attrName, storeDecoded(raw, slot++)});
        else
            ++m_repairs; // bounded work: the rest of an absurd attribute list is ignored
    }
    m_pos = pos;
    m_open.append(m_name);
    m_rootSeen = true;
    return Token::StartElement;
}

FeedXmlTokenizer::Token FeedXmlTokenizer::readEndTag()
{
    qsizetype pos = m_pos + 2;
    const qsizetype nameStart = pos;
    const bool named = readName(pos);
    const QStringView name = m_doc.sliced(nameStart, pos - nameStart);
    const qsizetype close = m_doc.indexOf(u'>', pos);
    if (close < 0)
        return fail(QStringLiteral("premature end of document inside an end tag"), true);
    m_pos = close + 1;
    if (!named) {
        ++m_repairs;
        return Token::EndDocument; // "</>" or "</ >": ignored
    }
    if (!m_open.isEmpty() && m_open.constLast() == name) {
        m_name = m_open.takeLast();
        return Token::EndElement;
    }
    // Closes an ancestor (elements left open, like HTML's <br>), or nothing at all (a stray end tag).
    qsizetype ancestor = m_open.lastIndexOf(name);
    if (ancestor < 0) {
        for (qsizetype i = m_open.size() - 1; i >= 0 && ancestor < 0; --i) {
            if (m_open.at(i).compare(name, Qt::CaseInsensitive) == 0)
                ancestor = i;
        }
    }
    ++m_repairs;
    ++m_mismatched;
    if (ancestor < 0)
        return Token::EndDocument; // ignored
    if (ancestor < m_open.size() - 1)
        m_closeDownTo = ancestor;
    m_name = m_open.takeLast();
    return Token::EndElement;
}

FeedXmlTokenizer::Token FeedXmlTokenizer::readCharacters()
{
    const qsizetype start = m_pos;
    qsizetype pos = m_doc[m_pos] == u'<' ? m_pos + 1 : m_pos; // a literal '<' (see readMarkup)
    bool plain = true;
    const QChar *data = m_doc.data();
    const qsizetype size = m_doc.size();
    for (; pos < size; ++pos) {
        const char16_t u = data[pos].unicode();
        if (u == u'<')
            break;
        if (u == u'&' || u < 0x20 || u >= 0xD800) {
            if (u == u'&' || isForbidden(u, pos + 1 < size ? data[pos + 1].unicode() : char16_t(0)))
                plain = false;
            else if (QChar::isHighSurrogate(u))
                ++pos;
        }
    }
    m_pos = pos;
    const QStringView raw = m_doc.sliced(start, pos - start);
    m_text = plain ? raw : storeDecoded(raw, 0);
    return Token::Characters;
}

QStringView FeedXmlTokenizer::storeDecoded(QStringView raw, int slot)
{
    bool plain = true;
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        if (u == u'&' || u < 0x20 || u >= 0xD800) {
            plain = false;
            break;
        }
    }
    if (plain)
        return raw;
    while (m_buffers.size() <= slot)
        m_buffers.emplace_back();
    QString &buffer = m_buffers[slot];
    buffer.clear();
    decode(raw, buffer);
    return buffer;
}

void FeedXmlTokenizer::decode(QStringView raw, QString &out)
{
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size();) {
        const QChar c = raw[i];
        const char16_t u = c.unicode();
        if (u == u'&') {
            if (!decodeReference(raw, i, out)) {
                out.append(c); // a bare '&' is text
                ++m_repairs;
                ++i;
            }
            continue;
        }
        if (u < 0x20 || u >= 0xD800) {
            const char16_t next = i + 1 < raw.size() ? raw[i + 1].unicode() : char16_t(0);
            if (isForbidden(u, next)) {
                ++m_repairs;
                ++i;
                continue;
            }
            if (QChar::isHighSurrogate(u)) {
                out.append(c);
                out.append(raw[i + 1]);
                i += 2;
                continue;
            }
        }
        out.append(c);
        ++i;
    }
}

/// Resolves the reference at raw[i] == '&' into out and moves i past it; false when it is no reference.
bool FeedXmlTokenizer::decodeReference(QStringView raw, qsizetype &i, QString &out)
{
    qsizetype j = i + 1;
    if (j < raw.size() && raw[j] == u'#') {
        ++j;
        const bool hex = j < raw.size() && (raw[j] == u'x' || raw[j] == u'X');
        if (hex)
            ++j;
        const qsizetype digits = j;
        char32_t value = 0;
        while (j < raw.size() && j - digits < 10) {
            const int d = hexValue(raw[j]);
            if (d < 0 || (!hex && d > 9))
                break;
            value = value * (hex ? 16 : 10) + char32_t(d);
            ++j;
        }
        if (j == digits || j >= raw.size() || raw[j] != u';')
            return false;
        if (isAllowedCodePoint(value))
            appendCodePoint(out, value);
        else
            ++m_repairs; // a reference to a character XML forbids: dropped
        if (hex && raw[i + 2] == u'X')
            ++m_repairs;
        i = j + 1;
        return true;
    }
    const qsizetype nameStart = j;
    while (j < raw.size() && j - nameStart <= 40 && isNameChar(raw[j]))
        ++j;
    if (j == nameStart || j >= raw.size() || raw[j] != u';')
        return false;
    const QStringView name = raw.sliced(nameStart, j - nameStart);
    i = j + 1;
    if (name == u"amp") {
        out.append(u'&');
    } else if (name == u"lt") {
        out.append(u'<');
    } else if (name == u"gt") {
        out.append(u'>');
    } else if (name == u"quot") {
        out.append(u'"');
    } else if (name == u"apos") {
        out.append(u'\'');
    } else if (const auto declared = m_entities.constFind(name.toString()); declared != m_entities.cend()) {
        // Declared in the DOCTYPE: expanded once. A declared entity referring to another is how the
        // billion-laughs family grows, so it is refused, and so is expansion beyond the cap.
        m_expanded += qMax<qsizetype>(1, declared->value.size());
        if (declared->nested || m_expanded > kMaxEntityExpansion) {
            m_error = QStringLiteral("entity expansion refused (nested entities, or more than %1 characters)")
                          .arg(kMaxEntityExpansion);
            m_pos = m_doc.size();
            return true;
        }
        out.append(HtmlText::decodeEntities(declared->value));
    } else if (const char32_t cp = HtmlText::lookupEntity(name); cp != char32_t(-1)) {
        appendCodePoint(out, cp); // an HTML entity XML does not declare (&nbsp;)
        ++m_repairs;
    } else {
        out.append(raw.sliced(nameStart - 1, j + 1 - (nameStart - 1))); // unknown: kept as written
        ++m_repairs;
    }
    return true;
}

} // namespace Medtour
