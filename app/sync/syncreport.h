// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "sync/syncstatus.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Medtour {

/// What to sync. Crosses to the worker thread by value.
struct SyncRequest
{
    QList<qint64> sourceIds; ///< empty: every enabled source (or every due one)
    bool dueOnly = false;    ///< only sources whose next due time has come
    /// Team mode: join the cache to the team server at teamUrl (its password, if any, goes to the
    /// password file), or leave the team. A joined cache's sync is an exchange with the server.
    enum class TeamAction
    {
        None,
        Join,
        Leave
    };
    TeamAction teamAction = TeamAction::None;
    QString teamUrl;
    int teamDays = 0; ///< join: the last N days first, the rest after (0: everything at once)
};

/// On a cache joined to a team: how the exchange with the server went. The team's sync service
/// fetches the sources; the cache pushes its member's changes and pulls the team's.
struct TeamExchange
{
    bool ran = false;     ///< this run was a team exchange, a join or a leave (no source was fetched)
    bool joined = false;  ///< the cache replicates a team server
    bool reached = false; ///< the server answered
    QString server;       ///< without password
    QString user;
    QString role; ///< reader, editor, admin or service
    int pushed = 0;
    int pulled = 0;
    int pending = 0; ///< the member's changes still waiting for the server
    QString error;
};

/// An article a sync added, with what a notification needs.
struct NewArticle
{
    qint64 id = 0;
    QString title;
    double relevance = 0.0; ///< 0..1
};

/// How one source's sync ended.
struct SourceSyncResult
{
    qint64 id = 0;
    QString name;
    QUrl url;
    SyncStatus status = SyncStatus::Error;
    int httpStatus = 0;
    QString error;                       ///< English detail (CLI), or a "warning: …" on success
    Error::Code errorCode = Error::None; ///< for status "error": what kind (SyncError::describe)
    QDateTime retryAt;                   ///< a 429/503 asked to come back then (UTC), else invalid
    QDateTime finishedAt;                ///< UTC
    QList<NewArticle> newArticles;       ///< the added ones, with their relevance
    int added = 0;
    int updated = 0;
    qint64 bytes = 0;
    qint64 ms = 0;
};

/// The whole run, emitted once at the end.
struct SyncReport
{
    QList<SourceSyncResult> sources;
    bool cancelled = false;
    QString error; ///< the run could not start (the cache would not open)
    qint64 ms = 0;
    TeamExchange team;
    int failures() const
    {
        int n = 0;
        for (const SourceSyncResult &s : sources)
            n += s.status == SyncStatus::Error;
        return n;
    }
    QList<NewArticle> newArticles() const
    {
        QList<NewArticle> all;
        for (const SourceSyncResult &s : sources)
            all += s.newArticles;
        return all;
    }
};

} // namespace Medtour

Q_DECLARE_METATYPE(Medtour::SyncRequest)
Q_DECLARE_METATYPE(Medtour::SourceSyncResult)
Q_DECLARE_METATYPE(Medtour::NewArticle)
Q_DECLARE_METATYPE(Medtour::SyncReport)
