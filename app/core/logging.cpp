// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "medtour.app")
Q_LOGGING_CATEGORY(lcFeeds, "medtour.feeds")
Q_LOGGING_CATEGORY(lcStorage, "medtour.storage")
Q_LOGGING_CATEGORY(lcMigrations, "medtour.storage.migrations")
Q_LOGGING_CATEGORY(lcSync, "medtour.sync")
Q_LOGGING_CATEGORY(lcText, "medtour.text")

namespace Medtour::Logging {

void quietUnlessAsked()
{
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("medtour.*.debug=false\nmedtour.*.info=false"));
}

} // namespace Medtour::Logging
