// SPDX-License-Identifier: GPL-3.0-or-later
// date-vectors: feedparser_dates.tsv and gofeed_dates.tsv (input → expected UTC instant, or INVALID).
// Zone-less dates are read as UTC, as both suites do, except feedparser's Korean nate/onblog forms,
// which that suite reads as KST (corpora/README.md §5).
#include "comparators.h"
#include "scoreboard.h"
#include "suites.h"
#include "text/dateparser.h"

#include <QStringList>
#include <QTimeZone>

namespace Medtour::Conformance {

int runDateVectors(const QString &root, Scoreboard &board)
{
    int cases = 0;
    for (const QString &name : {QStringLiteral("feedparser_dates.tsv"), QStringLiteral("gofeed_dates.tsv")}) {
        const QStringList lines = QString::fromUtf8(readFile(root + u'/' + name)).split(u'\n');
        const QStringList header = lines.value(0).split(u'\t');
        const qsizetype inputColumn = header.indexOf(QStringLiteral("input"));
        const qsizetype expectedColumn = header.indexOf(QStringLiteral("expected_utc"));
        if (inputColumn < 0 || expectedColumn < 0)
            continue;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList cells = lines.at(i).split(u'\t');
            if (cells.size() <= expectedColumn)
                continue;
            const QString family = cells.at(0);
            const QString input = cells.at(inputColumn);
            const QString expected = cells.at(expectedColumn);
            const bool korean = family == u"nate" || family == u"onblog";
            const QTimeZone zone = korean ? QTimeZone(9 * 3600) : QTimeZone::utc();
            const QDateTime got = DateParser::parse(input, zone);
            const CaseRef ref{QStringLiteral("date-vectors"), name.chopped(4),
                              QStringLiteral("%1:%2 %3").arg(name).arg(i + 1).arg(input)};
            if (expected == u"INVALID") {
                // Lenient rule: a value for an invalid vector passes unless it is a different instant
                // from the obvious reading; we accept none, so any value is reported.
                board.exact(ref, QStringLiteral("date.invalid"), QStringLiteral("null"), Compare::dateKey(got));
            } else {
                board.date(ref, QStringLiteral("date.valid"), Compare::parseRfc3339(expected), got);
            }
            ++cases;
        }
    }
    return cases;
}

} // namespace Medtour::Conformance
