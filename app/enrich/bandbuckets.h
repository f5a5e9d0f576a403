// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace Medtour {

/// LSH band key → the newest entries (slots) that have it, for NearDuplicateIndex.
///
/// An open-addressing table with the slot lists in its cells. Each add() looks up some 130 keys in
/// a table of a million; QHash took two or three dependent cache misses per key. Here a key costs
/// one miss for the cell and one for its list, and prefetch() lets a caller start the misses for
/// all its keys before it reads any of them.
class BandBuckets final
{
public:
    using Slots = std::vector<int>;

    /// The slots with this key, oldest first; nullptr when none.
    const Slots *find(quint64 key) const;
    /// Appends a slot to the key's list, dropping the oldest beyond maxSize.
    void append(quint64 key, int slot, int maxSize);
    /// Removes a slot from the key's list (the cell stays, empty, for probing).
    void remove(quint64 key, int slot);
    /// Asks the CPU to fetch the key's cell: call for every key, then find() them.
    void prefetch(quint64 key) const;
    void clear();
    size_t size() const { return m_used; }

private:
    struct Cell
    {
        quint64 key = 0;
        bool used = false;
        Slots slots;
    };
    static quint64 hash(quint64 key);
    size_t position(quint64 key) const; ///< the key's cell, or the empty cell where it would go
    void grow();

    std::vector<Cell> m_cells; ///< size 0 or a power of two, at most half used
    size_t m_used = 0;
};

} // namespace Medtour
