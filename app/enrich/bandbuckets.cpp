// SPDX-License-Identifier: GPL-3.0-or-later
#include "bandbuckets.h"

#include <algorithm>
#include <utility>

namespace Medtour {

quint64 BandBuckets::hash(quint64 key)
{
    // splitmix64 finaliser: band keys hold a band number in the high half and MinHash bits below.
    key += 0x9E3779B97F4A7C15ULL;
    key = (key ^ (key >> 30)) * 0xBF58476D1CE4E5B9ULL;
    key = (key ^ (key >> 27)) * 0x94D049BB133111EBULL;
    return key ^ (key >> 31);
}

size_t BandBuckets::position(quint64 key) const
{
    const size_t mask = m_cells.size() - 1;
    size_t at = size_t(hash(key)) & mask;
    while (m_cells[at].used && m_cells[at].key != key)
        at = (at + 1) & mask;
    return at;
}

void BandBuckets::prefetch(quint64 key) const
{
    if (m_cells.empty())
        return;
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(&m_cells[size_t(hash(key)) & (m_cells.size() - 1)]);
#else
    Q_UNUSED(key)
#endif
}

const BandBuckets::Slots *BandBuckets::find(quint64 key) const
{
    if (m_cells.empty())
        return nullptr;
    const Cell &cell = m_cells[position(key)];
    return cell.used && !cell.slots.empty() ? &cell.slots : nullptr;
}

void BandBuckets::append(quint64 key, int slot, int maxSize)
{
    if (2 * (m_used + 1) > m_cells.size())
        grow();
    Cell &cell = m_cells[position(key)];
    if (!cell.used) {
        cell.used = true;
        cell.key = key;
        ++m_used;
    }
    cell.slots.push_back(slot);
    if (maxSize >= 0 && cell.slots.size() > size_t(maxSize))
        cell.slots.erase(cell.slots.begin(), cell.slots.end() - maxSize);
}

void BandBuckets::remove(quint64 key, int slot)
{
    if (m_cells.empty())
        return;
    Cell &cell = m_cells[position(key)];
    if (cell.used)
        cell.slots.erase(std::remove(cell.slots.begin(), cell.slots.end(), slot), cell.slots.end());
}

void BandBuckets::clear()
{
    m_cells.clear();
    m_used = 0;
}

void BandBuckets::grow()
{
    std::vector<Cell> old = std::exchange(m_cells, std::vector<Cell>(std::max<size_t>(1024, 2 * m_cells.size())));
    for (Cell &cell : old) {
        if (!cell.used)
            continue;
        Cell &moved = m_cells[position(cell.key)];
        moved.used = true;
        moved.key = cell.key;
        moved.slots = std::move(cell.slots);
    }
}

} // namespace Medtour
