// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <iterator>

namespace Medtour::HtmlText {

namespace {

struct EntityEntry
{
    const char *name;
    char32_t codePoint;
};

constexpr EntityEntry kEntities[] = {
#include "htmlentities.inc"
};

bool isSpace(char32_t c)
{
    switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case '\f':
    case '\v':
    case 0x00A0: // no-break space, common in Korean CMS output
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000: // ideographic space
    case 0xFEFF:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        out.append(QChar(QChar::ReplacementCharacter));
        return;
    }
    if (QChar::requiresSurrogates(cp)) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

// Windows-1252 meanings of numeric references 0x80–0x9F, as browsers decode them.
char32_t fixC1(char32_t cp)
{
    static constexpr char16_t table[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                           0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                           0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                           0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    return (cp >= 0x80 && cp <= 0x9F) ? table[cp - 0x80] : cp;
}

/// Tries to read a character reference starting at text[i] == '&'; returns its length or 0.
qsizetype readReference(QStringView text, qsizetype i, char32_t *cp)
{
    const qsizetype n = text.size();
    qsizetype j = i + 1;
    if (j < n && text[j] == u'#') {
        ++j;
        const bool hex = j < n && (text[j] == u'x' || text[j] == u'X');
        if (hex)
            ++j;
        const qsizetype digitsStart = j;
        quint32 value = 0;
        while (j < n && j - digitsStart < 8) {
            const char16_t c = text[j].unicode();
            int d = -1;
            if (c >= u'0' && c <= u'9')
                d = c - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                d = c - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                d = c - u'A' + 10;
            if (d < 0)
                break;
            value = value * (hex ? 16 : 10) + quint32(d);
            ++j;
        }
        if (j == digitsStart)
            return 0;
        *cp = fixC1(value);
        if (j < n && text[j] == u';')
            ++j;
        return j - i;
    }
    const qsizetype nameStart = j;
    while (j < n && j - nameStart < 32 && text[j].unicode() < 128 && text[j].isLetterOrNumber())
        ++j;
    if (j == nameStart)
        return 0;
    if (j < n && text[j] == u';') {
        const char32_t found = lookupEntity(text.sliced(nameStart, j - nameStart));
        if (found == char32_t(-1))
            return 0;
        *cp = found;
        return j + 1 - i;
    }
    // Without ';' browsers still accept the legacy names as the longest matching prefix ("&nbspb").
    for (qsizetype end = j; end - nameStart >= 2; --end) {
        const char32_t found = lookupEntity(text.sliced(nameStart, end - nameStart));
        if (found != char32_t(-1)) {
            *cp = found;
            return end - i;
        }
    }
    return 0;
}

bool isBlockTag(QStringView name)
{
    static constexpr const char *blocks[] = {
        "address", "article", "aside", "blockquote", "br",      "dd",    "div", "dl",     "dt", "figcaption", "figure",
        "footer",  "h1",      "h2",    "h3",         "h4",      "h5",    "h6",  "header", "hr", "li",         "main",
        "nav",     "ol",      "p",     "pre",        "section", "table", "td",  "th",     "tr", "ul"};
    for (const char *b : blocks) {
        if (name.compare(QLatin1StringView(b), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isOneOf(QStringView name, std::initializer_list<const char *> names)
{
    return std::any_of(names.begin(), names.end(),
                       [name](const char *n) { return name.compare(QLatin1StringView(n), Qt::CaseInsensitive) == 0; });
}

/// Elements whose content is never shown as text: code, styles, and what a browser parses as raw text
/// (iframe and textarea content). Dropped up to the end tag, or to the end of the input when it is missing.
bool isRawTextTag(QStringView name)
{
    return isOneOf(name,
                   {"script", "style", "template", "noscript", "iframe", "textarea", "noembed", "noframes", "xmp"});
}

/// Elements the sanitiser drops with their content (form controls, plugin and media fallback, SVG, MathML):
/// their text is not article text either ("Password", an <option> list, "Your browser does not support
/// video"). Dropped up to the end tag only when there is one, so an unclosed <video> keeps what follows.
bool isFallbackTag(QStringView name)
{
    return isOneOf(name,
                   {"object", "applet", "video", "audio", "select", "button", "svg", "math", "canvas", "datalist"});
}

} // namespace

char32_t lookupEntity(QStringView name)
{
    if (name.isEmpty() || name.size() > 32)
        return char32_t(-1);
    char key[33];
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (c > 127)
            return char32_t(-1);
        key[i] = char(c);
    }
    key[name.size()] = '\0';
    const auto end = std::end(kEntities);
    const auto it = std::lower_bound(std::begin(kEntities), end, key,
                                     [](const EntityEntry &e, const char *k) { return std::strcmp(e.name, k) < 0; });
    if (it != end && std::strcmp(it->name, key) == 0)
        return it->codePoint;
    return char32_t(-1);
}

QString decodeEntities(QStringView text)
{
    const qsizetype firstAmp = text.indexOf(u'&');
    if (firstAmp < 0)
        return text.toString();
    QString out;
    out.reserve(text.size());
    out.append(text.first(firstAmp));
    for (qsizetype i = firstAmp; i < text.size();) {
        if (text[i] == u'&') {
            char32_t cp = 0;
            if (const qsizetype len = readReference(text, i, &cp)) {
                appendCodePoint(out, cp);
                i += len;
                continue;
            }
        }
        out.append(text[i]);
        ++i;
    }
    return out;
}

QString simplifyWhitespace(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (isSpace(c.unicode())) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(c);
    }
    return out;
}

bool looksLikeHtml(QStringView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'&')
            return true;
        if (c == u'<') {
            const QChar next = text[i + 1];
            if (next.isLetter() || next == u'/' || next == u'!')
                return true;
        }
    }
    return false;
}

QString toPlainText(QStringView html)
{
    QString raw;
    raw.reserve(html.size());
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = html[i];
        if (c != u'<' || i + 1 >= n) {
            raw.append(c);
            ++i;
            continue;
        }
        const QChar next = html[i + 1];
        if (next == u'!') { // comment, CDATA or doctype
            if (html.sliced(i).startsWith(u"<!--")) {
                const qsizetype end = html.indexOf(u"-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else if (html.sliced(i).startsWith(u"<![CDATA[")) {
                const qsizetype end = html.indexOf(u"]]>", i + 9);
                const qsizetype stop = end < 0 ? n : end;
                raw.append(html.sliced(i + 9, stop - i - 9));
                i = end < 0 ? n : end + 3;
            } else {
                const qsizetype end = html.indexOf(u'>', i);
                i = end < 0 ? n : end + 1;
            }
            continue;
        }
        const bool closing = next == u'/';
        qsizetype j = i + (closing ? 2 : 1);
        const qsizetype nameStart = j;
        while (j < n && (html[j].isLetterOrNumber() || html[j] == u'-' || html[j] == u':'))
            ++j;
        if (j == nameStart || !html[nameStart].isLetter()) { // a lone '<' is text
            raw.append(c);
            ++i;
            continue;
        }
        const QStringView name = html.sliced(nameStart, j - nameStart);
        // Skip to the end of the tag, honouring quoted attribute values. A quote opens a value only right
        // after '=' (as in the HTML tokenizer); elsewhere, as in href=http://x/">, it is an ordinary character.
        QChar quote;
        bool afterEquals = false;
        while (j < n) {
            const QChar d = html[j];
            if (!quote.isNull()) {
                if (d == quote)
                    quote = QChar();
            } else if ((d == u'"' || d == u'\'') && afterEquals) {
                quote = d;
            } else if (d == u'>') {
                break;
            }
            if (quote.isNull() && d == u'=')
                afterEquals = true;
            else if (!d.isSpace())
                afterEquals = false;
            ++j;
        }
        i = j < n ? j + 1 : n;
        if (isBlockTag(name))
            raw.append(u' ');
        const bool rawText = !closing && isRawTextTag(name);
        if (rawText || (!closing && isFallbackTag(name))) {
            // Drop everything up to the matching end tag.
            const QString endTag = u"</" + name.toString();
            const qsizetype end = html.indexOf(endTag, i, Qt::CaseInsensitive);
            if (end < 0) {
                if (rawText)
                    i = n;
            } else {
                const qsizetype gt = html.indexOf(u'>', end);
                i = gt < 0 ? n : gt + 1;
            }
        }
    }
    return simplifyWhitespace(decodeEntities(raw));
}

} // namespace Medtour::HtmlText
