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
/// Turns an ArticleQuery into SQL conditions with bound parameters, never with spliced user text.
SqlFilter filterFor(const ArticleQuery &query);
} // namespace QuerySql

} // namespace Medtour
