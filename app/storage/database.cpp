// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "core/logging.h"
#include "storage/articleindex.h"
#include "storage/schemamigrator.h"
#include "storage/searchindex.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Medtour {

namespace {
QAtomicInt s_counter;
}

Database::Database(const QString &connectionPrefix)
    : m_connectionName(connectionPrefix + u'-' + QString::number(s_counter.fetchAndAddRelaxed(1)))
{}

Database::~Database()
{
    close();
}

Error Database::open(const QString &path)
{
    close();
    if (path != u":memory:") {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return {Error::Io, QStringLiteral("cannot create the folder %1").arg(info.absolutePath())};
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid())
            return {Error::Database, QStringLiteral("the Qt SQLite driver (QSQLITE) is not available")};
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            return {Error::Database, QStringLiteral("cannot open %1: %2").arg(path, detail)};
        }
        m_path = path;
        QSqlQuery q(db);
        // A 32 MB page cache and memory-mapped reads keep the search index and the hot article
        // rows out of read()/fcntl round trips; the mapping is read-only and WAL-safe.
        for (const char *pragma :
             {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
              "PRAGMA busy_timeout = 5000", "PRAGMA cache_size = -32768", "PRAGMA mmap_size = 268435456",
              "PRAGMA temp_store = MEMORY"}) {
            if (!q.exec(QString::fromLatin1(pragma))) {
                const QString detail = q.lastError().text();
                if (detail.contains(u"malformed") || detail.contains(u"not a database"))
                    return {Error::Corrupt, QStringLiteral("the cache %1 is damaged: %2").arg(path, detail)};
                return {Error::Database, QStringLiteral("%1 failed: %2").arg(QLatin1StringView(pragma), detail)};
            }
        }
    }
    if (Error error = SchemaMigrator::migrate(db())) {
        close();
        return error;
    }
    if (Error error = SearchIndex::ensureCurrent(db())) {
        close();
        return error;
    }
    qCDebug(lcStorage) << "opened" << path << "as" << m_connectionName;
    return {};
}

ArticleIndex &Database::articleIndex() const
{
    if (!m_index)
        m_index = std::make_unique<ArticleIndex>(db());
    return *m_index;
}

void Database::close()
{
    m_index.reset();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_path.clear();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error sqlError(const QSqlQuery &query, const char *what)
{
    const QString detail = query.lastError().text();
    qCWarning(lcStorage) << what << "failed:" << detail << query.lastQuery();
    const Error::Code code = detail.contains(u"malformed") ? Error::Corrupt : Error::Database;
    return {code, QStringLiteral("%1: %2").arg(QLatin1StringView(what), detail)};
}

} // namespace Medtour
