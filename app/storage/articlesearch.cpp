// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleRepository::search: candidates and their text scores from each engine's index, then one
// ranking (SearchRanking) and the snippets of the hits.
#include "articlerepository.h"
#include "storage/articleindex.h"
#include "storage/articlesql_p.h"
#include "storage/contentcodec.h"
#include "storage/database.h"
#include "storage/querysql.h"
#include "storage/searchindex.h"
#include "storage/searchranking.h"
#include "storage/searchterms_p.h"
#include "text/searchquery.h"
#include "text/snippetbuilder.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <limits>

namespace Medtour {

using namespace ArticleSql;

namespace {

/// Candidates are the newest matches: enough to rank well, few enough that a query matching half
/// the cache costs what a rare one does. More when filters will thin them out.
int candidateWindow(const ArticleQuery &filters)
{
    return filters != ArticleQuery() ? 6000 : 1500;
}

} // namespace

Result<std::vector<ArticleRepository::Candidate>>
ArticleRepository::cacheCandidates(const SearchQuery &parsed, const ArticleQuery &filters, int limit) const
{
    std::vector<Candidate> out;
    const QString match = SearchIndex::matchExpression(parsed);
    if (match.isEmpty())
        return out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    ArticleIndex &index = m_database.articleIndex();

    // FTS5 streams matches in rowid order (rowids grow with arrival), so the newest come first.
    const bool filtered = filters != ArticleQuery();
    const int window = candidateWindow(filters);
    Result<std::vector<qint64>> matched = ids(db,
                                              QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ? "
                                                             "ORDER BY rowid DESC LIMIT ?"),
                                              {match, window + 1});
    if (!matched)
        return matched.error();
    std::vector<qint64> candidates = std::move(matched).value();
    const bool broad = int(candidates.size()) > window;
    if (broad)
        candidates.pop_back();
    if (filtered) {
        Result<std::vector<qint64>> passing = index.pageIds(filters, {}, std::numeric_limits<int>::max());
        if (!passing)
            return passing.error();
        std::vector<qint64> allowed = std::move(passing).value();
        std::sort(allowed.begin(), allowed.end());
        candidates.erase(
            std::remove_if(candidates.begin(), candidates.end(),
                           [&](qint64 id) { return !std::binary_search(allowed.begin(), allowed.end(), id); }),
            candidates.end());
    }
    if (candidates.empty())
        return out;

    // A selective query is scored by bm25 (title ×4). For a broad one bm25 would first count every
    // matching document to weigh the terms (FTS5's IDF step), which is what makes broad searches
    // slow; there a title hit is the signal instead.
    QHash<qint64, double> relevance;
    if (!broad) {
        // Every match is among the candidates, so bm25's weighting only has these to count.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(
                QStringLiteral("SELECT rowid, -bm25(article_fts, 4.0, 1.0) FROM article_fts WHERE article_fts MATCH ? "
                               "ORDER BY rowid DESC LIMIT ?")))
            return sqlError(q, "scoring search matches");
        q.addBindValue(match);
        q.addBindValue(window);
        if (!q.exec())
            return sqlError(q, "scoring search matches");
        while (q.next())
            relevance.insert(q.value(0).toLongLong(), q.value(1).toDouble());
    }
    const Result<std::vector<qint64>> times = index.sortTimesOf(candidates);
    if (!times)
        return times.error();
    if (broad) {
        // The candidates' titles are read and matched here: FTS5 finds title hits among the
        // newest matches only by walking the position lists of every match of a common word.
        // Only a title that could lift its article into the `limit` best needs reading: one whose
        // score with a title hit would beat the limit-th best score without any.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        std::vector<double> bodyScores;
        bodyScores.reserve(candidates.size());
        for (const qint64 time : *times)
            bodyScores.push_back(SearchRanking::score(SearchRanking::kBodyHit, now - time));
        double bar = 0.0;
        if (limit > 0 && size_t(limit) <= bodyScores.size()) {
            std::vector<double> sorted = bodyScores;
            std::nth_element(sorted.begin(), sorted.begin() + (limit - 1), sorted.end(), std::greater<>());
            bar = sorted[size_t(limit - 1)];
        }
        std::vector<qint64> worthReading;
        for (size_t i = 0; i < candidates.size(); ++i) {
            if (bodyScores[i] * (SearchRanking::kTitleHit / SearchRanking::kBodyHit) >= bar)
                worthReading.push_back(candidates[i]);
        }
        QSqlQuery titles(db);
        titles.setForwardOnly(true);
        if (!worthReading.empty() &&
            !titles.exec(QStringLiteral("SELECT id, title FROM articles WHERE id IN (%1)").arg(idList(worthReading))))
            return sqlError(titles, "reading the titles of search matches");
        while (titles.isActive() && titles.next()) {
            const QStringList tokens =
                SearchIndex::titleTokens(titles.value(1).toString()).split(u' ', Qt::SkipEmptyParts);
            if (SearchTerms::matchesClauses(parsed, tokens))
                relevance.insert(titles.value(0).toLongLong(), SearchRanking::kTitleHit);
        }
    }
    out.reserve(candidates.size());
    for (size_t i = 0; i < candidates.size(); ++i)
        out.push_back({candidates[i], relevance.value(candidates[i], SearchRanking::kBodyHit), (*times)[i]});
    return out;
}

Result<QList<SearchHit>> ArticleRepository::search(const ArticleQuery &query, int limit) const
{
    QList<SearchHit> hits;
    const SearchQuery parsed = SearchQuery::parse(query.text);
    if (limit <= 0)
        return hits;
    ArticleQuery filters = query;
    filters.text.clear();
    const Result<std::vector<Candidate>> found = m_database.isServer()
                                                     ? serverCandidates(parsed, filters, candidateWindow(filters))
                                                     : cacheCandidates(parsed, filters, limit);
    if (!found)
        return found.error();
    const std::vector<Candidate> &candidates = *found;
    if (candidates.empty())
        return hits;

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    std::vector<std::pair<double, qint64>> ranked;
    ranked.reserve(candidates.size());
    for (const Candidate &c : candidates)
        ranked.emplace_back(SearchRanking::score(c.match, now - c.sortTime), c.id);
    const size_t n = std::min(ranked.size(), size_t(limit));
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(n), ranked.end(), std::greater<>());
    std::vector<qint64> top;
    QHash<qint64, double> scoreOf;
    for (size_t i = 0; i < n; ++i) {
        top.push_back(ranked[i].second);
        scoreOf.insert(ranked[i].second, ranked[i].first);
    }
    const Result<QList<ArticleSummary>> rows = rowsByIds(top);
    if (!rows)
        return rows.error();
    QHash<qint64, ArticleSummary> rowOf;
    for (const ArticleSummary &row : *rows)
        rowOf.insert(row.id, row);

    // Bodies are read for the final hits only (in one statement), to cut their snippets.
    const QStringList terms = parsed.highlightTerms();
    QHash<qint64, QPair<QString, QString>> bodies; // lead, text
    QSqlQuery body(QSqlDatabase::database(m_connection, false));
    body.setForwardOnly(true);
    if (!body.exec(QStringLiteral("SELECT a.id, a.summary, coalesce(c.clean_text, '') FROM articles a "
                                  "LEFT JOIN article_content c ON c.article_id = a.id WHERE a.id IN (%1)")
                       .arg(idList(top))))
        return sqlError(body, "reading the text of search hits");
    while (body.next())
        bodies.insert(body.value(0).toLongLong(), {body.value(1).toString(), ContentCodec::unpack(body.value(2))});
    for (const qint64 id : top) {
        if (!rowOf.contains(id))
            continue;
        SearchHit hit;
        hit.article = rowOf.value(id);
        hit.score = scoreOf.value(id);
        const QPair<QString, QString> text = bodies.value(id);
        hit.snippet = SnippetBuilder::build(text.second, terms);
        if (!hit.snippet.contains(u"<mark>"))
            hit.snippet = SnippetBuilder::build(text.first, terms); // the hit was in the lead
        hits << hit;
    }
    return hits;
}

} // namespace Medtour
