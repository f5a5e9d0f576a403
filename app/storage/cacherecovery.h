// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace Medtour {

/// What recovering a damaged cache did, for the message the user reads.
struct RecoveryReport
{
    QString damagedPath; ///< where the damaged file was moved (it is never deleted)
    int sources = 0;     ///< rows salvaged from the damaged file, per kind
    int articles = 0;
    int userStates = 0;
    int restoredFromBackup = 0; ///< articles whose state came from the user-state backup
    int skippedChunks = 0;      ///< ranges of rows SQLite could not read
    QStringList problems;       ///< technical detail, for the log
};

/// Rebuilds a cache that SQLite reports as damaged, without losing what the user curated:
/// moves the file (with its -wal and -shm) aside, creates a fresh cache at the same path, copies
/// every row SQLite can still read from the damaged file (in chunks, so one bad page costs only
/// the rows on it), rebuilds the search index, and then restores stars, notes and read marks
/// from the user-state backup beside the cache where the damaged file had lost them.
namespace CacheRecovery {

Result<RecoveryReport> recover(const QString &path);

} // namespace CacheRecovery

} // namespace Medtour
