// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryoptions.h"

#include "text/dateparser.h"

#include <cmath>

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
    QList<QCommandLineOption> out;
    for (const FacetKind kind : allFacetKinds()) {
        const FacetKindInfo &info = facetKindInfo(kind);
        out << QCommandLineOption(QString::fromLatin1(info.cliOption), QString::fromLatin1(info.cliHelp),
                                  QString::fromLatin1(info.cliValue));
    }
    out << QCommandLineOption(QStringLiteral("since"), QStringLiteral("Published on or after <date>."),
                              QStringLiteral("date"))
        << QCommandLineOption(QStringLiteral("until"),
                              QStringLiteral("Published up to <date> (inclusive for a bare date)."),
                              QStringLiteral("date"))
        << QCommandLineOption(QStringLiteral("min-relevance"), QStringLiteral("Relevance at least <r> (0..1)."),
                              QStringLiteral("r"))
        << QCommandLineOption(QStringLiteral("unread"), QStringLiteral("Only unread articles."))
        << QCommandLineOption(QStringLiteral("starred"), QStringLiteral("Only starred articles."));
    return out;
}

bool read(const QCommandLineParser &parser, ArticleQuery *query, QString *error)
{
    for (const FacetKind kind : allFacetKinds()) {
        const FacetKindInfo &info = facetKindInfo(kind);
        const QStringList given = values(parser, QString::fromLatin1(info.cliOption));
        if (kind != FacetKind::Source) {
            QStringList &selected = query->selected(kind);
            selected = given;
            if (info.upperCaseCodes) {
                for (QString &code : selected)
                    code = code.toUpper();
            }
            continue;
        }
        for (const QString &s : given) {
            bool ok = false;
            const qint64 id = s.toLongLong(&ok);
            if (!ok || id <= 0) {
                *error = QStringLiteral("--source takes a source id, not '%1'").arg(s);
                return false;
            }
            query->sourceIds << id;
        }
    }
    if (!readDate(parser, QStringLiteral("since"), false, &query->since, error) ||
        !readDate(parser, QStringLiteral("until"), true, &query->until, error)) {
        return false;
    }
    if (parser.isSet(QStringLiteral("min-relevance"))) {
        bool ok = false;
        query->minRelevance = parser.value(QStringLiteral("min-relevance")).toDouble(&ok);
        // "nan" and "inf" read as numbers; NaN compares false with everything and would pass.
        if (!ok || !std::isfinite(query->minRelevance) || query->minRelevance < 0 || query->minRelevance > 1) {
            *error = QStringLiteral("--min-relevance takes a number from 0 to 1");
            return false;
        }
    }
    query->unreadOnly = parser.isSet(QStringLiteral("unread"));
    query->starredOnly = parser.isSet(QStringLiteral("starred"));
    return true;
}

} // namespace Medtour::Cli::QueryOptions
