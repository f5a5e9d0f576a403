// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "articledetailview.h"
#include "articleitemdelegate.h"
#include "core/appcontext.h"
#include "exportcontroller.h"
#include "filterpanel.h"
#include "models/articlelistmodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Medtour::Ui {

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_model(new ArticleListModel(context.articles(), this))
    , m_filters(new FilterPanel(this))
    , m_list(new QTreeView(this))
    , m_detail(new ArticleDetailView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_countLabel(new QLabel(this))
    , m_export(new ExportController(context, this))
{
    setWindowTitle(tr("Medtour Reader"));
    setObjectName(QStringLiteral("mainWindow"));

    m_list->setObjectName(QStringLiteral("articleList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ArticleItemDelegate(m_list));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true); // lets the view skip measuring every row
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ArticleListModel::StarColumn, QHeaderView::Fixed);
    m_list->header()->resizeSection(ArticleListModel::StarColumn, 28);
    m_list->header()->resizeSection(ArticleListModel::SourceColumn, 170);
    m_list->header()->resizeSection(ArticleListModel::PublishedColumn, 150);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_filters);
    leftLayout->addWidget(m_list, 1);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_filters, &FilterPanel::queryChanged, this, &MainWindow::applyQuery);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentArticle);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_detail, &ArticleDetailView::linkActivated, this, [](const QUrl &url) {
        if (url.scheme() == u"http" || url.scheme() == u"https")
            QDesktopServices::openUrl(url);
    });

    createActions();
    m_model->reload();
    if (context.importedSampleArticles() > 0) {
        statusBar()->showMessage(tr("Loaded %n sample article(s) so you can look around offline.", nullptr,
                                    context.importedSampleArticles()),
                                 15000);
    }
    resize(1200, 760);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportPdf = file->addAction(tr("&Export PDF…"), this,
                                         [this] { m_export->exportPdf(selectedArticleIds(), m_model->query()); });
    exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *print =
        file->addAction(tr("&Print…"), this, [this] { m_export->print(selectedArticleIds(), m_model->query()); });
    print->setShortcut(QKeySequence::Print);
    connect(m_export, &ExportController::finished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 10000); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    QAction *star = article->addAction(tr("&Star / Unstar"), this, &MainWindow::toggleStar);
    star->setShortcut(QKeySequence(Qt::Key_S));
    QAction *read = article->addAction(tr("Mark &Read / Unread"), this, &MainWindow::toggleRead);
    read->setShortcut(QKeySequence(Qt::Key_M));
    QAction *search = article->addAction(tr("&Find"), m_filters, &FilterPanel::focusSearch);
    search->setShortcuts({QKeySequence(Qt::Key_Slash), QKeySequence::Find});
}

void MainWindow::applyQuery(const ArticleQuery &query)
{
    m_detail->showPlaceholder();
    m_model->setQuery(query);
}

void MainWindow::showCurrentArticle()
{
    const QModelIndex current = m_list->currentIndex();
    const ArticleSummary *row = m_model->summaryAt(current.row());
    if (!row) {
        m_detail->showPlaceholder();
        return;
    }
    const std::optional<Article> article = m_context.articles().article(row->id);
    if (!article) {
        m_detail->showPlaceholder();
        return;
    }
    m_detail->showArticle(*article);
    if (!row->state.read) {
        if (m_context.articles().setRead({row->id}, true)) {
            UserState state = row->state;
            state.read = true;
            m_model->updateState(row->id, state);
        }
    }
}

void MainWindow::toggleStar()
{
    const ArticleSummary *row = m_model->summaryAt(m_list->currentIndex().row());
    if (!row)
        return;
    UserState state = row->state;
    state.starred = !state.starred;
    if (m_context.articles().setStarred({row->id}, state.starred))
        m_model->updateState(row->id, state);
}

void MainWindow::toggleRead()
{
    const ArticleSummary *row = m_model->summaryAt(m_list->currentIndex().row());
    if (!row)
        return;
    UserState state = row->state;
    state.read = !state.read;
    if (m_context.articles().setRead({row->id}, state.read))
        m_model->updateState(row->id, state);
}

void MainWindow::updateStatus()
{
    const int total = m_context.articles().count(m_model->query());
    m_countLabel->setText(tr("%n article(s)", nullptr, total));
}

QList<qint64> MainWindow::selectedArticleIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows()) {
        if (const ArticleSummary *row = m_model->summaryAt(index.row()))
            ids << row->id;
    }
    return ids;
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace Medtour::Ui
