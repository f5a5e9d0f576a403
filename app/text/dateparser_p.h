// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QtGlobal>

/// Internals of DateParser shared by its translation units; not part of the public API.
namespace Medtour::DateParser::Detail {

/// What a run of letters means inside a date.
enum class WordKind : quint8
{
    Unknown,   ///< not a date word: the whole text is rejected
    Month,     ///< value 1..12
    Weekday,   ///< ignored (feeds often get it wrong)
    Zone,      ///< value = offset from UTC in minutes
    AtWord,    ///< "at": the Atlantic zone after a time, a connector ("May 5 at 9:00") before one
    AmPm,      ///< value = AmPm
    Unit,      ///< Korean/CJK field label after a number (년 월 일 시 분 초); value = Unit
    Label,     ///< page prefix such as 입력 or 수정
    TimeSep,   ///< ISO 8601 'T'
    EtcPrefix, ///< "Etc" of "Etc/GMT+5"
    Military,  ///< single-letter military zone, read as UTC
};

enum Unit : qint16
{
    UnitYear = 1,
    UnitMonth,
    UnitDay,
    UnitHour,
    UnitMinute,
    UnitSecond
};
enum AmPm : qint16
{
    Am = 1,
    Pm = 2
};

struct WordInfo
{
    WordKind kind = WordKind::Unknown;
    qint16 value = 0;
};

/// Classifies one run of letters, case- and accent-insensitively (English, Korean, Greek and
/// Hungarian names). Thread-safe; allocation-free after the first call.
WordInfo classifyWord(const char16_t *begin, qsizetype length);

constexpr qsizetype kMaxInputLength = 200;
constexpr int kMaxTokens = 48;

enum class TokenKind : quint8
{
    Number,
    Word,
    Punct
};

/// A run of digits, a run of letters (classified while tokenizing) or one punctuation mark.
struct Token
{
    TokenKind kind = TokenKind::Punct;
    bool spaceBefore = false;
    quint8 digits = 0;  // Number
    char16_t punct = 0; // Punct, normalised: '[' reads as '(', U+2212 as '-', '•' and '·' as '|'
    WordInfo word;      // Word
    qint64 value = 0;   // Number
};

/// Splits text into at most kMaxTokens tokens; -1 when a character or word cannot be part of a date.
int tokenize(QStringView text, Token *out);

enum class ZoneSource : quint8
{
    None,
    Named,
    Numeric
};

/// The fields of a date as written; -1 marks a field the text did not give.
struct Fields
{
    int year = -1;
    int yearDigits = 0;
    int month = -1;
    int day = -1;
    int yearDay = -1;
    int hour = -1;
    int minute = -1;
    int second = -1;
    int ampm = 0;
    int offsetMinutes = 0;
    ZoneSource zone = ZoneSource::None;
    bool partialOk = false; // a year-month form (ISO, dotted, 년월) may omit the day
    bool weekday = false;
};

/// Reads tokens into fields (unchecked ranges); false when a token does not fit any date form.
bool scan(const Token *tokens, int count, Fields &fields);

} // namespace Medtour::DateParser::Detail
