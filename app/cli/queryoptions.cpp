// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryoptions.h"

#include "text/dateparser.h"

namespace Medtour::Cli::QueryOptions {

namespace {

QStringList values(const QCommandLineParser &parser, const QString &name)
{
    QStringList out;
    const QStringList raw = parser.values(name);
    for (const QString &v : raw) {
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts))
            out << part.trimmed();
    }
    return out;
}

bool readDate(const QCommandLineParser &parser, const QString &name, bool endOfDay, QDateTime *out, QString *error)
{
    if (!parser.isSet(name))
        return true;
    const QString text = parser.value(name).trimmed();
    const QDateTime dt = DateParser::parse(text, QTimeZone::utc());
    if (!dt.isValid()) {
        *error = QStringLiteral("--%1: '%2' is not a date (use e.g. 2026-01-31)").arg(name, text);
        return false;
    }
    // A bare date in --until means "up to the end of that day".
    const bool dateOnly = text.size() <= 10 && !text.contains(u':');
    *out = endOfDay && dateOnly ? dt.addDays(1) : dt;
    return true;
}

} // namespace

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("market"), QStringLiteral("Only articles about market <code> (ISO 3166-1, e.g. KZ)."),
         QStringLiteral("code")},
        {QStringLiteral("region"), QStringLiteral("Only Korean region <code> (ISO 3166-2:KR, e.g. KR-30)."),
         QStringLiteral("code")},
        {QStringLiteral("specialty"), QStringLiteral("Only specialty <slug> (e.g. urology)."), QStringLiteral("slug")},
        {QStringLiteral("hospital"), QStringLiteral("Only articles naming hospital <name>."), QStringLiteral("name")},
        {QStringLiteral("event"), QStringLiteral("Only event type <slug> (e.g. mou)."), QStringLiteral("slug")},
        {QStringLiteral("source"), QStringLiteral("Only source <id>."), QStringLiteral("id")},
        {QStringLiteral("lang"), QStringLiteral("Only language <code> (e.g. ko)."), QStringLiteral("code")},
        {QStringLiteral("since"), QStringLiteral("Published on or after <date>."), QStringLiteral("date")},
        {QStringLiteral("until"), QStringLiteral("Published up to <date> (inclusive for a bare date)."),
         QStringLiteral("date")},
        {QStringLiteral("min-relevance"), QStringLiteral("Relevance at least <r> (0..1)."), QStringLiteral("r")},
        {QStringLiteral("unread"), QStringLiteral("Only unread articles.")},
        {QStringLiteral("starred"), QStringLiteral("Only starred articles.")},
    };
}

bool read(const QCommandLineParser &parser, ArticleQuery *query, QString *error)
{
    query->markets = values(parser, QStringLiteral("market"));
    for (QString &m : query->markets)
        m = m.toUpper();
    query->regions = values(parser, QStringLiteral("region"));
    for (QString &r : query->regions)
        r = r.toUpper();
    query->specialties = values(parser, QStringLiteral("specialty"));
    query->hospitals = values(parser, QStringLiteral("hospital"));
    query->events = values(parser, QStringLiteral("event"));
    query->languages = values(parser, QStringLiteral("lang"));
    for (const QString &s : values(parser, QStringLiteral("source"))) {
        bool ok = false;
        const qint64 id = s.toLongLong(&ok);
        if (!ok || id <= 0) {
            *error = QStringLiteral("--source takes a source id, not '%1'").arg(s);
            return false;
        }
        query->sourceIds << id;
    }
    if (!readDate(parser, QStringLiteral("since"), false, &query->since, error) ||
        !readDate(parser, QStringLiteral("until"), true, &query->until, error)) {
        return false;
    }
    if (parser.isSet(QStringLiteral("min-relevance"))) {
        bool ok = false;
        query->minRelevance = parser.value(QStringLiteral("min-relevance")).toDouble(&ok);
        if (!ok || query->minRelevance < 0 || query->minRelevance > 1) {
            *error = QStringLiteral("--min-relevance takes a number from 0 to 1");
            return false;
        }
    }
    query->unreadOnly = parser.isSet(QStringLiteral("unread"));
    query->starredOnly = parser.isSet(QStringLiteral("starred"));
    return true;
}

} // namespace Medtour::Cli::QueryOptions
