// SPDX-License-Identifier: GPL-3.0-or-later
// medtour-cli: the headless face of the reader core. Tests, benchmarks and scripts drive it;
// its commands and JSON shapes are an interface (extend them, never rename or reshape them).

#include "commands.h"
#include "core/apppaths.h"
#include "core/logging.h"
#include "jsonout.h"
#include "queryoptions.h"

#include <QCoreApplication>
#include <QMessageLogContext>
#include <QSet>
#ifdef MEDTOUR_HAVE_EXPORT
#include <QGuiApplication>
#endif

#include <cstdio>
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
        {QStringLiteral("server"),
         {Cli::server, "server init            create or migrate a team server's schema (--server URL)"}},
        {QStringLiteral("team"),
         {Cli::team, "team list|add-member NAME [--editor|--service] [--password-file F]|remove NAME|status"}},
        {QStringLiteral("serve"),
         {Cli::serve, "serve [--interval-minutes N] the team's sync service, until SIGTERM (--server URL)"}},
        {QStringLiteral("join"), {Cli::join, "join URL [--days N]   make the cache (--db) a replica of a team server"}},
#ifdef MEDTOUR_HAVE_EXPORT
        {QStringLiteral("export-pdf"),
         {Cli::exportPdf, "export-pdf --out FILE [--ids IDS | filters] [--title T] [--group-by date|market|outlet] "
                          "a PDF clipping report"}},
        {QStringLiteral("export"),
         {Cli::exportReport, "export --format pdf|odt|xlsx|csv --out FILE [--ids IDS | filters] [--title T] "
                             "[--group-by …] a report in any format"}},
        {QStringLiteral("reports"),
         {Cli::reports, "reports add NAME --every daily|weekdays|weekly:mon --at HH:MM [filters] [--format pdf,odt,"
                        "xlsx,csv] [--folder DIR] [--mail-to A,B]|list|remove NAME|run NAME|run-due"}},
        {QStringLiteral("mail"),
         {Cli::mail, "mail setup --smtp URL --from ADDR [--user U --password-file F]|test --to ADDR"}},
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
        text += QStringLiteral("  %1\n").arg(QString::fromUtf8(command.synopsis));
    text += QStringLiteral("\nSearch syntax: words (all must match), \"phrases\", -exclusions, OR.");
    return text;
}

/// The long names of the options that take a value (filled by addOptions()).
QSet<QString> &valueOptions()
{
    static QSet<QString> names;
    return names;
}

void addOptions(QCommandLineParser &parser)
{
    const auto add = [&parser](const QCommandLineOption &option) {
        parser.addOption(option);
        if (!option.valueName().isEmpty())
            valueOptions().unite(QSet<QString>(option.names().cbegin(), option.names().cend()));
    };
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addVersionOption();
    add({QStringLiteral("db"), QStringLiteral("Use the cache at <path> instead of the default."),
         QStringLiteral("path"), AppPaths::defaultDatabasePath()});
    add({QStringLiteral("verbose"),
         QStringLiteral("Also print warnings and log lines on stderr (otherwise only the one error "
                        "line).")});
    add({QStringLiteral("url"), QStringLiteral("extract: the page's address, for a saved FILE."),
         QStringLiteral("url")});
    add({QStringLiteral("limit"), QStringLiteral("At most <n> results (list, search, facets)."), QStringLiteral("n"),
         QStringLiteral("50")});
    for (const QCommandLineOption &option : Cli::QueryOptions::options())
        add(option);
    add({QStringLiteral("days"),
         QStringLiteral("prune: keep <n> days; join: pull the last <n> days first, the rest after."),
         QStringLiteral("n")});
    add({QStringLiteral("per-source"), QStringLiteral("prune: keep <n> articles per source."), QStringLiteral("n")});
    add({QStringLiteral("vacuum"), QStringLiteral("optimize: also rewrite the file (VACUUM).")});
    add({QStringLiteral("once"), QStringLiteral("sync: every enabled source now, due or not.")});
    add({QStringLiteral("timeout"), QStringLiteral("sync: at most <s> seconds per request."), QStringLiteral("s")});
    add({QStringLiteral("name"), QStringLiteral("sources add: the source's name."), QStringLiteral("n")});
    add({QStringLiteral("kind"),
         QStringLiteral("sources add: feed (a URL), query (Google News) or page (a news list page "
                        "without a feed)."),
         QStringLiteral("k")});
    add({QStringLiteral("folder"), QStringLiteral("sources add: folder/label."), QStringLiteral("f")});
    add({QStringLiteral("full-page"),
         QStringLiteral("sources add: complete summary-only items from their web pages.")});
    for (const QCommandLineOption &option : Cli::teamOptions())
        add(option);
#ifdef MEDTOUR_HAVE_EXPORT
    for (const QCommandLineOption &option : Cli::exportOptions())
        add(option);
    for (const QCommandLineOption &option : Cli::reportOptions())
        add(option);
#endif
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("one of the commands above"));
    parser.addPositionalArgument(QStringLiteral("args"), QStringLiteral("the command's arguments"),
                                 QStringLiteral("[args...]"));
}

/// The application object the command needs. Only export, export-pdf and reports need fonts, hence a
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
    static const QStringList rendering = {QStringLiteral("export-pdf"), QStringLiteral("export"),
                                          QStringLiteral("reports")};
    if (probe.parse(args) && rendering.contains(probe.positionalArguments().value(0))) {
        Cli::prepareGuiPlatform();
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

/// Commands whose positional arguments are search words: there a word like "-간호사" (an
/// exclusion) is part of the query, not an option.
bool takesQueryWords(const QString &command)
{
    return command == u"search" || command == u"facets";
}

/// The arguments as QCommandLineParser should see them: after a search command, a word that starts
/// with a single '-' is a query word (an exclusion), not an option, so the words go behind "--".
/// Options anywhere still work; other commands see their arguments unchanged.
QStringList protectQueryWords(const QStringList &args)
{
    QStringList options;
    QStringList positional;
    bool query = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--") {
            positional += args.mid(i + 1);
            break;
        }
        const bool dashed = arg.size() > 1 && arg.startsWith(u'-');
        if (dashed && !(query && !arg.startsWith(u"--"))) {
            options << arg;
            if (arg.startsWith(u"--") && !arg.contains(u'=') && valueOptions().contains(arg.mid(2)) &&
                i + 1 < args.size())
                options << args.at(++i);
            continue;
        }
        positional << arg;
        if (positional.size() == 1)
            query = takesQueryWords(arg);
    }
    if (!query)
        return args;
    return QStringList{args.value(0)} + options + QStringList{QStringLiteral("--")} + positional;
}

/// medtour-cli's stderr carries one error line; what Qt or a module would log (a warning from the
/// network stack, a failed statement) goes there only with --verbose.
bool s_verbose = false;

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!s_verbose && type != QtFatalMsg)
        return; // a fatal message still says why the process ends
    const QByteArray line = qFormatLogMessage(type, context, message).toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(messageHandler);
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    AppPaths::setApplicationIdentity();
    Logging::quietUnlessAsked();

    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(protectQueryWords(QCoreApplication::arguments()))) {
        JsonOut::printError(parser.errorText());
        return Cli::Exit::Usage;
    }
    s_verbose = parser.isSet(QStringLiteral("verbose"));
    if (s_verbose && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("medtour.*.debug=false\nmedtour.*.info=true"));
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
    // --server, else MEDTOUR_SERVER unless a cache was named with --db.
    invocation.server = parser.isSet(QStringLiteral("server"))
                            ? parser.value(QStringLiteral("server"))
                            : (parser.isSet(QStringLiteral("db")) ? QString() : qEnvironmentVariable("MEDTOUR_SERVER"));
    if (!invocation.server.isEmpty()) {
        static const QStringList onServer{
            QStringLiteral("list"),    QStringLiteral("search"),     QStringLiteral("show"),
            QStringLiteral("facets"),  QStringLiteral("clusters"),   QStringLiteral("stats"),
            QStringLiteral("sources"), QStringLiteral("sync"),       QStringLiteral("star"),
            QStringLiteral("unstar"),  QStringLiteral("read"),       QStringLiteral("unread"),
            QStringLiteral("note"),    QStringLiteral("export-pdf"), QStringLiteral("export"),
            QStringLiteral("server"),  QStringLiteral("team"),       QStringLiteral("serve"),
            QStringLiteral("reports"), QStringLiteral("mail")};
        if (!onServer.contains(name)) {
            JsonOut::printError(
                QStringLiteral("'%1' works on a desktop cache, not on a team server (--server)").arg(name));
            return Cli::Exit::Usage;
        }
        invocation.databasePath = invocation.server;
    }
    invocation.arguments = positional;
    invocation.parser = &parser;
    return command->second.run(invocation);
}
