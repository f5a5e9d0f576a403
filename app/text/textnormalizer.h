// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Medtour::TextNormalizer {

/// Unicode NFC through ICU; returns the input unchanged when it is already NFC (the common case).
QString nfc(const QString &text);

/// NFKC plus case folding (ICU nfkc_cf): full-width Latin → ASCII, Hangul jamo sequences → syllables,
/// "ＭＯＵ" and "mou" compare equal. Used for search keys and gazetteer matching.
QString foldForSearch(const QString &text);

} // namespace Medtour::TextNormalizer
