// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Medtour::LanguageGuess {

/// The language of an article for filtering: the declared one when the text's script agrees
/// with it, else a guess from the script (Hangul → ko, Kana → ja, Han → zh, Cyrillic → ru,
/// Latin → en). A Korean feed that carries English items (declared "ko", no Hangul) gets "en".
/// Returns a lower-case primary subtag ("ko", not "ko-KR"), or empty when nothing can be told.
QString of(const QString &text, const QString &declared);

} // namespace Medtour::LanguageGuess
