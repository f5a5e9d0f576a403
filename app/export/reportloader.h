// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/articlequery.h"
#include "export/reportbuilder.h"

#include <QList>

#include <atomic>

namespace Medtour {
class Database;
}

namespace Medtour::Export {

/// Loads what a report needs from the cache through the repositories (no SQL of its own).
/// Runs on whichever thread owns `database`, e.g. a worker with its own connection.
class ReportLoader final
{
public:
    /// A report holds at most this many articles (a clipping report is read, not archived).
    static constexpr int kMaxArticles = 2000;

    explicit ReportLoader(const Database &database);

    /// The ids under `query`: newest first, or best first when it has search text; at most `limit`.
    Result<QList<qint64>> idsFor(const ArticleQuery &query, int limit = kMaxArticles) const;

    /// The articles with their tags and clusters; unknown ids are skipped, a failed read is the
    /// error. Stops early (returning what it has) when `cancelled` becomes true.
    Result<QList<ReportInput>> load(const QList<qint64> &ids, const std::atomic_bool *cancelled = nullptr) const;

private:
    const Database &m_database;
};

} // namespace Medtour::Export
