// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
};

/// How one source's sync ended ("ok", "not-modified" or "error").
struct SourceSyncResult
{
    qint64 id = 0;
    QString name;
    QUrl url;
    QString status;
    int httpStatus = 0;
    QString error;
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
    int failures() const
    {
        int n = 0;
        for (const SourceSyncResult &s : sources)
            n += s.status == u"error";
        return n;
    }
};

} // namespace Medtour

Q_DECLARE_METATYPE(Medtour::SyncRequest)
Q_DECLARE_METATYPE(Medtour::SourceSyncResult)
Q_DECLARE_METATYPE(Medtour::SyncReport)
