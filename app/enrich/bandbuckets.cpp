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
    while (m_cells[at].list != kFree && m_cells[at].key != key)
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

BandBuckets::Slots BandBuckets::find(quint64 key) const
{
    if (m_cells.empty())
        return {};
    const Cell &cell = m_cells[position(key)];
    if (cell.list == kFree)
        return {};
    if (cell.list == kInline)
        return cell.slot == kNoSlot ? Slots{} : Slots{&cell.slot, 1};
    const std::vector<int> &list = m_lists[size_t(cell.list)];
    return {list.data(), list.size()};
}

void BandBuckets::append(quint64 key, int slot, int maxSize)
{
    if (maxSize == 0)
        return;
    if (2 * (m_used + 1) > m_cells.size())
        grow();
    Cell &cell = m_cells[position(key)];
    if (cell.list == kFree) {
        cell = {key, slot, kInline};
        ++m_used;
        return;
    }
    if (cell.list == kInline) {
        if (cell.slot == kNoSlot || maxSize == 1) {
            cell.slot = slot;
            return;
        }
        cell.list = qint32(m_lists.size());
        m_lists.push_back({cell.slot});
        cell.slot = kNoSlot;
    }
    std::vector<int> &list = m_lists[size_t(cell.list)];
    list.push_back(slot);
    if (maxSize > 0 && list.size() > size_t(maxSize))
        list.erase(list.begin(), list.end() - maxSize);
}

void BandBuckets::remove(quint64 key, int slot)
{
    if (m_cells.empty())
        return;
    Cell &cell = m_cells[position(key)];
    if (cell.list == kInline) {
        if (cell.slot == slot)
            cell.slot = kNoSlot;
    } else if (cell.list >= 0) {
        std::vector<int> &list = m_lists[size_t(cell.list)];
        list.erase(std::remove(list.begin(), list.end(), slot), list.end());
    }
}

void BandBuckets::clear()
{
    m_cells.clear();
    m_lists.clear();
    m_used = 0;
}

void BandBuckets::grow()
{
    const std::vector<Cell> old = std::exchange(m_cells, std::vector<Cell>(std::max<size_t>(1024, 2 * m_cells.size())));
    for (const Cell &cell : old) {
        if (cell.list != kFree)
            m_cells[position(cell.key)] = cell;
    }
}

} // namespace Medtour
