// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

namespace Medtour {
class ArticleEnricher;
class Database;
} // namespace Medtour

namespace Medtour::Cli {

/// Everything a command needs from the command line, parsed once.
struct Invocation
{
    QString databasePath;  ///< the cache, or the team server's address with --server
    QString server;        ///< --server (or MEDTOUR_SERVER): a team server's postgresql:// address
    QStringList arguments; ///< positional arguments after the command name
    const QCommandLineParser *parser = nullptr;
};

/// Exit codes: 0 success, 1 bad input or not found, 2 usage, 3 storage.
namespace Exit {
inline constexpr int BadInput = 1;
inline constexpr int Usage = 2;
inline constexpr int Storage = 3;
} // namespace Exit

/// Prints one line to stderr and returns `code`.
int fail(int code, const QString &reason);
/// What a command does with the cache.
enum class Access
{
    Read,
    Write,
};
/// Opens the cache; on failure prints why and sets `*exitCode`. A command that writes fails at once,
/// with one "read-only" line, on a cache that opened read-only (Database::isReadOnly()).
bool openDatabase(Database &db, const Invocation &in, int *exitCode, Access access = Access::Read);
/// "the cache X is read-only (why); nothing was changed"
QString readOnlyMessage(const Database &db);
/// Parses "1,2,3"; false on anything else.
bool parseIds(const QString &text, QList<qint64> *ids);
/// Places the articles that have no cluster yet (after the schema step that re-clusters a cache,
/// or a stopped sync), with `enricher` when given; a failure is a warning on stderr (unplaced.cpp).
void placeUnplaced(Database &db, ArticleEnricher *enricher = nullptr);
/// Indexes for search the articles a stopped sync stored but did not index (placeUnplaced() does
/// it first); a failure is a warning on stderr.
void indexUnindexed(Database &db);

// Each command prints one JSON document on success and returns 0.
int parse(const Invocation &in);
int extract(const Invocation &in);
int ingest(const Invocation &in);
int list(const Invocation &in);
int show(const Invocation &in);
int search(const Invocation &in);
int facets(const Invocation &in);
int clusters(const Invocation &in);
int star(const Invocation &in);
int unstar(const Invocation &in);
int markRead(const Invocation &in);
int markUnread(const Invocation &in);
int note(const Invocation &in);
int stats(const Invocation &in);
int prune(const Invocation &in);
int optimize(const Invocation &in);
int check(const Invocation &in);
int recover(const Invocation &in);
int sync(const Invocation &in);
int sources(const Invocation &in);

// Team mode (teamcommands.cpp, servicecommand.cpp, replicacommands.cpp).
/// --editor, --service, --password-file, --interval-minutes
QList<QCommandLineOption> teamOptions();
int server(const Invocation &in);
int team(const Invocation &in);
int teamStatus(const Invocation &in);
int serve(const Invocation &in);
int join(const Invocation &in);
/// `sync` on a cache joined to a team: push the queued changes and pull (replicacommands.cpp).
int replicaSync(Database &cache);

// PDF clipping reports (exportcommand.cpp; built when medtour_export is).
/// --out, --ids, --title, --org, --group-by, --lead-only, --page-per-article, --page-size, --query
QList<QCommandLineOption> exportOptions();
/// Defaults QT_QPA_PLATFORM to offscreen when no display is set, before the QGuiApplication is made.
void prepareGuiPlatform();
int exportPdf(const Invocation &in);
/// export --format pdf|odt|xlsx|csv (exportcommand.cpp).
int exportReport(const Invocation &in);

// Scheduled reports and mail (reportcommands.cpp; built with medtour_export).
/// --every, --at, --time-zone, --mail-to, --smtp, --from, --user, --password-file, --ca-file, --to
QList<QCommandLineOption> reportOptions();
int reports(const Invocation &in);
int mail(const Invocation &in);

} // namespace Medtour::Cli
