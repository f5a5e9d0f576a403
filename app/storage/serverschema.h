// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace Medtour::ServerSchema {

/// The team schema version this build uses (meta 'schema_version' on the server).
int latestVersion();
/// The server's schema version; 0 when the team schema is not there.
Result<int> currentVersion(QSqlDatabase db);
/// Creates or migrates the team schema, each step in its own transaction, under a lock so that two
/// `server init` at once do not collide, and makes the connection's user the team's admin.
Error migrate(QSqlDatabase db);
/// Error unless the schema is there at exactly this build's version (what every connection but
/// `server init` needs): an older one asks for `server init`, a newer one for a newer reader.
Error check(QSqlDatabase db);

} // namespace Medtour::ServerSchema
