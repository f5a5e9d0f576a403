// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance runner: scores FeedParser::parse against the peer suites in shared/corpora (gofeed,
// feed-rs, feedparser) and the date vectors, prints pass rates per suite, folder and field, and fails
// when a rate falls below the checked-in ratchet.
//
// Usage: conformance_runner --corpora DIR --not-applicable FILE --ratchet FILE [--log FILE] [--update-ratchet]
// Exit codes: 0 ok, 1 a rate dropped or the inputs are inconsistent, 77 the corpora are missing (CTest skip).
#include "report.h"
#include "scoreboard.h"
#include "suites.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Medtour::Conformance;

namespace Medtour::Conformance {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace Medtour::Conformance

namespace {

QString argument(const QStringList &args, const QString &name)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

int fail(const QString &message)
{
    std::fprintf(stderr, "conformance: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // only for the argument list; the parser itself needs no application
    const QStringList args = QCoreApplication::arguments();
    const QString corpora = argument(args, QStringLiteral("--corpora"));
    const QString listPath = argument(args, QStringLiteral("--not-applicable"));
    const QString ratchetPath = argument(args, QStringLiteral("--ratchet"));
    const QString logPath = argument(args, QStringLiteral("--log"));
    if (corpora.isEmpty() || listPath.isEmpty() || ratchetPath.isEmpty())
        return fail(QStringLiteral("usage: conformance_runner --corpora DIR --not-applicable FILE --ratchet FILE "
                                   "[--log FILE] [--update-ratchet]"));
    if (!QDir(corpora).exists(QStringLiteral("gofeed"))) {
        std::printf("SKIP: peer corpora not found at %s (shared/ must sit beside the project; CI always has it)\n",
                    qPrintable(corpora));
        return 77;
    }
    Scoreboard board;
    QString error;
    if (!board.loadNotApplicable(listPath, &error))
        return fail(error);

    QElapsedTimer timer;
    timer.start();
    QMap<QString, int> cases;
    cases.insert(QStringLiteral("gofeed"), runGofeed(corpora + u"/gofeed/testdata", board));
    cases.insert(QStringLiteral("feed-rs"), runFeedRs(corpora + u"/feed-rs/fixture", board));
    cases.insert(QStringLiteral("feedparser"), runFeedparser(corpora + u"/feedparser", board));
    cases.insert(QStringLiteral("date-vectors"), runDateVectors(corpora + u"/date-vectors", board));
    const qint64 elapsed = timer.elapsed();

    const Rates rates = aggregate(board);
    printReport(board, rates, cases);
    std::printf("\nran %d checks in %lld ms\n", int(board.checks().size()), static_cast<long long>(elapsed));

    int status = 0;
    for (const Check &c : board.checks()) {
        if (c.outcome == Outcome::NotApplicable && !board.reasons().contains(c.note)) {
            status = fail(QStringLiteral("category '%1' has no reason in %2").arg(c.note, listPath));
            break;
        }
    }
    for (const NotApplicableRule &rule : board.rules()) {
        if (rule.uses == 0)
            status = fail(QStringLiteral("%1:%2 matches no check (%3 %4); remove it")
                              .arg(listPath)
                              .arg(rule.line)
                              .arg(rule.casePattern, rule.field));
    }
    if (!logPath.isEmpty()) {
        if (writeLog(board, logPath))
            std::printf("failing checks and not-applicable cases: %s\n", qPrintable(logPath));
        else
            status = fail(QStringLiteral("cannot write %1").arg(logPath));
    }
    if (args.contains(QStringLiteral("--update-ratchet"))) {
        if (!writeRatchet(rates, ratchetPath))
            return fail(QStringLiteral("cannot write %1").arg(ratchetPath));
        std::printf("ratchet updated: %s\n", qPrintable(ratchetPath));
        return status;
    }
    const QStringList drops = ratchetDrops(rates, ratchetPath, &error);
    if (!error.isEmpty())
        return fail(error);
    for (const QString &drop : drops)
        fail(u"rate dropped below the ratchet: " + drop);
    return drops.isEmpty() ? status : 1;
}
