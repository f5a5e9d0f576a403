// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleRepository::serverCandidates: search on a team server (articlesearch.cpp ranks and cuts snippets).
#include "articlerepository.h"
#include "storage/database.h"
#include "storage/pgarray_p.h"
#include "storage/querysql.h"
#include "storage/searchindex.h"
#include "storage/searchranking.h"
#include "text/searchquery.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Medtour {

namespace {

/// Rows read newest first, in steps, before a rare query goes to the index for the rest.
constexpr qint64 kStepRows[] = {4000, 16000, 20000};
/// At most this many more rows are read newest first when the steps' rate of matches says the
/// window fills within them (about 0.1 s of a million-article server); a rarer query goes to the
/// index, and so do the rows below them when the rate was too hopeful.
constexpr qint64 kMoreRows = 150000;

/// Rows of article_search in [from, below) read newest first, fenced (OFFSET 0) so that the
/// planner cannot turn the range into an index search over every match again, and the outer LIMIT
/// stops reading as soon as the window is full.
QString newestRows()
{
    return u"(SELECT article_id, tokens, junctions FROM article_search WHERE article_id >= ? AND article_id < ? "
           u"ORDER BY article_id DESC OFFSET 0)"_s;
}

/// Calls `search(range, binds, limit, scan)` on the newest rows first, in steps, until `out` holds
/// `wanted` matches; then on the older rows: newest first as well (`scan`) while the rate met so far
/// says they fill the window soon, else all at once through the index, for a query too rare for that.
template<typename Search, typename Found>
Error newestMatches(QSqlDatabase db, const Search &search, qint64 wanted, const Found &out)
{
    QSqlQuery newest(db);
    if (!newest.exec(u"SELECT coalesce(max(article_id), 0) FROM article_search"_s) || !newest.next())
        return sqlError(newest, "searching");
    qint64 below = newest.value(0).toLongLong() + 1; // the rows read so far are those from `below` up
    qint64 read = 0;
    qint64 needed = -1; // rows that would fill the window at the rate met so far (-1: none met)
    for (const qint64 step : kStepRows) {
        if (below <= 1)
            return {}; // every row was read
        const qint64 from = std::max<qint64>(1, below - step);
        if (Error e = search(newestRows(), {from, below}, wanted - qint64(out.size()), true))
            return e;
        read += below - from;
        below = from;
        const qint64 found = qint64(out.size());
        if (found >= wanted)
            return {};
        // At the rate met so far, would the remaining steps fill the window? If not, the query is
        // rarer than the steps are for.
        qint64 left = 0;
        for (const qint64 later : kStepRows)
            left += later;
        left -= read;
        needed = found == 0 ? -1 : qint64(double(wanted - found) * double(read) / double(found));
        if (found == 0 || needed > left)
            break;
    }
    if (below <= 1)
        return {};
    if (needed >= 0 && needed <= kMoreRows) { // common enough to fill the window soon: read on in order
        const qint64 from = std::max<qint64>(1, below - kMoreRows);
        if (Error e = search(newestRows(), {from, below}, wanted - qint64(out.size()), true))
            return e;
        below = from;
        if (qint64(out.size()) >= wanted || below <= 1)
            return {};
    }
    return search(u"(SELECT article_id, tokens, junctions FROM article_search WHERE article_id < ?)"_s, {below},
                  wanted - qint64(out.size()), false);
}

} // namespace

Result<std::vector<ArticleRepository::Candidate>>
ArticleRepository::serverCandidates(const SearchQuery &parsed, const ArticleQuery &filters, int window) const
{
    // The newest `window` matches under the filters, each with its text score. As on the desktop
    // (cacheCandidates()), a broad query — more matches than the window — is scored by whether the
    // title matches (SearchRanking::kTitleHit, else kBodyHit): a text score costs most of the read
    // of a common word's rows. Any other is scored by ts_rank over our tokens, a title hit (weight
    // A) counting four times a body hit, as bm25 weighs them on the desktop. Not ts_rank_cd: its
    // covers of a Korean phrase (two spellings of a chain of bigrams) took 40 us a row, 45 ms of a
    // search with 1,100 matches, where ts_rank took 3 ms (psql, a million articles).
    //
    // The GIN index finds every match, and a Korean word is a phrase of bigrams (<->), which the
    // index cannot confirm: PostgreSQL rechecks each match against its row. For a common word that
    // is most of the table, read only to keep the newest few (a second on a million articles). So
    // the newest rows are read first, in steps of article ids, and the search stops when the
    // window is full. A query whose matches are too rare for the steps to fill it reads on newest
    // first while its rate says the window fills soon (kMoreRows), else goes to the index for the
    // older rows, where its matches are few and the recheck is cheap. Rows read in order test a
    // phrase's junctions first (SearchIndex::tsScanQuery()); the index's planner gets the plain query
    // and, for a phrase, the junctions' own index (tsJunctionQuery()).
    std::vector<Candidate> out;
    const QString match = SearchIndex::tsQuery(parsed);
    if (match.isEmpty())
        return out;
    const QString scanMatch = SearchIndex::tsScanQuery(parsed); // for rows read in order
    const QString titleMatch = SearchIndex::tsTitleQuery(parsed);
    // A phrase's junctions (SearchIndex::tsJunctions()): through their own index, a phrase of common
    // words that rarely meet has a few thousand candidates to recheck, not hundreds of thousands
    // (on a million articles, "우즈베키스탄 협약 카자흐스탄": 17 ms instead of 2.5 s in psql).
    const QString junctions = SearchIndex::tsJunctionQuery(parsed);
    // With junctions, the tokens are only rechecked: as the operator, the planner also reads their
    // index, whose bitmap of every row holding the common words cost 300-400 ms of a phrase's
    // 400-550 (auto_explain, bench_team). ts_match_vq() is the function behind tsvector @@ tsquery.
    const QString tokensTest = junctions.isEmpty() ? u"x.tokens @@ m.q"_s : u"ts_match_vq(x.tokens, m.q)"_s;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const SqlFilter filter = QuerySql::filterFor(filters, true);
    const qint64 wanted = qint64(window) + 1; // one more tells a broad query
    const auto search = [&](const QString &range, const QVariantList &rangeBinds, qint64 limit, bool scan) -> Error {
        SqlFilter where = filter;
        where.where.prepend(tokensTest);
        if (!junctions.isEmpty())
            where.where.prepend(u"x.junctions @@ m.j"_s);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        const QString terms =
            u"(SELECT CAST(? AS tsquery) AS q, CAST(? AS tsquery) AS t, CAST(? AS tsquery) AS j) m, "_s + range;
        // Without filters the window is cut from the search rows alone, and only its rows are
        // joined: joined before the cut, the planner expects matches everywhere and merges with
        // every article of the range (a common phrase read 86,000 articles for 1,445 matches).
        QString sql;
        if (filter.where.isEmpty())
            sql = u"SELECT a.id, w.title_hit, a.sort_time FROM (SELECT x.article_id, x.tokens @@ m.t AS title_hit "
                  u"FROM "_s +
                  terms + u" x "_s + where.whereClause() +
                  u" ORDER BY x.article_id DESC LIMIT ?) w JOIN articles a ON a.id = "
                  u"w.article_id ORDER BY w.article_id DESC"_s;
        else
            sql = u"SELECT a.id, x.tokens @@ m.t, a.sort_time FROM "_s + terms +
                  u" x JOIN articles a ON a.id = x.article_id LEFT JOIN article_state st ON st.article_id = a.id "_s +
                  where.whereClause() + u" ORDER BY x.article_id DESC LIMIT ?"_s;
        if (!q.prepare(sql))
            return sqlError(q, "searching");
        q.addBindValue(scan ? scanMatch : match);
        q.addBindValue(titleMatch.isEmpty() ? match : titleMatch);
        q.addBindValue(junctions.isEmpty() ? match : junctions); // m.j is only read when there are junctions
        for (const QVariant &v : rangeBinds)
            q.addBindValue(v);
        for (const QVariant &v : std::as_const(filter.binds))
            q.addBindValue(v);
        q.addBindValue(limit);
        if (!q.exec())
            return sqlError(q, "searching");
        while (q.next())
            out.push_back({q.value(0).toLongLong(),
                           q.value(1).toBool() ? SearchRanking::kTitleHit : SearchRanking::kBodyHit,
                           q.value(2).toLongLong()});
        return {};
    };
    if (Error e = newestMatches(db, search, wanted, out))
        return e;
    if (qint64(out.size()) > window) {
        out.resize(size_t(window));
        return out;
    }
    if (out.empty())
        return out;
    // Every match is here: ts_rank for these rows only.
    QList<qint64> ids;
    for (const Candidate &c : out)
        ids << c.id;
    QSqlQuery rank(db);
    rank.setForwardOnly(true);
    if (!rank.prepare(u"SELECT article_id, ts_rank('{0.25, 0.25, 0.25, 1.0}', tokens, CAST(? AS tsquery)) "
                      u"FROM article_search WHERE article_id = ANY(CAST(? AS bigint[]))"_s))
        return sqlError(rank, "scoring search matches");
    rank.addBindValue(match);
    rank.addBindValue(PgArray::integers(ids));
    if (!rank.exec())
        return sqlError(rank, "scoring search matches");
    QHash<qint64, double> score;
    while (rank.next())
        score.insert(rank.value(0).toLongLong(), rank.value(1).toDouble());
    for (Candidate &c : out)
        c.match = score.value(c.id);
    return out;
}

} // namespace Medtour
