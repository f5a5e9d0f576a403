// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicasql_p.h"
#include "storage/database.h"

#include <QHash>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Medtour::ReplicaSql {

Error run(QSqlQuery &q, const QString &sql, const QVariantList &binds, const char *what)
{
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec() ? Error{} : sqlError(q, what);
}

QHash<QString, QString> teamMeta(const QSqlDatabase &db)
{
    QHash<QString, QString> values;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(u"SELECT key, value FROM meta WHERE key >= 'team_' AND key < 'team`'"_s)) {
        while (q.next())
            values.insert(q.value(0).toString(), q.value(1).toString());
    }
    return values;
}

Error setMeta(QSqlQuery &q, const QString &key, const QVariant &value)
{
    return run(q,
               u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
               {key, value.toString()}, "recording the replica's progress");
}

Error queueChange(QSqlQuery &q, qint64 id, const QString &kind, const QString &value, qint64 changed)
{
    return run(q,
               u"INSERT INTO outbox (change_id, article_id, kind, value, changed) SELECT ?, id, ?, ?, ? FROM articles "
               u"WHERE id = ? ON CONFLICT (article_id, kind) DO UPDATE SET change_id = excluded.change_id, value = "
               u"excluded.value, changed = excluded.changed"_s,
               {QUuid::createUuid().toString(QUuid::WithoutBraces), kind, value, changed, id},
               "queueing a change for the team server");
}

} // namespace Medtour::ReplicaSql
