// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelistmodel.h"

#include "sync/syncerror.h"

#include <QLocale>

namespace Medtour {

namespace {
constexpr qsizetype kMaxStatusLength = 120;
}

SourceListModel::SourceListModel(SourceRepository &repository, QObject *parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
    reload();
}

Error SourceListModel::reload()
{
    const Result<QList<Source>> sources = m_repository.all();
    if (!sources)
        return m_readError = sources.error();
    QList<Row> rows;
    for (const Source &s : *sources) {
        const Result<SourceStatus> status = m_repository.status(s.id);
        if (!status)
            return m_readError = status.error();
        rows.append(Row{s, *status});
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return m_readError = {};
}

const Source *SourceListModel::sourceAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).source : nullptr;
}

SourceStatus SourceListModel::statusAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).status : SourceStatus{};
}

int SourceListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).source.id == id)
            return i;
    return -1;
}

SourceListModel::State SourceListModel::stateOf(const SourceStatus &status)
{
    if (!status.lastAttempt.isValid())
        return State::Never;
    return status.error.isEmpty() ? State::Ok : State::Failed;
}

QString SourceListModel::statusText(const SourceStatus &status)
{
    switch (stateOf(status)) {
    case State::Never:
        return tr("Never synced");
    case State::Ok:
        if (status.itemsNew > 0)
            return tr("OK, %n new", nullptr, status.itemsNew);
        return tr("OK");
    case State::Failed:
        break;
    }
    // In people's words when the sync said what kind of failure it was; its detail is in the tooltip.
    const Error::Code code = SyncError::codeFromName(status.errorCode);
    QString first = code != Error::None
                        ? SyncError::describe(code, status.httpStatus, status.error, retryAt(status)).what
                        : status.error.section(u'\n', 0, 0).simplified();
    if (first.size() > kMaxStatusLength)
        first = first.left(kMaxStatusLength - 1) + u'…';
    return tr("Failed: %1").arg(first);
}

QDateTime SourceListModel::retryAt(const SourceStatus &status)
{
    // The sync keeps a server's Retry-After (at most a week) as the next due time, and says so in the detail.
    return status.error.contains(u"retry after") ? status.nextDue : QDateTime();
}

QString SourceListModel::timeText(const QDateTime &utc, const QDateTime &now)
{
    if (!utc.isValid())
        return tr("—");
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    // Minutes are enough here; some locales' short formats carry seconds.
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(QStringLiteral(":ss"));
    if (local.date() == now.toLocalTime().date())
        return locale.toString(local.time(), time);
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' + locale.toString(local.time(), time);
}

QString SourceListModel::nextSyncText(const Source &source, const SourceStatus &status, const QDateTime &now)
{
    if (source.kind == Source::Kind::File)
        return tr("Not fetched");
    if (!source.enabled)
        return tr("Off");
    if (!status.nextDue.isValid() || status.nextDue <= now)
        return tr("Due now");
    return timeText(status.nextDue, now);
}

QString SourceListModel::kindText(Source::Kind kind)
{
    switch (kind) {
    case Source::Kind::Feed:
        return tr("Feed");
    case Source::Kind::Query:
        return tr("Google News");
    case Source::Kind::Page:
        return tr("Page");
    case Source::Kind::File:
        return tr("File");
    }
    return {};
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.source.id;
    case StateRole:
        return int(stateOf(row.status));
    case UrlRole:
        return row.source.url;
    case Qt::CheckStateRole:
        if (index.column() == EnabledColumn)
            return row.source.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !row.status.error.isEmpty()) {
            QString tip = row.status.error;
            if (const Error::Code code = SyncError::codeFromName(row.status.errorCode); code != Error::None) {
                const SyncError::Description d =
                    SyncError::describe(code, row.status.httpStatus, row.status.error, retryAt(row.status));
                tip = d.text() + u"\n\n" + row.status.error;
            }
            if (row.status.httpStatus > 0)
                tip += u'\n' + tr("HTTP status %1").arg(row.status.httpStatus);
            if (row.status.lastAttempt.isValid())
                tip += u'\n' +
                       tr("Last attempt: %1").arg(timeText(row.status.lastAttempt, QDateTime::currentDateTimeUtc()));
            return tip;
        }
        if (index.column() == NameColumn)
            return row.source.url.toString();
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (index.column()) {
    case EnabledColumn:
        return {};
    case NameColumn:
        return row.source.name;
    case KindColumn:
        return kindText(row.source.kind);
    case FolderColumn:
        return row.source.folder;
    case StatusColumn:
        return statusText(row.status);
    case LastSuccessColumn:
        return timeText(row.status.lastSuccess, now);
    case NextSyncColumn:
        return nextSyncText(row.source, row.status, now);
    default:
        return {};
    }
}

bool SourceListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != EnabledColumn || role != Qt::CheckStateRole || m_readOnly)
        return false;
    Row &row = m_rows[index.row()];
    const bool enabled = value.toInt() == Qt::Checked;
    if (m_requestWrites) { // a team's source: the row changes when the server's answer is pulled
        if (enabled != row.source.enabled)
            Q_EMIT enabledChangeRequested(row.source.id, enabled);
        return false;
    }
    if (m_repository.setEnabled(row.source.id, enabled))
        return false;
    row.source.enabled = enabled;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags SourceListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == EnabledColumn && !m_readOnly)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EnabledColumn:
        return tr("On");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case FolderColumn:
        return tr("Folder");
    case StatusColumn:
        return tr("Status");
    case LastSuccessColumn:
        return tr("Last success");
    case NextSyncColumn:
        return tr("Next sync");
    default:
        return {};
    }
}

} // namespace Medtour
