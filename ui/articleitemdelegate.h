// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace Medtour::Ui {

/// Paints the article list: unread rows in bold, the star in an accent colour, and the words of
/// the current search highlighted in titles. The model only gives data and roles.
class ArticleItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleItemDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The search's positive terms (SearchQuery::highlightTerms()).
    void setHighlightTerms(const QStringList &terms) { m_terms = terms; }
    const QStringList &highlightTerms() const { return m_terms; }
    /// [start, length) of each case-insensitive hit of `terms` in `text`, without overlaps.
    static QList<QPair<int, int>> hits(const QString &text, const QStringList &terms);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    QStringList m_terms;
};

} // namespace Medtour::Ui
