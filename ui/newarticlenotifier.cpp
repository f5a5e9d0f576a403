// SPDX-License-Identifier: GPL-3.0-or-later
#include "newarticlenotifier.h"

#include <algorithm>

namespace Medtour::Ui {

QList<NewArticle> NewArticleNotifier::qualifying(const QList<NewArticle> &arrived) const
{
    QList<NewArticle> out;
    QSet<qint64> ids;
    for (const NewArticle &a : arrived) {
        if (a.relevance + 1e-9 >= m_threshold && !m_announced.contains(a.id) && !ids.contains(a.id)) {
            out << a;
            ids.insert(a.id);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const NewArticle &a, const NewArticle &b) { return a.relevance > b.relevance; });
    return out;
}

std::optional<NewArticleNotice> NewArticleNotifier::afterSync(const QList<NewArticle> &arrived, bool windowVisible)
{
    const QList<NewArticle> found = qualifying(arrived);
    for (const NewArticle &a : found)
        m_announced.insert(a.id);
    if (found.isEmpty() || windowVisible)
        return std::nullopt;
    NewArticleNotice notice;
    notice.title = tr("%n new relevant article(s)", nullptr, int(found.size()));
    QStringList lines;
    for (const NewArticle &a : found) {
        notice.ids << a.id;
        if (lines.size() < kTitlesShown)
            lines << (a.title.size() > 90 ? QString(a.title.left(89) + u'…') : a.title);
    }
    if (found.size() > kTitlesShown)
        lines << tr("and %n more", nullptr, int(found.size() - kTitlesShown));
    notice.message = lines.join(u'\n');
    return notice;
}

} // namespace Medtour::Ui
