// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportprofilemodel.h"

#include "storage/reportrepository.h"

#include <QLocale>

namespace Medtour {

ReportProfileModel::ReportProfileModel(const Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    reload();
}

int ReportProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

int ReportProfileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportProfileModel::scheduleText(const ReportSchedule &s)
{
    const QString at = s.at.toString(QStringLiteral("HH:mm"));
    switch (s.every) {
    case ReportSchedule::Every::Daily:
        break;
    case ReportSchedule::Every::Weekdays:
        return tr("Weekdays at %1").arg(at);
    case ReportSchedule::Every::Weekly:
        return tr("Every %1 at %2").arg(QLocale().dayName(s.weekday), at);
    }
    return tr("Daily at %1").arg(at);
}

QVariant ReportProfileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_profiles.size())
        return {};
    const ReportProfile &p = m_profiles.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == LastResult && !p.lastError.isEmpty())
        return p.lastError;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return p.enabled ? p.name : tr("%1 (off)").arg(p.name);
    case Schedule:
        return scheduleText(p.schedule);
    case Formats:
        return p.formats.join(QStringLiteral(", ")).toUpper();
    case Destination:
        return p.mailTo.isEmpty() ? tr("Files only") : p.mailTo.join(QStringLiteral(", "));
    case LastRun:
        return p.lastRun.isValid() ? p.lastRun.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : tr("Never");
    case LastResult:
        if (p.lastStatus == u"ok")
            return tr("%n article(s) sent or written", nullptr, p.lastArticles);
        if (p.lastStatus == u"empty")
            return tr("Nothing new");
        if (p.lastStatus == u"error")
            return tr("Failed: %1").arg(p.lastError.left(120));
        return QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReportProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Report");
    case Schedule:
        return tr("Schedule");
    case Formats:
        return tr("Formats");
    case Destination:
        return tr("Sent to");
    case LastRun:
        return tr("Last run");
    case LastResult:
        return tr("Result");
    case ColumnCount:
        break;
    }
    return {};
}

Error ReportProfileModel::reload()
{
    Result<QList<ReportProfile>> profiles = ReportRepository(m_database).profiles();
    if (!profiles)
        return m_readError = profiles.error();
    beginResetModel();
    m_profiles = std::move(profiles).value();
    endResetModel();
    return m_readError = {};
}

QString ReportProfileModel::save(const ReportProfile &profile)
{
    ReportRepository reports(m_database);
    if (profile.id == 0) {
        const Result<qint64> id = reports.add(profile);
        if (!id)
            return id.error().detail;
    } else if (Error error = reports.update(profile)) {
        return error.detail;
    }
    reload();
    return {};
}

QString ReportProfileModel::remove(int row)
{
    if (row < 0 || row >= m_profiles.size())
        return {};
    const Result<bool> removed = ReportRepository(m_database).remove(m_profiles.at(row).name);
    if (!removed)
        return removed.error().detail;
    reload();
    return {};
}

} // namespace Medtour
