// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "articledetailpane.h"
#include "articledetailview.h"
#include "articleitemdelegate.h"
#include "articlelistview.h"
#include "context/appcontext.h"
#include "emptystate.h"
#include "enrich/facetlabels.h"
#include "exportcontroller.h"
#include "filterpanel.h"
#include "models/articlelistmodel.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "sourcesdialog.h"
#include "storage/articleindex.h"
#include "storage/indexpreloader.h"
#include "sync/defaultsources.h"
#include "text/searchquery.h"
#include "theme.h"
#include "trendview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

#include <utility>

namespace Medtour::Ui {

MainWindow::MainWindow(AppContext &context, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_settings(settings)
    , m_model(new ArticleListModel(context.articles(), this))
    , m_list(new ArticleListView(this))
    , m_delegate(new ArticleItemDelegate(m_list))
    , m_empty(new EmptyState(this))
    , m_listStack(new QStackedWidget(this))
    , m_detail(new ArticleDetailPane(context, settings, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_trendDock(new QDockWidget(tr("Trends"), this))
    , m_trend(new TrendView(this))
    , m_countLabel(new QLabel(this))
    , m_export(new ExportController(context, this))
{
    setWindowTitle(tr("Medtour Reader"));
    setObjectName(QStringLiteral("mainWindow"));
    m_filters = new FilterPanel(settings, uiLanguage(), this);

    m_list->setObjectName(QStringLiteral("articleList"));
    // QTreeView fetches more pages as soon as the model resets, until the viewport is full, so
    // small pages keep a filter change to about what is on screen (bench_gui: pages of 50 rows
    // cost ~15% less GUI time per change than pages of 100).
    m_model->setPageSize(50);
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true); // lets the view skip measuring every row
    m_list->setAllColumnsShowFocus(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSortingEnabled(false); // the header's clicks go to the model below, never to a proxy
    QHeaderView *header = m_list->header();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ArticleListModel::StarColumn, QHeaderView::Fixed);
    header->resizeSection(ArticleListModel::StarColumn, 28);
    const QFontMetrics metrics(m_list->font());
    auto fit = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    header->resizeSection(ArticleListModel::SourceColumn, 100);
    header->resizeSection(ArticleListModel::PublishedColumn,
                          fit(ArticleListModel::publishedText(QDateTime(QDate(2026, 12, 28), QTime(23, 59)),
                                                              QDateTime::currentDateTime())));
    header->resizeSection(ArticleListModel::MarketsColumn, fit(QStringLiteral("KZ, UZ")));
    header->resizeSection(ArticleListModel::CopiesColumn,
                          fit(m_model->headerData(ArticleListModel::CopiesColumn, Qt::Horizontal).toString()));
    header->resizeSection(ArticleListModel::RelevanceColumn,
                          fit(m_model->headerData(ArticleListModel::RelevanceColumn, Qt::Horizontal).toString()));
    header->setSortIndicator(ArticleListModel::PublishedColumn, Qt::DescendingOrder);
    connect(header, &QHeaderView::sectionClicked, this, [this](int column) {
        m_model->sort(column);
        m_list->header()->setSortIndicator(
            m_model->sortColumn(),
            m_model->sortColumn() == ArticleListModel::SourceColumn ? Qt::AscendingOrder : Qt::DescendingOrder);
    });

    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_empty);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_filters);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({250, 700, 410});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_trendDock->setObjectName(QStringLiteral("trendDock"));
    m_trendDock->setWidget(m_trend);
    addDockWidget(Qt::BottomDockWidgetArea, m_trendDock);
    m_trendDock->hide();
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_filters, &FilterPanel::queryChanged, this, &MainWindow::applyQuery);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showCurrentArticle);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_detail, &ArticleDetailPane::tagActivated, m_filters, &FilterPanel::addFacetValue);
    connect(m_detail, &ArticleDetailPane::articleActivated, this, &MainWindow::selectArticle);
    connect(m_trend, &TrendView::barClicked, m_filters, &FilterPanel::showMarketWeek);
    connect(m_trendDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refreshTrend();
    });
    connect(m_empty, &EmptyState::clearFiltersRequested, m_filters, &FilterPanel::clearAll);
    connect(m_empty, &EmptyState::sampleRequested, this, [this] {
        const Result<int> imported = m_context.importSample();
        if (!imported) {
            QMessageBox::warning(this, tr("Medtour Reader"),
                                 tr("The sample could not be loaded.\n\n%1").arg(imported.error().detail));
            return;
        }
        statusBar()->showMessage(tr("Loaded %n sample article(s).", nullptr, *imported), 10000);
        reload();
    });

    connect(m_empty, &EmptyState::defaultSourcesRequested, this, &MainWindow::addDefaultSources);

    createActions();
    m_model->setQuery(m_filters->query());
    m_delegate->setHighlightTerms(SearchQuery::parse(m_model->query().text).highlightTerms());
    if (context.importedSampleArticles() > 0) {
        statusBar()->showMessage(tr("Loaded %n sample article(s) so you can look around offline.", nullptr,
                                    context.importedSampleArticles()),
                                 15000);
    }
    resize(1360, 820);
    restoreLayout();
    // Counts need the in-memory filter index, which loads once per cache (about half a second
    // for 100k articles): it loads on a worker thread while the list is already shown.
    m_preloader = new IndexPreloader(context.database(), this);
    connect(m_preloader, &IndexPreloader::ready, this, &MainWindow::indexReady);
    m_preloader->start();
    if (m_preloader->isRunning())
        context.database().articleIndex().setLoadsInBackground(true); // and later reloads too
    else
        QMetaObject::invokeMethod(this, &MainWindow::refreshCounts, Qt::QueuedConnection);
}

MainWindow::~MainWindow() = default;

ArticleDetailView *MainWindow::detailView() const
{
    return m_detail->view();
}

QString MainWindow::uiLanguage() const
{
    if (!m_settings.uiLanguage().isEmpty())
        return m_settings.uiLanguage();
    const QString system = QLocale().name().section(u'_', 0, 0);
    return system.size() == 2 || system.size() == 3 ? system : QStringLiteral("en"); // "C" and the like
}

QAction *MainWindow::addShortcutAction(QMenu *menu, const QString &text, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    menu->addAction(action);
    addAction(action); // shortcuts work even when the menu bar is hidden
    m_shortcutActions << action;
    return action;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_syncAction = addShortcutAction(file, tr("S&ync now"), {QKeySequence(Qt::Key_F5)});
    m_exportAction = addShortcutAction(file, tr("&Export to PDF…"), {QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_printAction = addShortcutAction(file, tr("&Print…"), {QKeySequence::Print});
    m_syncAction->setEnabled(false);
    m_syncAction->setToolTip(tr("Not available in this build yet"));
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncRequested);
    // Export and print take the selected rows, or everything under the filter when none is selected.
    connect(m_exportAction, &QAction::triggered, this, [this] { Q_EMIT exportRequested(selectedArticleIds()); });
    connect(m_printAction, &QAction::triggered, this, [this] { Q_EMIT printRequested(selectedArticleIds()); });
    // Queued: the dialog opens once the triggering event is done (and a test can watch the request alone).
    connect(
        this, &MainWindow::exportRequested, m_export,
        [this](const QList<qint64> &ids) { m_export->exportPdf(ids, m_model->query()); }, Qt::QueuedConnection);
    connect(
        this, &MainWindow::printRequested, m_export,
        [this](const QList<qint64> &ids) { m_export->print(ids, m_model->query()); }, Qt::QueuedConnection);
    connect(m_export, &ExportController::finished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 10000); });
    file->addSeparator();
    m_sourcesAction = addShortcutAction(file, tr("Sou&rces…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    m_sourcesAction->setObjectName(QStringLiteral("sourcesAction"));
    connect(m_sourcesAction, &QAction::triggered, this, &MainWindow::showSources);
    QAction *settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = addShortcutAction(file, tr("&Quit"), {QKeySequence::Quit});
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    QAction *next = addShortcutAction(article, tr("&Next article"), {QKeySequence(Qt::Key_J)});
    connect(next, &QAction::triggered, this, &MainWindow::nextArticle);
    QAction *previous = addShortcutAction(article, tr("&Previous article"), {QKeySequence(Qt::Key_K)});
    connect(previous, &QAction::triggered, this, &MainWindow::previousArticle);
    QAction *page = addShortcutAction(article, tr("Page down, then next article"), {QKeySequence(Qt::Key_Space)});
    connect(page, &QAction::triggered, this, &MainWindow::pageDownOrNext);
    article->addSeparator();
    m_starAction = addShortcutAction(article, tr("&Star / unstar"), {QKeySequence(Qt::Key_S)});
    connect(m_starAction, &QAction::triggered, this, &MainWindow::toggleStar);
    m_readAction = addShortcutAction(article, tr("Mark &read / unread"), {QKeySequence(Qt::Key_M)});
    connect(m_readAction, &QAction::triggered, this, &MainWindow::toggleRead);
    m_openAction = addShortcutAction(article, tr("&Open the original"), {QKeySequence(Qt::Key_O)});
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openOriginal);
    article->addSeparator();
    QAction *search = addShortcutAction(article, tr("&Find"), {QKeySequence(Qt::Key_Slash), QKeySequence::Find});
    connect(search, &QAction::triggered, m_filters, &FilterPanel::focusSearch);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *trend = m_trendDock->toggleViewAction();
    trend->setText(tr("&Trends"));
    trend->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    view->addAction(trend);
    m_shortcutActions << trend;
    QAction *clear = view->addAction(tr("&Clear all filters"), m_filters, &FilterPanel::clearAll);
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    m_shortcutActions << clear;

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutActions << keys;

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_syncAction);
    bar->addAction(m_exportAction);
    bar->addAction(m_sourcesAction);
    bar->addSeparator();
    bar->addAction(trend);

    m_starAction->setObjectName(QStringLiteral("starAction"));
    m_readAction->setObjectName(QStringLiteral("readAction"));
    m_detail->addActions({m_starAction, m_readAction, m_openAction});
}

void MainWindow::enableSync(bool available)
{
    m_syncAction->setEnabled(available);
    m_syncAction->setToolTip(available ? tr("Fetch new articles from every source (F5)") : tr("Not available"));
}

void MainWindow::enableExport(bool available)
{
    for (QAction *action : {m_exportAction, m_printAction}) {
        action->setEnabled(available);
        action->setToolTip(available ? QString() : tr("Not available"));
    }
}

QList<qint64> MainWindow::selectedIds() const
{
    QList<qint64> ids = selectedArticleIds();
    if (ids.isEmpty() && m_list->currentIndex().isValid()) {
        if (const ArticleSummary *s = m_model->summaryAt(m_list->currentIndex().row()))
            ids << s->id;
    }
    return ids;
}

void MainWindow::applyQuery(const ArticleQuery &query)
{
    m_detail->showPlaceholder();
    ArticleQuery q = query;
    q.sort = m_model->query().sort; // the header's sort survives filter changes
    m_delegate->setHighlightTerms(SearchQuery::parse(q.text).highlightTerms());
    m_retryPreload = true;
    m_model->setQuery(q);
    refreshCounts();
    if (m_trendDock->isVisible())
        refreshTrend();
}

void MainWindow::refreshCounts()
{
    m_counts = m_context.facets().counts(m_model->query(), 40);
    const bool paused = m_lastRefusal.isValid() && m_lastRefusal.elapsed() < kPreloadPauseMs;
    if (m_context.database().articleIndex().isStale() && m_retryPreload && !paused)
        m_preloader->start(); // another connection (a sync) changed the cache: rebuild off-thread
    m_filters->setCounts(m_counts);
    m_countLabel->setText(m_model->query().collapseClusters ? tr("%n stor(y/ies)", nullptr, m_counts.total)
                                                            : tr("%n article(s)", nullptr, m_counts.total));
}

void MainWindow::refreshTrend()
{
    const QString language = uiLanguage();
    m_trend->setTrend(m_context.facets().marketTrend(m_model->query(), 6, 16),
                      [language](const QString &code) { return FacetLabels::countryName(code, language); });
}

void MainWindow::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_listStack->setCurrentWidget(m_list);
        return;
    }
    m_empty->setKind(m_context.articles().count({}) == 0 ? EmptyState::Kind::EmptyCache : EmptyState::Kind::NoMatches);
    m_listStack->setCurrentWidget(m_empty);
}

void MainWindow::addDefaultSources()
{
    Result<QList<Source>> defaults = DefaultSources::embedded();
    Result<int> added = defaults ? DefaultSources::addMissing(m_context.database(), *defaults) : defaults.error();
    if (!added) {
        QMessageBox::warning(this, tr("Medtour Reader"),
                             tr("The recommended sources could not be added.\n\n%1").arg(added.error().detail));
        return;
    }
    statusBar()->showMessage(*added > 0 ? tr("Added %n recommended source(s); syncing them now.", nullptr, *added)
                                        : tr("The recommended sources are already in your list."),
                             10000);
    if (*added > 0)
        Q_EMIT sourcesAdded(*added);
}

void MainWindow::indexReady(bool adopted)
{
    m_retryPreload = adopted; // the cache is still changing: try again on the next query
    if (!adopted && std::exchange(m_indexShown, true)) {
        // A sync wrote while the snapshot was built, so it was refused. The index still answers
        // from what it had, as do the list and counts on screen: redoing them here would only
        // repeat the same work on the GUI thread. A later query tries again, not before a pause
        // (each load competes with the sync and this thread for the cores). A reload asked for
        // (after a sync or an import) must land, though: it tries again on its own.
        m_lastRefusal.start();
        if (m_reloadWhenIndexed)
            QTimer::singleShot(kPreloadPauseMs, m_preloader, &IndexPreloader::start);
        return;
    }
    m_indexShown = true;
    if (std::exchange(m_reloadWhenIndexed, false))
        m_model->reload();
    refreshCounts();
    if (m_trendDock->isVisible())
        refreshTrend();
}

void MainWindow::reload()
{
    m_preloader->start();
    if (m_preloader->isRunning()) {
        m_reloadWhenIndexed = true;
        return;
    }
    m_model->reload();
    refreshCounts();
    if (m_trendDock->isVisible())
        refreshTrend();
}

void MainWindow::showCurrentArticle()
{
    const ArticleSummary *row = m_model->summaryAt(m_list->currentIndex().row());
    if (!row) {
        m_detail->showPlaceholder();
        return;
    }
    const qint64 id = row->id;
    UserState state = row->state;
    m_detail->showArticle(id, m_delegate->highlightTerms());
    if (!state.read && m_context.articles().setRead({id}, true)) {
        state.read = true;
        m_model->updateState(id, state);
    }
}

void MainWindow::selectArticle(qint64 id)
{
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({}) && m_model->rowCount() < 5000) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
        m_list->scrollTo(m_list->currentIndex());
    } else {
        // Not under the current filters (a hidden copy of a collapsed story): show it anyway.
        m_list->selectionModel()->clearCurrentIndex();
        m_detail->showArticle(id, m_delegate->highlightTerms());
    }
}

void MainWindow::moveCurrent(int delta)
{
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    int row = current < 0 ? 0 : current + delta;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    row = qBound(0, row, m_model->rowCount() - 1);
    if (m_model->rowCount() == 0 || row == current)
        return;
    m_list->setCurrentIndex(m_model->index(row, ArticleListModel::TitleColumn));
    m_list->scrollTo(m_list->currentIndex());
}

void MainWindow::nextArticle()
{
    moveCurrent(1);
}

void MainWindow::previousArticle()
{
    moveCurrent(-1);
}

void MainWindow::pageDownOrNext()
{
    QScrollBar *bar = detailView()->verticalScrollBar();
    if (m_detail->articleId() && bar->value() < bar->maximum())
        bar->setValue(bar->value() + bar->pageStep());
    else
        nextArticle();
}

void MainWindow::toggleStar()
{
    const QList<qint64> ids = selectedIds();
    const ArticleSummary *current = m_model->summaryAt(m_list->currentIndex().row());
    if (ids.isEmpty() || !current)
        return;
    const bool starred = !current->state.starred;
    if (!m_context.articles().setStarred(ids, starred))
        return;
    for (const qint64 id : ids) {
        if (const ArticleSummary *row = m_model->summaryAt(m_model->rowOf(id))) {
            UserState state = row->state;
            state.starred = starred;
            m_model->updateState(id, state);
        }
    }
}

void MainWindow::toggleRead()
{
    const QList<qint64> ids = selectedIds();
    const ArticleSummary *current = m_model->summaryAt(m_list->currentIndex().row());
    if (ids.isEmpty() || !current)
        return;
    const bool read = !current->state.read;
    if (!m_context.articles().setRead(ids, read))
        return;
    for (const qint64 id : ids) {
        if (const ArticleSummary *row = m_model->summaryAt(m_model->rowOf(id))) {
            UserState state = row->state;
            state.read = read;
            m_model->updateState(id, state);
        }
    }
}

void MainWindow::openOriginal()
{
    const ArticleSummary *row = m_model->summaryAt(m_list->currentIndex().row());
    if (row && (row->link.scheme() == u"http" || row->link.scheme() == u"https"))
        QDesktopServices::openUrl(row->link);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(m_shortcutActions, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_context.database().path(), this);
    if (dialog.exec() == QDialog::Accepted && m_settings.theme() != Settings::Theme::System)
        Theme::apply(*static_cast<QApplication *>(QCoreApplication::instance()), m_settings.theme());
}

SourcesDialog *MainWindow::sourcesDialog() const
{
    return m_sourcesDialog.data();
}

void MainWindow::showSources()
{
    if (!m_sourcesDialog) {
        m_sourcesDialog = new SourcesDialog(m_context, this);
        m_sourcesDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_sourcesDialog, &SourcesDialog::sourcesChanged, this, &MainWindow::reload);
        connect(m_sourcesDialog, &SourcesDialog::syncRequested, this, &MainWindow::sourceSyncRequested);
    }
    m_sourcesDialog->setSyncAvailable(m_syncAction->isEnabled());
    m_sourcesDialog->show();
    m_sourcesDialog->raise();
    m_sourcesDialog->activateWindow();
}

void MainWindow::sourcesSynced()
{
    if (m_sourcesDialog)
        m_sourcesDialog->reload();
}

QList<qint64> MainWindow::selectedArticleIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const int row : std::as_const(rows)) {
        if (const ArticleSummary *s = m_model->summaryAt(row))
            ids << s->id;
    }
    return ids;
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings.layout(QStringLiteral("geometry")));
    restoreState(m_settings.layout(QStringLiteral("windowState")));
    m_splitter->restoreState(m_settings.layout(QStringLiteral("splitter")));
    m_list->header()->restoreState(m_settings.layout(QStringLiteral("listHeader")));
    m_list->header()->setSortIndicator(m_model->sortColumn(), Qt::DescendingOrder);
}

void MainWindow::saveLayout() const
{
    m_settings.setLayout(QStringLiteral("geometry"), saveGeometry());
    m_settings.setLayout(QStringLiteral("windowState"), saveState());
    m_settings.setLayout(QStringLiteral("splitter"), m_splitter->saveState());
    m_settings.setLayout(QStringLiteral("listHeader"), m_list->header()->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_detail->saveNote();
    saveLayout();
    event->accept();
}

} // namespace Medtour::Ui
