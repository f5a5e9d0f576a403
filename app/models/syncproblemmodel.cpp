// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncproblemmodel.h"

#include "sync/syncerror.h"

#include <QLocale>

namespace Medtour {

SyncProblemModel::SyncProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SyncProblemModel::setReport(const SyncReport &report)
{
    beginResetModel();
    m_problems.clear();
    for (const SourceSyncResult &s : report.sources) {
        if (s.status == SyncStatus::Error)
            m_problems << s;
    }
    endResetModel();
}

int SyncProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int SyncProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncProblemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return {};
    const SourceSyncResult &s = m_problems.at(index.row());
    const SyncError::Description d = SyncError::describe(s.errorCode, s.httpStatus, s.error, s.retryAt);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SourceColumn:
            return s.name.isEmpty() ? s.url.toDisplayString() : s.name;
        case ProblemColumn:
            return d.text();
        case TimeColumn:
            return s.finishedAt.isValid() ? QLocale().toString(s.finishedAt.toLocalTime().time(), QLocale::ShortFormat)
                                          : QString();
        case DetailColumn:
            return s.error;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn)
            return s.url.toDisplayString();
        if (index.column() == TimeColumn && s.finishedAt.isValid())
            return QLocale().toString(s.finishedAt.toLocalTime(), QLocale::LongFormat);
        return data(index, Qt::DisplayRole);
    case WhatRole:
        return d.what;
    case AdviceRole:
        return d.advice;
    case SourceIdRole:
        return s.id;
    case UrlRole:
        return s.url;
    default:
        return {};
    }
}

QVariant SyncProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case ProblemColumn:
        return tr("What happened, and what to try");
    case TimeColumn:
        return tr("Time");
    case DetailColumn:
        return tr("Technical detail");
    default:
        return {};
    }
}

} // namespace Medtour
