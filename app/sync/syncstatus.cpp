// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatus.h"

namespace Medtour {

QString syncStatusName(SyncStatus status)
{
    switch (status) {
    case SyncStatus::Ok:
        return QStringLiteral("ok");
    case SyncStatus::NotModified:
        return QStringLiteral("not-modified");
    case SyncStatus::Error:
        break;
    }
    return QStringLiteral("error");
}

} // namespace Medtour
