// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace Medtour {

/// Which secret a password belongs to. `database` names the PostgreSQL database for a team server;
/// other services put a label there that no PostgreSQL connection asks for (kSmtpService, …).
struct CredentialKey
{
    QString host;
    int port = 0;
    QString database;
    QString user;
};

/// The passwords the reader needs (the team server, the mail server, feeds behind a login), kept out
/// of the settings file and the cache in one file of their own that only the user can read (0600),
/// in libpq's password-file format: `host:port:database:user:password`, `\` escaping `:` and `\`,
/// `*` matching anything, the first matching line winning. PostgreSQL connections are pointed at
/// it (`passfile=`), so libpq reads the team password itself and `psql` can share the file; the same
/// file works for the desktop, a cron job and the headless service, none of which can count on a
/// desktop keychain being there.
class CredentialStore final
{
public:
    static constexpr QLatin1StringView kSmtpService{"@smtp"};
    static constexpr QLatin1StringView kHttpService{"@http"};

    /// `path` empty: defaultPath().
    explicit CredentialStore(const QString &path = QString());

    /// $MEDTOUR_CREDENTIALS, else `credentials.pgpass` in the user's configuration folder.
    static QString defaultPath();
    QString path() const { return m_path; }

    /// The password of the first line that matches `key`, or nothing.
    Result<std::optional<QString>> password(const CredentialKey &key) const;
    /// Stores `password` for exactly `key`, replacing a line with the same key. The file is created
    /// readable by its owner only and replaced atomically.
    Error store(const CredentialKey &key, const QString &password);
    /// Removes the line with exactly `key`; not an error when there is none.
    Error remove(const CredentialKey &key);

    /// One field escaped for the file (`\` before `:` and `\`).
    static QString escape(const QString &field);

private:
    struct Line;
    Result<QList<Line>> readLines() const;
    Error writeLines(const QList<Line> &lines);
    QString m_path;
};

} // namespace Medtour
