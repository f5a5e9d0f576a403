// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleRepository::serverCandidates: search on a team server (articlesearch.cpp ranks and cuts snippets).
#include "articlerepository.h"
#include "storage/database.h"
#include "storage/querysql.h"
#include "storage/searchindex.h"
#include "text/searchquery.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Medtour {

namespace {

/// Rows read newest first, in steps, before a rare query goes to the index for the rest.
constexpr qint64 kStepRows[] = {4000, 16000, 20000};

} // namespace

Result<std::vector<ArticleRepository::Candidate>>
ArticleRepository::serverCandidates(const SearchQuery &parsed, const ArticleQuery &filters, int window) const
{
    // The newest `window` matches under the filters, each with its text score: ts_rank_cd over our
    // tokens, a title hit (weight A) counting four times a body hit, as bm25 weighs them on the
    // desktop.
    //
    // The GIN index finds every match, and a Korean word is a phrase of bigrams (<->), which the
    // index cannot confirm: PostgreSQL rechecks each match against its row. For a common word that
    // is most of the table, read only to keep the newest few (a second on a million articles). So
    // the newest rows are read first, in steps of article ids, and the search stops when the
    // window is full. A query whose matches are too rare for the steps to fill it goes to the index
    // for the older rows, where its matches are few and the recheck is cheap.
    std::vector<Candidate> out;
    const QString match = SearchIndex::tsQuery(parsed);
    if (match.isEmpty())
        return out;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const SqlFilter filter = QuerySql::filterFor(filters, true);
    const auto search = [&](const QString &range, const QVariantList &rangeBinds, qint64 limit) -> Error {
        SqlFilter where = filter;
        where.where.prepend(u"x.tokens @@ m.q"_s);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(u"SELECT a.id, ts_rank_cd('{0.25, 0.25, 0.25, 1.0}', x.tokens, m.q), a.sort_time "
                       u"FROM (SELECT CAST(? AS tsquery) AS q) m, "_s +
                       range +
                       u" x JOIN articles a ON a.id = x.article_id "
                       u"LEFT JOIN article_state st ON st.article_id = a.id "_s +
                       where.whereClause() + u" ORDER BY x.article_id DESC LIMIT ?"_s))
            return sqlError(q, "searching");
        q.addBindValue(match);
        for (const QVariant &v : rangeBinds)
            q.addBindValue(v);
        for (const QVariant &v : std::as_const(filter.binds))
            q.addBindValue(v);
        q.addBindValue(limit);
        if (!q.exec())
            return sqlError(q, "searching");
        while (q.next())
            out.push_back({q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toLongLong()});
        return {};
    };

    QSqlQuery newest(db);
    if (!newest.exec(u"SELECT coalesce(max(article_id), 0) FROM article_search"_s) || !newest.next())
        return sqlError(newest, "searching");
    qint64 below = newest.value(0).toLongLong() + 1; // the rows read so far are those from `below` up
    qint64 read = 0;
    for (const qint64 step : kStepRows) {
        if (below <= 1)
            return out; // every row was read
        // OFFSET 0 keeps the range a subquery of its own, read newest first by the primary key:
        // the planner cannot turn it into an index search over every match again, and the outer
        // LIMIT stops reading as soon as the window is full.
        const qint64 from = std::max<qint64>(1, below - step);
        if (Error e = search(u"(SELECT article_id, tokens FROM article_search WHERE article_id >= ? AND article_id < ? "
                             u"ORDER BY article_id DESC OFFSET 0)"_s,
                             {from, below}, window - qint64(out.size())))
            return e;
        read += below - from;
        below = from;
        const qint64 found = qint64(out.size());
        if (found >= window)
            return out;
        // At the rate met so far, would the remaining steps fill the window? If not, the query is
        // rare enough for the index.
        qint64 left = 0;
        for (const qint64 later : kStepRows)
            left += later;
        left -= read;
        if (found == 0 || double(window - found) * double(read) / double(found) > double(left))
            break;
    }
    if (below <= 1)
        return out;
    if (Error e = search(u"(SELECT article_id, tokens FROM article_search WHERE article_id < ?)"_s, {below},
                         window - qint64(out.size())))
        return e;
    return out;
}

} // namespace Medtour
