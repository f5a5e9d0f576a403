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

/// The trigrams of a document's Hangul, Han and Kana runs of three or more characters, made from
/// its documentTokens(): each pair of bigrams that follow each other ("설명" "명회") is one run's
/// three characters ("설명회"), since every run's bigrams end with its last character alone. A
/// cache keeps them in an index of their own (article_trigrams), where a three-syllable word is
/// one token to look up instead of a phrase of two common bigrams to match position by position
/// (trigramOf()).
QString documentTrigrams(QStringView documentTokens);

/// The trigram that matches exactly where the phrase of `tokens` does (two overlapping bigrams of
/// BMP Hangul, Han or Kana, as a query term of three such characters makes them); empty otherwise.
QString trigramOf(const QStringList &tokens);

/// True for the code points indexed as bigrams: Hangul, Han, Hiragana, Katakana.
bool isCjk(char32_t c);

} // namespace Medtour::SearchTokenizer
