// SPDX-License-Identifier: GPL-3.0-or-later
// Placing the articles that have no cluster yet, for the commands that store articles or print
// clusters (the schema step that re-clusters a cache leaves all of them so), and indexing for
// search those a stopped sync stored but did not index.
#include "commands.h"
#include "storage/clusterrepository.h"
#include "storage/database.h"
#include "storage/replicarepository.h"
#include "storage/searchindex.h"
#include "sync/articleenricher.h"

#include <cstdio>
#include <optional>
#ifdef Q_OS_WIN
#include <io.h>
#define MEDTOUR_ISATTY(f) _isatty(_fileno(f))
#else
#include <unistd.h>
#define MEDTOUR_ISATTY(f) isatty(fileno(f))
#endif

namespace Medtour::Cli {

void indexUnindexed(Database &db)
{
    if (db.isServer() || db.isReadOnly())
        return;
    const Result<int> waiting = SearchIndex::pendingCount(db.db());
    if (!waiting || *waiting == 0) // when it cannot be read, the command's own reads fail and say so
        return;
    for (;;) {
        // A batch per transaction, as the sync's second phase indexes them.
        const Result<int> indexed = SearchIndex::indexPendingBatch(db, 2000);
        if (!indexed) { // they stay listed; the next command or sync tries again
            std::fprintf(stderr, "medtour-cli: warning: could not index new articles for search: %s\n",
                         qPrintable(indexed.error().detail));
            return;
        }
        if (*indexed == 0)
            return;
    }
}

void placeUnplaced(Database &db, ArticleEnricher *enricher)
{
    indexUnindexed(db);
    // On a team server the sync service places articles (members may not write clusters); a replica
    // has the server's clusters.
    if (db.isServer() || ReplicaRepository::isReplica(db))
        return;
    const Result<int> unplaced = ClusterRepository(db).unplacedCount();
    if (!unplaced) { // the command's own reads will fail and say so
        std::fprintf(stderr, "medtour-cli: warning: could not group copies of stories: %s\n",
                     qPrintable(unplaced.error().detail));
        return;
    }
    if (*unplaced == 0)
        return;
    std::optional<ArticleEnricher> own;
    ArticleEnricher &placer = enricher ? *enricher : own.emplace(db);
    // A batch per transaction: a reader open on the same cache waits for one batch at most.
    const bool terminal = MEDTOUR_ISATTY(stderr);
    const Result<int> placed = placer.placeUnplaced([terminal](int done, int total) {
        if (terminal)
            std::fprintf(stderr, "\rmedtour-cli: grouping copies of stories: %d of %d", done, total);
    });
    if (terminal)
        std::fputc('\n', stderr);
    if (!placed) // they stay unplaced; the next command or sync tries again
        std::fprintf(stderr, "medtour-cli: warning: could not group copies of stories: %s\n",
                     qPrintable(placed.error().detail));
}

} // namespace Medtour::Cli
