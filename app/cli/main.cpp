// SPDX-License-Identifier: GPL-3.0-or-later
// medtour-cli: the headless face of the reader core. Tests, benchmarks and scripts drive it.

#include "cli/commands.h"
#include "cli/jsonout.h"
#include "core/apppaths.h"

#include <QCoreApplication>

#include <functional>
#include <map>

using namespace Medtour;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    AppPaths::setApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("medtour")); // same data folder as the GUI

    const std::map<QString, std::function<int(const Cli::Invocation &)>> commands = {
        {QStringLiteral("parse"), Cli::parse},
        {QStringLiteral("ingest"), Cli::ingest},
        {QStringLiteral("list"), Cli::list},
        {QStringLiteral("show"), Cli::show},
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Medtour Reader command line. Every command prints JSON on stdout; errors go to stderr.\n\n"
                       "Commands:\n"
                       "  parse FILE|URL     parse a feed and print it\n"
                       "  ingest FILE...     store feed files in the cache\n"
                       "  list [--limit N]   list cached articles, newest first\n"
                       "  show ID            print one cached article"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Use the cache at <path> instead of the default."),
                      QStringLiteral("path"), AppPaths::defaultDatabasePath()});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most <n> rows (list)."), QStringLiteral("n"),
                      QStringLiteral("50")});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("parse, ingest, list or show"));
    parser.addPositionalArgument(QStringLiteral("args"), QStringLiteral("the command's arguments"),
                                 QStringLiteral("[args...]"));
    if (!parser.parse(QCoreApplication::arguments())) {
        JsonOut::printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        JsonOut::printError(QStringLiteral("no command given; see medtour-cli --help"));
        return 2;
    }
    const QString name = positional.takeFirst();
    const auto command = commands.find(name);
    if (command == commands.end()) {
        JsonOut::printError(QStringLiteral("unknown command '%1'; see medtour-cli --help").arg(name));
        return 2;
    }
    Cli::Invocation invocation;
    invocation.databasePath = parser.value(QStringLiteral("db"));
    invocation.arguments = positional;
    invocation.parser = &parser;
    return command->second(invocation);
}
