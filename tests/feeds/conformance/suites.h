// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Medtour::Conformance {

class Scoreboard;

/// Each suite reads its files under `root` (the suite's folder in shared/corpora) and scores every case.
/// They return the number of cases run.
int runGofeed(const QString &root, Scoreboard &board);
int runFeedRs(const QString &root, Scoreboard &board);
int runFeedparser(const QString &root, Scoreboard &board);
int runDateVectors(const QString &root, Scoreboard &board);

/// Reads a whole file; empty on failure.
QByteArray readFile(const QString &path);

} // namespace Medtour::Conformance
