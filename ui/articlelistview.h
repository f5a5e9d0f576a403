// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace Medtour::Ui {

/// The article list's view. Unlike a plain QTreeView it does not make the first row current when
/// it gets the focus, because opening an article marks it read: only the user opens articles.
class ArticleListView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListView)

public:
    using QTreeView::QTreeView;

protected:
    void focusInEvent(QFocusEvent *event) override;
};

} // namespace Medtour::Ui
