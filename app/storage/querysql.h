// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/articlequery.h"

#include <QStringList>
#include <QVariantList>

namespace Medtour {

/// A WHERE clause with positional parameters; the table aliases are a (articles) and st (article_state).
struct SqlFilter
{
    QStringList where;
    QVariantList binds;

    QString whereClause() const;
};

namespace QuerySql {
/// Turns an ArticleQuery into SQL conditions with bound parameters, never with spliced user text; for
/// the desktop cache (FTS5) or a team server (`server`: tsquery).
SqlFilter filterFor(const ArticleQuery &query, bool server = false);
} // namespace QuerySql

} // namespace Medtour
