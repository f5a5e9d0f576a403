// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QStringList>

namespace Medtour::Export::ReportFonts {

/// Korean fonts in order of preference: Noto Sans CJK KR / Source Han Sans (Linux, OFL), NanumGothic,
/// Malgun Gothic (Windows), Apple SD Gothic Neo (macOS). All of them also carry Latin and Cyrillic.
QStringList koreanCandidates();
/// Latin and Cyrillic fallbacks for glyphs the Korean font lacks.
QStringList latinCandidates();

/// The installed families to use, best first (a Korean one, then fallbacks). Needs a QGuiApplication.
QStringList families();
/// True when one of the Korean candidates is installed; without one Hangul may come out as boxes.
bool hasKoreanFont();

/// The report's body font at `pointSize`, with the fallback list set.
QFont font(qreal pointSize, bool bold = false);

} // namespace Medtour::Export::ReportFonts
