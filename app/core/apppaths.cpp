// SPDX-License-Identifier: GPL-3.0-or-later
#include "apppaths.h"

#include "core/version.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace Medtour::AppPaths {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cache.sqlite");
}

} // namespace Medtour::AppPaths
