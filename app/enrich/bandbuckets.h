// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace Medtour {

/// LSH band key → the newest entries (slots) that have it, for NearDuplicateIndex.
///
/// An open-addressing table of small cells. Each add() looks up some 130 keys in a table of a
/// million; QHash took two or three dependent cache misses per key. Here a key costs one miss for
/// its cell, and prefetch() lets a caller start the misses for all its keys before it reads any of
/// them. Most keys belong to one article only (a band of text nobody else has): such a key keeps
/// its slot in the cell itself, and only a key shared by several articles has a list apart, so
/// the table neither allocates per key nor moves lists when it grows.
class BandBuckets final
{
public:
    /// A key's slots, oldest first: valid until the next change to the table.
    struct Slots
    {
        const int *first = nullptr;
        size_t count = 0;
        const int *begin() const { return first; }
        const int *end() const { return first + count; }
        size_t size() const { return count; }
        const int *data() const { return first; }
    };

    /// The slots with this key; empty when none.
    Slots find(quint64 key) const;
    /// Appends a slot to the key's list, dropping the oldest beyond maxSize.
    void append(quint64 key, int slot, int maxSize);
    /// Removes a slot from the key's list (the cell stays, empty, for probing).
    void remove(quint64 key, int slot);
    /// Asks the CPU to fetch the key's cell: call for every key, then find() them.
    void prefetch(quint64 key) const;
    void clear();
    size_t size() const { return m_used; }

private:
    static constexpr qint32 kFree = -2;   ///< Cell::list of a cell no key has
    static constexpr qint32 kInline = -1; ///< Cell::list of a key whose one slot (or none) is in the cell
    static constexpr qint32 kNoSlot = -1;
    struct Cell
    {
        quint64 key = 0;
        qint32 slot = kNoSlot; ///< the key's one slot when inline
        qint32 list = kFree;   ///< kFree, kInline, or an index into m_lists
    };
    static quint64 hash(quint64 key);
    size_t position(quint64 key) const; ///< the key's cell, or the free cell where it would go
    void grow();

    std::vector<Cell> m_cells;             ///< size 0 or a power of two, at most half used
    std::vector<std::vector<int>> m_lists; ///< the slots of keys that have had two or more
    size_t m_used = 0;
};

} // namespace Medtour
