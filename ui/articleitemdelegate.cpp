// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleitemdelegate.h"

#include "models/articlelistmodel.h"

#include <QApplication>
#include <QColor>
#include <QPainter>
#include <QTextLayout>

namespace Medtour::Ui {

void ArticleItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(ArticleListModel::ReadRole).toBool())
        option->font.setBold(true);
    if (index.column() == ArticleListModel::StarColumn) {
        option->displayAlignment = Qt::AlignCenter;
        option->palette.setColor(QPalette::Text, QColor(0xE0, 0x9B, 0x00));
        option->palette.setColor(QPalette::HighlightedText, QColor(0xFF, 0xC8, 0x3D));
    }
}

QList<QPair<int, int>> ArticleItemDelegate::hits(const QString &text, const QStringList &terms)
{
    QList<QPair<int, int>> found;
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive)) {
            found.append({int(at), int(term.size())});
        }
    }
    std::sort(found.begin(), found.end());
    QList<QPair<int, int>> merged;
    for (const auto &hit : found) {
        if (!merged.isEmpty() && hit.first < merged.last().first + merged.last().second)
            continue; // overlaps the previous one
        merged.append(hit);
    }
    return merged;
}

void ArticleItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != ArticleListModel::TitleColumn || m_terms.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const QFontMetrics metrics(opt.font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, rect.width());
    QList<QTextLayout::FormatRange> formats;
    const bool selected = opt.state & QStyle::State_Selected;
    for (const auto &[start, length] : hits(shown, m_terms)) {
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = length;
        range.format.setBackground(selected ? QColor(255, 214, 0, 110) : QColor(255, 214, 0, 150));
        formats.append(range);
    }
    QTextLayout layout(shown, opt.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(rect.width());
    layout.endLayout();
    painter->save();
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2.0));
    painter->restore();
}

} // namespace Medtour::Ui
