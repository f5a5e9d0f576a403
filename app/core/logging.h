// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per module; tune with QT_LOGGING_RULES="medtour.sync.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcFeeds)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcMigrations)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcText)

namespace Medtour::Logging {
/// Shows warnings and errors only (for medtour-cli, whose stderr carries one-line errors),
/// unless QT_LOGGING_RULES asks for more.
void quietUnlessAsked();
} // namespace Medtour::Logging
