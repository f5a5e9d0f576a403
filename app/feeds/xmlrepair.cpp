// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlrepair.h"

#include "text/htmltext.h"

#include <QSet>

namespace Medtour::XmlRepair {

namespace {

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u':';
}

/// Names declared with <!ENTITY name …> in the internal subset, so we leave their references alone.
QSet<QString> declaredEntities(const QString &xml, qsizetype doctypeStart, qsizetype doctypeEnd)
{
    QSet<QString> names;
    qsizetype i = doctypeStart;
    while ((i = xml.indexOf(u"<!ENTITY", i)) >= 0 && i < doctypeEnd) {
        i += 8;
        while (i < doctypeEnd && xml[i].isSpace())
            ++i;
        if (i < doctypeEnd && xml[i] == u'%') // parameter entity
            continue;
        const qsizetype start = i;
        while (i < doctypeEnd && isNameChar(xml[i]))
            ++i;
        if (i > start)
            names.insert(xml.mid(start, i - start));
    }
    return names;
}

/// End of the DOCTYPE declaration starting at `start`, honouring an internal subset in brackets.
qsizetype doctypeEnd(const QString &xml, qsizetype start)
{
    int bracket = 0;
    for (qsizetype i = start; i < xml.size(); ++i) {
        const QChar c = xml[i];
        if (c == u'[')
            ++bracket;
        else if (c == u']')
            --bracket;
        else if (c == u'>' && bracket <= 0)
            return i + 1;
    }
    return xml.size();
}

} // namespace

QString repairEntities(const QString &xml, int *fixes)
{
    int count = 0;
    QString out;
    bool copying = false; // becomes true at the first fix; until then `out` is not built
    qsizetype copiedUpTo = 0;
    QSet<QString> declared;
    const qsizetype n = xml.size();

    auto flushTo = [&](qsizetype pos) {
        if (!copying) {
            out.reserve(n + n / 16);
            copying = true;
        }
        out.append(QStringView(xml).sliced(copiedUpTo, pos - copiedUpTo));
        copiedUpTo = pos;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = xml[i];
        if (c == u'<' && i + 1 < n && xml[i + 1] == u'!') {
            const QStringView rest = QStringView(xml).sliced(i);
            qsizetype end = -1;
            if (rest.startsWith(u"<![CDATA[")) {
                end = xml.indexOf(u"]]>", i + 9);
                end = end < 0 ? n : end + 3;
            } else if (rest.startsWith(u"<!--")) {
                end = xml.indexOf(u"-->", i + 4);
                end = end < 0 ? n : end + 3;
            } else if (rest.startsWith(u"<!DOCTYPE")) {
                end = doctypeEnd(xml, i);
                declared = declaredEntities(xml, i, end);
            }
            if (end > i) {
                i = end - 1;
                continue;
            }
        }
        if (c != u'&')
            continue;
        qsizetype j = i + 1;
        if (j < n && xml[j] == u'#') {
            // Numeric reference: fine if well-formed, else escape the '&'.
            qsizetype k = j + 1;
            const bool hex = k < n && (xml[k] == u'x' || xml[k] == u'X');
            if (hex)
                ++k;
            const qsizetype digits = k;
            while (k < n && (hex ? isHexDigit(xml[k]) : (xml[k] >= u'0' && xml[k] <= u'9')))
                ++k;
            if (k > digits && k < n && xml[k] == u';')
                continue;
        } else {
            while (j < n && j - i <= 40 && isNameChar(xml[j]))
                ++j;
            const QStringView name = QStringView(xml).sliced(i + 1, j - i - 1);
            const bool terminated = j < n && xml[j] == u';';
            if (terminated && !name.isEmpty()) {
                if (name == u"amp" || name == u"lt" || name == u"gt" || name == u"quot" || name == u"apos" ||
                    declared.contains(name.toString())) {
                    continue;
                }
                const char32_t cp = HtmlText::lookupEntity(name);
                if (cp != char32_t(-1)) {
                    flushTo(i);
                    out.append(QStringLiteral("&#%1;").arg(quint32(cp)));
                    copiedUpTo = j + 1;
                    i = j;
                    ++count;
                    continue;
                }
            }
        }
        // A bare ampersand (or an unknown reference): make it literal text.
        flushTo(i);
        out.append(QStringLiteral("&amp;"));
        copiedUpTo = i + 1;
        ++count;
    }
    if (fixes)
        *fixes = count;
    if (!copying)
        return xml;
    out.append(QStringView(xml).sliced(copiedUpTo));
    return out;
}

} // namespace Medtour::XmlRepair
