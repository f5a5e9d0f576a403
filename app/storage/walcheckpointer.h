// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Medtour {

/// Checkpoints a cache's WAL on a thread and connection of its own, for a writer that commits
/// often (the sync).
///
/// SQLite's automatic checkpoint runs inside the commit that crosses 1000 pages of WAL, on the
/// writer's thread, and a checkpoint syncs the WAL and the cache file to disk: a cold sync of 200
/// feeds waited there for 34 fsyncs, 0.23 s of its 2.2 s (under strace). Here the writer only asks
/// (request()); this thread copies what was committed meanwhile with a PASSIVE checkpoint, which
/// neither waits for nor blocks the writer or any reader. Requests that come while one runs, or
/// within its pause after it, make one more checkpoint, not one each.
///
/// The writer's connection turns SQLite's own checkpoints off (PRAGMA wal_autocheckpoint = 0) and
/// bounds its WAL itself (Database::afterCommit()); what is still in the WAL when the writer closes
/// is checkpointed then (Database::close()).
class WalCheckpointer final
{
public:
    /// The pause after a checkpoint for a writer that commits a feed at a time (the reader's sync):
    /// its next checkpoint then copies a few hundred pages at once, not one feed's.
    static constexpr std::chrono::milliseconds kFeedPause{200};
    /// For one that commits 25 feeds at a time (the command line's): its batches are copied soon
    /// after they commit, while the next is being written, rather than left for its close.
    static constexpr std::chrono::milliseconds kBatchPause{50};

    /// Starts the thread; its connection to `path` is opened when the first checkpoint is due.
    /// `connectionName` is unique (the writer's own name with a suffix).
    WalCheckpointer(const QString &path, const QString &connectionName, std::chrono::milliseconds pause);
    /// Finishes a checkpoint under way (none is started) and closes the connection.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Asks for a checkpoint of what has been committed so far. Cheap; never waits.
    void request();

private:
    void run();
    void checkpoint(); ///< on this thread's connection

    const QString m_path;
    const QString m_connectionName;
    const std::chrono::milliseconds m_pause;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    bool m_failing = false; ///< this thread's own
    std::thread m_thread;
};

} // namespace Medtour
