// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Medtour {

class Database;

/// What importing an OPML file did.
struct OpmlImport
{
    QString title;
    int added = 0;
    int skipped = 0; ///< already configured (same URL)
    QList<qint64> ids;
    QStringList errors; ///< outlines the reader skipped, with why
};

/// OPML files to and from the configured sources: shared by `medtour-cli sources import|export`
/// and the Sources dialog. Errors: NotFound/Io/InvalidInput for the file, Database for the cache.
namespace OpmlFiles {
Result<OpmlImport> importFile(Database &database, const QString &path);
/// Writes every feed and query source; returns how many were written.
Result<int> exportFile(Database &database, const QString &path);
} // namespace OpmlFiles

} // namespace Medtour
