// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QCoreApplication;

namespace Medtour::AppPaths {

/// Sets the organisation/application names every executable shares, so the GUI and the CLI
/// find the same cache and settings.
void setApplicationIdentity();

/// The cache file the GUI and medtour-cli use unless told otherwise (under AppDataLocation).
QString defaultDatabasePath();

} // namespace Medtour::AppPaths
