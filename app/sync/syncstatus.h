// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Medtour {

/// How one source's sync ended. The names are an interface (`medtour-cli sync` prints them).
enum class SyncStatus
{
    Ok,          ///< fetched and stored
    NotModified, ///< the server said nothing changed (304)
    Error        ///< see the result's errorCode and error
};

/// "ok", "not-modified", "error".
QString syncStatusName(SyncStatus status);

} // namespace Medtour
