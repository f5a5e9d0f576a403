// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "core/logging.h"
#include "storage/articleindex.h"
#include "storage/schemamigrator.h"
#include "storage/searchindex.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

namespace Medtour {

namespace {

QAtomicInt s_counter;
QMutex s_hookMutex;
Database::OpenHook s_openHook; // tests only: Database::setOpenHookForTests

/// The content generation of each cache file open in this process, shared by its connections and
/// gone with the last of them.
std::shared_ptr<QAtomicInteger<qint64>> contentGenerationOf(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<QAtomicInteger<qint64>>> byFile;
    if (path == u":memory:")
        return std::make_shared<QAtomicInteger<qint64>>(0); // every in-memory database is its own
    const QFileInfo file(path);
    const QString key = file.exists() ? file.canonicalFilePath() : file.absoluteFilePath();
    const QMutexLocker lock(&mutex);
    if (std::shared_ptr<QAtomicInteger<qint64>> shared = byFile.value(key).lock())
        return shared;
    for (auto it = byFile.begin(); it != byFile.end();) // forget caches no longer open
        it = it->expired() ? byFile.erase(it) : std::next(it);
    auto counter = std::make_shared<QAtomicInteger<qint64>>(0);
    byFile.insert(key, counter);
    return counter;
}

Database::OpenHook openHook()
{
    const QMutexLocker lock(&s_hookMutex);
    return s_openHook;
}

/// Caches up to this size get PRAGMA quick_check at every open (well under a second); larger ones
/// rely on SQLite's own checks as pages are read, and on `medtour-cli check`.
constexpr qint64 kQuickCheckBytes = 64LL * 1024 * 1024;

bool soundsCorrupt(const QString &detail)
{
    return detail.contains(u"malformed") || detail.contains(u"not a database") || detail.contains(u"corrupt");
}

/// Detects a damaged file before anything writes to it: the schema must be readable and, for caches
/// small enough, the quick check must pass.
Error checkReadable(const QSqlDatabase &db, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
        return {Error::Corrupt, QStringLiteral("the cache %1 is damaged: %2").arg(path, q.lastError().text())};
    q.finish();
    if (QFileInfo(path).size() > kQuickCheckBytes)
        return {};
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
        const QString detail = q.lastError().text();
        return {soundsCorrupt(detail) ? Error::Corrupt : Error::Database,
                QStringLiteral("cannot check the cache %1: %2").arg(path, detail)};
    }
    const QString verdict = q.value(0).toString();
    if (verdict != u"ok") {
        // quick_check lists every bad cell; the first line says enough.
        const QStringList lines = verdict.split(u'\n', Qt::SkipEmptyParts);
        const QString first = lines.size() > 1 && lines.first().startsWith(u"***") ? lines.at(1) : lines.value(0);
        return {Error::Corrupt, QStringLiteral("the cache %1 is damaged (%2, %3 problem(s) found)")
                                    .arg(path, first.trimmed())
                                    .arg(lines.size() - (lines.value(0).startsWith(u"***") ? 1 : 0))};
    }
    return {};
}

} // namespace

Database::Database(const QString &connectionPrefix)
    : m_connectionName(connectionPrefix + u'-' + QString::number(s_counter.fetchAndAddRelaxed(1)))
    , m_contentGeneration(std::make_shared<QAtomicInteger<qint64>>(0))
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
        m_contentGeneration = contentGenerationOf(path);
        QSqlQuery q(db);
        Error failure;
        // A 32 MB page cache and memory-mapped reads keep the search index and the hot article
        // rows out of read()/fcntl round trips; the mapping is read-only and WAL-safe.
        for (const char *pragma :
             {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
              "PRAGMA busy_timeout = 5000", "PRAGMA cache_size = -32768", "PRAGMA mmap_size = 268435456",
              "PRAGMA temp_store = MEMORY"}) {
            if (!q.exec(QString::fromLatin1(pragma))) {
                const QString detail = q.lastError().text();
                if (soundsCorrupt(detail))
                    failure = {Error::Corrupt, QStringLiteral("the cache %1 is damaged: %2").arg(path, detail)};
                else
                    failure = {Error::Database, QStringLiteral("%1 failed: %2").arg(QLatin1StringView(pragma), detail)};
                break;
            }
        }
        if (!failure && m_backgroundWriter && !q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")))
            failure = {Error::Database,
                       QStringLiteral("PRAGMA wal_autocheckpoint failed: %1").arg(q.lastError().text())};
        if (!failure && path != u":memory:")
            failure = checkReadable(db, path);
        if (failure) {
            q = QSqlQuery();
            db = QSqlDatabase();
            close();
            return failure;
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
    if (const OpenHook hook = openHook(); hook)
        hook(*this);
    return {};
}

void Database::setOpenHookForTests(OpenHook hook)
{
    const QMutexLocker lock(&s_hookMutex);
    s_openHook = std::move(hook);
}

ArticleIndex &Database::articleIndex() const
{
    if (!m_index)
        m_index = std::make_unique<ArticleIndex>(*this);
    return *m_index;
}

void Database::afterBackgroundCommit() const
{
    // About what SQLite's default of 1000 pages would checkpoint, a little less often: a feed of 50
    // articles writes some 100 pages. PASSIVE neither waits for nor blocks other connections.
    constexpr int kCommitsPerCheckpoint = 8;
    if (++m_commitsSinceCheckpoint < kCommitsPerCheckpoint)
        return;
    m_commitsSinceCheckpoint = 0;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
        qCWarning(lcStorage) << "checkpoint failed:" << q.lastError().text();
}

QSqlQuery &Database::statement(const QString &sql) const
{
    if (const auto it = m_statements.constFind(sql); it != m_statements.constEnd())
        return **it;
    auto query = std::make_shared<QSqlQuery>(db());
    if (!query->prepare(sql)) {
        m_failedStatement = std::move(query);
        return *m_failedStatement;
    }
    return **m_statements.insert(sql, std::move(query));
}

void Database::close()
{
    m_index.reset();
    m_statements.clear(); // statements go before their connection
    if (m_backgroundWriter && QSqlDatabase::contains(m_connectionName)) {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")); // what the last commits wrote
    }
    m_failedStatement.reset();
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
    const Error::Code code = detail.contains(u"malformed")      ? Error::Corrupt
                             : detail.contains(u"disk is full") ? Error::DiskFull
                                                                : Error::Database;
    return {code, QStringLiteral("%1: %2").arg(QLatin1StringView(what), detail)};
}

} // namespace Medtour
