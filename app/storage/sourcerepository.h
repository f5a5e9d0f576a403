// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "domain/article.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

namespace Medtour {

class Database;

/// What the last sync of a source did, kept in the cache for the user (and for conditional GET).
struct SourceStatus
{
    QByteArray etag;
    QByteArray lastModified;
    QDateTime lastAttempt; ///< UTC, or invalid when never tried
    QDateTime lastSuccess;
    QDateTime nextDue; ///< invalid: due now
    int httpStatus = 0;
    QString error;     ///< English detail (the CLI shows it as is)
    QString errorCode; ///< stable code of the error (SyncError::codeName), empty when none
    int itemsNew = 0;
    int itemsUpdated = 0;
    /// A permanent redirect to another host not followed yet: where to, and in how many syncs in a
    /// row it was seen (SourceRepository::noteMove()).
    QUrl movedTo;
    int movedSeen = 0;
    /// The address the source had before a confirmed move rewrote it; empty when it never moved.
    QUrl originalUrl;
};

/// The configured sources. All SQL about sources lives here. A read that fails is an Error, never
/// an empty list, a zero or a missing source; a source that does not exist is Error::NotFound.
class SourceRepository final
{
public:
    explicit SourceRepository(const Database &database);

    /// The id of the source with this URL, adding it first when it is new.
    Result<qint64> ensure(const Source &source);
    /// Adds a new source; an InvalidInput error when one with the same URL exists. A password in the
    /// URL is never stored here: it goes to the credential store (UrlSecrets), the URL (and a name
    /// that was the URL) without it.
    Result<qint64> add(const Source &source);
    Result<Source> byId(qint64 id) const;
    Result<Source> byUrl(const QUrl &url) const;
    Result<QList<Source>> all() const;
    Result<int> count() const;

    /// Removes the source and (by cascade) its articles, except starred ones: those move to the
    /// "kept articles" source (keptUrl(), kind File, never fetched), keeping their state and
    /// naming the removed source as their outlet. `*keptStarred` says how many moved. Removing the
    /// kept source itself really deletes.
    Error remove(qint64 id, int *keptStarred = nullptr);
    /// How many articles of the source are starred.
    Result<int> starredCount(qint64 id) const;
    /// The URL of the source that holds starred articles of removed sources.
    static QUrl keptUrl();
    /// Writes the editable settings of `source` (name, interval, time zone, language, full page,
    /// folder, enabled) to the source with its id; kind and URL stay.
    Error update(const Source &source);
    Error setEnabled(qint64 id, bool enabled);
    /// A permanent redirect moved the feed; refused when another source already has `url`. The
    /// first address is kept (SourceStatus::originalUrl) and a pending move forgotten.
    Error setUrl(qint64 id, const QUrl &url);
    /// A sync was sent on to `to` for good (a permanent redirect to another host): counts the syncs
    /// in a row that said so, and returns the count (1 when `to` is new).
    Result<int> noteMove(qint64 id, const QUrl &to);
    /// A sync was not redirected: a pending move is forgotten.
    Error forgetMove(qint64 id);

    Result<SourceStatus> status(qint64 id) const;
    /// Writes the outcome of one fetch and appends it to the fetch log.
    Error recordFetch(qint64 id, const SourceStatus &status, qint64 bytes);
    Error setName(qint64 id, const QString &name);
    /// Enabled fetchable sources (feed, query, page), by id.
    QList<qint64> enabledIds() const;
    /// Enabled fetchable sources (feed, query, page) whose next due time has come, by id.
    QList<qint64> due(const QDateTime &now) const;

private:
    Error removeFromServer(qint64 id, const QString &keptName, int *keptStarred);
    const Database &m_database;
    QString m_connection;
};

} // namespace Medtour
