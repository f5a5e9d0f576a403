// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Medtour {

inline QString applicationVersion()
{
    return QStringLiteral(MEDTOUR_VERSION);
}

/// The reverse-DNS id used for the desktop file, AppStream and settings.
inline constexpr char kApplicationId[] = "io.github.medtour.Reader";
inline constexpr char kApplicationName[] = "medtour";
inline constexpr char kOrganizationName[] = "Medtour";

} // namespace Medtour
