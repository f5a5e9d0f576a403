// SPDX-License-Identifier: GPL-3.0-or-later
#include "cacherecovery.h"

#include "core/logging.h"
#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/userstatebackup.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Medtour::CacheRecovery {

namespace {

/// The tables worth salvaging, parents first, each with the integer key it is copied in ranges of.
/// The search index and the clustering signatures' derived state are rebuilt, not copied.
struct Table
{
    const char *name;
    const char *key;
};
constexpr Table kTables[] = {
    {"sources", "id"},
    {"clusters", "id"},
    {"articles", "id"},
    {"article_content", "article_id"},
    {"article_state", "article_id"},
    {"tags", "article_id"},
    {"article_signatures", "article_id"},
};
constexpr qint64 kChunk = 256;

QStringList columns(const QSqlDatabase &db, const QString &schema, const QString &table)
{
    QSqlQuery q(db);
    QStringList names;
    if (q.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table))) {
        while (q.next())
            names << q.value(1).toString();
    }
    return names;
}

/// Copies the rows of `table` with key in [from, to]; returns the rows copied or an error.
Result<int> copyRange(QSqlDatabase &db, const QString &table, const QString &key, const QString &columnList,
                      qint64 from, qint64 to)
{
    QSqlQuery q(db);
    const QString sql = QStringLiteral("INSERT OR IGNORE INTO main.%1 (%2) SELECT %2 FROM damaged.%1 "
                                       "WHERE %3 BETWEEN %4 AND %5")
                            .arg(table, columnList, key)
                            .arg(from)
                            .arg(to);
    if (!db.transaction())
        return Error{Error::Database, db.lastError().text()};
    if (!q.exec(sql)) {
        const QString detail = q.lastError().text();
        db.rollback();
        return Error{Error::Corrupt, detail};
    }
    const int rows = q.numRowsAffected();
    if (!db.commit())
        return Error{Error::Database, db.lastError().text()};
    return rows;
}

/// Salvages one table; bad ranges are skipped and counted.
int salvageTable(QSqlDatabase &db, const Table &table, RecoveryReport &report)
{
    const QString name = QLatin1StringView(table.name);
    const QString key = QLatin1StringView(table.key);
    const QStringList ours = columns(db, QStringLiteral("main"), name);
    const QStringList theirs = columns(db, QStringLiteral("damaged"), name);
    QStringList common;
    for (const QString &column : ours) {
        if (theirs.contains(column))
            common << column;
    }
    if (common.isEmpty() || !common.contains(key)) {
        report.problems << QStringLiteral("%1: not in the damaged file").arg(name);
        return 0;
    }
    const QString columnList = common.join(u", ");
    // The key range; if even that cannot be read, try a generous default range.
    QSqlQuery bounds(db);
    qint64 low = 0;
    qint64 high = 0;
    if (bounds.exec(QStringLiteral("SELECT min(%1), max(%1) FROM damaged.%2").arg(key, name)) && bounds.next()) {
        low = bounds.value(0).toLongLong();
        high = bounds.value(1).toLongLong();
    } else {
        report.problems << QStringLiteral("%1: key range unreadable: %2").arg(name, bounds.lastError().text());
        // Rows of an article cannot have a key beyond the articles already salvaged.
        QSqlQuery articles(db);
        if (key == u"article_id" && articles.exec(QStringLiteral("SELECT max(id) FROM main.articles")) &&
            articles.next() && !articles.value(0).isNull()) {
            high = articles.value(0).toLongLong();
        } else {
            high = 100'000'000;
        }
    }
    bounds.finish();
    // First in one go; on failure, range by range so that one damaged page loses only its rows.
    if (const Result<int> all = copyRange(db, name, key, columnList, low, high))
        return *all;
    // A failed or empty range doubles the stride (damage tends to cover a run of pages, and an unknown
    // key range must not mean millions of probes); a range with rows resets it.
    int copied = 0;
    qint64 stride = kChunk;
    for (qint64 from = low; from <= high; from += stride) {
        const Result<int> part = copyRange(db, name, key, columnList, from, from + stride - 1);
        if (part && *part > 0) {
            copied += *part;
            stride = kChunk;
        } else if (part) {
            stride = std::min<qint64>(stride * 2, kChunk * 256); // an empty stretch of keys
        } else {
            ++report.skippedChunks;
            if (report.problems.size() < 20)
                report.problems << QStringLiteral("%1 %2..%3: %4")
                                       .arg(name)
                                       .arg(from)
                                       .arg(from + stride - 1)
                                       .arg(part.error().detail);
            stride = std::min<qint64>(stride * 2, kChunk * 256);
        }
    }
    return copied;
}

/// Moves `path` and its -wal/-shm companions aside under one new name; returns that name.
Result<QString> moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.damaged-%2").arg(path, stamp);
    for (int n = 2; QFile::exists(target); ++n)
        target = QStringLiteral("%1.damaged-%2-%3").arg(path, stamp).arg(n);
    if (!QFile::rename(path, target))
        return Error{Error::Io, QStringLiteral("cannot move %1 aside to %2").arg(path, target)};
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString companion = path + QLatin1StringView(suffix);
        if (QFile::exists(companion) && !QFile::rename(companion, target + QLatin1StringView(suffix)))
            return Error{Error::Io, QStringLiteral("cannot move %1 aside").arg(companion)};
    }
    return target;
}

void removeOrphans(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("DELETE FROM articles WHERE source_id NOT IN (SELECT id FROM sources)"));
    for (const char *child : {"article_content", "article_state", "tags", "article_signatures"}) {
        q.exec(QStringLiteral("DELETE FROM %1 WHERE article_id NOT IN (SELECT id FROM articles)")
                   .arg(QLatin1StringView(child)));
    }
    q.exec(QStringLiteral("UPDATE articles SET cluster_id = NULL WHERE cluster_id NOT IN (SELECT id FROM clusters)"));
}

} // namespace

Result<RecoveryReport> recover(const QString &path)
{
    RecoveryReport report;
    // Read the backup first: it lives beside the cache and must not be overwritten by anything below.
    const Result<QList<UserStateEntry>> backup = UserStateBackup::load(UserStateBackup::pathFor(path));
    if (!backup)
        report.problems << backup.error().detail;

    const Result<QString> aside = moveAside(path);
    if (!aside)
        return aside.error();
    report.damagedPath = *aside;
    qCWarning(lcStorage) << "cache" << path << "is damaged; moved to" << report.damagedPath;

    Database fresh(QStringLiteral("recovery"));
    if (Error error = fresh.open(path))
        return error;
    QSqlDatabase db = fresh.db();
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    QString attachPath = report.damagedPath;
    attachPath.replace(u'\'', QStringLiteral("''"));
    if (q.exec(QStringLiteral("ATTACH DATABASE '%1' AS damaged").arg(attachPath))) {
        for (const Table &table : kTables) {
            const int rows = salvageTable(db, table, report);
            const QLatin1StringView name(table.name);
            if (name == QLatin1StringView("sources"))
                report.sources = rows;
            else if (name == QLatin1StringView("articles"))
                report.articles = rows;
            else if (name == QLatin1StringView("article_state"))
                report.userStates = rows;
        }
        q.exec(QStringLiteral("DETACH DATABASE damaged"));
        removeOrphans(db);
    } else {
        report.problems << QStringLiteral("the damaged file cannot be read at all: %1").arg(q.lastError().text());
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (Error error = SearchIndex::rebuild(db))
        report.problems << error.detail;

    if (backup && !backup->isEmpty()) {
        const Result<int> restored = UserStateBackup::apply(db, *backup);
        if (restored)
            report.restoredFromBackup = *restored;
        else
            report.problems << restored.error().detail;
    }
    qCWarning(lcStorage).noquote() << QStringLiteral(
                                          "recovered %1 sources, %2 articles, %3 user states (%4 from the backup); "
                                          "%5 unreadable ranges")
                                          .arg(report.sources)
                                          .arg(report.articles)
                                          .arg(report.userStates)
                                          .arg(report.restoredFromBackup)
                                          .arg(report.skippedChunks);
    return report;
}

} // namespace Medtour::CacheRecovery
