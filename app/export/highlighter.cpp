// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlighter.h"

#include "text/searchquery.h"

#include <QList>

#include <algorithm>
#include <utility>

namespace Medtour::Export::Highlighter {

QStringList termsOf(const QString &searchText)
{
    QStringList terms;
    for (const QString &term : SearchQuery::parse(searchText).highlightTerms()) {
        const QString t = term.trimmed();
        if (!t.isEmpty() && !terms.contains(t, Qt::CaseInsensitive))
            terms << t;
    }
    return terms;
}

QString toHtml(const QString &text, const QStringList &terms)
{
    QList<std::pair<qsizetype, qsizetype>> hits; // [start, end)
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive)) {
            hits.append({at, at + term.size()});
        }
    }
    if (hits.isEmpty())
        return text.toHtmlEscaped();
    std::sort(hits.begin(), hits.end());
    QString out;
    out.reserve(text.size() + hits.size() * 32);
    qsizetype pos = 0;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        qsizetype start = std::max(hits[i].first, pos);
        qsizetype end = hits[i].second;
        while (i + 1 < hits.size() && hits[i + 1].first <= end)
            end = std::max(end, hits[++i].second);
        if (end <= start)
            continue;
        out += text.mid(pos, start - pos).toHtmlEscaped();
        out += QStringLiteral("<span class=\"hl\">") + text.mid(start, end - start).toHtmlEscaped() +
               QStringLiteral("</span>");
        pos = end;
    }
    out += text.mid(pos).toHtmlEscaped();
    return out;
}

} // namespace Medtour::Export::Highlighter
