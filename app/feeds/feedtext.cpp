// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedtext.h"

#include "text/htmltext.h"
#include "text/textnormalizer.h"

#include <algorithm>

namespace Medtour::FeedText {

namespace {

/// Feeds decoded as Latin-1 or UTF-8 from windows-1252 sources carry C1 controls where the author
/// typed curly quotes and dashes; read them as windows-1252, as browsers do for &#146;.
void mapC1Controls(QString &text)
{
    static constexpr char16_t table[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                           0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                           0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                           0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 && u <= 0x9F)
            c = QChar(table[u - 0x80]);
    }
}

bool hasC1Controls(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
            return true;
    }
    return false;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

/// True when the text holds an escaped tag of a common HTML element ("&lt;p&gt;", "&lt;br /&gt;").
bool hasEscapedTag(QStringView html)
{
    static constexpr const char16_t *names[] = {
        u"p",  u"br",    u"div", u"span", u"a",    u"img",        u"b",  u"i",  u"strong", u"em", u"ul",     u"ol",
        u"li", u"table", u"tr",  u"td",   u"font", u"blockquote", u"h1", u"h2", u"h3",     u"h4", u"iframe", u"figure"};
    for (qsizetype i = html.indexOf(u"&lt;"); i >= 0; i = html.indexOf(u"&lt;", i + 4)) {
        qsizetype j = i + 4;
        if (j < html.size() && html[j] == u'/')
            ++j;
        const qsizetype start = j;
        while (j < html.size() && (isAsciiLetter(html[j]) || (j > start && html[j].isDigit())))
            ++j;
        if (j == start || j >= html.size())
            continue;
        const QChar after = html[j];
        if (!(after.isSpace() || after == u'/' || after == u'&'))
            continue;
        const QStringView name = html.sliced(start, j - start);
        for (const char16_t *known : names) {
            if (name.compare(QStringView(known), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

/// Resolves relative href and src attribute values of HTML markup against base.
QString resolveAttributes(const QString &html, const QUrl &base)
{
    QString out;
    qsizetype copied = 0;
    const qsizetype n = html.size();
    qsizetype end = 0;
    for (qsizetype i = html.indexOf(u'<'); i >= 0 && i + 1 < n; i = html.indexOf(u'<', std::max(i + 1, end))) {
        if (!isAsciiLetter(html[i + 1]))
            continue;
        end = html.indexOf(u'>', i);
        if (end < 0)
            break;
        qsizetype j = i + 1;
        while (j < end) {
            // Find the next attribute name.
            while (j < end && !html[j].isSpace())
                ++j;
            while (j < end && html[j].isSpace())
                ++j;
            const qsizetype nameStart = j;
            while (j < end && html[j] != u'=' && !html[j].isSpace())
                ++j;
            const QStringView name = QStringView(html).sliced(nameStart, j - nameStart);
            if (j >= end || html[j] != u'=')
                continue;
            ++j;
            const QChar quote = j < end && (html[j] == u'"' || html[j] == u'\'') ? html[j] : QChar();
            if (!quote.isNull())
                ++j;
            const qsizetype valueStart = j;
            while (j < end && (quote.isNull() ? !html[j].isSpace() : html[j] != quote))
                ++j;
            const qsizetype valueEnd = j;
            if (!quote.isNull() && j < end)
                ++j;
            if (valueStart < copied)
                continue; // cannot happen with tags scanned in order; kept as a guard for the slicing below
            if (name.compare(u"href", Qt::CaseInsensitive) != 0 && name.compare(u"src", Qt::CaseInsensitive) != 0)
                continue;
            const QString value = HtmlText::decodeEntities(QStringView(html).sliced(valueStart, valueEnd - valueStart));
            const QUrl url(value.trimmed());
            if (value.isEmpty() || !url.isRelative() || value.startsWith(u'#'))
                continue;
            const QUrl resolved = base.resolved(url);
            out.append(QStringView(html).sliced(copied, valueStart - copied));
            out.append(resolved.toString(QUrl::FullyEncoded).toHtmlEscaped());
            copied = valueEnd;
        }
    }
    if (copied == 0)
        return html;
    out.append(QStringView(html).sliced(copied));
    return out;
}

} // namespace

QString plain(const QString &text)
{
    if (text.isEmpty())
        return text;
    QString stripped = HtmlText::looksLikeHtml(text) ? HtmlText::toPlainText(text) : HtmlText::simplifyWhitespace(text);
    if (hasC1Controls(stripped))
        mapC1Controls(stripped);
    return TextNormalizer::nfc(stripped);
}

QString plainFromText(const QString &text)
{
    QString simplified = HtmlText::simplifyWhitespace(text);
    if (hasC1Controls(simplified))
        mapC1Controls(simplified);
    return TextNormalizer::nfc(simplified);
}

QString cleanHtml(const QString &html, const QUrl &base, bool repairDoubleEscaping)
{
    // One pass to learn what the body needs; most need nothing but the attribute resolution.
    bool tag = false;
    bool escapedTag = false;
    bool c1 = false;
    const QChar *p = html.constData();
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = p[i].unicode();
        if (u == u'<') {
            if (i + 1 < n && (isAsciiLetter(p[i + 1]) || p[i + 1] == u'/' || p[i + 1] == u'!'))
                tag = true;
        } else if (u == u'&') {
            if (i + 3 < n && p[i + 1] == u'l' && p[i + 2] == u't' && p[i + 3] == u';')
                escapedTag = true;
        } else if (u >= 0x80 && u <= 0x9F) {
            c1 = true;
        }
    }
    QString out = html;
    if (repairDoubleEscaping && escapedTag && !tag && hasEscapedTag(out)) {
        out = HtmlText::decodeEntities(out); // escaped twice by the publisher
        tag = true;
    }
    if (c1)
        mapC1Controls(out);
    if (tag && base.isValid() && !base.isEmpty())
        out = resolveAttributes(out, base);
    return out;
}

QString textToHtml(const QString &text)
{
    QString html;
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs) {
        const QString trimmed = paragraph.trimmed();
        if (!trimmed.isEmpty())
            html += u"<p>" + trimmed.toHtmlEscaped() + u"</p>";
    }
    return html;
}

QUrl resolve(const QUrl &base, const QString &reference)
{
    QString trimmed = reference.trimmed();
    if (trimmed.contains(u"&amp;"))
        trimmed.replace(QStringLiteral("&amp;"), QStringLiteral("&")); // escaped twice by the publisher: "?a=1&amp;b=2"
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed);
    if (!url.isValid())
        return {};
    QUrl result = url;
    if (base.isValid() && !base.isEmpty() && url.isRelative())
        result = base.resolved(url);
    const QString scheme = result.scheme().toLower();
    if (scheme == u"javascript" || scheme == u"vbscript" || scheme == u"data")
        return {};
    return result;
}

QUrl documentBase(const FeedParseOptions &options)
{
    if (options.contentLocation.trimmed().isEmpty())
        return options.url;
    const QUrl location = resolve(options.url, options.contentLocation);
    return location.isEmpty() ? options.url : location;
}

QString normalizeLanguage(const QString &tag)
{
    QString out = tag.trimmed();
    out.replace(u'_', u'-');
    return out;
}

QString authorName(const QString &raw)
{
    QString s = HtmlText::simplifyWhitespace(raw);
    if (s.startsWith(u"mailto:", Qt::CaseInsensitive))
        s = s.sliced(7);
    auto isEmail = [](QStringView t) {
        const qsizetype at = t.indexOf(u'@');
        return at > 0 && at < t.size() - 1 && !t.contains(u' ');
    };
    if (s.endsWith(u')')) {
        const qsizetype open = s.lastIndexOf(u'(');
        if (open > 0) {
            const QString outside = s.first(open).trimmed();
            const QString inside = s.sliced(open + 1, s.size() - open - 2).trimmed();
            if (isEmail(outside))
                s = inside; // "jane@example.com (Jane Doe)"
            else if (isEmail(inside))
                s = outside; // "Jane Doe (jane@example.com)"
        }
    } else if (s.endsWith(u'>')) {
        const qsizetype open = s.lastIndexOf(u'<');
        if (open > 0 && isEmail(QStringView(s).sliced(open + 1, s.size() - open - 2)))
            s = s.first(open).trimmed(); // "Jane Doe <jane@example.com>"
    }
    if (s.size() >= 2 && s.startsWith(u'"') && s.endsWith(u'"'))
        s = s.sliced(1, s.size() - 2).trimmed();
    if (isEmail(s))
        return {};
    return TextNormalizer::nfc(s);
}

bool containsHangul(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F))
            return true;
    }
    return false;
}

QTimeZone zoneFor(const FeedParseOptions &options, QStringView language, QStringView sampleText)
{
    if (options.timeZone && options.timeZone->isValid())
        return *options.timeZone;
    if (language.startsWith(u"ko", Qt::CaseInsensitive) || containsHangul(sampleText))
        return QTimeZone(9 * 3600); // Asia/Seoul has had no DST since 1988
    return QTimeZone::utc();
}

} // namespace Medtour::FeedText
