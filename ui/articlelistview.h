// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

class QItemSelectionModel;

namespace Medtour {
class ArticleListModel;
}

namespace Medtour::Ui {

/// The article list's view. Unlike a plain QTreeView it does not make the first row current when
/// it gets the focus, because opening an article marks it read: only the user opens articles.
class ArticleListView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListView)

public:
    using QTreeView::QTreeView;

    /// Shows `model` with the given selection (the browsing model's), sized columns, and a header
    /// whose clicks sort through the model (published and relevance newest/highest first, source A–Z).
    void setArticleModel(ArticleListModel *model, QItemSelectionModel *selection);
    /// Points the header's sort indicator at the model's sort (after the header's state was restored).
    void showSortIndicator();

protected:
    void focusInEvent(QFocusEvent *event) override;

private:
    ArticleListModel *m_articles = nullptr;
};

} // namespace Medtour::Ui
