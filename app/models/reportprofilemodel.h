// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/reportprofile.h"

#include <QAbstractTableModel>

namespace Medtour {

class Database;

/// The report profiles for the Reports dialog: name, schedule, formats, destinations, last run
/// and its result. Reads and writes through ReportRepository on the GUI thread's connection.
class ReportProfileModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportProfileModel)

public:
    enum Column
    {
        Name,
        Schedule,
        Formats,
        Destination,
        LastRun,
        LastResult,
        ColumnCount
    };

    explicit ReportProfileModel(const Database &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const ReportProfile &profile(int row) const { return m_profiles.at(row); }
    /// Reads the profiles again (after a run). When the read fails the rows stay as they were, and
    /// the error is also kept for readError().
    Error reload();
    /// Why the last reload() failed; none when it worked.
    const Error &readError() const { return m_readError; }
    /// Adds or changes a profile (id 0: new); the English detail of a refusal, or empty.
    QString save(const ReportProfile &profile);
    QString remove(int row);

    /// "Weekdays at 07:30", "Every Monday at 09:00" in the UI language.
    static QString scheduleText(const ReportSchedule &schedule);

private:
    const Database &m_database;
    QList<ReportProfile> m_profiles;
    Error m_readError;
};

} // namespace Medtour
