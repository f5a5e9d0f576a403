// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/articlesql_p.h"
#include "storage/database.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Medtour::ArticleSql {

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(u""_s)) : QVariant(s);
}

QVariant secsOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromSecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

QString idList(const std::vector<qint64> &ids)
{
    QStringList parts;
    parts.reserve(qsizetype(ids.size()));
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

QString summarySelect(bool server)
{
    const QString markets = server ? u"string_agg(t.value, ' ')"_s : u"group_concat(t.value, ' ')"_s;
    return u"SELECT a.id, a.source_id, s.name, a.title, a.url, a.sort_time, a.date_guessed, a.relevance, "
           u"coalesce(st.read, 0), coalesce(st.starred, 0), coalesce(a.cluster_id, 0), coalesce(cl.size, 1), "
           u"(SELECT "_s +
           markets +
           u" FROM tags t WHERE t.article_id = a.id AND t.kind = 'market') "
           u"FROM articles a JOIN sources s ON s.id = a.source_id "
           u"LEFT JOIN article_state st ON st.article_id = a.id LEFT JOIN clusters cl ON cl.id = a.cluster_id "_s;
}

ArticleSummary summaryFrom(const QSqlQuery &q, bool withListColumns)
{
    ArticleSummary s;
    s.id = q.value(0).toLongLong();
    s.sourceId = q.value(1).toLongLong();
    s.sourceName = q.value(2).toString();
    s.title = q.value(3).toString();
    s.link = QUrl(q.value(4).toString());
    s.published = fromSecs(q.value(5));
    s.dateGuessed = q.value(6).toInt() != 0;
    s.relevance = q.value(7).toDouble();
    s.state.read = q.value(8).toInt() != 0;
    s.state.starred = q.value(9).toInt() != 0;
    if (withListColumns) {
        s.clusterId = q.value(10).toLongLong();
        s.copies = qMax(1, q.value(11).toInt());
        s.markets = q.value(12).toString().split(u' ', Qt::SkipEmptyParts);
        s.markets.sort();
    }
    return s;
}

Result<std::vector<qint64>> ids(QSqlDatabase db, const QString &sql, const QVariantList &binds)
{
    std::vector<qint64> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q, "reading ids");
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, "reading ids");
    while (q.next())
        out.push_back(q.value(0).toLongLong());
    return out;
}

} // namespace Medtour::ArticleSql
