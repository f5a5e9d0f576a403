// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgarray_p.h"

namespace Medtour::PgArray {

QString text(const QStringList &values)
{
    QString out;
    qsizetype size = 2;
    for (const QString &v : values)
        size += v.size() + 3;
    out.reserve(size);
    out += u'{';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += u',';
        out += u'"';
        for (const QChar c : values.at(i)) {
            if (c == u'"' || c == u'\\')
                out += u'\\';
            out += c;
        }
        out += u'"';
    }
    out += u'}';
    return out;
}

QString integers(const QList<std::optional<qint64>> &values)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += u',';
        out += values.at(i) ? QString::number(*values.at(i)) : QStringLiteral("NULL");
    }
    return out + u'}';
}

QString integers(const QList<qint64> &values)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += u',';
        out += QString::number(values.at(i));
    }
    return out + u'}';
}

QString reals(const QList<double> &values)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += u',';
        out += QString::number(values.at(i), 'g', 17);
    }
    return out + u'}';
}

} // namespace Medtour::PgArray
