// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>

#include <utility>

namespace Medtour {

/// Where a team's PostgreSQL server is, from `postgresql://user[:password]@host[:port]/dbname[?param=value&…]`
/// (libpq's URI form, also `postgres://`). Query parameters pass on to libpq: `sslmode` (verify-full is
/// the recommended setting), `sslrootcert`, `connect_timeout`, and `host` for a Unix-socket folder.
/// A password in the URL is used but never shown: toString() leaves it out.
struct ServerAddress
{
    QString user;
    QString password; ///< from the URL; empty: the password file (CredentialStore) or libpq's own
    QString host;     ///< empty: libpq's default (the local socket)
    int port = 5432;
    QString database;
    QList<std::pair<QString, QString>> options; ///< the query parameters, in order

    static Result<ServerAddress> parse(const QString &url);
    /// The URL without its password.
    QString toString() const;
    /// libpq connection options for QPSQL ("key=value;…"): the query parameters, the password file.
    QString connectOptions(const QString &passwordFile) const;
    bool isValid() const { return !database.isEmpty(); }
};

} // namespace Medtour
