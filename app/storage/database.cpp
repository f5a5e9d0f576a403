// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "core/logging.h"
#include "storage/articleindex.h"
#include "storage/schemamigrator.h"
#include "storage/searchindex.h"
#include "storage/walcheckpointer.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#endif

namespace Medtour {

namespace {

/// A writer whose WAL is checkpointed apart checkpoints it itself past this size, and SQLite cuts it
/// back to kWalBytesKept when it starts over (Database::afterCommit()).
constexpr qint64 kWalBytesBeforeRestart = 32 * 1024 * 1024;
constexpr qint64 kWalBytesKept = 4 * 1024 * 1024;

QAtomicInt s_counter;

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

/// Why the cache at `path` cannot be written, judged before SQLite opens it. The permission bits
/// count even for root (who could write through them): a file or folder the user made read-only
/// stays unwritten.
Database::ReadOnly writability(const QString &path, bool exists)
{
    const QString folder = QFileInfo(path).absolutePath();
#ifdef Q_OS_UNIX
    const QByteArray folderName = QFile::encodeName(folder);
    struct statvfs fs;
    if (::statvfs(folderName.constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY))
        return Database::ReadOnly::FileSystem;
    const auto writable = [](const QByteArray &name) {
        struct stat st;
        if (::stat(name.constData(), &st) != 0)
            return true; // let SQLite say what is wrong
        return (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) != 0 && ::access(name.constData(), W_OK) == 0;
    };
    if (exists && !writable(QFile::encodeName(path)))
        return Database::ReadOnly::File;
    if (!writable(folderName))
        return Database::ReadOnly::Folder;
#else
    if (exists && !QFileInfo(path).isWritable())
        return Database::ReadOnly::File;
    if (!QFileInfo(folder).isWritable())
        return Database::ReadOnly::Folder;
#endif
    return Database::ReadOnly::No;
}

/// The disk of `path` has (next to) no space left for us: less than SQLite needs for a few pages.
bool noSpaceLeft(const QString &path)
{
#ifdef Q_OS_UNIX
    constexpr unsigned long long kLowBytes = 256 * 1024;
    struct statvfs fs;
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    return ::statvfs(folder.constData(), &fs) == 0 &&
           static_cast<unsigned long long>(fs.f_bavail) * fs.f_frsize < kLowBytes;
#else
    Q_UNUSED(path)
    return false;
#endif
}

/// SQLite's words for "I could not write".
bool cannotWrite(const QString &detail)
{
    return detail.contains(u"disk I/O error") || detail.contains(u"disk is full") ||
           detail.contains(u"readonly database") || detail.contains(u"unable to open database file");
}

QString readOnlyText(Database::ReadOnly why)
{
    switch (why) {
    case Database::ReadOnly::File:
        return QStringLiteral("the file is read-only");
    case Database::ReadOnly::Folder:
        return QStringLiteral("its folder is read-only");
    case Database::ReadOnly::FileSystem:
        return QStringLiteral("its file system is mounted read-only");
    case Database::ReadOnly::DiskFull:
        return QStringLiteral("its disk is full");
    case Database::ReadOnly::Refused:
        return QStringLiteral("it cannot be written");
    case Database::ReadOnly::No:
        break;
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
    // A team server's address opens the server, so that whatever passes a cache's path around (the
    // sync thread, the command line) can be pointed at a team server as well.
    if (path.startsWith(u"postgresql://") || path.startsWith(u"postgres://")) {
        const Result<ServerAddress> address = ServerAddress::parse(path);
        if (!address)
            return address.error();
        return openServer(*address);
    }
    m_readOnly = ReadOnly::No;
    if (path == u":memory:")
        return openAs(path, Mode::ReadWrite);
    const QFileInfo info(path);
    const bool exists = info.exists();
    const ReadOnly fixed = exists || QFileInfo::exists(info.absolutePath()) ? writability(path, exists) : ReadOnly::No;
    if (fixed != ReadOnly::No) {
        if (!exists)
            return {Error::ReadOnly, QStringLiteral("cannot create the cache %1: %2").arg(path, readOnlyText(fixed))};
        return openReadOnly(path, fixed);
    }
    if (!QDir().mkpath(info.absolutePath()))
        return {Error::Io, QStringLiteral("cannot create the folder %1").arg(info.absolutePath())};
    const Error error = openAs(path, Mode::ReadWrite);
    // SQLite could not write what even reading a WAL cache needs (its shared-memory file) or was
    // refused a write at open: a full disk, or a condition the checks above do not see. Reading
    // still works without writing anything.
    if (error && exists && cannotWrite(error.detail)) {
        qCWarning(lcStorage) << "opening" << path << "read-only:" << error.detail;
        return openReadOnly(path, noSpaceLeft(path) ? ReadOnly::DiskFull : ReadOnly::Refused);
    }
    return error;
}

Error Database::openReadOnly(const QString &path, ReadOnly why)
{
    close();
    // A -shm file beside the cache means another connection may be writing it now (or one was cut
    // short): SQLite's read-only mode shares that file and sees what is in the WAL. Without one, no
    // connection has the cache open, and it is opened immutable: SQLite then makes no -shm or -wal
    // file of its own (which would take the cache file's read-only mode and stay behind, or need a
    // write where none can be made: a read-only folder or mount, a full disk).
    const bool shmUsable = QFileInfo::exists(path + QStringLiteral("-shm")) && why != ReadOnly::DiskFull;
    Error error = openAs(path, shmUsable ? Mode::ReadOnly : Mode::Immutable);
    if (error && error.code != Error::Corrupt && error.code != Error::TooNew && error.code != Error::ReadOnly) {
        close();
        error = openAs(path, Mode::Immutable);
    }
    if (error) {
        close();
        return error;
    }
    m_readOnly = why;
    qCInfo(lcStorage) << "opened" << path << "read-only:" << readOnlyReason();
    return {};
}

Error::Code Database::errorCodeFor(const QString &detail) const
{
    if (soundsCorrupt(detail))
        return Error::Corrupt;
    if (detail.contains(u"disk is full"))
        return Error::DiskFull;
    if (detail.contains(u"readonly database"))
        return Error::ReadOnly;
    if (!m_path.isEmpty() && m_path != u":memory:" && noSpaceLeft(m_path))
        return Error::DiskFull; // SQLite says "disk I/O error" when it cannot grow its -shm or -wal file
    return Error::Database;
}

QString Database::readOnlyReason() const
{
    return readOnlyText(m_readOnly);
}

Error Database::openAs(const QString &path, Mode mode)
{
    const bool readOnly = mode != Mode::ReadWrite;
    const bool checkpointApart = m_checkpointApart && !readOnly && path != u":memory:";
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid())
            return {Error::Database, QStringLiteral("the Qt SQLite driver (QSQLITE) is not available")};
        if (mode == Mode::Immutable) {
            QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
            uri.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        } else {
            db.setDatabaseName(path);
        }
        db.setConnectOptions(readOnly
                                 ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000")
                                 : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            return {Error::Database, QStringLiteral("cannot open %1: %2").arg(path, detail)};
        }
        m_path = path;
        m_contentGeneration = contentGenerationOf(path);
        QSqlQuery q(db);
        Error failure;
        // A 32 MB page cache and memory-mapped reads keep the search index and the hot article
        // rows out of read()/fcntl round trips; the mapping is read-only and WAL-safe. A read-only
        // cache keeps the journal mode it has (changing it is a write).
        for (const char *pragma :
             {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
              "PRAGMA busy_timeout = 5000", "PRAGMA cache_size = -32768", "PRAGMA mmap_size = 268435456",
              "PRAGMA temp_store = MEMORY"}) {
            const QString statement = QString::fromLatin1(pragma);
            if (readOnly && statement.contains(u"journal_mode"))
                continue;
            if (!q.exec(statement)) {
                const QString detail = q.lastError().text();
                if (soundsCorrupt(detail))
                    failure = {Error::Corrupt, QStringLiteral("the cache %1 is damaged: %2").arg(path, detail)};
                else
                    failure = {Error::Database, QStringLiteral("%1 failed: %2").arg(statement, detail)};
                break;
            }
        }
        if (!failure && checkpointApart && !q.exec(QStringLiteral("PRAGMA journal_size_limit = %1").arg(kWalBytesKept)))
            failure = {Error::Database,
                       QStringLiteral("PRAGMA journal_size_limit failed: %1").arg(q.lastError().text())};
        if (!failure && checkpointApart && !q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")))
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
    if (readOnly) {
        // Nothing can be migrated or rebuilt: a cache of the current schema is read as it is.
        const int version = SchemaMigrator::currentVersion(db());
        if (version > SchemaMigrator::latestVersion()) {
            close();
            return {Error::TooNew, QStringLiteral("the cache has schema version %1, newer than this build's %2")
                                       .arg(version)
                                       .arg(SchemaMigrator::latestVersion())};
        }
        if (version < SchemaMigrator::latestVersion()) {
            close();
            return {Error::ReadOnly, QStringLiteral("the cache %1 was made by an older version and must be upgraded, "
                                                    "which needs it to be writable")
                                         .arg(path)};
        }
    } else {
        if (Error error = SchemaMigrator::migrate(db())) {
            close();
            return error;
        }
        if (Error error = SearchIndex::ensureCurrent(db())) {
            close();
            return error;
        }
    }
    if (checkpointApart)
        m_checkpointer = std::make_unique<WalCheckpointer>(path, m_connectionName + QStringLiteral("-checkpoint"),
                                                           m_backgroundWriter ? WalCheckpointer::kFeedPause
                                                                              : WalCheckpointer::kBatchPause);
    qCDebug(lcStorage) << "opened" << path << "as" << m_connectionName << (readOnly ? "read-only" : "");
    return {};
}

ArticleIndex &Database::articleIndex() const
{
    if (!m_index)
        m_index = std::make_unique<ArticleIndex>(*this);
    return *m_index;
}

void Database::afterCommit() const
{
    if (!m_checkpointer)
        return; // SQLite checkpoints by itself
    // SQLite starts the WAL over only when a writer begins while all of it is copied, which one
    // that commits back to back seldom does while another thread copies: past a bound the writer
    // checkpoints itself, between its transactions, where little is left to copy. Its row: busy
    // (the checkpointer's own is under way: tried again after the next commit), frames, copied.
    // The WAL's size on disk tells, as it is cut back when it starts over (journal_size_limit).
    // In the reader it is kept near SQLite's own 1000 pages: past them every small commit of the
    // GUI's connection would checkpoint, inside a star or a read mark.
    const qint64 bound = m_backgroundWriter ? kWalBytesKept : kWalBytesBeforeRestart;
    if (QFileInfo(m_path + QStringLiteral("-wal")).size() > bound) {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            qCWarning(lcStorage) << "checkpoint failed:" << q.lastError().text();
    }
    m_checkpointer->request();
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
    const bool checkpointed = m_checkpointer != nullptr;
    m_checkpointer.reset(); // waits for a checkpoint under way
    if (checkpointed && QSqlDatabase::contains(m_connectionName)) {
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
    m_engine = Engine::SQLite;
    m_server = {};
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
    // PostgreSQL's insufficient_privilege: a team member whose part does not allow the write.
    if (query.lastError().nativeErrorCode() == u"42501")
        return {Error::Denied, QStringLiteral("%1: %2").arg(QLatin1StringView(what), detail)};
    return sqlError(detail, what);
}

Error sqlError(const QString &detail, const char *what)
{
    const Error::Code code = detail.contains(u"malformed")           ? Error::Corrupt
                             : detail.contains(u"disk is full")      ? Error::DiskFull
                             : detail.contains(u"readonly database") ? Error::ReadOnly
                                                                     : Error::Database;
    return {code, QStringLiteral("%1: %2").arg(QLatin1StringView(what), detail)};
}

} // namespace Medtour
