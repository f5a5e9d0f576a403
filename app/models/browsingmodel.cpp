// SPDX-License-Identifier: GPL-3.0-or-later
#include "browsingmodel.h"

#include "models/articlelistmodel.h"
#include "storage/articleindex.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"
#include "storage/indexpreloader.h"

#include <QItemSelectionModel>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace Medtour {

BrowsingModel::BrowsingModel(Database &database, ArticleRepository &articles, FacetRepository &facets, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_articles(articles)
    , m_facets(facets)
    , m_list(new ArticleListModel(articles, this))
    , m_selection(new QItemSelectionModel(m_list, this))
    , m_preloader(new IndexPreloader(database, this))
{
    setObjectName(QStringLiteral("browsingModel"));
    m_list->setObjectName(QStringLiteral("articleListModel"));
    connect(m_selection, &QItemSelectionModel::currentRowChanged, this, &BrowsingModel::currentRowChanged);
    connect(m_list, &QAbstractItemModel::modelReset, this, [this] { Q_EMIT emptinessChanged(emptiness()); });
    connect(m_preloader, &IndexPreloader::ready, this, &BrowsingModel::indexReady);
    connect(m_list, &ArticleListModel::readFailed, this, &BrowsingModel::failedToRead);
}

BrowsingModel::~BrowsingModel() = default;

void BrowsingModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_list->setClock(m_clock);
}

void BrowsingModel::start(const ArticleQuery &query)
{
    m_list->setQuery(query);
    // Counts need the in-memory filter index, which loads once per cache (about half a second
    // for 100k articles): it loads on a worker thread while the list is already shown.
    m_preloader->start();
    if (m_preloader->isRunning())
        m_database.articleIndex().setLoadsInBackground(true); // and later reloads too
    else
        QMetaObject::invokeMethod(this, &BrowsingModel::refreshCounts, Qt::QueuedConnection);
}

const ArticleQuery &BrowsingModel::query() const
{
    return m_list->query();
}

void BrowsingModel::setQuery(const ArticleQuery &query)
{
    Q_EMIT articleShown(0);
    ArticleQuery q = query;
    q.sort = m_list->query().sort; // the header's sort survives filter changes
    m_retryPreload = true;
    m_list->setQuery(q);
    refreshCounts();
    if (m_trendShown)
        refreshTrend();
}

void BrowsingModel::sortByColumn(int column)
{
    m_list->sort(column);
}

void BrowsingModel::setTrendShown(bool shown)
{
    m_trendShown = shown;
    if (shown)
        refreshTrend();
}

BrowsingModel::Emptiness BrowsingModel::emptiness() const
{
    if (m_list->rowCount() > 0)
        return Emptiness::HasRows;
    // A cache that cannot be counted is not called empty (which offers to import the sample).
    const Result<int> all = m_articles.count({});
    return all && *all == 0 ? Emptiness::EmptyCache : Emptiness::NoMatches;
}

void BrowsingModel::failedToRead(const QString &detail)
{
    Q_EMIT readFailed(tr("The articles could not be read: %1").arg(detail));
}

void BrowsingModel::refreshCounts()
{
    Result<FacetCounts> counts = m_facets.counts(m_list->query(), kMaxFacetValues);
    if (counts)
        m_counts = std::move(counts).value();
    else
        failedToRead(counts.error().detail); // the counts shown stay
    const bool paused = m_lastRefusal.isValid() && m_lastRefusal.elapsed() < kPreloadPauseMs;
    if (m_database.articleIndex().isStale() && m_retryPreload && !paused)
        m_preloader->start(); // another connection (a sync) changed the cache: rebuild off-thread
    if (counts)
        Q_EMIT countsChanged();
}

void BrowsingModel::refreshTrend()
{
    Result<MarketTrend> trend = m_facets.marketTrend(m_list->query(), kTrendMarkets, kTrendWeeks, m_clock());
    if (!trend)
        return failedToRead(trend.error().detail); // the trend shown stays
    m_trend = std::move(trend).value();
    Q_EMIT trendChanged();
}

void BrowsingModel::indexReady(bool adopted)
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
        m_list->reload();
    refreshCounts();
    if (m_trendShown)
        refreshTrend();
}

void BrowsingModel::reload()
{
    m_preloader->start();
    if (m_preloader->isRunning()) {
        m_reloadWhenIndexed = true;
        return;
    }
    m_list->reload();
    refreshCounts();
    if (m_trendShown)
        refreshTrend();
}

void BrowsingModel::currentRowChanged()
{
    const ArticleSummary *row = m_list->summaryAt(m_selection->currentIndex().row());
    if (!row) {
        Q_EMIT articleShown(0);
        return;
    }
    const qint64 id = row->id;
    UserState state = row->state;
    Q_EMIT articleShown(id);
    if (!state.read && m_articles.setRead({id}, true)) {
        state.read = true;
        m_list->updateState(id, state);
    }
}

qint64 BrowsingModel::currentId() const
{
    const ArticleSummary *row = m_list->summaryAt(m_selection->currentIndex().row());
    return row ? row->id : 0;
}

QList<qint64> BrowsingModel::selectedRowIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_selection->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const int row : std::as_const(rows)) {
        if (const ArticleSummary *s = m_list->summaryAt(row))
            ids << s->id;
    }
    return ids;
}

QList<qint64> BrowsingModel::selectedIds() const
{
    QList<qint64> ids = selectedRowIds();
    if (ids.isEmpty()) {
        if (const qint64 current = currentId())
            ids << current;
    }
    return ids;
}

QUrl BrowsingModel::currentLink() const
{
    const ArticleSummary *row = m_list->summaryAt(m_selection->currentIndex().row());
    if (row && (row->link.scheme() == u"http" || row->link.scheme() == u"https"))
        return row->link;
    return {};
}

bool BrowsingModel::selectArticle(qint64 id)
{
    int row = m_list->rowOf(id);
    while (row < 0 && m_list->canFetchMore({}) && m_list->rowCount() < kLocateRows) {
        m_list->fetchMore({});
        row = m_list->rowOf(id);
    }
    if (row >= 0) {
        m_selection->setCurrentIndex(m_list->index(row, ArticleListModel::TitleColumn),
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return true;
    }
    // Not under the current filters (a hidden copy of a collapsed story): show it anyway.
    m_selection->clearCurrentIndex();
    Q_EMIT articleShown(id);
    return false;
}

void BrowsingModel::moveCurrent(int delta)
{
    const QModelIndex currentIndex = m_selection->currentIndex();
    const int current = currentIndex.isValid() ? currentIndex.row() : -1;
    int row = current < 0 ? 0 : current + delta;
    if (row >= m_list->rowCount() && m_list->canFetchMore({}))
        m_list->fetchMore({});
    row = qBound(0, row, m_list->rowCount() - 1);
    if (m_list->rowCount() == 0 || row == current)
        return;
    m_selection->setCurrentIndex(m_list->index(row, ArticleListModel::TitleColumn),
                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void BrowsingModel::next()
{
    moveCurrent(1);
}

void BrowsingModel::previous()
{
    moveCurrent(-1);
}

void BrowsingModel::toggleStar()
{
    const ArticleSummary *current = m_list->summaryAt(m_selection->currentIndex().row());
    if (current)
        setState(selectedIds(), true, !current->state.starred);
}

void BrowsingModel::toggleRead()
{
    const ArticleSummary *current = m_list->summaryAt(m_selection->currentIndex().row());
    if (current)
        setState(selectedIds(), false, !current->state.read);
}

void BrowsingModel::setState(const QList<qint64> &ids, bool starred, bool value)
{
    if (ids.isEmpty())
        return;
    if (!(starred ? m_articles.setStarred(ids, value) : m_articles.setRead(ids, value)))
        return;
    for (const qint64 id : ids) {
        if (const ArticleSummary *row = m_list->summaryAt(m_list->rowOf(id))) {
            UserState state = row->state;
            (starred ? state.starred : state.read) = value;
            m_list->updateState(id, state);
        }
    }
}

} // namespace Medtour
