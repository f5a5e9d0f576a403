// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

namespace Medtour {

class Database;

/// One member of a team and their part.
struct TeamMember
{
    QString name;
    QString role; ///< "admin", "editor", "reader" or "service"
    qint64 added = 0;
};

/// The team on a team server: its members (PostgreSQL roles), who the connection's user is, the
/// one sync service, and the notifications that tie desktops and the service together.
class TeamRepository final
{
public:
    /// A commit of new articles (payload: the newest change number).
    static constexpr QLatin1StringView kChangesChannel{"medtour_changes"};
    /// A member asked the service for a sync ("Sync now"; payload: the member).
    static constexpr QLatin1StringView kSyncRequestChannel{"medtour_sync_request"};

    explicit TeamRepository(const Database &database);

    /// The connection user's part, or an empty string when they are not on the team.
    Result<QString> role() const;
    Result<QList<TeamMember>> members() const;
    /// Adds `name` (a new PostgreSQL login role) as a reader, editor or service, with `password` (sent
    /// as a SCRAM verifier, never as the password itself). Adding an existing member changes their
    /// part, and their password when one is given.
    Error addMember(const QString &name, const QString &role, const QString &password);
    /// Removes a member: their role and their read and star marks (their notes stay). NotFound when
    /// there is no such member.
    Error removeMember(const QString &name);

    /// The one sync service of a team: a session lock on the server, gone when the connection goes.
    Result<bool> tryServiceLock();
    /// Waits for the lock (another service holds it).
    Error waitForServiceLock();
    void releaseServiceLock();

    /// Tells listeners, at this transaction's commit, that articles changed.
    Error announceChanges();
    /// Asks the team's service to sync now.
    Error requestSync();
    /// The newest change number on the server.
    Result<qint64> latestChange() const;

    /// A SCRAM-SHA-256 verifier of `password`, as PostgreSQL stores it (RFC 5802/7677, 4096 rounds).
    static QString scramVerifier(const QString &password, const QByteArray &salt = {});

private:
    const Database &m_database;
    QString m_connection;
};

} // namespace Medtour
