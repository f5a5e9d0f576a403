// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"

#include "export/reporttable.h"

namespace Medtour::Export::CsvExporter {

namespace {

QString field(QString text)
{
    if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

QByteArray line(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &c : cells)
        fields << field(c);
    return fields.join(u',').toUtf8() + "\r\n";
}

} // namespace

QByteArray toBytes(const ReportModel &model)
{
    QByteArray out("\xEF\xBB\xBF");
    out += line(ReportTable::headers());
    for (const ReportArticle *a : model.articles())
        out += line(ReportTable::cells(*a, model.options.timeZone));
    return out;
}

} // namespace Medtour::Export::CsvExporter
