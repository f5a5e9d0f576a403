// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleIndex: which rows a pass visits. Id sets as rows, each tag's rows and the totals, and the
// rows of rare selected tags (articleindex.cpp answers queries with them).
#include "articleindex.h"
#include "articleindex_p.h"

#include <QtAlgorithms>

#include <algorithm>
#include <limits>

namespace Medtour {

namespace {

constexpr quint8 kPoisoned = 0xff; // a row in an id set it must not be in

} // namespace

std::vector<quint32> ArticleIndex::rowsOfIds(const std::vector<qint64> &sortedIds) const
{
    std::vector<quint32> rows;
    rows.reserve(std::min(sortedIds.size(), m_rows.size()));
    // Both lists are ordered by id: one merge pass, which gallops over the rows between two ids
    // so that a few thousand matches read a few thousand rows, not a million.
    const auto before = [](const Row &row, qint64 id) {
        return row.id < id;
    };
    const size_t n = m_rows.size();
    size_t r = 0;
    for (const qint64 id : sortedIds) {
        if (r < n && m_rows[r].id < id) {
            size_t below = r; // m_rows[below].id < id
            size_t step = 1;
            while (below + step < n && m_rows[below + step].id < id) {
                below += step;
                step *= 2;
            }
            const auto end = m_rows.begin() + qsizetype(std::min(n, below + step));
            r = size_t(std::lower_bound(m_rows.begin() + qsizetype(below) + 1, end, id, before) - m_rows.begin());
        }
        if (r == n)
            break;
        if (m_rows[r].id == id)
            rows.push_back(quint32(r++));
    }
    return rows;
}

void ArticleIndex::markRows(Selection &s, const std::vector<quint32> &rows, bool mustContain) const
{
    if (s.idMask.empty())
        s.idMask.assign(m_rows.size(), 0);
    if (mustContain) {
        ++s.idHitsNeeded;
        if (!s.mustRows || rows.size() < s.mustRows->size())
            s.mustRows = &rows;
    }
    for (const quint32 r : rows) {
        quint8 &mark = s.idMask[r];
        if (!mustContain)
            mark = kPoisoned;
        else if (mark != kPoisoned)
            ++mark;
    }
}

void ArticleIndex::ensureTagRows()
{
    if (m_tagRowsBegin.size() == size_t(m_tagValues.size()) + 1)
        return;
    // A counting sort of the (row, tag) pairs by tag: rows stay in order within each tag.
    m_tagRowsBegin.assign(size_t(m_tagValues.size()) + 1, 0);
    for (const quint32 code : m_tags)
        ++m_tagRowsBegin[code + 1];
    for (size_t c = 1; c < m_tagRowsBegin.size(); ++c)
        m_tagRowsBegin[c] += m_tagRowsBegin[c - 1];
    std::vector<quint32> next(m_tagRowsBegin.begin(), m_tagRowsBegin.end() - 1);
    m_tagRows.resize(m_tags.size());
    m_sourceRows.assign(m_sources.size(), 0);
    m_languageRows.assign(size_t(m_languages.size()), 0);
    m_lowestRelevance = std::numeric_limits<double>::infinity();
    for (size_t r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows[r];
        for (quint32 t = row.tagBegin, end = tagEndOf(r); t < end; ++t)
            m_tagRows[next[m_tags[t]]++] = quint32(r);
        ++m_sourceRows[row.source];
        ++m_languageRows[row.language];
        m_lowestRelevance = std::min(m_lowestRelevance, row.relevance);
    }
}

bool ArticleIndex::selectsEverything(const Selection &s) const
{
    if (!s.idMask.empty() || s.since != std::numeric_limits<qint64>::min() ||
        s.until != std::numeric_limits<qint64>::max() || !s.selectedTagDims.empty() ||
        s.selected[int(FacetKind::Source)] || s.selected[int(FacetKind::Language)])
        return false;
    return s.query->minRelevance <= m_lowestRelevance;
}

void ArticleIndex::narrowByTags(Selection &s)
{
    if (s.selectedTagDims.empty() || m_rows.empty())
        return;
    ensureTagRows();
    // The selected kinds, rarest first, by how many rows carry a wanted tag of each.
    std::vector<std::pair<size_t, int>> kinds;
    for (const int d : s.selectedTagDims) {
        size_t tagged = 0;
        const std::vector<quint8> &wanted = s.tagWanted[size_t(d)];
        for (size_t code = 0; code < wanted.size(); ++code)
            tagged += wanted[code] ? rowsWithTag(quint32(code)) : 0;
        kinds.emplace_back(tagged, d);
    }
    std::sort(kinds.begin(), kinds.end());
    // Candidates past half of the rows never pay: scan() weighs each as eight rows read in order,
    // and pageIds() weighs them against walking newest first. (A million articles: a region's tag
    // is on 8% of them, a specialty's on 11%, a market's on 13%.)
    const size_t worthIt = m_rows.size() / 2;
    s.rarestKinds[0] = kinds[0].second;
    if (kinds[0].first <= worthIt)
        s.passCandidates = kinds[0].first;
    if (kinds.size() >= 2) {
        s.rarestKinds[1] = kinds[1].second;
        if (kinds[0].first + kinds[1].first <= worthIt)
            s.nearCandidates = kinds[0].first + kinds[1].first;
    }
}

const std::vector<quint64> &ArticleIndex::taggedRows(const Selection &s, bool passingOnly) const
{
    std::vector<quint64> &bits = passingOnly ? s.passRows : s.nearRows;
    if (!bits.empty())
        return bits;
    bits.assign((m_rows.size() + 63) / 64, 0);
    for (int k = 0; k < (passingOnly ? 1 : 2); ++k) {
        const std::vector<quint8> &wanted = s.tagWanted[size_t(s.rarestKinds[k])];
        for (size_t code = 0; code < wanted.size(); ++code) {
            if (!wanted[code])
                continue;
            for (quint32 i = m_tagRowsBegin[code]; i < m_tagRowsBegin[code + 1]; ++i)
                bits[m_tagRows[i] / 64] |= quint64(1) << (m_tagRows[i] % 64);
        }
    }
    return bits;
}

} // namespace Medtour
