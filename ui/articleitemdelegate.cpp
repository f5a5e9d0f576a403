// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleitemdelegate.h"

#include "models/articlelistmodel.h"

#include <QColor>

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

} // namespace Medtour::Ui
