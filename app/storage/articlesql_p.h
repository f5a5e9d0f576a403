// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What ArticleRepository's files share: binding helpers and the list row's columns.

#include "core/result.h"
#include "domain/article.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <vector>

namespace Medtour::ArticleSql {

/// QtSql binds a null QString as NULL; our text columns are NOT NULL with '' meaning "none".
QVariant text(const QString &s);
QVariant secsOrNull(const QDateTime &dt);
QDateTime fromSecs(const QVariant &v);
/// "1,2,3" of ids (numbers only, so splicing them is safe).
QString idList(const QList<qint64> &ids);
QString idList(const std::vector<qint64> &ids);

/// The columns of a list row, read by summaryFrom(): the row, the user state, and what the list shows
/// besides (the cluster's size and the market tags). Aliases: a (articles), s (sources), st (state),
/// cl (clusters). The market tags are aggregated in each engine's way.
QString summarySelect(bool server);
ArticleSummary summaryFrom(const QSqlQuery &q, bool withListColumns = true);

/// Ids the query returns in its first column.
Result<std::vector<qint64>> ids(QSqlDatabase db, const QString &sql, const QVariantList &binds);

} // namespace Medtour::ArticleSql
