// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <array>
#include <memory>

namespace Medtour {

/// Reads a large result (a million rows, the in-memory index's load) column by column without
/// QtSql's per-value copies: through SQLite's own statement API on the driver's connection when the
/// build shares Qt's SQLite library (MEDTOUR_SQLITE_DIRECT: Debian's Qt links the system one),
/// through QSqlQuery otherwise (Qt's own builds bundle SQLite in the plugin). Same rows either way.
/// Holds at most kMaxColumns columns; text columns are read as their UTF-8 bytes.
class BulkRows final
{
public:
    static constexpr int kMaxColumns = 8;
    enum class Via
    {
        Fastest,
        QtSql
    };

    /// Runs `sql` (no bound values) on `db`, on the calling thread, which must own the connection.
    BulkRows(QSqlDatabase db, const char *sql, Via via = Via::Fastest);
    /// The same with `values` bound to the statement's `?` placeholders, in order: integers as
    /// integers, anything else as text.
    BulkRows(QSqlDatabase db, const char *sql, const QVariantList &values, Via via = Via::Fastest);
    ~BulkRows();
    Q_DISABLE_COPY_MOVE(BulkRows)

    /// The next row; false at the end or on an error (error() says which).
    bool next();
    qint64 int64(int column) const;
    double real(int column) const;
    /// Valid until next().
    QByteArrayView bytes(int column);
    /// What failed (preparing or stepping), or none.
    Error error(const char *what) const;
    /// Whether rows come through SQLite's own API (for tests and benchmarks).
    bool isDirect() const { return m_statement != nullptr; }
    /// Whether this build, with this driver, can read through SQLite's own API.
    static bool directAvailable(QSqlDatabase db);
    /// Whether this build reads through SQLite's own API where the driver allows it.
    static bool builtDirect();

private:
    struct Statement; // SQLite's, when direct
    std::unique_ptr<Statement> m_statement;
    QSqlQuery m_query;
    QString m_error;
    std::array<QByteArray, kMaxColumns> m_held; // the QtSql path's bytes of the current row
};

} // namespace Medtour
