// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/articlequery.h"
#include "sync/syncreport.h"
#include "sync/teamsourcechange.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace Medtour {
class AppContext;
class BrowsingModel;
class Settings;
} // namespace Medtour

namespace Medtour::Ui {

class ArticleDetailPane;
class ReportsPresenter;
class ArticleItemDelegate;
class ArticleListView;
class EmptyState;
class ExportController;
class FilterPanel;
class SourcesPresenter;
class TrendView;

/// Composes the reader: the filter panel, the article list and the detail pane side by side in a
/// splitter, with the trend view as a dock, wired to the BrowsingModel that holds what they show.
/// It holds no SQL and no browsing logic; data comes through the model and the context.
///
/// Sync, export and print are hooks for other parts of the application: their actions exist
/// (F5, Ctrl+E, Ctrl+P) but stay disabled until enableSync()/enableExport() is called, and
/// triggering them emits syncRequested(), exportRequested() or printRequested().
///
/// Tests and scripted runs reach the parts by object name (findChild): "browsingModel",
/// "articleList", "filterPanel", "detailPane", "trendDock", "trendView", "emptyState",
/// "mainSplitter", "syncAction", "exportAction", "printAction", "sourcesAction", "sourcesDialog".
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(AppContext &context, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    void enableSync(bool available);
    void enableExport(bool available);
    /// While a sync runs, the sync action stops it.
    void setSyncRunning(bool running);

public Q_SLOTS:
    void selectArticle(qint64 id);
    /// The team the cache is joined to, as the last exchange left it (Settings → Team, the Sources
    /// dialog read-only).
    void setTeamState(const Medtour::TeamExchange &team);
    void showShortcuts();
    void showSettings();
    /// Opens (or raises) the Sources dialog, without blocking; the lists reload after changes.
    void showSources();
    /// File → Reports…: the scheduled reports.
    void showReports();
    /// A sync ended: the open Sources dialog shows the new statuses.
    void sourcesSynced();
    /// The team server's answer to a change of the team's sources asked for in the Sources dialog.
    void teamSourceChanged(const Medtour::TeamSourceResult &result);
    /// Re-reads list and counts (after a sync or an import). The filter index reloads on a worker
    /// thread first, so a sync's thousands of new articles do not stall the window.
    void reload();

Q_SIGNALS:
    void syncRequested();
    void exportRequested(const QList<qint64> &articleIds);
    void printRequested(const QList<qint64> &articleIds);
    /// "Sync now" for some sources in the Sources dialog.
    void sourceSyncRequested(const QList<qint64> &sourceIds);
    /// Sources were added (the recommended list, from the empty state): the sync presenter fetches them.
    void sourcesAdded(int count);
    /// Settings → Team.
    void joinTeamRequested(const QString &url);
    void leaveTeamRequested();
    /// An editor changed the team's sources in the Sources dialog: for the team server (TeamPresenter).
    void teamSourceChangeRequested(const Medtour::TeamSourceChange &change);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void wireBrowsing();
    void createActions();
    void createArticleActions(QMenu *menu);
    QAction *addShortcutAction(QMenu *menu, const QString &text, const QList<QKeySequence> &keys);
    void applyQuery(const ArticleQuery &query);
    void showCounts();
    void showTrend();
    void importSample();
    void addDefaultSources();
    void pageDownOrNext();
    void openOriginal();
    void restoreLayout();
    void saveLayout() const;

    AppContext &m_context;
    Settings &m_settings;
    BrowsingModel *m_browsing = nullptr;
    FilterPanel *m_filters = nullptr;
    ArticleListView *m_list = nullptr;
    ArticleItemDelegate *m_delegate = nullptr;
    EmptyState *m_empty = nullptr;
    QStackedWidget *m_listStack = nullptr;
    ArticleDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QDockWidget *m_trendDock = nullptr;
    TrendView *m_trend = nullptr;
    QLabel *m_countLabel = nullptr;
    ExportController *m_export = nullptr;
    ReportsPresenter *m_reports = nullptr; ///< File → Reports… and the due reports
    QAction *m_syncAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_sourcesAction = nullptr;
    QAction *m_reportsAction = nullptr;
    SourcesPresenter *m_sources = nullptr;
    TeamExchange m_team;
    QList<QAction *> m_shortcutActions;
};

} // namespace Medtour::Ui
