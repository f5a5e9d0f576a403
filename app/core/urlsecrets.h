// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentialstore.h"
#include "core/result.h"

#include <QString>
#include <QUrl>

namespace Medtour::UrlSecrets {

/// Where the password of `url`'s user is kept: CredentialStore::kHttpService, the host (lower case),
/// the port (the scheme's default when none is given) and the user name.
CredentialKey keyFor(const QUrl &url);

/// `url` without its password (the user name stays: it says which password to use).
QUrl withoutPassword(const QUrl &url);

/// A feed's address as given (`https://user:secret@host/feed`) made fit to keep in the cache and to
/// show: the password goes to `store` and the address comes back without it. An address without a
/// password comes back as it is, and nothing is written.
Result<QUrl> movePasswordToStore(const QUrl &url, CredentialStore &store);

/// `text` (an error, an argument echoed back) with the password of any `scheme://user:password@`
/// in it taken out, also where the address is not valid enough for QUrl to take apart.
QString redact(const QString &text);

/// The same origin (scheme, host, port): credentials for one are never sent to another.
bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace Medtour::UrlSecrets
