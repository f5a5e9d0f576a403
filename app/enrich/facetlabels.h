// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/facets.h"

#include <QString>

namespace Medtour {

/// What the filter panel, the list and the detail pane show for a facet value. Markets and
/// languages are named by ICU (CLDR) from their codes in the UI language, so every country has a
/// name in every language without tables of our own; regions, specialties and events use the
/// names in the taxonomy tables (resources/taxonomy), falling back to English, then to the code.
namespace FacetLabels {
/// `language` is "ko", "en", "ru"… (the UI language). Sources and hospitals are shown as given.
QString label(FacetKind kind, const QString &value, const QString &language);
/// A country's name from its ISO 3166-1 alpha-2 code, in `language`; the code when ICU does not know it.
QString countryName(const QString &code, const QString &language);
/// A language's name from its ISO 639 code, in `language`.
QString languageName(const QString &code, const QString &language);
} // namespace FacetLabels

} // namespace Medtour
