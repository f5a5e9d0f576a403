// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/settings.h"

class QApplication;

namespace Medtour::Ui::Theme {
/// System: the platform's style and palette. Light and Dark: Fusion with a light or dark palette.
void apply(QApplication &app, Settings::Theme theme);
} // namespace Medtour::Ui::Theme
