// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamigrator.h"

#include "core/logging.h"
#include "storage/database.h"
#include "storage/sourcesecrets.h"

#include <QFile>
#include <QSqlQuery>

namespace Medtour::SchemaMigrator {

namespace {

/// One step of the schema: a SQL resource, and optionally C++ work that SQL cannot do
/// (run in the same transaction, after the SQL).
struct Step
{
    const char *script;
    Error (*after)(QSqlDatabase db);
};

// Applied in order; a new step is a new entry appended here.
constexpr Step kSteps[] = {
    {":/medtour/sql/sqlite/001_initial.sql", nullptr},
    // The index is filled by SearchIndex::ensureCurrent() once every step has run, so the
    // backfill always reads the newest schema.
    {":/medtour/sql/sqlite/002_search.sql", nullptr},
    {":/medtour/sql/sqlite/003_content_apart.sql", nullptr},
    {":/medtour/sql/sqlite/004_enrichment.sql", nullptr},
    {":/medtour/sql/sqlite/005_sources_and_outlets.sql", nullptr},
    {":/medtour/sql/sqlite/006_source_error_codes.sql", nullptr},
    {":/medtour/sql/sqlite/007_unused_indexes.sql", nullptr},
    {":/medtour/sql/sqlite/008_page_failures.sql", nullptr},
    {":/medtour/sql/sqlite/009_moves_and_secrets.sql", SourceSecrets::moveUrlPasswords},
    // Clusters and signatures go; ArticleEnricher::placeUnplaced() places every article again.
    {":/medtour/sql/sqlite/010_recluster.sql", nullptr},
    {":/medtour/sql/sqlite/011_report_profiles.sql", nullptr},
    {":/medtour/sql/sqlite/012_team_replica.sql", nullptr},
    {":/medtour/sql/sqlite/013_search_pending.sql", nullptr},
    {":/medtour/sql/sqlite/014_search_orphans.sql", nullptr},
    {":/medtour/sql/sqlite/015_search_merge.sql", nullptr},
    {":/medtour/sql/sqlite/016_search_hash.sql", nullptr},
    {":/medtour/sql/sqlite/017_search_trigrams.sql", nullptr},
};

/// Splits a migration script into statements: each ends with ';' at the end of a line, except
/// inside CREATE TRIGGER … END; blocks, which end with "END;".
QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(u"--")))
            continue;
        if (trimmed.startsWith(u"CREATE TRIGGER", Qt::CaseInsensitive))
            inTrigger = true;
        current += line + u'\n';
        const bool ends = inTrigger ? trimmed.compare(u"END;", Qt::CaseInsensitive) == 0 : trimmed.endsWith(u';');
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace

int latestVersion()
{
    return int(std::size(kSteps));
}

QStringList statementsFor(int version)
{
    if (version < 1 || version > latestVersion())
        return {};
    QFile file(QString::fromLatin1(kSteps[version - 1].script));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return splitStatements(QString::fromUtf8(file.readAll()));
}

int currentVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Error migrateTo(QSqlDatabase db, int target)
{
    const int current = currentVersion(db);
    if (current < 0) {
        QSqlQuery probe(db);
        probe.exec(QStringLiteral("PRAGMA user_version"));
        return sqlError(probe, "reading the schema version");
    }
    if (current > latestVersion()) {
        return {Error::TooNew, QStringLiteral("the cache has schema version %1, newer than this build's %2")
                                   .arg(current)
                                   .arg(latestVersion())};
    }
    for (int version = current + 1; version <= target; ++version) {
        const QStringList statements = statementsFor(version);
        if (statements.isEmpty())
            return {Error::Database, QStringLiteral("migration step %1 is missing").arg(version)};
        if (!db.transaction())
            return {Error::Database, QStringLiteral("cannot begin the migration to version %1").arg(version)};
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                Error error = sqlError(q, "migration");
                db.rollback();
                return error;
            }
        }
        if (const auto after = kSteps[version - 1].after) {
            if (Error error = after(db)) {
                db.rollback();
                return error;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
            Error error = sqlError(q, "setting the schema version");
            db.rollback();
            return error;
        }
        if (!db.commit())
            return {Error::Database, QStringLiteral("cannot commit the migration to version %1").arg(version)};
        qCInfo(lcMigrations) << "migrated cache to schema version" << version;
    }
    return {};
}

Error migrate(QSqlDatabase db)
{
    return migrateTo(db, latestVersion());
}

} // namespace Medtour::SchemaMigrator
