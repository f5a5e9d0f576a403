// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/articlequery.h"
#include "domain/facets.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace Medtour {
class AppContext;
class IndexPreloader;
class ArticleListModel;
class Settings;
namespace Export {
class ReportScheduler;
}
} // namespace Medtour

namespace Medtour::Ui {

class ArticleDetailPane;
class ArticleDetailView;
class ExportController;
class ReportsDialog;
class ArticleItemDelegate;
class EmptyState;
class FilterPanel;
class SourcesDialog;
class TrendView;

/// Composes the reader: the filter panel, the article list and the detail pane side by side in a
/// splitter, with the trend view as a dock. It wires widgets together and holds no SQL; data
/// comes through the model and the repositories of the context.
///
/// Sync, export and print are hooks for other parts of the application: their actions exist
/// (F5, Ctrl+E, Ctrl+P) but stay disabled until enableSync()/enableExport() is called, and
/// triggering them emits syncRequested(), exportRequested() or printRequested().
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(AppContext &context, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    ArticleListModel *articleModel() const { return m_model; }
    QTreeView *articleView() const { return m_list; }
    ArticleDetailView *detailView() const;
    ArticleDetailPane *detailPane() const { return m_detail; }
    FilterPanel *filterPanel() const { return m_filters; }
    TrendView *trendView() const { return m_trend; }
    QDockWidget *trendDock() const { return m_trendDock; }
    EmptyState *emptyState() const { return m_empty; }
    QSplitter *splitter() const { return m_splitter; }
    QAction *syncAction() const { return m_syncAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *sourcesAction() const { return m_sourcesAction; }
    QAction *reportsAction() const { return m_reportsAction; }
    Export::ReportScheduler *reportScheduler() const { return m_reports; }
    ReportsDialog *reportsDialog() const;
    /// The open Sources dialog, or null.
    SourcesDialog *sourcesDialog() const;
    /// Every action with a shortcut, for Help → Keyboard shortcuts.
    QList<QAction *> shortcutActions() const { return m_shortcutActions; }
    /// Ids of the selected rows, in list order (the current row when none is selected).
    QList<qint64> selectedIds() const;
    /// The last facet counts shown in the filter panel.
    const FacetCounts &facetCounts() const { return m_counts; }

    void enableSync(bool available);
    void enableExport(bool available);

public Q_SLOTS:
    void selectArticle(qint64 id);
    void nextArticle();
    void previousArticle();
    void pageDownOrNext();
    void toggleStar();
    void toggleRead();
    void openOriginal();
    void showShortcuts();
    void showSettings();
    /// Opens (or raises) the Sources dialog, without blocking; the lists reload after changes.
    void showSources();
    /// File → Reports…: the scheduled reports.
    void showReports();
    /// A sync ended: the open Sources dialog shows the new statuses.
    void sourcesSynced();
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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QAction *addShortcutAction(QMenu *menu, const QString &text, const QList<QKeySequence> &keys);
    void showCurrentArticle();
    void applyQuery(const ArticleQuery &query);
    void refreshCounts();
    void refreshTrend();
    void updateEmptyState();
    void addDefaultSources();
    void indexReady(bool adopted);
    void moveCurrent(int delta);
    void restoreLayout();
    void saveLayout() const;
    /// Ids of the selected rows only, in list order (export: none selected means the whole filter).
    QList<qint64> selectedArticleIds() const;
    QString uiLanguage() const;

    AppContext &m_context;
    Settings &m_settings;
    ArticleListModel *m_model = nullptr;
    FilterPanel *m_filters = nullptr;
    QTreeView *m_list = nullptr;
    ArticleItemDelegate *m_delegate = nullptr;
    EmptyState *m_empty = nullptr;
    QStackedWidget *m_listStack = nullptr;
    ArticleDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QDockWidget *m_trendDock = nullptr;
    TrendView *m_trend = nullptr;
    QLabel *m_countLabel = nullptr;
    ExportController *m_export = nullptr;
    Export::ReportScheduler *m_reports = nullptr; ///< runs due reports off the GUI thread; null for an in-memory cache
    QAction *m_syncAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_sourcesAction = nullptr;
    QAction *m_reportsAction = nullptr;
    QPointer<SourcesDialog> m_sourcesDialog;
    QPointer<ReportsDialog> m_reportsDialog;
    QAction *m_starAction = nullptr;
    QAction *m_readAction = nullptr;
    QAction *m_openAction = nullptr;
    QList<QAction *> m_shortcutActions;
    FacetCounts m_counts;
    IndexPreloader *m_preloader = nullptr;
    bool m_reloadWhenIndexed = false;
    bool m_retryPreload = true;
    bool m_indexShown = false;   ///< the index answered once (adopted, or loaded by a count)
    QElapsedTimer m_lastRefusal; ///< when a snapshot was last refused because a sync wrote meanwhile
    static constexpr int kPreloadPauseMs = 1000;
};

} // namespace Medtour::Ui
