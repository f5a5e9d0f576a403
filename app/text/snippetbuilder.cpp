// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetbuilder.h"

#include "text/textnormalizer.h"

#include <algorithm>

namespace Medtour::SnippetBuilder {

namespace {

/// A length-preserving fold (simple case folding, full-width ASCII to ASCII) so that positions
/// in the folded text are positions in the original. Stored text is NFC already.
QString foldKeepingLength(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const QChar c : text) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            u = char16_t(u - 0xFEE0);
        *dst++ = QChar(u).toCaseFolded();
    }
    return out;
}

} // namespace

QList<QPair<qsizetype, qsizetype>> hits(const QString &text, const QStringList &terms)
{
    const QString folded = foldKeepingLength(text);
    QList<QPair<qsizetype, qsizetype>> ranges;
    for (const QString &term : terms) {
        const QString needle = foldKeepingLength(TextNormalizer::nfc(term.simplified()));
        if (needle.isEmpty())
            continue;
        for (qsizetype at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.size()))
            ranges.append({at, at + needle.size()});
    }
    std::sort(ranges.begin(), ranges.end());
    QList<QPair<qsizetype, qsizetype>> merged;
    for (const auto &r : ranges) {
        if (!merged.isEmpty() && r.first < merged.last().second)
            merged.last().second = std::max(merged.last().second, r.second);
        else
            merged << r;
    }
    return merged;
}

QString build(const QString &text, const QStringList &terms, int maxChars)
{
    const QList<QPair<qsizetype, qsizetype>> found = hits(text, terms);
    qsizetype start = 0;
    if (!found.isEmpty())
        start = std::max<qsizetype>(0, found.first().first - maxChars / 3);
    // Start on a word boundary when one is near.
    if (start > 0) {
        const qsizetype space = text.indexOf(u' ', start);
        if (space >= 0 && space < found.first().first && space - start < 20)
            start = space + 1;
    }
    const qsizetype end = std::min<qsizetype>(text.size(), start + maxChars);
    QString out;
    if (start > 0)
        out += u'…';
    qsizetype pos = start;
    for (const auto &hit : found) {
        if (hit.second <= start || hit.first >= end)
            continue;
        const qsizetype from = std::max(hit.first, start);
        const qsizetype to = std::min(hit.second, end);
        out += text.mid(pos, from - pos).toHtmlEscaped();
        out += u"<mark>" + text.mid(from, to - from).toHtmlEscaped() + u"</mark>";
        pos = to;
    }
    out += text.mid(pos, end - pos).toHtmlEscaped();
    if (end < text.size())
        out += u'…';
    return out;
}

} // namespace Medtour::SnippetBuilder
