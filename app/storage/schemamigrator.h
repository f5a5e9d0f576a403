// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace Medtour::SchemaMigrator {

/// The schema version this build writes (PRAGMA user_version).
int latestVersion();

/// The SQL statements that take a cache from version `version - 1` to `version`.
QStringList statementsFor(int version);

/// Brings the schema to latestVersion(), one transaction per step. A cache written by a newer
/// build is refused (Error::TooNew) rather than touched.
Error migrate(QSqlDatabase db);

/// Migrates only up to `target` (tests build caches at every earlier version with this).
Error migrateTo(QSqlDatabase db, int target);

/// PRAGMA user_version of an open database, or -1 when it cannot be read.
int currentVersion(QSqlDatabase db);

} // namespace Medtour::SchemaMigrator
