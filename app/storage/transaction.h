// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

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

} // namespace Medtour
