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
#include "models/browsingmodel.h"
#include "readonlynotice.h"
#include "reportspresenter.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "sourcespresenter.h"
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
#include <QToolBar>

namespace Medtour::Ui {

MainWindow::MainWindow(AppContext &context, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_settings(settings)
    , m_browsing(new BrowsingModel(context.database(), context.articles(), context.facets(), this))
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
    m_filters = new FilterPanel(settings, settings.displayLanguage(), this);
    m_filters->setClock([this] { return m_browsing->now(); });

    m_list->setObjectName(QStringLiteral("articleList"));
    // QTreeView fetches more pages as soon as the model resets, until the viewport is full, so
    // small pages keep a filter change to about what is on screen (bench_gui: pages of 50 rows
    // cost ~15% less GUI time per change than pages of 100).
    m_browsing->list()->setPageSize(50);
    m_list->setArticleModel(m_browsing->list(), m_browsing->selection());
    m_list->setItemDelegate(m_delegate);

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
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    if (context.database().isReadOnly())
        statusBar()->addPermanentWidget(new ReadOnlyNotice(context.database().readOnly(), this));

    wireBrowsing();
    createActions();
    m_browsing->start(m_filters->query());
    m_delegate->setHighlightTerms(SearchQuery::parse(m_browsing->query().text).highlightTerms());
    if (context.importedSampleArticles() > 0) {
        statusBar()->showMessage(tr("Loaded %n sample article(s) so you can look around offline.", nullptr,
                                    context.importedSampleArticles()),
                                 15000);
    }
    resize(1360, 820);
    restoreLayout();
}

void MainWindow::wireBrowsing()
{
    connect(m_filters, &FilterPanel::queryChanged, this, &MainWindow::applyQuery);
    connect(m_browsing, &BrowsingModel::articleShown, this, [this](qint64 id) {
        if (id > 0)
            m_detail->showArticle(id, m_delegate->highlightTerms());
        else
            m_detail->showPlaceholder();
    });
    connect(m_browsing, &BrowsingModel::countsChanged, this, &MainWindow::showCounts);
    connect(m_browsing, &BrowsingModel::trendChanged, this, &MainWindow::showTrend);
    connect(m_browsing, &BrowsingModel::readFailed, this, [this](const QString &m) { statusBar()->showMessage(m); });
    connect(m_browsing, &BrowsingModel::emptinessChanged, this, [this](BrowsingModel::Emptiness emptiness) {
        if (emptiness == BrowsingModel::Emptiness::HasRows) {
            m_listStack->setCurrentWidget(m_list);
            return;
        }
        m_empty->setKind(emptiness == BrowsingModel::Emptiness::EmptyCache ? EmptyState::Kind::EmptyCache
                                                                           : EmptyState::Kind::NoMatches);
        m_listStack->setCurrentWidget(m_empty);
    });
    connect(m_detail, &ArticleDetailPane::tagActivated, m_filters, &FilterPanel::addFacetValue);
    connect(m_detail, &ArticleDetailPane::articleActivated, this, &MainWindow::selectArticle);
    connect(m_trend, &TrendView::pointClicked, m_filters, &FilterPanel::showMarketWeek);
    connect(m_trendDock, &QDockWidget::visibilityChanged, m_browsing, &BrowsingModel::setTrendShown);
    connect(m_empty, &EmptyState::clearFiltersRequested, m_filters, &FilterPanel::clearAll);
    connect(m_empty, &EmptyState::sampleRequested, this, &MainWindow::importSample);
    connect(m_empty, &EmptyState::defaultSourcesRequested, this, &MainWindow::addDefaultSources);
}

void MainWindow::importSample()
{
    const Result<int> imported = m_context.importSample();
    if (!imported) {
        QMessageBox::warning(this, tr("Medtour Reader"),
                             tr("The sample could not be loaded.\n\n%1").arg(imported.error().detail));
        return;
    }
    statusBar()->showMessage(tr("Loaded %n sample article(s).", nullptr, *imported), 10000);
    reload();
}

MainWindow::~MainWindow() = default;

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
    m_exportAction = addShortcutAction(file, tr("&Export…"), {QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_printAction = addShortcutAction(file, tr("&Print…"), {QKeySequence::Print});
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_syncAction->setEnabled(false);
    m_syncAction->setToolTip(tr("Not available in this build yet"));
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::syncRequested);
    // Export and print take the selected rows, or everything under the filter when none is selected.
    connect(m_exportAction, &QAction::triggered, this,
            [this] { Q_EMIT exportRequested(m_browsing->selectedRowIds()); });
    connect(m_printAction, &QAction::triggered, this, [this] { Q_EMIT printRequested(m_browsing->selectedRowIds()); });
    // Queued: the dialog opens once the triggering event is done (and a test can watch the request alone).
    connect(
        this, &MainWindow::exportRequested, m_export,
        [this](const QList<qint64> &ids) { m_export->exportPdf(ids, m_browsing->query()); }, Qt::QueuedConnection);
    connect(
        this, &MainWindow::printRequested, m_export,
        [this](const QList<qint64> &ids) { m_export->print(ids, m_browsing->query()); }, Qt::QueuedConnection);
    connect(m_export, &ExportController::finished, this,
            [this](bool, const QString &message) { statusBar()->showMessage(message, 10000); });
    file->addSeparator();
    m_sourcesAction = addShortcutAction(file, tr("Sou&rces…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)});
    m_sourcesAction->setObjectName(QStringLiteral("sourcesAction"));
    connect(m_sourcesAction, &QAction::triggered, this, &MainWindow::showSources);
    m_sources = new SourcesPresenter(m_context, *this);
    connect(m_sources, &SourcesPresenter::sourcesChanged, this, &MainWindow::reload);
    connect(m_sources, &SourcesPresenter::syncRequested, this, &MainWindow::sourceSyncRequested);
    connect(m_sources, &SourcesPresenter::teamSourceChangeRequested, this, &MainWindow::teamSourceChangeRequested);
    m_reportsAction = file->addAction(tr("Re&ports…"), this, &MainWindow::showReports);
    m_reportsAction->setObjectName(QStringLiteral("reportsAction"));
    m_reports = new ReportsPresenter(m_context.database(), *this, *statusBar(), [this] { return m_browsing->query(); });
    QAction *settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = addShortcutAction(file, tr("&Quit"), {QKeySequence::Quit});
    connect(quit, &QAction::triggered, this, &QWidget::close);

    createArticleActions(menuBar()->addMenu(tr("&Article")));

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
}

void MainWindow::createArticleActions(QMenu *article)
{
    QAction *next = addShortcutAction(article, tr("&Next article"), {QKeySequence(Qt::Key_J)});
    connect(next, &QAction::triggered, m_browsing, &BrowsingModel::next);
    QAction *previous = addShortcutAction(article, tr("&Previous article"), {QKeySequence(Qt::Key_K)});
    connect(previous, &QAction::triggered, m_browsing, &BrowsingModel::previous);
    QAction *page = addShortcutAction(article, tr("Page down, then next article"), {QKeySequence(Qt::Key_Space)});
    connect(page, &QAction::triggered, this, &MainWindow::pageDownOrNext);
    article->addSeparator();
    QAction *star = addShortcutAction(article, tr("&Star / unstar"), {QKeySequence(Qt::Key_S)});
    connect(star, &QAction::triggered, m_browsing, &BrowsingModel::toggleStar);
    QAction *read = addShortcutAction(article, tr("Mark &read / unread"), {QKeySequence(Qt::Key_M)});
    connect(read, &QAction::triggered, m_browsing, &BrowsingModel::toggleRead);
    QAction *open = addShortcutAction(article, tr("&Open the original"), {QKeySequence(Qt::Key_O)});
    connect(open, &QAction::triggered, this, &MainWindow::openOriginal);
    article->addSeparator();
    QAction *search = addShortcutAction(article, tr("&Find"), {QKeySequence(Qt::Key_Slash), QKeySequence::Find});
    connect(search, &QAction::triggered, m_filters, &FilterPanel::focusSearch);
    star->setObjectName(QStringLiteral("starAction"));
    read->setObjectName(QStringLiteral("readAction"));
    m_detail->addActions({star, read, open});
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

void MainWindow::setSyncRunning(bool running)
{
    m_syncAction->setText(running ? tr("Stop s&ync") : tr("S&ync now"));
}

void MainWindow::applyQuery(const ArticleQuery &query)
{
    m_delegate->setHighlightTerms(SearchQuery::parse(query.text).highlightTerms());
    m_browsing->setQuery(query);
}

void MainWindow::showCounts()
{
    const FacetCounts &counts = m_browsing->counts();
    m_filters->setCounts(counts);
    m_countLabel->setText(m_browsing->query().collapseClusters ? tr("%n stor(y/ies)", nullptr, counts.total)
                                                               : tr("%n article(s)", nullptr, counts.total));
}

void MainWindow::showTrend()
{
    const QString language = m_settings.displayLanguage();
    m_trend->setTrend(m_browsing->trend(),
                      [language](const QString &code) { return FacetLabels::countryName(code, language); });
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

void MainWindow::reload()
{
    m_browsing->reload();
}

void MainWindow::selectArticle(qint64 id)
{
    m_browsing->selectArticle(id);
}

void MainWindow::pageDownOrNext()
{
    QScrollBar *bar = m_detail->view()->verticalScrollBar();
    if (m_detail->articleId() && bar->value() < bar->maximum())
        bar->setValue(bar->value() + bar->pageStep());
    else
        m_browsing->next();
}

void MainWindow::openOriginal()
{
    if (const QUrl link = m_browsing->currentLink(); link.isValid())
        QDesktopServices::openUrl(link);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(m_shortcutActions, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, m_context.database().path(), m_team, this);
    connect(&dialog, &SettingsDialog::joinTeamRequested, this, &MainWindow::joinTeamRequested);
    connect(&dialog, &SettingsDialog::leaveTeamRequested, this, &MainWindow::leaveTeamRequested);
    if (dialog.exec() == QDialog::Accepted && m_settings.theme() != Settings::Theme::System)
        Theme::apply(*static_cast<QApplication *>(QCoreApplication::instance()), m_settings.theme());
}

void MainWindow::showReports()
{
    m_reports->show();
}

void MainWindow::setTeamState(const TeamExchange &team)
{
    m_team = team;
    m_sources->setTeamState(team);
}

void MainWindow::teamSourceChanged(const TeamSourceResult &result)
{
    m_sources->teamSourceChanged(result);
}

void MainWindow::showSources()
{
    m_sources->show(m_syncAction->isEnabled());
}

void MainWindow::sourcesSynced()
{
    m_sources->reload();
}

void MainWindow::restoreLayout()
{
    restoreGeometry(m_settings.layout(QStringLiteral("geometry")));
    restoreState(m_settings.layout(QStringLiteral("windowState")));
    m_splitter->restoreState(m_settings.layout(QStringLiteral("splitter")));
    m_list->header()->restoreState(m_settings.layout(QStringLiteral("listHeader")));
    m_list->showSortIndicator();
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
