// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Medtour::PgArray {

// PostgreSQL array literals, bound as one text value and cast on the server (CAST(? AS text[])):
// QPSQL sends each statement with its values in one round trip, and a feed's rows in one array
// each make one statement instead of one per row. The literal is a value, never SQL.

/// {"a","b\"c"}: every element quoted, with " and \ escaped.
QString text(const QStringList &values);
/// {1,2,NULL}
QString integers(const QList<std::optional<qint64>> &values);
QString integers(const QList<qint64> &values);
/// {0.5,1}
QString reals(const QList<double> &values);

} // namespace Medtour::PgArray
