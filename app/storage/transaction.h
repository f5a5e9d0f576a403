// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace Medtour {

class Database;

/// A transaction that nests: the outermost scope begins and commits, inner scopes join it.
/// Destroyed without commit(), it rolls the whole transaction back. Lets one ingest wrap the
/// upsert, tags, relevance and clusters of a source batch in a single transaction while each
/// repository method stays safe to call alone.
class TransactionScope final
{
public:
    explicit TransactionScope(const Database &database);
    ~TransactionScope();
    Q_DISABLE_COPY_MOVE(TransactionScope)

    bool began() const { return m_ok; }
    /// Commits when outermost; returns an error when SQLite refuses.
    Error commit();
    /// After commit(): begins again on the same connection, as a new scope would.
    void restart();

private:
    const Database &m_database;
    bool m_ok = false;
    bool m_outermost = false;
    bool m_done = false;
    bool m_gate = false; ///< holds WriteGate (outermost scopes)
    void begin();
    void releaseGate();
};

/// A part of an open transaction that can fail alone: rolled back to where it began (destroyed
/// without release()), the transaction goes on and may still commit what came before. Scopes
/// nested inside it join the transaction as usual; an inner failure dooms only this part. Lets
/// the command-line sync store many feeds per transaction and still keep each feed all or nothing.
/// Without an open transaction it does nothing (began() is false). In-memory state built from
/// what a rolled-back part wrote is the caller's to drop (the sync places clusters only after).
class Savepoint final
{
public:
    explicit Savepoint(const Database &database);
    ~Savepoint();
    Q_DISABLE_COPY_MOVE(Savepoint)

    bool began() const { return m_ok; }
    /// Keeps what was written since it began (in the transaction, which commits it later).
    Error release();
    /// Undoes what was written since it began.
    void rollback();

private:
    const Database &m_database;
    QString m_name;
    bool m_ok = false;
    bool m_done = false;
    bool m_doomedBefore = false;
};

} // namespace Medtour
