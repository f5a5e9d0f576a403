// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleRepository::serverCandidates: search on a team server (articlesearch.cpp ranks and cuts snippets).
#include "articlerepository.h"
#include "storage/database.h"
#include "storage/querysql.h"
#include "storage/searchindex.h"
#include "text/searchquery.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Medtour {

Result<std::vector<ArticleRepository::Candidate>>
ArticleRepository::serverCandidates(const SearchQuery &parsed, const ArticleQuery &filters, int window) const
{
    std::vector<Candidate> out;
    const QString match = SearchIndex::tsQuery(parsed);
    if (match.isEmpty())
        return out;
    // The newest matches under the filters, each with its text score: ts_rank_cd over our tokens,
    // a title hit (weight A) counting four times a body hit, as bm25 weighs them on the desktop.
    SqlFilter filter = QuerySql::filterFor(filters, true);
    filter.where.prepend(u"x.tokens @@ m.q"_s);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT a.id, ts_rank_cd('{0.25, 0.25, 0.25, 1.0}', x.tokens, m.q), a.sort_time "
                   u"FROM (SELECT CAST(? AS tsquery) AS q) m, article_search x JOIN articles a ON a.id = x.article_id "
                   u"LEFT JOIN article_state st ON st.article_id = a.id "_s +
                   filter.whereClause() + u" ORDER BY x.article_id DESC LIMIT ?"_s))
        return sqlError(q, "searching");
    q.addBindValue(match);
    for (const QVariant &v : std::as_const(filter.binds))
        q.addBindValue(v);
    q.addBindValue(window);
    if (!q.exec())
        return sqlError(q, "searching");
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toLongLong()});
    return out;
}

} // namespace Medtour
