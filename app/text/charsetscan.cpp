// SPDX-License-Identifier: GPL-3.0-or-later
// What TextDecoder reads in the bytes before decoding them: declared charsets (XML declaration, HTML
// <meta> prescan) and the evidence for Korean and Chinese legacy encodings.
#include "charsetscan_p.h"

#include <algorithm>

namespace Medtour::CharsetScan {

namespace {

constexpr qsizetype kXmlDeclarationBytes = 1024;
constexpr qsizetype kHtmlPrescanBytes = 4096;

} // namespace

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
qsizetype skipSpaces(QByteArrayView s, qsizetype i)
{
    while (i < s.size() && isAsciiSpace(s[i]))
        ++i;
    return i;
}
QByteArrayView readValue(QByteArrayView s, qsizetype &i, QByteArrayView stops)
{
    if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
        const qsizetype close = s.indexOf(s[i], i + 1);
        const qsizetype end = close < 0 ? s.size() : close;
        const QByteArrayView value = s.sliced(i + 1, end - i - 1);
        i = end + 1;
        return value;
    }
    const qsizetype start = i;
    while (i < s.size() && !isAsciiSpace(s[i]) && !stops.contains(s[i]))
        ++i;
    return s.sliced(start, i - start);
}

QByteArray xmlDeclaredEncoding(QByteArrayView data)
{
    QByteArrayView head = data.first(std::min<qsizetype>(data.size(), kXmlDeclarationBytes));
    while (!head.isEmpty() && isAsciiSpace(head.front()))
        head = head.sliced(1);
    if (!head.startsWith("<?xml") || head.size() < 6 || !isAsciiSpace(head[5]))
        return {};
    const qsizetype end = head.indexOf("?>");
    if (end < 0)
        return {};
    const QByteArrayView declaration = head.first(end);
    const qsizetype name = declaration.indexOf("encoding");
    qsizetype i = name < 0 ? declaration.size() : skipSpaces(declaration, name + 8);
    if (i >= declaration.size() || declaration[i] != '=')
        return {};
    i = skipSpaces(declaration, i + 1);
    return i < declaration.size() && (declaration[i] == '"' || declaration[i] == '\'')
               ? readValue(declaration, i, {}).toByteArray()
               : QByteArray();
}

QByteArray charsetFromMetaContent(QByteArrayView content)
{
    const QByteArray lower = content.toByteArray().toLower();
    qsizetype i = 0;
    while ((i = lower.indexOf("charset", i)) >= 0) {
        i = skipSpaces(lower, i + 7);
        if (i < lower.size() && lower[i] == '=')
            break;
    }
    if (i < 0)
        return {};
    i = skipSpaces(content, i + 1);
    return readValue(content, i, ";").toByteArray();
}

std::optional<Attribute> nextAttribute(QByteArrayView head, qsizetype &pos)
{
    while (pos < head.size() && (isAsciiSpace(head[pos]) || head[pos] == '/'))
        ++pos;
    if (pos >= head.size() || head[pos] == '>')
        return std::nullopt;
    const qsizetype nameStart = pos++;
    while (pos < head.size() && !isAsciiSpace(head[pos]) && head[pos] != '/' && head[pos] != '>' && head[pos] != '=')
        ++pos;
    Attribute attribute{head.sliced(nameStart, pos - nameStart).toByteArray().toLower(), {}};
    pos = skipSpaces(head, pos);
    if (pos < head.size() && head[pos] == '=') {
        pos = skipSpaces(head, pos + 1);
        attribute.value = readValue(head, pos, ">");
    }
    return attribute;
}

// Comments and other tags are skipped, <meta> is inspected.
QByteArray htmlMetaCharset(QByteArrayView data, bool (*known)(QByteArrayView label))
{
    const QByteArrayView head = data.first(std::min<qsizetype>(data.size(), kHtmlPrescanBytes));
    qsizetype pos = 0;
    while ((pos = head.indexOf('<', pos)) >= 0) {
        const QByteArrayView rest = head.sliced(pos);
        if (rest.startsWith("<!--")) {
            const qsizetype end = head.indexOf("-->", pos + 2);
            if (end < 0)
                return {};
            pos = end + 3;
        } else if (rest.size() > 5 && rest.first(5).compare("<meta", Qt::CaseInsensitive) == 0 &&
                   (isAsciiSpace(rest[5]) || rest[5] == '/')) {
            pos += 5;
            bool seenCharset = false, seenContent = false, seenHttpEquiv = false, pragma = false;
            QByteArray charset, contentCharset;
            while (const std::optional<Attribute> a = nextAttribute(head, pos)) {
                if (a->name == "charset" && !seenCharset) {
                    seenCharset = true;
                    charset = a->value.trimmed().toByteArray();
                } else if (a->name == "content" && !seenContent) {
                    seenContent = true;
                    contentCharset = charsetFromMetaContent(a->value);
                } else if (a->name == "http-equiv" && !seenHttpEquiv) {
                    seenHttpEquiv = true;
                    pragma = a->value.trimmed().toByteArray().toLower() == "content-type";
                }
            }
            if (seenCharset && known(charset))
                return charset;
            if (pragma && known(contentCharset))
                return contentCharset;
        } else if (rest.size() > 2 && (isAsciiLetter(rest[1]) || (rest[1] == '/' && isAsciiLetter(rest[2])))) {
            while (pos < head.size() && !isAsciiSpace(head[pos]) && head[pos] != '>')
                ++pos;
            while (nextAttribute(head, pos)) {
            }
        } else if (rest.startsWith("<!") || rest.startsWith("</") || rest.startsWith("<?")) {
            const qsizetype end = head.indexOf('>', pos + 1);
            if (end < 0)
                return {};
            pos = end + 1;
        } else {
            ++pos;
        }
    }
    return {};
}

bool isCp949Pair(uchar lead, uchar trail)
{
    if (lead < 0x81 || lead == 0xFF)
        return false;
    if (trail >= 0xA1 && trail <= 0xFE)
        return true;
    if (lead > 0xC6) // UHC extension rows only go up to lead 0xC6
        return false;
    return (trail >= 0x41 && trail <= 0x5A) || (trail >= 0x61 && trail <= 0x7A) || (trail >= 0x81 && trail <= 0xA0);
}

KoreanEvidence scanKorean(QByteArrayView s)
{
    KoreanEvidence evidence;
    for (qsizetype i = 0; i < s.size();) {
        const auto lead = uchar(s[i]);
        if (lead < 0x80) {
            ++i;
        } else if (i + 1 >= s.size()) {
            break;
        } else if (const auto trail = uchar(s[i + 1]); isCp949Pair(lead, trail)) {
            ++evidence.pairs;
            evidence.hangul += lead >= 0xB0 && lead <= 0xC8 && trail >= 0xA1;
            evidence.hanja += lead >= 0xCA && lead <= 0xFD && trail >= 0xA1;
            i += 2;
        } else {
            ++evidence.invalid;
            ++i;
        }
    }
    return evidence;
}

qsizetype countGb18030FourByte(QByteArrayView s)
{
    qsizetype count = 0;
    const auto digit = [](char c) {
        return c >= '0' && c <= '9';
    };
    for (qsizetype i = 0; i + 1 < s.size();) {
        if (uchar(s[i]) < 0x81) {
            ++i;
        } else if (i + 3 < s.size() && digit(s[i + 1]) && uchar(s[i + 2]) >= 0x81 && digit(s[i + 3])) {
            ++count;
            i += 4;
        } else {
            i += 2;
        }
    }
    return count;
}

} // namespace Medtour::CharsetScan
