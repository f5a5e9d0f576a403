// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkrows.h"

#include "core/logging.h"
#include "storage/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#ifdef MEDTOUR_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace Medtour {

#ifdef MEDTOUR_SQLITE_DIRECT
namespace {

/// The driver's connection, when it is SQLite and the library it runs is the one linked here.
sqlite3 *connectionOf(QSqlDatabase db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // The build found Qt's plugin linking the shared library; a plugin from elsewhere that runs
    // another SQLite (bundled) must not get our calls: the versions would differ.
    QSqlQuery version(db);
    if (!version.exec(QStringLiteral("SELECT sqlite_version()")) || !version.next() ||
        version.value(0).toString() != QLatin1String(sqlite3_libversion()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

struct BulkRows::Statement
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    ~Statement() { sqlite3_finalize(statement); }
};
#else
struct BulkRows::Statement
{
};
#endif

BulkRows::BulkRows(QSqlDatabase db, const char *sql, Via via)
    : BulkRows(db, sql, QVariantList(), via)
{}

BulkRows::BulkRows(QSqlDatabase db, const char *sql, const QVariantList &values, Via via)
    : m_query(db)
{
#ifdef MEDTOUR_SQLITE_DIRECT
    if (via == Via::Fastest) {
        if (sqlite3 *connection = connectionOf(db)) {
            m_statement = std::make_unique<Statement>();
            m_statement->db = connection;
            if (sqlite3_prepare_v2(connection, sql, -1, &m_statement->statement, nullptr) != SQLITE_OK) {
                m_error = QString::fromUtf8(sqlite3_errmsg(connection));
                return;
            }
            for (qsizetype i = 0; i < values.size(); ++i) {
                const QVariant &value = values.at(i);
                const int id = value.typeId();
                int bound = SQLITE_OK;
                if (id == QMetaType::LongLong || id == QMetaType::Int || id == QMetaType::ULongLong ||
                    id == QMetaType::UInt) {
                    bound = sqlite3_bind_int64(m_statement->statement, int(i + 1), value.toLongLong());
                } else {
                    const QByteArray utf8 = value.toString().toUtf8();
                    bound = sqlite3_bind_text(m_statement->statement, int(i + 1), utf8.constData(), int(utf8.size()),
                                              SQLITE_TRANSIENT);
                }
                if (bound != SQLITE_OK) {
                    m_error = QString::fromUtf8(sqlite3_errmsg(connection));
                    return;
                }
            }
            return;
        }
    }
#else
    Q_UNUSED(via)
#endif
    m_query.setForwardOnly(true);
    const QString text = QString::fromUtf8(sql);
    bool ran = false;
    if (values.isEmpty()) {
        ran = m_query.exec(text);
    } else if (m_query.prepare(text)) {
        for (const QVariant &value : values)
            m_query.addBindValue(value);
        ran = m_query.exec();
    }
    if (!ran)
        m_error = m_query.lastError().text();
}

BulkRows::~BulkRows() = default;

bool BulkRows::next()
{
    if (!m_error.isEmpty())
        return false;
#ifdef MEDTOUR_SQLITE_DIRECT
    if (m_statement) {
        const int step = sqlite3_step(m_statement->statement);
        if (step == SQLITE_ROW)
            return true;
        if (step != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_statement->db));
        return false;
    }
#endif
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        m_error = m_query.lastError().text();
    return false;
}

qint64 BulkRows::int64(int column) const
{
#ifdef MEDTOUR_SQLITE_DIRECT
    if (m_statement)
        return sqlite3_column_int64(m_statement->statement, column);
#endif
    return m_query.value(column).toLongLong();
}

double BulkRows::real(int column) const
{
#ifdef MEDTOUR_SQLITE_DIRECT
    if (m_statement)
        return sqlite3_column_double(m_statement->statement, column);
#endif
    return m_query.value(column).toDouble();
}

QByteArrayView BulkRows::bytes(int column)
{
    Q_ASSERT(column >= 0 && column < kMaxColumns);
#ifdef MEDTOUR_SQLITE_DIRECT
    if (m_statement) {
        // Text as stored (UTF-8), without a conversion; the pointer first, then its size.
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement->statement, column));
        return {data, sqlite3_column_bytes(m_statement->statement, column)};
    }
#endif
    m_held[size_t(column)] = m_query.value(column).toByteArray();
    return m_held[size_t(column)];
}

Error BulkRows::error(const char *what) const
{
    if (m_error.isEmpty())
        return {};
    qCWarning(lcStorage) << what << "failed:" << m_error;
    return sqlError(m_error, what);
}

bool BulkRows::builtDirect()
{
#ifdef MEDTOUR_SQLITE_DIRECT
    return true;
#else
    return false;
#endif
}

bool BulkRows::directAvailable(QSqlDatabase db)
{
#ifdef MEDTOUR_SQLITE_DIRECT
    return connectionOf(db) != nullptr;
#else
    Q_UNUSED(db)
    return false;
#endif
}

} // namespace Medtour
