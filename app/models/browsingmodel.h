// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "domain/articlequery.h"
#include "domain/facets.h"

#include <QElapsedTimer>
#include <QObject>
#include <QUrl>

class QItemSelectionModel;

namespace Medtour {

class ArticleListModel;
class ArticleRepository;
class Database;
class FacetRepository;
class IndexPreloader;

/// What the reader's main window shows, without the widgets: the article list under the current
/// query with its selection, the facet counts and the market trend, and what the user does to
/// articles (moving through the list, marking read on selection, starring). The window's views
/// read the list through list() and select through selection(); everything else arrives by
/// signal. Counts need the in-memory filter index: start() loads it on a worker thread, and later
/// loads (after a sync or an import) go through the same worker so the GUI thread never stalls.
///
/// The clock (setClock) decides "this week" for the trend and "today" for the list's times, so
/// tests pick the day rather than depend on the calendar.
class BrowsingModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowsingModel)

public:
    enum class Emptiness
    {
        HasRows,    ///< the list shows articles
        EmptyCache, ///< the cache holds no article at all
        NoMatches,  ///< articles exist, none under the current filters
    };
    Q_ENUM(Emptiness)

    /// Repositories and database of the thread that owns this object (the GUI's).
    BrowsingModel(Database &database, ArticleRepository &articles, FacetRepository &facets, QObject *parent = nullptr);
    ~BrowsingModel() override;

    ArticleListModel *list() const { return m_list; }
    QItemSelectionModel *selection() const { return m_selection; }

    void setClock(Clock clock);
    QDateTime now() const { return m_clock(); }

    /// Shows `query` and starts loading the filter index off this thread; the counts follow when
    /// it is ready (at once for an in-memory cache), so the list shows before the index loads.
    void start(const ArticleQuery &query);
    /// Re-reads list and counts (after a sync or an import), once a fresh index is loaded.
    void reload();

    const ArticleQuery &query() const;
    /// Shows `query`; the list's current sort survives filter changes.
    void setQuery(const ArticleQuery &query);
    /// Sorts by a list column (published, relevance or source), as a header click asks.
    void sortByColumn(int column);

    /// The counts of the current query, the largest kMaxFacetValues values of each facet.
    const FacetCounts &counts() const { return m_counts; }
    static constexpr int kMaxFacetValues = 40;
    /// The trend follows the query only while someone looks at it.
    void setTrendShown(bool shown);
    const MarketTrend &trend() const { return m_trend; }
    static constexpr int kTrendMarkets = 6;
    static constexpr int kTrendWeeks = 16;
    Emptiness emptiness() const;

    /// The article of the current row, 0 for none.
    qint64 currentId() const;
    /// Ids of the selected rows in list order, or the current row's when none is selected.
    QList<qint64> selectedIds() const;
    /// Ids of the selected rows only, in list order (for export: none means the whole filter).
    QList<qint64> selectedRowIds() const;
    /// The current article's link when it can be opened in a browser (http or https).
    QUrl currentLink() const;

public Q_SLOTS:
    /// Makes `id` current, fetching pages (up to kLocateRows rows) to find it. An article the
    /// filters hide (a collapsed copy) is shown without a current row. False when hidden.
    bool selectArticle(qint64 id);
    void next();
    void previous();
    /// Star or unstar the selection, after what the current row is (so mixed selections align).
    void toggleStar();
    void toggleRead();

Q_SIGNALS:
    /// Show this article (0: none). Selecting a row marks it read after this.
    void articleShown(qint64 id);
    void countsChanged();
    void trendChanged();
    /// The list was re-read: whether it has rows, or why not.
    void emptinessChanged(Medtour::BrowsingModel::Emptiness emptiness);
    /// Reading the list, the counts or the trend failed: what is shown stays, and `message` (in
    /// the UI language) says why.
    void readFailed(const QString &message);

public:
    static constexpr int kLocateRows = 5000;
    /// After a refused index snapshot, queries wait this long before trying to load again.
    static constexpr int kPreloadPauseMs = 1000;

private:
    void currentRowChanged();
    void moveCurrent(int delta);
    void setState(const QList<qint64> &ids, bool starred, bool value);
    void refreshCounts();
    void refreshTrend();
    void failedToRead(const QString &detail);
    void indexReady(bool adopted);

    Database &m_database;
    ArticleRepository &m_articles;
    FacetRepository &m_facets;
    ArticleListModel *m_list = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    IndexPreloader *m_preloader = nullptr;
    Clock m_clock = systemClock();
    FacetCounts m_counts;
    MarketTrend m_trend;
    bool m_trendShown = false;
    bool m_reloadWhenIndexed = false;
    bool m_retryPreload = true;
    bool m_indexShown = false;   ///< the index answered once (adopted, or loaded by a count)
    QElapsedTimer m_lastRefusal; ///< when a snapshot was last refused because a sync wrote meanwhile
};

} // namespace Medtour
