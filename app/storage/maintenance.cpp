// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenance.h"

#include "storage/articleindex.h"
#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/transaction.h"
#include "text/dateparser.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Medtour::Maintenance {

namespace {

// Articles the user has marked are never pruned.
constexpr char kKept[] = "EXISTS (SELECT 1 FROM article_state st WHERE st.article_id = a.id "
                         "AND (st.starred = 1 OR st.note <> ''))";

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

Result<int> prune(Database &database, const RetentionPolicy &policy)
{
    QSqlDatabase db = database.db();
    QStringList conditions;
    QVariantList binds;
    if (policy.maxAgeDays > 0) {
        conditions << QStringLiteral("a.sort_time < ?");
        binds << QDateTime::currentSecsSinceEpoch() - qint64(policy.maxAgeDays) * 86400;
    }
    if (policy.maxPerSource > 0) {
        // Rank within each source, newest first; everything past the limit goes.
        conditions << QStringLiteral("a.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY source_id "
                                     "ORDER BY sort_time DESC, id DESC) AS r FROM articles) WHERE r > ?)");
        binds << policy.maxPerSource;
    }
    if (conditions.isEmpty())
        return 0;
    TransactionScope transaction(database);
    if (!transaction.began())
        return Error{Error::Database, QStringLiteral("cannot begin pruning")};
    SearchIndex index(db);
    const Result<QList<qint64>> victims = index.removeWhere(
        QStringLiteral("(%1) AND NOT %2").arg(conditions.join(QStringLiteral(" OR ")), QLatin1StringView(kKept)),
        binds);
    if (!victims)
        return victims.error();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?"));
    int removed = 0;
    for (const qint64 id : *victims) {
        del.addBindValue(id);
        if (!del.exec())
            return sqlError(del, "pruning an article");
        ++removed;
    }
    // Clusters left without members go too.
    QSqlQuery clean(db);
    clean.exec(QStringLiteral("DELETE FROM clusters WHERE id NOT IN (SELECT DISTINCT cluster_id FROM articles "
                              "WHERE cluster_id IS NOT NULL)"));
    if (Error error = transaction.commit())
        return error;
    if (removed > 0)
        database.noteContentChanged();
    return removed;
}

Error optimize(Database &database, bool vacuum)
{
    QSqlQuery q(database.db());
    if (!q.exec(QStringLiteral("INSERT INTO article_fts (article_fts) VALUES ('optimize')")) ||
        !q.exec(QStringLiteral("INSERT INTO article_trigrams (article_trigrams) VALUES ('optimize')")))
        return sqlError(q, "optimizing the search index");
    if (!q.exec(QStringLiteral("PRAGMA optimize")))
        return sqlError(q, "PRAGMA optimize");
    if (vacuum && !q.exec(QStringLiteral("VACUUM")))
        return sqlError(q, "VACUUM");
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return sqlError(q, "checkpointing the WAL");
    return {};
}

QStringList integrityProblems(Database &database)
{
    QStringList problems;
    QSqlQuery q(database.db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << q.lastError().text();
        return problems;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        problems << q.lastError().text();
    else if (q.next())
        problems << QStringLiteral("foreign key violations in table %1").arg(q.value(0).toString());
    // A contentless index cannot be checked against content; its own structure can. FTS5 takes the
    // check as an INSERT, which a read-only cache refuses: there only SQLite's own checks above run
    // (a refused write is not damage).
    for (const QString &check : {QStringLiteral("INSERT INTO article_fts (article_fts) VALUES ('integrity-check')"),
                                 QStringLiteral("INSERT INTO article_trigrams (article_trigrams) "
                                                "VALUES ('integrity-check')")}) {
        if (!database.isReadOnly() && !q.exec(check))
            problems << QStringLiteral("search index: %1").arg(q.lastError().text());
    }
    return problems;
}

QJsonObject stats(Database &database)
{
    QSqlDatabase db = database.db();
    QJsonObject tagCounts;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT kind, count(DISTINCT value) FROM tags GROUP BY kind"))) {
        while (q.next())
            tagCounts.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    QJsonObject o{
        {QStringLiteral("articles"), scalar(db, QStringLiteral("SELECT count(*) FROM articles"))},
        {QStringLiteral("sources"), scalar(db, QStringLiteral("SELECT count(*) FROM sources"))},
        {QStringLiteral("unread"),
         scalar(db, QStringLiteral("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_state st "
                                   "WHERE st.article_id = a.id AND st.read = 1)"))},
        {QStringLiteral("starred"), scalar(db, QStringLiteral("SELECT count(*) FROM article_state WHERE starred = 1"))},
        {QStringLiteral("noted"),
         scalar(db, database.isServer() ? QStringLiteral("SELECT count(*) FROM notes WHERE member = current_user")
                                        : QStringLiteral("SELECT count(*) FROM article_state WHERE note <> ''"))},
        {QStringLiteral("clusters"), scalar(db, QStringLiteral("SELECT count(*) FROM clusters"))},
        {QStringLiteral("tags"), tagCounts},
        {QStringLiteral("schema_version"),
         scalar(db, database.isServer()
                        ? QStringLiteral("SELECT CAST(value AS bigint) FROM meta WHERE key = 'schema_version'")
                        : QStringLiteral("PRAGMA user_version"))},
    };
    const qint64 oldest = scalar(db, QStringLiteral("SELECT min(sort_time) FROM articles"));
    const qint64 newest = scalar(db, QStringLiteral("SELECT max(sort_time) FROM articles"));
    const bool any = o.value(u"articles").toInteger() > 0;
    o.insert(QStringLiteral("oldest"),
             any ? QJsonValue(DateParser::toIsoUtc(QDateTime::fromSecsSinceEpoch(oldest, Qt::UTC))) : QJsonValue());
    o.insert(QStringLiteral("newest"),
             any ? QJsonValue(DateParser::toIsoUtc(QDateTime::fromSecsSinceEpoch(newest, Qt::UTC))) : QJsonValue());
    if (database.isServer())
        o.insert(QStringLiteral("database_bytes"),
                 scalar(db, QStringLiteral("SELECT pg_database_size(current_database())")));
    else if (database.path() != u":memory:")
        o.insert(QStringLiteral("file_bytes"), QFileInfo(database.path()).size());
    return o;
}

} // namespace Medtour::Maintenance
