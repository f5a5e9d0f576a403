// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverschema.h"

#include "core/logging.h"
#include "storage/database.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace Medtour::ServerSchema {

namespace {

// Applied in order, each script as a whole (PostgreSQL takes several statements in one simple query).
constexpr const char *kSteps[] = {
    ":/medtour/sql/postgres/001_team.sql",
    ":/medtour/sql/postgres/002_reports.sql",
    ":/medtour/sql/postgres/003_search_inline.sql",
    ":/medtour/sql/postgres/004_owner_reads_marks.sql",
    ":/medtour/sql/postgres/005_derived_rows_unchecked.sql",
    ":/medtour/sql/postgres/006_text_lz4.sql",
    ":/medtour/sql/postgres/007_search_junctions.sql",
};

/// Serialises concurrent `server init`s (a session lock, released at disconnect at the latest).
constexpr qint64 kMigrationLock = 7402118;

Error exec(QSqlQuery &q, const QString &sql, const char *what)
{
    if (!q.exec(sql))
        return sqlError(q, what);
    return {};
}

} // namespace

int latestVersion()
{
    return int(std::size(kSteps));
}

Result<int> currentVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('public.meta') IS NOT NULL")) || !q.next())
        return sqlError(q, "reading the team schema");
    if (!q.value(0).toBool())
        return 0;
    q.finish();
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
        return sqlError(q, "reading the team schema version");
    return q.next() ? q.value(0).toInt() : 0;
}

Error check(QSqlDatabase db)
{
    const Result<int> version = currentVersion(db);
    if (!version)
        return version.error();
    if (*version == 0)
        return {Error::NotFound, QStringLiteral("the server has no team yet: its admin runs `medtour-cli --server URL "
                                                "server init` first")};
    if (*version > latestVersion())
        return {Error::TooNew, QStringLiteral("the team server has schema version %1, newer than this reader's %2: "
                                              "update the reader")
                                   .arg(*version)
                                   .arg(latestVersion())};
    if (*version < latestVersion())
        return {Error::Database, QStringLiteral("the team server has schema version %1, older than this reader's %2: "
                                                "its admin runs `medtour-cli --server URL server init`")
                                     .arg(*version)
                                     .arg(latestVersion())};
    return {};
}

Error migrate(QSqlDatabase db)
{
    QSqlQuery q(db);
    QSqlQuery lock(db);
    lock.prepare(QStringLiteral("SELECT pg_advisory_lock(?)"));
    lock.addBindValue(kMigrationLock);
    if (!lock.exec())
        return sqlError(lock, "waiting for another server init");
    struct Unlock
    {
        QSqlDatabase db;
        ~Unlock()
        {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
            q.addBindValue(kMigrationLock);
            q.exec();
        }
    } unlock{db};
    const Result<int> current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion())
        return check(db);
    for (int version = *current + 1; version <= latestVersion(); ++version) {
        QFile file(QString::fromLatin1(kSteps[version - 1]));
        if (!file.open(QIODevice::ReadOnly))
            return {Error::Database, QStringLiteral("team schema step %1 is missing").arg(version)};
        if (!db.transaction())
            return {Error::Database,
                    QStringLiteral("cannot begin the team schema step %1: %2").arg(version).arg(db.lastError().text())};
        Error error = exec(q, QString::fromUtf8(file.readAll()), "creating the team schema");
        if (!error) {
            q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            q.addBindValue(QString::number(version));
            if (!q.exec())
                error = sqlError(q, "recording the team schema version");
        }
        if (error) {
            db.rollback();
            return error;
        }
        if (!db.commit())
            return {
                Error::Database,
                QStringLiteral("cannot commit the team schema step %1: %2").arg(version).arg(db.lastError().text())};
        qCInfo(lcMigrations) << "team server migrated to schema version" << version;
    }
    // Whoever sets the team up is its admin (again: init is idempotent).
    q.prepare(QStringLiteral("INSERT INTO team (name, role, added) VALUES (current_user, 'admin', ?) "
                             "ON CONFLICT (name) DO UPDATE SET role = 'admin'"));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return sqlError(q, "recording the team's admin");
    return {};
}

} // namespace Medtour::ServerSchema
