// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlelistmodel.h"

#include "storage/articlerepository.h"
#include "text/textnormalizer.h"

#include <QLocale>

namespace Medtour {

ArticleListModel::ArticleListModel(ArticleRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{}

void ArticleListModel::setQuery(const ArticleQuery &query)
{
    m_query = query;
    reload();
}

void ArticleListModel::reload()
{
    Result<QList<ArticleSummary>> rows = m_repository.page(m_query, {}, m_pageSize);
    if (!rows) {
        // The rows shown stay; no more pages of them (their query may no longer be the current one).
        m_atEnd = true;
        Q_EMIT readFailed(rows.error().detail);
        return;
    }
    // Views (and QAbstractItemModelTester) may call fetchMore() from inside our own signals;
    // m_busy keeps those re-entrant calls from changing rows while a change is in flight.
    m_busy = true;
    beginResetModel();
    m_rows = std::move(rows).value();
    m_atEnd = m_rows.size() < m_pageSize;
    endResetModel();
    m_busy = false;
}

const ArticleSummary *ArticleListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ArticleListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return i;
    }
    return -1;
}

void ArticleListModel::updateState(qint64 id, const UserState &state)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[row].state = state;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &a = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StarColumn:
            return a.state.starred ? QStringLiteral("★") : QString();
        case TitleColumn:
            return TextNormalizer::withoutBidiControls(a.title);
        case SourceColumn:
            return TextNormalizer::withoutBidiControls(a.sourceName);
        case PublishedColumn:
            return publishedText(a.published, m_clock().toLocalTime());
        case MarketsColumn:
            return a.markets.join(QStringLiteral(", "));
        case CopiesColumn:
            return a.copies > 1 ? QString::number(a.copies) : QString();
        case RelevanceColumn:
            return QString::number(qRound(a.relevance * 100));
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CopiesColumn || index.column() == RelevanceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == PublishedColumn && a.dateGuessed)
            return tr("The feed gave no usable date; this is when the article was fetched.");
        if (index.column() == PublishedColumn && a.published.isValid())
            return QLocale().toString(a.published.toLocalTime(), QLocale::LongFormat);
        if (index.column() == TitleColumn)
            return TextNormalizer::withoutBidiControls(a.title);
        if (index.column() == CopiesColumn && a.copies > 1)
            return tr("Reported by %n outlet(s)", nullptr, a.copies);
        if (index.column() == MarketsColumn && !a.markets.isEmpty()) {
            QStringList names;
            for (const QString &code : a.markets) {
                const QLocale::Territory territory = QLocale::codeToTerritory(code);
                names << (territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory));
            }
            return names.join(QStringLiteral(", "));
        }
        break;
    case IdRole:
        return a.id;
    case ReadRole:
        return a.state.read;
    case StarredRole:
        return a.state.starred;
    case LinkRole:
        return a.link;
    case PublishedRole:
        return a.published;
    case SourceIdRole:
        return a.sourceId;
    case RelevanceRole:
        return a.relevance;
    case CopiesRole:
        return a.copies;
    case ClusterIdRole:
        return a.clusterId;
    case MarketsRole:
        return a.markets;
    default:
        break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StarColumn:
        return QStringLiteral("★");
    case TitleColumn:
        return tr("Title");
    case SourceColumn:
        return tr("Source");
    case PublishedColumn:
        return tr("Published");
    case MarketsColumn:
        return tr("Markets");
    case CopiesColumn:
        return tr("Copies");
    case RelevanceColumn:
        return tr("Relevance");
    }
    return {};
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    Q_UNUSED(order) // each sort has one natural direction: newest, most relevant, A to Z
    ArticleQuery::Sort sort = m_query.sort;
    if (column == PublishedColumn)
        sort = ArticleQuery::Sort::Newest;
    else if (column == RelevanceColumn)
        sort = ArticleQuery::Sort::Relevance;
    else if (column == SourceColumn)
        sort = ArticleQuery::Sort::Source;
    else
        return;
    if (sort == m_query.sort)
        return;
    m_query.sort = sort;
    reload();
}

int ArticleListModel::sortColumn() const
{
    switch (m_query.sort) {
    case ArticleQuery::Sort::Relevance:
        return RelevanceColumn;
    case ArticleQuery::Sort::Source:
        return SourceColumn;
    case ArticleQuery::Sort::Newest:
        break;
    }
    return PublishedColumn;
}

QString ArticleListModel::publishedText(const QDateTime &published, const QDateTime &now)
{
    if (!published.isValid())
        return {};
    const QDateTime local = published.toLocalTime();
    const QDateTime localNow = now.toLocalTime();
    const qint64 ago = local.secsTo(localNow);
    if (local.date() == localNow.date() && ago >= 0) {
        if (ago < 60)
            return tr("just now");
        if (ago < 3600)
            return tr("%n min ago", nullptr, int(ago / 60));
        return tr("%n h ago", nullptr, int(ago / 3600));
    }
    const QLocale locale;
    return QString(locale.toString(local.date(), QLocale::ShortFormat) + u' ' +
                   local.time().toString(QStringLiteral("HH:mm")));
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    const PageCursor cursor = m_rows.isEmpty() ? PageCursor{} : ArticleRepository::cursorAfter(m_rows.constLast());
    const Result<QList<ArticleSummary>> page = m_repository.page(m_query, cursor, m_pageSize);
    if (!page) {
        m_atEnd = true; // a view would ask again at once; the next reload tries again
        Q_EMIT readFailed(page.error().detail);
        return;
    }
    const QList<ArticleSummary> &more = *page;
    m_atEnd = more.size() < m_pageSize;
    if (more.isEmpty())
        return;
    m_busy = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    m_busy = false;
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(ReadRole, "read");
    names.insert(StarredRole, "starred");
    names.insert(LinkRole, "link");
    names.insert(PublishedRole, "published");
    names.insert(SourceIdRole, "sourceId");
    names.insert(RelevanceRole, "relevance");
    names.insert(CopiesRole, "copies");
    names.insert(ClusterIdRole, "clusterId");
    names.insert(MarketsRole, "markets");
    return names;
}

} // namespace Medtour
