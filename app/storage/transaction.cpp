// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "storage/database.h"
#include "storage/writegate.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace Medtour {

TransactionScope::TransactionScope(const Database &database)
    : m_database(database)
{
    begin();
}

void TransactionScope::restart()
{
    Q_ASSERT(m_done || !m_ok);
    m_ok = false;
    m_outermost = false;
    m_done = false;
    begin();
}

void TransactionScope::begin()
{
    if (m_database.m_transactionDepth == 0) {
        // IMMEDIATE takes the write lock up front, waiting out busy_timeout. A deferred BEGIN that
        // reads and then writes fails at once with "database is locked" when another connection
        // (the GUI starring an article) committed in between: SQLite cannot upgrade a stale snapshot.
        // A team server has row locks and MVCC instead: a plain BEGIN, and no gate between this
        // process's cache connections to wait at.
        QSqlQuery begin(m_database.db());
        if (m_database.isServer()) {
            m_ok = begin.exec(QStringLiteral("BEGIN"));
        } else {
            WriteGate::instance().acquire(m_database.isBackgroundWriter());
            m_gate = true;
            m_ok = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        }
        m_outermost = true;
        if (!m_ok)
            releaseGate();
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
        releaseGate();
    } else
        m_database.m_rollbackOnly = true; // an inner failure dooms the outer transaction
}

void TransactionScope::releaseGate()
{
    if (m_gate) {
        m_gate = false;
        WriteGate::instance().release();
    }
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
        releaseGate();
        return {Error::Database, QStringLiteral("a nested step failed; the transaction was rolled back")};
    }
    if (!m_database.db().commit()) {
        const QString detail = m_database.db().lastError().text();
        m_database.db().rollback();
        releaseGate();
        // A full disk shows here most often: the pages of the whole transaction go to the WAL now.
        return {m_database.errorCodeFor(detail), QStringLiteral("commit failed: %1").arg(detail)};
    }
    releaseGate();
    m_database.afterCommit();
    return {};
}

Savepoint::Savepoint(const Database &database)
    : m_database(database)
{
    if (m_database.m_transactionDepth == 0)
        return;
    static std::atomic<int> serial{0}; // names need only differ among the savepoints open at once
    m_name = QStringLiteral("medtour_part_%1").arg(++serial);
    QSqlQuery q(m_database.db());
    m_ok = q.exec(QStringLiteral("SAVEPOINT ") + m_name);
    m_doomedBefore = m_database.m_rollbackOnly;
}

Savepoint::~Savepoint()
{
    if (m_ok && !m_done)
        rollback();
}

Error Savepoint::release()
{
    if (!m_ok || m_done)
        return {Error::Database, QStringLiteral("no savepoint")};
    if (m_database.m_rollbackOnly && !m_doomedBefore) {
        rollback(); // a scope inside it failed: its part cannot be kept
        return {Error::Database, QStringLiteral("a nested step failed; this part was rolled back")};
    }
    m_done = true;
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("RELEASE ") + m_name)) {
        Error e = sqlError(q, "keeping a part of a transaction");
        e.code = m_database.errorCodeFor(e.detail);
        m_done = false;
        rollback();
        return e;
    }
    return {};
}

void Savepoint::rollback()
{
    if (!m_ok || m_done)
        return;
    m_done = true;
    QSqlQuery q(m_database.db());
    // ROLLBACK TO keeps the savepoint open; RELEASE then closes it with nothing left in it.
    if (!q.exec(QStringLiteral("ROLLBACK TO ") + m_name) || !q.exec(QStringLiteral("RELEASE ") + m_name))
        m_database.m_rollbackOnly = true; // cannot undo the part: the whole transaction must go
    else
        m_database.m_rollbackOnly = m_doomedBefore;
}

} // namespace Medtour
