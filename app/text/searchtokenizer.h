// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// The tokens of our full-text index, the same for documents and queries.
///
/// SQLite's unicode61 tokenizer keeps a Hangul run as one token ("대전시는"), so "대전" never
/// matches, and the trigram tokenizer ignores queries shorter than three characters — yet most
/// Korean words have two syllables and some one (암). So we index our own tokens, which needs no
/// custom SQLite build (Windows and macOS Qt ship their own SQLite): text is folded with ICU
/// NFKC_Casefold (NFD Hangul, full-width Latin and case all compare equal); each run of Hangul,
/// Han or Kana becomes its overlapping character bigrams followed by its last character; every
/// other run of letters and digits is one word. A query of two or more syllables is then a
/// phrase of bigrams, and a one-syllable query a prefix query on the bigrams.
namespace Medtour::SearchTokenizer {

/// Bumped whenever the output changes; the index is rebuilt when the stored version differs.
inline constexpr int kVersion = 1;

/// Space-separated tokens of a document (at most `maxChars` characters of it are indexed).
QString documentTokens(const QString &text, qsizetype maxChars = 20000);

/// A run of one script class inside a query term.
struct Run
{
    QString text; ///< folded
    bool cjk = false;
};

/// Splits a query term into folded runs (letters/digits of one class; everything else separates).
QList<Run> runs(const QString &term);

/// True for the code points indexed as bigrams: Hangul, Han, Hiragana, Katakana.
bool isCjk(char32_t c);

} // namespace Medtour::SearchTokenizer
