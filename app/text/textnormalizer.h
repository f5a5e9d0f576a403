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

/// True for the explicit bidirectional formatting characters: embeddings and overrides (U+202A–U+202E) and
/// isolates (U+2066–U+2069). The implicit marks LRM, RLM and ALM stay: they only nudge neutral characters.
bool isBidiControl(char16_t c);

/// The text without bidirectional embeddings, overrides and isolates. A right-to-left override in a title
/// ("invoice\u202Efdp.exe" shown as "invoiceexe.pdf") would let a publisher make a line read differently from
/// what it says, and an unterminated one leaks into whatever the list, the detail pane or a PDF row shows next
/// to it. Stripping them is the one treatment every surface renders the same way; Arabic and Hebrew text is
/// still ordered by the Unicode bidi algorithm. Used for titles, outlets and authors wherever they are shown.
QString withoutBidiControls(const QString &text);

} // namespace Medtour::TextNormalizer
