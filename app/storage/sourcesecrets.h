// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace Medtour::SourceSecrets {

/// Schema step 9's C++ part: every source address that carries a password
/// (`https://user:secret@host/feed`) gives it to the credential store (CredentialStore::kHttpService)
/// and keeps the address without it; the source's name and its recorded errors lose it too.
/// Two addresses that differ only by their password stay two sources (the second gets a
/// `#source-<id>` fragment, which is never sent). Fails, changing nothing, when the store cannot
/// be written: the password must not be lost.
Error moveUrlPasswords(QSqlDatabase db);

} // namespace Medtour::SourceSecrets
