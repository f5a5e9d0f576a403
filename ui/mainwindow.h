// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QSplitter;
class QTreeView;
class QLabel;

namespace Medtour {
class AppContext;
class ArticleListModel;
struct ArticleQuery;
} // namespace Medtour

namespace Medtour::Ui {

class ArticleDetailView;
class ExportController;
class FilterPanel;

/// Composes the reader: filters and the article list on the left, the article on the right.
/// It wires widgets together and holds no SQL; data comes through the model and the context.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    ArticleListModel *articleModel() const { return m_model; }
    QTreeView *articleView() const { return m_list; }
    ArticleDetailView *detailView() const { return m_detail; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showCurrentArticle();
    void applyQuery(const ArticleQuery &query);
    void toggleStar();
    void toggleRead();
    void updateStatus();
    void restoreLayout();
    void saveLayout() const;
    QList<qint64> selectedArticleIds() const;

    AppContext &m_context;
    ArticleListModel *m_model = nullptr;
    FilterPanel *m_filters = nullptr;
    QTreeView *m_list = nullptr;
    ArticleDetailView *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_countLabel = nullptr;
    ExportController *m_export = nullptr;
};

} // namespace Medtour::Ui
