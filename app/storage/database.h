// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "storage/serveraddress.h"

#include <QAtomicInteger>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace Medtour {

class ArticleIndex;
class WalCheckpointer;

/// One named SQLite connection to the cache file, owned by the thread that opened it.
/// Each thread makes its own (the GUI, the sync worker); the name is unique per instance.
/// Opening sets WAL, foreign keys and a busy timeout, and brings the schema up to date.
///
/// A cache that cannot be written opens read-only (SQLite's read-only mode while another connection
/// has it open, else "immutable", which writes nothing at all, not even SQLite's shared-memory file):
/// a file without write permission, a folder without it, a file system mounted read-only, or a disk
/// with no space left. The permission bits
/// decide even for root, who could otherwise write through them. Reads work; a write fails with
/// Error::ReadOnly (sqlError()), and callers that write check isReadOnly() first.
class Database final
{
public:
    explicit Database(const QString &connectionPrefix = QStringLiteral("medtour"));
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// Why a cache is read-only.
    enum class ReadOnly
    {
        No,
        File,       ///< the file has no write permission (or is immutable)
        Folder,     ///< its folder has no write permission
        FileSystem, ///< the file system is mounted read-only
        DiskFull,   ///< no space left: SQLite cannot even make its shared-memory file
        Refused,    ///< SQLite refused to write for another reason
    };

    /// Opens (creating if needed) the cache at `path` and migrates it. Use ":memory:" in tests.
    /// A cache that cannot be written opens read-only (see the class comment); one that cannot be
    /// written and needs a schema upgrade, or that does not exist in a read-only folder, is
    /// Error::ReadOnly.
    /// A postgresql:// address instead opens that team server (openServer(), schema required).
    Error open(const QString &path);
    void close();

    /// The kind of a failure SQLite described in `detail` on this connection: Corrupt, DiskFull (also
    /// for an I/O error while the cache's disk has no room left), ReadOnly, else Database.
    Error::Code errorCodeFor(const QString &detail) const;

    ReadOnly readOnly() const { return m_readOnly; }
    bool isReadOnly() const { return m_readOnly != ReadOnly::No; }
    /// "the file is read-only" and the like (English), empty when the cache can be written.
    QString readOnlyReason() const;
    /// Whether a TransactionScope is open on this connection: what it wrote is not yet visible to
    /// another connection.
    bool inTransaction() const { return m_transactionDepth > 0; }

    /// The desktop cache is SQLite; a team's shared server is PostgreSQL. Repositories ask, and keep
    /// the SQL of each engine to themselves: nothing above app/storage needs to know.
    enum class Engine
    {
        SQLite,
        PostgreSQL
    };
    Engine engine() const { return m_engine; }
    bool isServer() const { return m_engine == Engine::PostgreSQL; }
    /// How openServer() treats the team schema.
    enum class ServerSchemaUse
    {
        Require, ///< it must be there, at this build's version (every command but `server init`)
        Migrate  ///< create or migrate it (`server init`, by the team's admin)
    };
    /// Connects to a team server as the address's user (QPSQL: one connection per thread, like the
    /// cache). A password missing from the address comes from the password file (CredentialStore).
    Error openServer(const ServerAddress &address, ServerSchemaUse use = ServerSchemaUse::Require);
    /// The server this connection talks to (invalid for a cache).
    const ServerAddress &serverAddress() const { return m_server; }

    bool isOpen() const;
    /// isOpen(), and for a team server also that it still answers (a connection whose server went
    /// away stays "open" until it is used).
    bool isAlive() const;
    QSqlDatabase db() const;
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }

    /// The in-memory filter index of this connection, created on first use.
    ArticleIndex &articleIndex() const;

    /// Counts writes of article content (articles, tags, relevance, clusters, sources) to this
    /// cache through any of its connections in this process; the filter index compares it to
    /// notice them, since SQLite's data_version does not change for a connection's own writes.
    /// Connections to one cache file share the count (the sync's writes reach the GUI's index,
    /// and a snapshot built on one connection can be checked on another); other caches, and
    /// in-memory ones, have their own. Repositories call noteContentChanged() after such writes.
    void noteContentChanged() const { m_contentGeneration->fetchAndAddRelaxed(1); }
    qint64 contentGeneration() const { return m_contentGeneration->loadRelaxed(); }

    /// A prepared statement of this connection, parsed once and kept until close(): the sync
    /// writes the same few statements for every article. Bind, exec, and finish() (or read to the
    /// end) before the same statement is asked for again; meant for writes and one-row lookups.
    /// A statement that fails to prepare is not kept, so its error shows at exec().
    QSqlQuery &statement(const QString &sql) const;

    /// A background writer (the reader's sync) lets user writes of other connections go first
    /// between its transactions (WriteGate). Set before open().
    void setBackgroundWriter(bool background) { m_backgroundWriter = background; }
    bool isBackgroundWriter() const { return m_backgroundWriter; }
    /// A writer that commits often (the sync) has its WAL checkpointed on a thread and connection
    /// of its own (WalCheckpointer), not inside its commits, where each checkpoint waited for the
    /// disk and a waiting user write with it (afterCommit()). Set before open(); a cache in memory
    /// or opened read-only has no WAL to checkpoint.
    void setCheckpointApart(bool apart) { m_checkpointApart = apart; }
    /// Called by TransactionScope once an outermost transaction has committed and the gate is open.
    void afterCommit() const;

private:
    enum class Mode
    {
        ReadWrite,
        ReadOnly,  ///< SQLite's read-only mode: its -shm file is still made or used
        Immutable, ///< nothing at all is written, not even -shm: no other connection has the cache open
    };
    Error openAs(const QString &path, Mode mode);
    Error openReadOnly(const QString &path, ReadOnly why);
    ReadOnly m_readOnly = ReadOnly::No;
    friend class TransactionScope;
    friend class Savepoint;
    mutable int m_transactionDepth = 0;
    mutable bool m_rollbackOnly = false;
    bool m_backgroundWriter = false;
    bool m_checkpointApart = false;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    QString m_connectionName;
    QString m_path;
    Engine m_engine = Engine::SQLite;
    ServerAddress m_server;
    std::shared_ptr<QAtomicInteger<qint64>> m_contentGeneration;
    mutable std::unique_ptr<ArticleIndex> m_index;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    mutable std::shared_ptr<QSqlQuery> m_failedStatement;
};

/// Turns the last error of a query into an Error value with the statement for context.
Error sqlError(const class QSqlQuery &query, const char *what);
/// The same for an error SQLite reported as text (`detail`), read past QtSql.
Error sqlError(const QString &detail, const char *what);

} // namespace Medtour
