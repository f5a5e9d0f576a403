// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Medtour::Conformance {

class Scoreboard;

/// Pass and fail counts of one group of checks (a suite, a folder or a field).
struct Tally
{
    int pass = 0;
    int fail = 0;
    int secondary = 0; ///< checks passing the informational score (lenient text / exact HTML)
    int notApplicable = 0;
    int nonEmptyPass = 0; ///< among checks whose expected value is not empty
    int nonEmpty = 0;
    int applicable() const { return pass + fail; }
    double rate() const { return applicable() ? double(pass) / applicable() : 1.0; }
};

/// Rates by key: "<suite>", "<suite> folder <folder>", "<suite> field <field>", "<suite> target".
using Rates = QMap<QString, Tally>;

/// Aggregates the scoreboard into the rate tables.
Rates aggregate(const Scoreboard &board);

/// Prints the tables (per suite, per folder, per field), not-applicable categories and bonus metrics.
void printReport(const Scoreboard &board, const Rates &rates, const QMap<QString, int> &casesPerSuite);

/// Writes every failing check, every not-applicable case and unused list entries to `path`.
bool writeLog(const Scoreboard &board, const QString &path);

/// Compares with the checked-in ratchet; returns the rates that dropped (empty when none did).
QStringList ratchetDrops(const Rates &rates, const QString &ratchetPath, QString *error);
/// Records the current rates as the new floor.
bool writeRatchet(const Rates &rates, const QString &ratchetPath);

} // namespace Medtour::Conformance
