// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleIndex: the rows a query selects. Id sets as rows, each tag's rows and the totals, and the
// rows that pass a query as a bit per row (articleindex.cpp answers queries with them).
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
    s.idSets.emplace_back(&rows, mustContain);
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
    buildTagBits();
}

bool ArticleIndex::selectsEverything(const Selection &s) const
{
    if (!s.idMask.empty() || s.since != std::numeric_limits<qint64>::min() ||
        s.until != std::numeric_limits<qint64>::max() || !s.selectedTagDims.empty() ||
        s.selected[int(FacetKind::Source)] || s.selected[int(FacetKind::Language)])
        return false;
    return s.query->minRelevance <= m_lowestRelevance;
}

namespace {

using RowBits = std::vector<quint64>;

void setRow(RowBits &bits, quint32 r)
{
    bits[r / 64] |= quint64(1) << (r % 64);
}

bool hasRow(const RowBits &bits, quint32 r)
{
    return (bits[r / 64] >> (r % 64)) & 1;
}

void keepBoth(RowBits &into, const RowBits &other)
{
    for (size_t w = 0; w < into.size(); ++w)
        into[w] &= other[w];
}

} // namespace

void ArticleIndex::buildTagBits()
{
    // A tag on more than one row in 32 takes less room as a bit per row than as a list of rows
    // (a million articles: every market, region, specialty and event; 125 KB each).
    const size_t words = (m_rows.size() + 63) / 64;
    m_tagBitsAt.assign(size_t(m_tagValues.size()), kNoTagBits);
    size_t dense = 0;
    for (quint32 code = 0; code < quint32(m_tagValues.size()); ++code) {
        if (rowsWithTag(code) > 0 && size_t(rowsWithTag(code)) * 32 >= m_rows.size())
            m_tagBitsAt[code] = dense++ * words;
    }
    m_tagBits.assign(dense * words, 0);
    for (quint32 code = 0; code < quint32(m_tagValues.size()); ++code) {
        if (m_tagBitsAt[code] == kNoTagBits)
            continue;
        quint64 *bits = m_tagBits.data() + m_tagBitsAt[code];
        for (quint32 i = m_tagRowsBegin[code]; i < m_tagRowsBegin[code + 1]; ++i)
            bits[m_tagRows[i] / 64] |= quint64(1) << (m_tagRows[i] % 64);
    }
}

ArticleIndex::RowSets ArticleIndex::rowSets(const Selection &s, bool butOne) const
{
    const size_t n = m_rows.size();
    const size_t words = (n + 63) / 64;
    // The filters every counted row must pass: time, relevance and the id sets.
    RowBits base;
    if (s.since != std::numeric_limits<qint64>::min() || s.until != std::numeric_limits<qint64>::max()) {
        const auto first = std::partition_point(m_byTime.cbegin(), m_byTime.cend(),
                                                [&](quint32 r) { return m_rows[r].sortTime >= s.until; });
        const auto last =
            std::partition_point(first, m_byTime.cend(), [&](quint32 r) { return m_rows[r].sortTime >= s.since; });
        base.assign(words, 0);
        for (auto it = first; it != last; ++it)
            setRow(base, *it);
    } else {
        base.assign(words, ~quint64(0));
        if (n % 64 != 0)
            base.back() = (quint64(1) << (n % 64)) - 1;
    }
    if (s.query->minRelevance > m_lowestRelevance) {
        for (size_t r = 0; r < n; ++r) {
            if (m_rows[r].relevance < s.query->minRelevance)
                base[r / 64] &= ~(quint64(1) << (r % 64));
        }
    }
    for (const auto &[rows, mustContain] : s.idSets) {
        if (!mustContain) {
            for (const quint32 r : *rows)
                base[r / 64] &= ~(quint64(1) << (r % 64));
            continue;
        }
        RowBits listed(words, 0);
        for (const quint32 r : *rows)
            setRow(listed, r);
        keepBoth(base, listed);
    }
    // Each selected dimension's rows.
    std::vector<std::pair<int, RowBits>> dims;
    for (const int d : s.selectedTagDims) {
        RowBits rows(words, 0);
        const std::vector<quint8> &wanted = s.tagWanted[size_t(d)];
        for (quint32 code = 0; code < wanted.size(); ++code) {
            if (!wanted[code])
                continue;
            if (m_tagBitsAt[code] != kNoTagBits) {
                const quint64 *bits = m_tagBits.data() + m_tagBitsAt[code];
                for (size_t w = 0; w < words; ++w)
                    rows[w] |= bits[w];
            } else {
                for (quint32 i = m_tagRowsBegin[code]; i < m_tagRowsBegin[code + 1]; ++i)
                    setRow(rows, m_tagRows[i]);
            }
        }
        dims.emplace_back(d, std::move(rows));
    }
    for (const int d : {int(FacetKind::Source), int(FacetKind::Language)}) {
        if (!s.selected[d])
            continue;
        const bool source = d == int(FacetKind::Source);
        const std::vector<quint8> &wanted = source ? s.sourceWanted : s.languageWanted;
        RowBits rows(words, 0);
        for (size_t r = 0; r < n; ++r) {
            if (wanted[source ? m_rows[r].source : m_rows[r].language])
                setRow(rows, quint32(r));
        }
        dims.emplace_back(d, std::move(rows));
    }
    RowSets sets;
    sets.pass = base;
    for (const auto &dim : dims)
        keepBoth(sets.pass, dim.second);
    if (!butOne)
        return sets;
    // A dimension counts the rows that pass all the others: "counted without its own selection".
    for (size_t i = 0; i < dims.size(); ++i) {
        RowBits rows = base;
        for (size_t j = 0; j < dims.size(); ++j) {
            if (j != i)
                keepBoth(rows, dims[j].second);
        }
        sets.butOne[dims[i].first] = std::move(rows);
    }
    return sets;
}

int ArticleIndex::rowsOfTagIn(quint32 code, const std::vector<quint64> &rows) const
{
    int count = 0;
    if (m_tagBitsAt[code] != kNoTagBits) {
        const quint64 *bits = m_tagBits.data() + m_tagBitsAt[code];
        for (size_t w = 0; w < rows.size(); ++w)
            count += qPopulationCount(rows[w] & bits[w]);
        return count;
    }
    for (quint32 i = m_tagRowsBegin[code]; i < m_tagRowsBegin[code + 1]; ++i)
        count += hasRow(rows, m_tagRows[i]) ? 1 : 0;
    return count;
}

} // namespace Medtour
