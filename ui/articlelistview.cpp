// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistview.h"

#include "models/articlelistmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalBlocker>

namespace Medtour::Ui {

void ArticleListView::setArticleModel(ArticleListModel *model, QItemSelectionModel *selection)
{
    m_articles = model;
    setModel(model);
    QItemSelectionModel *own = selectionModel();
    setSelectionModel(selection);
    if (own != selection)
        delete own;
    setRootIsDecorated(false);
    setUniformRowHeights(true); // lets the view skip measuring every row
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSortingEnabled(false); // the header's clicks go to the model below, never to a proxy
    QHeaderView *bar = header();
    bar->setSectionsClickable(true);
    bar->setSortIndicatorShown(true);
    bar->setStretchLastSection(false);
    bar->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    bar->setSectionResizeMode(ArticleListModel::StarColumn, QHeaderView::Fixed);
    bar->resizeSection(ArticleListModel::StarColumn, 28);
    const QFontMetrics metrics(font());
    auto fit = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    bar->resizeSection(ArticleListModel::SourceColumn, 100);
    bar->resizeSection(ArticleListModel::PublishedColumn,
                       fit(ArticleListModel::publishedText(QDateTime(QDate(2026, 12, 28), QTime(23, 59)),
                                                           QDateTime::currentDateTime())));
    bar->resizeSection(ArticleListModel::MarketsColumn, fit(QStringLiteral("KZ, UZ")));
    bar->resizeSection(ArticleListModel::CopiesColumn,
                       fit(model->headerData(ArticleListModel::CopiesColumn, Qt::Horizontal).toString()));
    bar->resizeSection(ArticleListModel::RelevanceColumn,
                       fit(model->headerData(ArticleListModel::RelevanceColumn, Qt::Horizontal).toString()));
    bar->setSortIndicator(ArticleListModel::PublishedColumn, Qt::DescendingOrder);
    connect(bar, &QHeaderView::sectionClicked, this, [this](int column) {
        m_articles->sort(column);
        showSortIndicator();
    });
}

void ArticleListView::showSortIndicator()
{
    const int column = m_articles->sortColumn();
    header()->setSortIndicator(column,
                               column == ArticleListModel::SourceColumn ? Qt::AscendingOrder : Qt::DescendingOrder);
}

void ArticleListView::focusInEvent(QFocusEvent *event)
{
    if (currentIndex().isValid() || !selectionModel()) {
        QTreeView::focusInEvent(event);
        return;
    }
    // The base class makes the first row current here; nobody hears of it, and it is undone.
    const QSignalBlocker blocker(selectionModel());
    QTreeView::focusInEvent(event);
    selectionModel()->clearCurrentIndex();
    viewport()->update();
}

} // namespace Medtour::Ui
