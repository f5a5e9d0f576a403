// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// What the replica's SQL on the cache (replicacache.cpp, replicajoin.cpp) shares.
namespace Medtour::ReplicaSql {

/// Prepares `sql` on `q`, binds `binds` and runs it; `what` names the step in the error.
Error run(QSqlQuery &q, const QString &sql, const QVariantList &binds, const char *what);
/// The cache's meta entries whose keys start with "team_", by key.
QHash<QString, QString> teamMeta(const QSqlDatabase &db);
Error setMeta(QSqlQuery &q, const QString &key, const QVariant &value);
/// Queues the member's change of the article `id` for the server (only an article the cache has);
/// a change of the same article and kind still waiting is replaced.
Error queueChange(QSqlQuery &q, qint64 id, const QString &kind, const QString &value, qint64 changed);

} // namespace Medtour::ReplicaSql
