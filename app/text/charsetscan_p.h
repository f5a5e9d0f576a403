// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Medtour::CharsetScan {

bool isAsciiSpace(char c);
bool isAsciiLetter(char c);
qsizetype skipSpaces(QByteArrayView s, qsizetype i);
/// A value at s[i]: quoted with ' or " (up to the closing quote), or bare up to whitespace or one of
/// the stop bytes. Moves i past the value.
QByteArrayView readValue(QByteArrayView s, qsizetype &i, QByteArrayView stops);

/// The encoding an XML declaration names in the first KiB ("" when none).
QByteArray xmlDeclaredEncoding(QByteArrayView data);
/// WHATWG "extracting a character encoding from a meta element" (the content attribute of http-equiv).
QByteArray charsetFromMetaContent(QByteArrayView content);
struct Attribute
{
    QByteArray name; ///< lower case
    QByteArrayView value;
};
/// WHATWG "get an attribute" for the prescan; returns nothing at '>' or the end of the buffer.
std::optional<Attribute> nextAttribute(QByteArrayView head, qsizetype &pos);
/// A light version of the WHATWG HTML prescan of the first 4 KiB: the charset a <meta> declares that
/// `known` accepts ("" when none).
QByteArray htmlMetaCharset(QByteArrayView data, bool (*known)(QByteArrayView label));

/// A lead and trail byte that form a CP949 (UHC) character.
bool isCp949Pair(uchar lead, uchar trail);
/// Only KS X 1001 Hangul syllables (lead 0xB0-0xC8, trail 0xA1-0xFE) count as positive evidence:
/// UHC extension pairs look too much like windows-1252 punctuation followed by a letter ("’s" is
/// 0x92 0x73). Pairs with a lead of 0xCA-0xFD are hanja in Korean, which modern text uses sparingly,
/// but common hanzi in GBK, so they count against.
struct KoreanEvidence
{
    qsizetype hangul = 0;
    qsizetype hanja = 0;
    qsizetype pairs = 0;
    qsizetype invalid = 0;
    bool strong() const { return hangul > 0 && invalid * 50 <= hangul && hangul * 2 >= pairs && hanja * 4 <= hangul; }
};
KoreanEvidence scanKorean(QByteArrayView s);
/// Four-byte GB18030 sequences (lead, digit, lead, digit) practically never occur in other encodings.
qsizetype countGb18030FourByte(QByteArrayView s);

} // namespace Medtour::CharsetScan
