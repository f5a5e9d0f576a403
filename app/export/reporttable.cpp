// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttable.h"

#include "export/reportpages.h"

#include <QCoreApplication>

namespace Medtour::Export::ReportTable {

int relevanceColumn()
{
    return FirstTag + int(tagFacetKinds().size());
}

int copiesColumn()
{
    return relevanceColumn() + 1;
}

int urlColumn()
{
    return relevanceColumn() + 2;
}

int columnCount()
{
    return relevanceColumn() + 3;
}

QStringList headers()
{
    const auto heading = [](const char *head) {
        return QCoreApplication::translate("Medtour::Export::ReportTable", head);
    };
    QStringList out{heading(QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "Date")),
                    heading(QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "Outlet")),
                    heading(QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "Title")),
                    heading(QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "Reporter"))};
    for (const FacetKind kind : tagFacetKinds())
        out << facetTitle(kind);
    out << heading(QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "Relevance"))
        << heading(QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "Copies"))
        << heading(QT_TRANSLATE_NOOP("Medtour::Export::ReportTable", "URL"));
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
    QStringList row{ReportPages::dateTime(a.published, zone), cleanCell(a.outlet), cleanCell(a.title),
                    cleanCell(a.reporter)};
    for (const FacetKind kind : tagFacetKinds())
        row << cleanCell(a.tagsOf(kind).join(separator));
    row << QString::number(a.relevance, 'f', 2) << QString::number(a.copies)
        << cleanCell(a.url.toString(QUrl::FullyEncoded), 4000);
    return row;
}

} // namespace Medtour::Export::ReportTable
