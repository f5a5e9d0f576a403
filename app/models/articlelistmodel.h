// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/clock.h"
#include "domain/article.h"
#include "domain/articlequery.h"

#include <QAbstractTableModel>

namespace Medtour {

class ArticleRepository;

/// The article list: rows come from the repository page by page (keyset paging), so a cache of
/// any size opens at once. Views call canFetchMore()/fetchMore() by themselves as they scroll.
class ArticleListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)

public:
    enum Column
    {
        StarColumn,
        TitleColumn,
        SourceColumn,
        PublishedColumn,
        MarketsColumn,
        CopiesColumn,
        RelevanceColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        ReadRole,
        StarredRole,
        LinkRole,
        PublishedRole, ///< QDateTime in UTC
        SourceIdRole,
        RelevanceRole,
        CopiesRole,    ///< int, the cluster's size
        ClusterIdRole, ///< qint64, 0 when no copies are known
        MarketsRole,   ///< QStringList of ISO codes
    };
    Q_ENUM(Role)

    explicit ArticleListModel(ArticleRepository &repository, QObject *parent = nullptr);

    void setQuery(const ArticleQuery &query);
    const ArticleQuery &query() const { return m_query; }
    /// Re-reads from the first page (after a sync or an import). A read that fails keeps the rows
    /// shown and stops paging until the next reload, and says why (readFailed).
    void reload();
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    /// The clock "today" and "12 min ago" are measured against (the system's by default).
    void setClock(Clock clock) { m_clock = std::move(clock); }

    const ArticleSummary *summaryAt(int row) const;
    int rowOf(qint64 id) const;
    /// Updates the cached state of rows after the user changed it through the repository.
    void updateState(qint64 id, const UserState &state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;
    /// Sorting is done by the repository: published (newest first), relevance or source.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The column whose sort the query asks for.
    int sortColumn() const;

    /// "14:05" style for today relative to `now` ("12 min ago"), a short local date otherwise.
    static QString publishedText(const QDateTime &published, const QDateTime &now);

Q_SIGNALS:
    /// Reading a page failed (English detail from the repository); the rows shown stay.
    void readFailed(const QString &detail);

private:
    ArticleRepository &m_repository;
    ArticleQuery m_query;
    Clock m_clock = systemClock();
    QList<ArticleSummary> m_rows;
    int m_pageSize = 200;
    bool m_atEnd = false;
    bool m_busy = false;
};

} // namespace Medtour
