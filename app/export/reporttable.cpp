// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttable.h"

#include "export/reportpages.h"

#include <QCoreApplication>

#include <iterator>

namespace Medtour::Export::ReportTable {

QStringList headers()
{
    static const char *const heads[] = {
        QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "Date"),
        QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "Outlet"),
        QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "Title"),
        QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "Reporter"),
        QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "Markets"),
        QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "Regions"),
        QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "Specialties"),
        QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "Hospitals"),
        QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "Events"),
        QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "Relevance"),
        QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "Copies"),
        QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "URL"),
    };
    static_assert(std::size(heads) == ColumnCount);
    QStringList out;
    for (const char *head : heads)
        out << QCoreApplication::translate("Medtour::Export::ReportTable", head);
    return out;
}

QString cleanCell(const QString &text, qsizetype max)
{
    QString out;
    out.reserve(std::min(text.size(), max));
    for (const QChar c : text) {
        if (out.size() >= max)
            break;
        if (c == u'\t' || c == u'\n')
            out += u' ';
        else if (c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0xfffe && c.unicode() != 0xffff)
            out += c;
    }
    return out.trimmed();
}

QStringList cells(const ReportArticle &a, const QTimeZone &zone)
{
    const QString separator = QStringLiteral(", ");
    QStringList row(ColumnCount);
    row[Date] = ReportPages::dateTime(a.published, zone);
    row[Outlet] = cleanCell(a.outlet);
    row[Title] = cleanCell(a.title);
    row[Reporter] = cleanCell(a.reporter);
    row[Markets] = cleanCell(a.markets.join(separator));
    row[Regions] = cleanCell(a.regions.join(separator));
    row[Specialties] = cleanCell(a.specialties.join(separator));
    row[Hospitals] = cleanCell(a.hospitals.join(separator));
    row[Events] = cleanCell(a.events.join(separator));
    row[Relevance] = QString::number(a.relevance, 'f', 2);
    row[Copies] = QString::number(a.copies);
    row[Url] = cleanCell(a.url.toString(QUrl::FullyEncoded), 4000);
    return row;
}

} // namespace Medtour::Export::ReportTable
