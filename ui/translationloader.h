// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace Medtour::Ui {

/// Installs Qt's own catalogue (qtbase_xx) and ours (:/i18n/medtour_xx.qm) for a locale.
/// English is the source language, so it needs no catalogue.
namespace TranslationLoader {
/// Returns the language actually installed ("ko", "ru" or "en").
QString install(QCoreApplication &app, const QLocale &locale = QLocale());
} // namespace TranslationLoader

} // namespace Medtour::Ui
