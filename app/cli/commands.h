// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace Medtour::Cli {

/// Everything a command needs from the command line, parsed once.
struct Invocation
{
    QString databasePath;
    QStringList arguments; ///< positional arguments after the command name
    const QCommandLineParser *parser = nullptr;
};

/// Each command prints one JSON document on success and returns 0; on failure it prints one
/// line to stderr and returns non-zero (1: bad input or not found, 2: usage, 3: storage).
int parse(const Invocation &in);
int ingest(const Invocation &in);
int list(const Invocation &in);
int show(const Invocation &in);

} // namespace Medtour::Cli
