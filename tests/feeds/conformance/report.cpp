// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "scoreboard.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <cmath>
#include <cstdio>

namespace Medtour::Conformance {

namespace {

/// Rates are kept to four decimals, rounded down, so float noise cannot trip the ratchet.
double floored(double rate)
{
    return std::floor(rate * 10000.0 + 1e-6) / 10000.0;
}

bool isFeedparserTarget(const QString &folder)
{
    return folder.startsWith(u"wellformed/") || folder == u"encoding" || folder == u"illformed";
}

void count(Tally &t, const Check &c)
{
    if (c.outcome == Outcome::NotApplicable) {
        ++t.notApplicable;
        return;
    }
    const bool pass = c.outcome == Outcome::Pass;
    (pass ? t.pass : t.fail) += 1;
    t.secondary += c.secondary ? 1 : 0;
    const bool empty = c.expected.isEmpty() || c.expected == u"null" || c.expected == u"[]" || c.expected == u"0";
    if (!empty) {
        ++t.nonEmpty;
        t.nonEmptyPass += pass ? 1 : 0;
    }
}

QString percent(const Tally &t)
{
    if (t.applicable() == 0)
        return QStringLiteral("   n/a");
    return QString::asprintf("%6.2f%%", 100.0 * t.rate());
}

QString percentOf(int part, int whole)
{
    return whole == 0 ? QStringLiteral("   n/a") : QString::asprintf("%6.2f%%", 100.0 * part / whole);
}

void printRow(const QString &label, const Tally &t)
{
    std::printf("| %-44s | %6d | %6d | %s | %s | %s | %6d |\n", qPrintable(label), t.applicable(), t.pass,
                qPrintable(percent(t)), qPrintable(percentOf(t.nonEmptyPass, t.nonEmpty)),
                qPrintable(percentOf(t.secondary, t.applicable())), t.notApplicable);
}

void printHeader(const char *title)
{
    std::printf("\n%s\n", title);
    std::printf("| %-44s | %6s | %6s | %7s | %7s | %7s | %6s |\n", "group", "checks", "pass", "rate", "non-emp",
                "second", "n/a");
    std::printf("|%s|--------|--------|---------|---------|---------|--------|\n", QByteArray(46, '-').constData());
}

QString shorten(const QString &s)
{
    QString one = s;
    one.replace(u'\n', QStringLiteral("\\n"));
    return one.size() > 300 ? one.left(300) + u"…" : one;
}

} // namespace

Rates aggregate(const Scoreboard &board)
{
    Rates rates;
    for (const Check &c : board.checks()) {
        count(rates[c.suite], c);
        count(rates[c.suite + u" folder " + c.folder], c);
        count(rates[c.suite + u" field " + c.field], c);
        if (c.suite == u"feedparser" && isFeedparserTarget(c.folder))
            count(rates[QStringLiteral("feedparser target")], c);
    }
    return rates;
}

void printReport(const Scoreboard &board, const Rates &rates, const QMap<QString, int> &casesPerSuite)
{
    std::printf("Conformance against peer suites (shared/corpora/README.md §2.2)\n");
    std::printf("rate = primary check; non-emp = among checks whose expected value is not empty;\n"
                "second = lenient text / exact HTML (information only); n/a = not applicable\n");
    printHeader("Per suite");
    for (auto it = casesPerSuite.cbegin(); it != casesPerSuite.cend(); ++it)
        printRow(QStringLiteral("%1 (%2 cases)").arg(it.key()).arg(it.value()), rates.value(it.key()));
    printRow(QStringLiteral("feedparser wellformed+encoding+illformed"),
             rates.value(QStringLiteral("feedparser target")));
    for (const char *kind : {" folder ", " field "}) {
        printHeader(qstrcmp(kind, " folder ") == 0 ? "Per folder" : "Per field");
        for (auto it = rates.cbegin(); it != rates.cend(); ++it) {
            if (it.key().contains(QLatin1StringView(kind)) && it.value().applicable() > 0)
                printRow(QString(it.key()).replace(QLatin1StringView(kind), QStringLiteral(" ")), it.value());
        }
    }
    QMap<QString, QPair<int, QSet<QString>>> categories;
    for (const Check &c : board.checks()) {
        if (c.outcome != Outcome::NotApplicable)
            continue;
        auto &entry = categories[c.suite + u" / " + c.note];
        ++entry.first;
        entry.second.insert(c.caseId);
    }
    std::printf("\nNot applicable (checks / cases) by category\n");
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        const QString category = it.key().section(QStringLiteral(" / "), 1);
        std::printf("  %-40s %5d / %4d  %s\n", qPrintable(it.key()), it.value().first, int(it.value().second.size()),
                    qPrintable(board.reasons().value(category)));
    }
    if (!board.bonuses().isEmpty()) {
        std::printf("\nBonus metrics (not pass conditions)\n");
        for (auto it = board.bonuses().cbegin(); it != board.bonuses().cend(); ++it)
            std::printf("  %s: %d of %d\n", qPrintable(it.key()), it.value().first, it.value().second);
    }
}

bool writeLog(const Scoreboard &board, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return false;
    QTextStream out(&file);
    out << "# Failing checks: suite, case, field, expected, actual\n";
    for (const Check &c : board.checks()) {
        if (c.outcome == Outcome::Fail) {
            out << "FAIL\t" << c.suite << '\t' << c.caseId << '\t' << c.field
                << "\n    expected: " << shorten(c.expected) << "\n    actual:   " << shorten(c.actual) << '\n';
        }
    }
    out << "\n# Not applicable: suite, case, field, category\n";
    for (const Check &c : board.checks()) {
        if (c.outcome == Outcome::NotApplicable)
            out << "N/A\t" << c.suite << '\t' << c.caseId << '\t' << c.field << '\t' << c.note << '\n';
    }
    out << "\n# Entries of the not-applicable list that matched nothing\n";
    for (const NotApplicableRule &rule : board.rules()) {
        if (rule.uses == 0)
            out << "UNUSED\tline " << rule.line << '\t' << rule.suite << '\t' << rule.casePattern << '\t' << rule.field
                << '\n';
    }
    return true;
}

QStringList ratchetDrops(const Rates &rates, const QString &ratchetPath, QString *error)
{
    QFile file(ratchetPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the ratchet %1").arg(ratchetPath);
        return {};
    }
    const QJsonObject floor = QJsonDocument::fromJson(file.readAll()).object();
    QStringList drops;
    for (auto it = floor.begin(); it != floor.end(); ++it) {
        const double minimum = it.value().toObject().value(QLatin1StringView("rate")).toDouble();
        const auto current = rates.constFind(it.key());
        const double rate = current == rates.cend() ? 0.0 : floored(current->rate());
        if (rate + 1e-9 < minimum)
            drops << QStringLiteral("%1: %2 < ratchet %3").arg(it.key()).arg(rate, 0, 'f', 4).arg(minimum, 0, 'f', 4);
    }
    return drops;
}

bool writeRatchet(const Rates &rates, const QString &ratchetPath)
{
    QJsonObject floor;
    for (auto it = rates.cbegin(); it != rates.cend(); ++it) {
        if (it.value().applicable() == 0)
            continue;
        floor.insert(it.key(), QJsonObject{{QStringLiteral("rate"), floored(it.value().rate())},
                                           {QStringLiteral("pass"), it.value().pass},
                                           {QStringLiteral("checks"), it.value().applicable()}});
    }
    QFile file(ratchetPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(floor).toJson(QJsonDocument::Indented));
    return true;
}

} // namespace Medtour::Conformance
