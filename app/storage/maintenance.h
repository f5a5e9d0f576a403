// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QStringList>

namespace Medtour {

class Database;

/// How much of each source to keep. Zero means no limit. Starred or noted articles are always kept.
struct RetentionPolicy
{
    int maxAgeDays = 0;
    int maxPerSource = 0;
};

/// Housekeeping on a cache: retention, compaction, integrity and counts.
namespace Maintenance {

/// Deletes what the policy no longer keeps (with its search entries); returns how many.
Result<int> prune(Database &database, const RetentionPolicy &policy);

/// Merges the search index and runs PRAGMA optimize; with `vacuum`, also rewrites the file.
Error optimize(Database &database, bool vacuum);

/// PRAGMA integrity_check plus the search index's own check; empty when all is well.
QStringList integrityProblems(Database &database);

/// Counts for `medtour-cli stats`: articles, sources, unread, starred, noted, clusters, tags per
/// kind, oldest/newest article time, file size.
QJsonObject stats(Database &database);

} // namespace Maintenance
} // namespace Medtour
