// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Medtour {

TransactionScope::TransactionScope(const Database &database)
    : m_database(database)
{
    if (m_database.m_transactionDepth == 0) {
        // IMMEDIATE takes the write lock up front, waiting out busy_timeout. A deferred BEGIN that
        // reads and then writes fails at once with "database is locked" when another connection
        // (the GUI starring an article) committed in between: SQLite cannot upgrade a stale snapshot.
        QSqlQuery begin(m_database.db());
        m_ok = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        m_outermost = true;
        m_database.m_rollbackOnly = false; // a new transaction starts with a clean slate
    } else {
        m_ok = true;
    }
    if (m_ok)
        ++m_database.m_transactionDepth;
}

TransactionScope::~TransactionScope()
{
    if (!m_ok || m_done)
        return;
    --m_database.m_transactionDepth;
    if (m_outermost) {
        m_database.db().rollback();
        m_database.m_rollbackOnly = false; // the doomed transaction is over; the next one may commit
    } else
        m_database.m_rollbackOnly = true; // an inner failure dooms the outer transaction
}

Error TransactionScope::commit()
{
    if (!m_ok)
        return {Error::Database, QStringLiteral("no transaction")};
    m_done = true;
    --m_database.m_transactionDepth;
    if (!m_outermost)
        return {};
    if (m_database.m_rollbackOnly) {
        m_database.m_rollbackOnly = false;
        m_database.db().rollback();
        return {Error::Database, QStringLiteral("a nested step failed; the transaction was rolled back")};
    }
    if (!m_database.db().commit()) {
        const QString detail = m_database.db().lastError().text();
        m_database.db().rollback();
        return {Error::Database, QStringLiteral("commit failed: %1").arg(detail)};
    }
    return {};
}

} // namespace Medtour
