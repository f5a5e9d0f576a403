// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncreport.h"

#include <QAbstractTableModel>

namespace Medtour {

/// The sources that failed in one sync, for the "Sync problems" list: each with what happened and
/// what to try (translated, SyncError::describe), when, and the technical detail as it came.
class SyncProblemModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncProblemModel)

public:
    enum Column
    {
        SourceColumn,
        ProblemColumn,
        TimeColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        AdviceRole = Qt::UserRole + 1, ///< the advice alone
        WhatRole,                      ///< the sentence alone
        SourceIdRole,
        UrlRole,
    };

    explicit SyncProblemModel(QObject *parent = nullptr);

    /// Keeps the failed sources of `report`, in the order they finished.
    void setReport(const SyncReport &report);
    const QList<SourceSyncResult> &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SourceSyncResult> m_problems;
};

} // namespace Medtour
