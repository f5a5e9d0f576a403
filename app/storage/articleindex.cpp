// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleindex.h"

#include "articleindex_p.h"
#include "storage/searchindex.h"
#include "text/searchquery.h"

#include <QSqlQuery>
#include <QVariant>
#include <QtAlgorithms>

#include <algorithm>
#include <functional>
#include <limits>
#include <unordered_set>

namespace Medtour {

namespace {

constexpr int DimSource = int(FacetKind::Source);
constexpr int DimLanguage = int(FacetKind::Language);

} // namespace

Result<ArticleIndex::Selection> ArticleIndex::prepare(const ArticleQuery &query)
{
    if (Error error = refreshIfStale())
        return error;
    Selection s;
    s.query = &query;
    if (!query.text.trimmed().isEmpty()) {
        const SearchQuery parsed = SearchQuery::parse(query.text);
        QString exclusions;
        const QString match = SearchIndex::matchExpression(parsed, &exclusions);
        const QString trigrams = SearchIndex::trigramExpression(parsed);
        const QString expression = !trigrams.isEmpty() ? trigrams : match.isEmpty() ? exclusions : match;
        if (!expression.isEmpty()) {
            const QString key = m_seenVersion + (trigrams.isEmpty() ? u'\n' : u'\t') + expression;
            if (key != m_textKey) {
                const Result<std::vector<qint64>> ids = matchIds(expression, !trigrams.isEmpty());
                if (!ids)
                    return ids.error();
                m_textRows = rowsOfIds(*ids);
                m_textKey = key;
            }
            markRows(s, m_textRows, !match.isEmpty());
        }
    }
    if (query.unreadOnly) {
        Result<std::vector<qint64>> ids =
            idsFor("SELECT article_id FROM article_state WHERE read = 1", {}, "reading read marks");
        if (!ids)
            return ids.error();
        m_readRows = rowsOfIds(*ids);
        markRows(s, m_readRows, false);
    }
    if (query.starredOnly) {
        Result<std::vector<qint64>> ids =
            idsFor("SELECT article_id FROM article_state WHERE starred = 1", {}, "reading stars");
        if (!ids)
            return ids.error();
        m_starredRows = rowsOfIds(*ids);
        markRows(s, m_starredRows, true);
    }
    if (query.since.isValid())
        s.since = query.since.toSecsSinceEpoch();
    if (query.until.isValid())
        s.until = query.until.toSecsSinceEpoch();

    s.tagWanted.resize(kFacetKindCount);
    for (const FacetKind kind : tagFacetKinds()) {
        const int d = int(kind);
        const QStringList &values = query.selected(kind);
        if (values.isEmpty())
            continue;
        s.selected[d] = true;
        s.selectedTagDims.push_back(d);
        s.tagWanted[d].assign(size_t(m_tagValues.size()), 0);
        const QString prefix = tagKindName(kind) + u'\n';
        for (const QString &value : values) {
            const auto code = m_tagCode.constFind(prefix + value);
            if (code != m_tagCode.cend())
                s.tagWanted[d][*code] = 1;
        }
    }
    ensureTagRows();
    s.selected[DimSource] = !query.sourceIds.isEmpty();
    s.sourceWanted.assign(m_sources.size(), 0);
    for (size_t i = 0; i < m_sources.size(); ++i)
        s.sourceWanted[i] = query.sourceIds.contains(m_sources[i]);
    const QStringList &languages = query.selected(FacetKind::Language);
    s.selected[DimLanguage] = !languages.isEmpty();
    s.languageWanted.assign(size_t(m_languages.size()), 0);
    for (qsizetype i = 0; i < m_languages.size(); ++i)
        s.languageWanted[size_t(i)] = languages.contains(m_languages[i]);
    return s;
}

int ArticleIndex::failuresOf(const Selection &s, size_t r, quint32 tagEnd, int *failed) const
{
    const Row &row = m_rows[r];
    if (row.sortTime < s.since || row.sortTime >= s.until || row.relevance < s.query->minRelevance)
        return 2;
    if (!s.idMask.empty() && s.idMask[r] != s.idHitsNeeded)
        return 2;
    int failures = 0;
    for (size_t i = 0; i < s.selectedTagDims.size() && failures < 2; ++i) {
        const int d = s.selectedTagDims[i];
        const quint8 *wanted = s.tagWanted[size_t(d)].data();
        bool pass = false;
        for (quint32 t = row.tagBegin; t < tagEnd && !pass; ++t)
            pass = wanted[m_tags[t]] != 0;
        if (!pass) {
            *failed = d;
            ++failures;
        }
    }
    if (failures < 2 && s.selected[DimSource] && !s.sourceWanted[row.source]) {
        *failed = DimSource;
        ++failures;
    }
    if (failures < 2 && s.selected[DimLanguage] && !s.languageWanted[row.language]) {
        *failed = DimLanguage;
        ++failures;
    }
    return failures;
}

template<typename OnRow>
void ArticleIndex::forEachRow(const RowBits &rows, OnRow &&onRow)
{
    for (size_t w = 0; w < rows.size(); ++w) {
        for (quint64 word = rows[w]; word != 0; word &= word - 1)
            onRow(w * 64 + qCountTrailingZeroBits(word));
    }
}

Result<FacetCounts> ArticleIndex::counts(const ArticleQuery &query, int limit)
{
    const Result<Selection> prepared = prepare(query);
    if (!prepared)
        return prepared.error();
    const Selection &selection = *prepared;
    FacetCounts result;
    std::vector<int> tagCounts(m_tagValues.size(), 0);
    std::vector<int> sourceCounts(m_sources.size(), 0);
    std::vector<int> languageCounts(size_t(m_languages.size()), 0);
    if (selectsEverything(selection)) {
        // The whole cache (the panel of a clear filter): the totals the tag rows were listed with.
        for (size_t code = 0; code < tagCounts.size(); ++code)
            tagCounts[code] = int(rowsWithTag(quint32(code)));
        sourceCounts = m_sourceRows;
        languageCounts = m_languageRows;
        result.total = int(m_rows.size());
    } else {
        // A row passing every filter counts everywhere; a row failing one selected dimension only
        // counts in that dimension (which is "counted without its own selection").
        const RowSets sets = rowSets(selection, true);
        const auto rowsFor = [&](int d) -> const RowBits & {
            return selection.selected[d] ? sets.butOne[d] : sets.pass;
        };
        for (const quint64 word : sets.pass)
            result.total += qPopulationCount(word);
        for (quint32 code = 0; code < tagCounts.size(); ++code) {
            if (m_tagDim[code] < kNoDimension)
                tagCounts[code] = rowsOfTagIn(code, rowsFor(m_tagDim[code]));
        }
        const RowBits &bySource = rowsFor(DimSource);
        const RowBits &byLanguage = rowsFor(DimLanguage);
        forEachRow(bySource, [&](size_t r) { ++sourceCounts[m_rows[r].source]; });
        forEachRow(byLanguage, [&](size_t r) { ++languageCounts[m_rows[r].language]; });
    }

    if (query.collapseClusters)
        result.total = int(matchingRows(selection).size()); // stories, as the list shows them

    auto topValues = [limit](std::vector<FacetValue> values) {
        std::sort(values.begin(), values.end(), [](const FacetValue &a, const FacetValue &b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        if (values.size() > size_t(limit))
            values.resize(size_t(limit));
        return QList<FacetValue>(values.begin(), values.end());
    };
    std::vector<FacetValue> perDim[kFacetKindCount];
    for (size_t code = 0; code < tagCounts.size(); ++code) {
        if (tagCounts[code] > 0 && m_tagDim[code] < kNoDimension)
            perDim[m_tagDim[code]].push_back({m_tagValues[qsizetype(code)], QString(), tagCounts[code]});
    }
    for (size_t i = 0; i < sourceCounts.size(); ++i) {
        if (sourceCounts[i] > 0)
            perDim[DimSource].push_back({QString::number(m_sources[i]), m_sourceNames[qsizetype(i)], sourceCounts[i]});
    }
    for (size_t i = 0; i < languageCounts.size(); ++i) {
        if (languageCounts[i] > 0 && !m_languages[qsizetype(i)].isEmpty())
            perDim[DimLanguage].push_back({m_languages[qsizetype(i)], QString(), languageCounts[i]});
    }
    for (int d = 0; d < kFacetKindCount; ++d)
        result.values[FacetKind(d)] = topValues(std::move(perDim[d]));
    return result;
}

ArticleIndex::SortKey ArticleIndex::keyOf(const Row &row, ArticleQuery::Sort sort) const
{
    double primary = 0.0;
    if (sort == ArticleQuery::Sort::Relevance)
        primary = -row.relevance;
    else if (sort == ArticleQuery::Sort::Source && row.source < m_sourceRank.size())
        primary = m_sourceRank[row.source];
    return {primary, -row.sortTime, -row.id};
}

std::vector<size_t> ArticleIndex::matchingRows(const Selection &selection) const
{
    std::vector<size_t> rows;
    forEachRow(rowSets(selection, false).pass, [&](size_t r) { rows.push_back(r); });
    if (!selection.query->collapseClusters)
        return rows;
    // Each story once: of a cluster's matching copies, the one that sorts first stands for it.
    const ArticleQuery::Sort sort = selection.query->sort;
    QHash<qint64, size_t> best;
    for (const size_t r : rows) {
        const qint64 cluster = m_rows[r].cluster;
        if (cluster == 0)
            continue;
        auto it = best.find(cluster);
        if (it == best.end())
            best.insert(cluster, r);
        else if (keyOf(m_rows[r], sort) < keyOf(m_rows[*it], sort))
            *it = r;
    }
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [&](size_t r) {
                                  const qint64 cluster = m_rows[r].cluster;
                                  return cluster != 0 && best.value(cluster) != r;
                              }),
               rows.end());
    return rows;
}

namespace {

QString queryKey(const ArticleQuery &q)
{
    QStringList ids;
    for (const qint64 id : q.sourceIds)
        ids << QString::number(id);
    const QChar sep(0x1f);
    QStringList parts{q.text, ids.join(sep)};
    for (const QStringList &selected : q.selections)
        parts << selected.join(sep);
    return QStringList{parts.join(QChar(0x1c)),
                       QString::number(q.since.isValid() ? q.since.toSecsSinceEpoch() : -1),
                       QString::number(q.until.isValid() ? q.until.toSecsSinceEpoch() : -1),
                       QString::number(q.minRelevance, 'g', 17),
                       QString::number(int(q.unreadOnly) | int(q.starredOnly) << 1 | int(q.collapseClusters) << 2),
                       QString::number(int(q.sort))}
        .join(QChar(0x1e));
}

} // namespace

Result<std::vector<qint64>> ArticleIndex::pageIds(const ArticleQuery &query, const PageCursor &after, int limit)
{
    if (Error error = refreshIfStale())
        return error;
    // User state (unread, starred) changes without a content version: those queries always scan.
    const bool cacheable = !query.unreadOnly && !query.starredOnly;
    const QString key = m_seenVersion + QChar(0x1d) + queryKey(query);
    if (!cacheable || key != m_pageKey || !after.valid) {
        const Result<Selection> selection = prepare(query);
        if (!selection) {
            m_pageKey.clear();
            m_pageMatches.clear();
            return selection.error();
        }
        // Newest first, walking the rows in that order stops after a page's worth of matches. It
        // reads about page × rows / matches rows, out of order, each tested against every filter;
        // the matches as bits (rowSets()) cost a few passes over words and a key per match. So the
        // walk pays only when matches are many (a million articles: a clear filter or one market,
        // the walk reads a few thousand rows; "UZ, Gyeonggi, oncology", 40–60 ms walking).
        const double page = std::max(limit, 50);
        const double matches = estimatedMatches(*selection);
        const double walked = matches > 0 ? page * double(m_rows.size()) / matches : 0;
        if (query.sort == ArticleQuery::Sort::Newest && matches >= 4.0 * page && 3.0 * walked < matches) {
            m_pageKey.clear();
            m_pageMatches.clear();
            return newestPage(*selection, after, limit);
        }
        const std::vector<size_t> rows = matchingRows(*selection);
        m_pageMatches.clear();
        m_pageMatches.reserve(rows.size());
        for (const size_t r : rows)
            m_pageMatches.emplace_back(keyOf(m_rows[r], query.sort), m_rows[r].id);
        m_pageKey = cacheable ? key : QString();
    }
    SortKey cursor{0.0, 0, 0};
    if (after.valid) {
        Row probe{after.id, after.sortTime, after.relevance, 0, 0, 0, 0};
        const auto it =
            std::lower_bound(m_rows.begin(), m_rows.end(), after.id, [](const Row &r, qint64 v) { return r.id < v; });
        if (it != m_rows.end() && it->id == after.id)
            probe = *it; // the index's own keys, so a page edge never repeats or skips rows
        cursor = keyOf(probe, query.sort);
    }
    // The next `limit` matches after the cursor, kept in a bounded max-heap: one pass, no copy
    // of all matches (a clear filter matches every article).
    const size_t n = size_t(std::max(0, limit));
    const auto before = [](const std::pair<SortKey, qint64> &a, const std::pair<SortKey, qint64> &b) {
        return a.first < b.first;
    };
    std::vector<std::pair<SortKey, qint64>> best;
    best.reserve(std::min(n, m_pageMatches.size()));
    for (const auto &match : m_pageMatches) {
        if (after.valid && !(cursor < match.first))
            continue;
        if (best.size() < n) {
            best.push_back(match);
            std::push_heap(best.begin(), best.end(), before);
        } else if (n > 0 && before(match, best.front())) {
            std::pop_heap(best.begin(), best.end(), before);
            best.back() = match;
            std::push_heap(best.begin(), best.end(), before);
        }
    }
    std::sort_heap(best.begin(), best.end(), before);
    std::vector<qint64> ids;
    ids.reserve(best.size());
    for (const auto &match : best)
        ids.push_back(match.second);
    return ids;
}

double ArticleIndex::estimatedMatches(const Selection &selection)
{
    const double rows = double(m_rows.size());
    double estimate = rows;
    if (selection.mustRows)
        estimate = double(selection.mustRows->size());
    // Tag kinds taken as independent: the share of each selection multiplies.
    for (const int d : selection.selectedTagDims) {
        double tagged = 0;
        const std::vector<quint8> &wanted = selection.tagWanted[size_t(d)];
        for (size_t code = 0; code < wanted.size(); ++code) {
            if (wanted[code])
                tagged += rowsWithTag(quint32(code));
        }
        estimate *= rows > 0 ? std::min(1.0, tagged / rows) : 0.0;
    }
    return estimate;
}

std::vector<qint64> ArticleIndex::newestPage(const Selection &selection, const PageCursor &after, int limit) const
{
    const ArticleQuery &query = *selection.query;
    // Rows in list order: the page is the first `limit` passing rows after the cursor, so a
    // broad filter stops after a page's worth instead of sorting every match.
    size_t start = 0;
    if (after.valid) {
        PageCursor cursor = after;
        const auto it =
            std::lower_bound(m_rows.begin(), m_rows.end(), after.id, [](const Row &r, qint64 v) { return r.id < v; });
        if (it != m_rows.end() && it->id == after.id)
            cursor.sortTime = it->sortTime; // the index's own key, so a page edge never repeats or skips rows
        const auto beyond =
            std::upper_bound(m_byTime.begin(), m_byTime.end(), cursor, [this](const PageCursor &c, quint32 r) {
                const Row &row = m_rows[r];
                return c.sortTime != row.sortTime ? c.sortTime > row.sortTime : c.id > row.id;
            });
        start = size_t(beyond - m_byTime.begin());
    }
    std::vector<qint64> ids;
    const size_t n = size_t(std::max(0, limit));
    if (n == 0)
        return ids;
    // Each story once: walking in list order, a cluster's first passing copy is the one shown,
    // including copies before the cursor (which were shown on earlier pages).
    std::unordered_set<qint64> shownClusters;
    const bool collapse = query.collapseClusters;
    for (size_t i = collapse ? 0 : start; i < m_byTime.size() && ids.size() < n; ++i) {
        const size_t r = m_byTime[i];
        int failed = -1;
        if (failuresOf(selection, r, tagEndOf(r), &failed) != 0)
            continue;
        if (collapse && m_rows[r].cluster != 0 && !shownClusters.insert(m_rows[r].cluster).second)
            continue;
        if (i >= start)
            ids.push_back(m_rows[r].id);
    }
    return ids;
}

Result<MarketTrend> ArticleIndex::marketTrend(const ArticleQuery &query, int topMarkets, int weeks,
                                              const QDateTime &now)
{
    MarketTrend trend;
    weeks = std::clamp(weeks, 1, 520);
    // Weeks start on Monday 00:00 UTC; the last one holds `now`.
    const QDate today = now.toUTC().date();
    const QDate lastMonday = today.addDays(1 - today.dayOfWeek());
    const QDateTime first(lastMonday.addDays(-7 * qint64(weeks - 1)), QTime(0, 0), Qt::UTC);
    trend.firstWeek = first;
    trend.weeks = weeks;
    const qint64 begin = first.toSecsSinceEpoch();
    const qint64 end = begin + qint64(weeks) * 7 * 86400;

    ArticleQuery withoutMarkets = query;
    withoutMarkets.selected(FacetKind::Market).clear();
    withoutMarkets.collapseClusters = false;
    const Result<Selection> prepared = prepare(withoutMarkets);
    if (!prepared)
        return prepared.error();
    const Selection &selection = *prepared;
    std::vector<std::vector<int>> perCode; // tag code → weekly counts
    std::vector<int> totals;
    forEachRow(rowSets(selection, false).pass, [&](size_t r) {
        const Row &row = m_rows[r];
        const quint32 tagEnd = tagEndOf(r);
        if (row.sortTime < begin || row.sortTime >= end)
            return;
        const int week = int((row.sortTime - begin) / (7 * 86400));
        for (quint32 t = row.tagBegin; t < tagEnd; ++t) {
            const quint32 code = m_tags[t];
            if (m_tagDim[code] != int(FacetKind::Market))
                continue;
            if (perCode.size() <= code) {
                perCode.resize(code + 1);
                totals.resize(code + 1, 0);
            }
            if (perCode[code].empty())
                perCode[code].assign(size_t(weeks), 0);
            ++perCode[code][size_t(week)];
            ++totals[code];
        }
    });
    std::vector<quint32> codes;
    for (quint32 code = 0; code < perCode.size(); ++code) {
        if (totals[code] > 0)
            codes.push_back(code);
    }
    auto selected = [&](quint32 code) {
        return query.selected(FacetKind::Market).contains(m_tagValues[qsizetype(code)]);
    };
    std::sort(codes.begin(), codes.end(), [&](quint32 a, quint32 b) {
        if (selected(a) != selected(b))
            return selected(a);
        return totals[a] != totals[b] ? totals[a] > totals[b] : m_tagValues[a] < m_tagValues[b];
    });
    if (codes.size() > size_t(std::max(0, topMarkets)))
        codes.resize(size_t(std::max(0, topMarkets)));
    for (const quint32 code : codes) {
        trend.markets << m_tagValues[qsizetype(code)];
        trend.counts << QList<int>(perCode[code].begin(), perCode[code].end());
    }
    return trend;
}

Result<std::vector<qint64>> ArticleIndex::sortTimesOf(const std::vector<qint64> &ids)
{
    if (Error error = refreshIfStale())
        return error;
    std::vector<qint64> times;
    times.reserve(ids.size());
    for (const qint64 id : ids) {
        const auto it =
            std::lower_bound(m_rows.begin(), m_rows.end(), id, [](const Row &r, qint64 v) { return r.id < v; });
        times.push_back(it != m_rows.end() && it->id == id ? it->sortTime : 0);
    }
    return times;
}

Result<int> ArticleIndex::count(const ArticleQuery &query)
{
    if (!query.collapseClusters) {
        const Result<FacetCounts> counted = counts(query, 0);
        if (!counted)
            return counted.error();
        return counted->total;
    }
    const Result<Selection> selection = prepare(query);
    if (!selection)
        return selection.error();
    return int(matchingRows(*selection).size());
}

} // namespace Medtour
