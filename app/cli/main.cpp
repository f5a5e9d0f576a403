// SPDX-License-Identifier: GPL-3.0-or-later
// medtour-cli: the headless face of the reader core. Tests, benchmarks and scripts drive it;
// its commands and JSON shapes are an interface (extend them, never rename or reshape them).

#include "commands.h"
#include "core/apppaths.h"
#include "core/logging.h"
#include "jsonout.h"
#include "queryoptions.h"

#include <QCoreApplication>
#ifdef MEDTOUR_HAVE_EXPORT
#include <QGuiApplication>
#endif

#include <functional>
#include <map>
#include <memory>

using namespace Medtour;

namespace {

struct Command
{
    std::function<int(const Cli::Invocation &)> run;
    const char *synopsis;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table = {
        {QStringLiteral("parse"), {Cli::parse, "parse FILE|URL        parse a feed and print it"}},
        {QStringLiteral("extract"), {Cli::extract, "extract FILE|URL [--url URL] the article in a news page"}},
        {QStringLiteral("ingest"), {Cli::ingest, "ingest FILE...        store feed files in the cache"}},
        {QStringLiteral("list"), {Cli::list, "list [filters]        cached articles, newest first"}},
        {QStringLiteral("show"), {Cli::show, "show ID               one cached article"}},
        {QStringLiteral("search"), {Cli::search, "search QUERY [filters] full-text search, best first"}},
        {QStringLiteral("facets"), {Cli::facets, "facets [QUERY] [filters] counts per market, region, ..."}},
        {QStringLiteral("clusters"), {Cli::clusters, "clusters [--limit N]  stories reported by several outlets"}},
        {QStringLiteral("star"), {Cli::star, "star IDS              star articles (IDS = 1,2,3)"}},
        {QStringLiteral("unstar"), {Cli::unstar, "unstar IDS            remove stars"}},
        {QStringLiteral("read"), {Cli::markRead, "read IDS              mark read"}},
        {QStringLiteral("unread"), {Cli::markUnread, "unread IDS            mark unread"}},
        {QStringLiteral("note"), {Cli::note, "note ID TEXT          set (or with empty TEXT clear) a note"}},
        {QStringLiteral("stats"), {Cli::stats, "stats                 counts of what the cache holds"}},
        {QStringLiteral("prune"), {Cli::prune, "prune [--days N] [--per-source N] apply retention"}},
        {QStringLiteral("optimize"), {Cli::optimize, "optimize [--vacuum]   compact the index and file"}},
        {QStringLiteral("check"), {Cli::check, "check                 verify the cache's integrity"}},
        {QStringLiteral("recover"),
         {Cli::recover, "recover               rebuild a damaged cache, keeping stars and notes"}},
        {QStringLiteral("sync"), {Cli::sync, "sync [--once] [--source ID] fetch due (--once: all enabled) sources"}},
        {QStringLiteral("sources"),
         {Cli::sources, "sources list|add URL|remove ID|enable ID|disable ID|import F.opml|export F.opml|"
                        "discover URL|add-defaults"}},
#ifdef MEDTOUR_HAVE_EXPORT
        {QStringLiteral("export-pdf"),
         {Cli::exportPdf, "export-pdf --out FILE [--ids IDS | filters] [--title T] [--group-by date|market|outlet] "
                          "a PDF clipping report"}},
#endif
    };
    return table;
}

QString description()
{
    QString text =
        QStringLiteral("Medtour Reader command line. Every command that prints data prints one JSON document on "
                       "stdout; errors go to stderr as one line with a non-zero exit code.\n\nCommands:\n");
    for (const auto &[name, command] : commands())
        text += QStringLiteral("  %1\n").arg(QLatin1StringView(command.synopsis));
    text += QStringLiteral("\nSearch syntax: words (all must match), \"phrases\", -exclusions, OR.");
    return text;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Use the cache at <path> instead of the default."),
                      QStringLiteral("path"), AppPaths::defaultDatabasePath()});
    parser.addOption({QStringLiteral("url"), QStringLiteral("extract: the page's address, for a saved FILE."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most <n> results (list, search, facets)."),
                      QStringLiteral("n"), QStringLiteral("50")});
    parser.addOptions(Cli::QueryOptions::options());
    parser.addOption({QStringLiteral("days"), QStringLiteral("prune: keep <n> days."), QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("per-source"), QStringLiteral("prune: keep <n> articles per source."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("vacuum"), QStringLiteral("optimize: also rewrite the file (VACUUM).")});
    parser.addOption({QStringLiteral("once"), QStringLiteral("sync: every enabled source now, due or not.")});
    parser.addOption(
        {QStringLiteral("timeout"), QStringLiteral("sync: at most <s> seconds per request."), QStringLiteral("s")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("sources add: the source's name."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("kind"),
                      QStringLiteral("sources add: feed (a URL), query (Google News) or page (a news list page "
                                     "without a feed)."),
                      QStringLiteral("k")});
    parser.addOption({QStringLiteral("folder"), QStringLiteral("sources add: folder/label."), QStringLiteral("f")});
    parser.addOption({QStringLiteral("full-page"),
                      QStringLiteral("sources add: complete summary-only items from their web pages.")});
#ifdef MEDTOUR_HAVE_EXPORT
    parser.addOptions(Cli::exportOptions());
#endif
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("one of the commands above"));
    parser.addPositionalArgument(QStringLiteral("args"), QStringLiteral("the command's arguments"),
                                 QStringLiteral("[args...]"));
}

/// The application object the command needs. Only export-pdf needs fonts, hence a
/// QGuiApplication (and a platform plugin); every other command keeps a QCoreApplication, so
/// they still run where no display or platform plugin exists.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
#ifdef MEDTOUR_HAVE_EXPORT
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser probe;
    addOptions(probe);
    if (probe.parse(args) && probe.positionalArguments().value(0) == u"export-pdf") {
        Cli::prepareGuiPlatform();
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    AppPaths::setApplicationIdentity();
    Logging::quietUnlessAsked();

    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        JsonOut::printError(parser.errorText());
        return Cli::Exit::Usage;
    }
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        JsonOut::printError(QStringLiteral("no command given; see medtour-cli --help"));
        return Cli::Exit::Usage;
    }
    const QString name = positional.takeFirst();
    const auto command = commands().find(name);
    if (command == commands().end()) {
        JsonOut::printError(QStringLiteral("unknown command '%1'; see medtour-cli --help").arg(name));
        return Cli::Exit::Usage;
    }
    Cli::Invocation invocation;
    invocation.databasePath = parser.value(QStringLiteral("db"));
    invocation.arguments = positional;
    invocation.parser = &parser;
    return command->second.run(invocation);
}
