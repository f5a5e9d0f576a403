// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncreport.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace Medtour::Ui {

/// One tray message about new relevant articles.
struct NewArticleNotice
{
    QString title;     ///< "3 new relevant articles"
    QString message;   ///< up to three titles, one a line, then "and 2 more"
    QList<qint64> ids; ///< every qualifying article, most relevant first
};

/**
 * Decides whether a sync's new articles deserve a tray message, and writes it. No widgets: the
 * tray presenter asks and shows. An article qualifies with relevance at or above the threshold;
 * nothing is said while the window is visible (the list shows them); an article is announced (or
 * seen in the visible window) at most once.
 */
class NewArticleNotifier final
{
    Q_DECLARE_TR_FUNCTIONS(Medtour::Ui::NewArticleNotifier)

public:
    static constexpr int kTitlesShown = 3;

    /// Relevance 0..1 (Settings::notificationThreshold()).
    void setThreshold(double threshold) { m_threshold = threshold; }
    double threshold() const { return m_threshold; }

    /// The articles of `arrived` that qualify, most relevant first.
    QList<NewArticle> qualifying(const QList<NewArticle> &arrived) const;
    /// The message to show after a sync, or none. Marks what it counted as announced, and what
    /// arrived while the window was visible as seen.
    std::optional<NewArticleNotice> afterSync(const QList<NewArticle> &arrived, bool windowVisible);

private:
    double m_threshold = 0.6;
    QSet<qint64> m_announced;
};

} // namespace Medtour::Ui
