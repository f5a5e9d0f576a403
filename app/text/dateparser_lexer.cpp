// SPDX-License-Identifier: GPL-3.0-or-later
// DateParser's lexer: the tokenizer and its word lists (month, weekday and zone names, Korean labels).
#include "text/dateparser_p.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <string_view>

namespace Medtour::DateParser::Detail {

namespace {

struct AsciiWord
{
    const char *text; // lower case, at most kMaxAsciiLetters letters
    WordKind kind;
    qint16 value;
};

constexpr int kMaxDigits = 14;       // YYYYMMDDHHMMSS
constexpr int kMaxAsciiLetters = 12; // 5 bits per letter fit in a quint64 key
constexpr qsizetype kMaxWordLength = 16;

// clang-format off
constexpr AsciiWord kAsciiWords[] = {
    // English month names, abbreviated and in full ("January" is Disney's habit).
    {"jan", WordKind::Month, 1}, {"feb", WordKind::Month, 2}, {"mar", WordKind::Month, 3},
    {"apr", WordKind::Month, 4}, {"may", WordKind::Month, 5}, {"jun", WordKind::Month, 6},
    {"jul", WordKind::Month, 7}, {"aug", WordKind::Month, 8}, {"sep", WordKind::Month, 9},
    {"sept", WordKind::Month, 9}, {"oct", WordKind::Month, 10}, {"nov", WordKind::Month, 11},
    {"dec", WordKind::Month, 12},
    {"january", WordKind::Month, 1}, {"february", WordKind::Month, 2}, {"march", WordKind::Month, 3},
    {"april", WordKind::Month, 4}, {"june", WordKind::Month, 6}, {"july", WordKind::Month, 7},
    {"august", WordKind::Month, 8}, {"september", WordKind::Month, 9}, {"october", WordKind::Month, 10},
    {"november", WordKind::Month, 11}, {"december", WordKind::Month, 12},
    // Hungarian month names after accent folding (július -> julius); november/december as in English.
    {"januar", WordKind::Month, 1}, {"februar", WordKind::Month, 2}, {"marcius", WordKind::Month, 3},
    {"aprilis", WordKind::Month, 4}, {"majus", WordKind::Month, 5}, {"junius", WordKind::Month, 6},
    {"julius", WordKind::Month, 7}, {"augusztus", WordKind::Month, 8}, {"szeptember", WordKind::Month, 9},
    {"oktober", WordKind::Month, 10},
    // Italian, Spanish, French and German abbreviations that servers with a non-English locale put into
    // RFC 822 dates ("mer, 16 nov 2022"). Italian "mar" (Tuesday) is left out: it is March in English.
    {"gen", WordKind::Month, 1}, {"ene", WordKind::Month, 1}, {"janv", WordKind::Month, 1},
    {"fevr", WordKind::Month, 2}, {"mars", WordKind::Month, 3}, {"avr", WordKind::Month, 4},
    {"abr", WordKind::Month, 4}, {"mag", WordKind::Month, 5}, {"mai", WordKind::Month, 5},
    {"giu", WordKind::Month, 6}, {"juin", WordKind::Month, 6}, {"lug", WordKind::Month, 7},
    {"juil", WordKind::Month, 7}, {"ago", WordKind::Month, 8}, {"aout", WordKind::Month, 8},
    {"set", WordKind::Month, 9}, {"ott", WordKind::Month, 10}, {"okt", WordKind::Month, 10},
    {"dic", WordKind::Month, 12}, {"dez", WordKind::Month, 12},
    {"lun", WordKind::Weekday, 1}, {"mer", WordKind::Weekday, 3}, {"mie", WordKind::Weekday, 3},
    {"gio", WordKind::Weekday, 4}, {"jue", WordKind::Weekday, 4}, {"jeu", WordKind::Weekday, 4},
    {"ven", WordKind::Weekday, 5}, {"vie", WordKind::Weekday, 5}, {"sab", WordKind::Weekday, 6},
    {"sam", WordKind::Weekday, 6}, {"dom", WordKind::Weekday, 0}, {"dim", WordKind::Weekday, 0},
    // Weekdays.
    {"sun", WordKind::Weekday, 0}, {"mon", WordKind::Weekday, 1}, {"tue", WordKind::Weekday, 2},
    {"tues", WordKind::Weekday, 2}, {"wed", WordKind::Weekday, 3}, {"thu", WordKind::Weekday, 4},
    {"thur", WordKind::Weekday, 4}, {"thurs", WordKind::Weekday, 4}, {"fri", WordKind::Weekday, 5},
    {"sat", WordKind::Weekday, 6},
    {"sunday", WordKind::Weekday, 0}, {"monday", WordKind::Weekday, 1}, {"tuesday", WordKind::Weekday, 2},
    {"wednesday", WordKind::Weekday, 3}, {"thursday", WordKind::Weekday, 4}, {"friday", WordKind::Weekday, 5},
    {"saturday", WordKind::Weekday, 6},
    // Zones: RFC 822 names, the US short forms feedparser accepts, and common European/Asian ones.
    {"ut", WordKind::Zone, 0}, {"utc", WordKind::Zone, 0}, {"gmt", WordKind::Zone, 0}, {"uct", WordKind::Zone, 0},
    {"z", WordKind::Zone, 0}, {"zulu", WordKind::Zone, 0},
    {"est", WordKind::Zone, -300}, {"edt", WordKind::Zone, -240}, {"cst", WordKind::Zone, -360},
    {"cdt", WordKind::Zone, -300}, {"mst", WordKind::Zone, -420}, {"mdt", WordKind::Zone, -360},
    {"pst", WordKind::Zone, -480}, {"pdt", WordKind::Zone, -420},
    {"at", WordKind::AtWord, -240}, {"et", WordKind::Zone, -300}, {"ct", WordKind::Zone, -360},
    {"mt", WordKind::Zone, -420}, {"pt", WordKind::Zone, -480},
    {"ast", WordKind::Zone, -240}, {"adt", WordKind::Zone, -180}, {"akst", WordKind::Zone, -540},
    {"akdt", WordKind::Zone, -480}, {"hst", WordKind::Zone, -600}, {"nst", WordKind::Zone, -210},
    {"ndt", WordKind::Zone, -150},
    {"wet", WordKind::Zone, 0}, {"west", WordKind::Zone, 60}, {"bst", WordKind::Zone, 60},
    {"met", WordKind::Zone, 60}, {"mest", WordKind::Zone, 120}, {"cet", WordKind::Zone, 60},
    {"cest", WordKind::Zone, 120}, {"mez", WordKind::Zone, 60}, {"mesz", WordKind::Zone, 120},
    {"eet", WordKind::Zone, 120}, {"eest", WordKind::Zone, 180}, {"msk", WordKind::Zone, 180},
    {"kst", WordKind::Zone, 540}, {"jst", WordKind::Zone, 540}, {"hkt", WordKind::Zone, 480},
    {"sgt", WordKind::Zone, 480}, {"pht", WordKind::Zone, 480}, {"ict", WordKind::Zone, 420},
    {"awst", WordKind::Zone, 480}, {"acst", WordKind::Zone, 570}, {"aest", WordKind::Zone, 600},
    {"aedt", WordKind::Zone, 660}, {"nzst", WordKind::Zone, 720}, {"nzdt", WordKind::Zone, 780},
    // Everything else.
    {"am", WordKind::AmPm, Am}, {"pm", WordKind::AmPm, Pm},
    {"t", WordKind::TimeSep, 0}, {"etc", WordKind::EtcPrefix, 0},
};

struct WideWord
{
    std::u16string_view text; // folded: lower case, Greek without tonos
    WordKind kind;
    qint16 value;
};

constexpr WideWord kWideWords[] = {
    // Korean field labels. 월 and 일 double as weekday abbreviations; the scanner decides by context.
    {u"년", WordKind::Unit, UnitYear}, {u"월", WordKind::Unit, UnitMonth}, {u"일", WordKind::Unit, UnitDay},
    {u"시", WordKind::Unit, UnitHour}, {u"분", WordKind::Unit, UnitMinute}, {u"초", WordKind::Unit, UnitSecond},
    {u"오전", WordKind::AmPm, Am}, {u"오후", WordKind::AmPm, Pm},
    {u"화", WordKind::Weekday, 2}, {u"수", WordKind::Weekday, 3}, {u"목", WordKind::Weekday, 4},
    {u"금", WordKind::Weekday, 5}, {u"토", WordKind::Weekday, 6},
    {u"월요일", WordKind::Weekday, 1}, {u"화요일", WordKind::Weekday, 2}, {u"수요일", WordKind::Weekday, 3},
    {u"목요일", WordKind::Weekday, 4}, {u"금요일", WordKind::Weekday, 5}, {u"토요일", WordKind::Weekday, 6},
    {u"일요일", WordKind::Weekday, 0},
    // Korean page prefixes (DOMAIN.md §2.2): created, modified, approved, wire-sent, registered...
    {u"입력", WordKind::Label, 0}, {u"입력일", WordKind::Label, 0}, {u"기사입력", WordKind::Label, 0},
    {u"수정", WordKind::Label, 0}, {u"수정일", WordKind::Label, 0}, {u"최종수정", WordKind::Label, 0},
    {u"기사수정", WordKind::Label, 0}, {u"승인", WordKind::Label, 0}, {u"송고", WordKind::Label, 0},
    {u"송고시간", WordKind::Label, 0}, {u"등록", WordKind::Label, 0}, {u"등록일", WordKind::Label, 0},
    {u"기사", WordKind::Label, 0}, {u"작성", WordKind::Label, 0}, {u"작성일", WordKind::Label, 0},
    {u"발행", WordKind::Label, 0}, {u"발행일", WordKind::Label, 0}, {u"게재", WordKind::Label, 0},
    {u"업데이트", WordKind::Label, 0}, {u"일시", WordKind::Label, 0}, {u"입력일시", WordKind::Label, 0},
    {u"등록일시", WordKind::Label, 0}, {u"수정일시", WordKind::Label, 0}, {u"작성일시", WordKind::Label, 0},
    {u"승인일시", WordKind::Label, 0}, {u"입력시간", WordKind::Label, 0}, {u"등록시간", WordKind::Label, 0},
    {u"게재일", WordKind::Label, 0}, {u"기사등록", WordKind::Label, 0}, {u"최초입력", WordKind::Label, 0},
    // Japanese/Chinese field labels: same shape as the Korean ones.
    {u"年", WordKind::Unit, UnitYear}, {u"月", WordKind::Unit, UnitMonth}, {u"日", WordKind::Unit, UnitDay},
    {u"時", WordKind::Unit, UnitHour}, {u"时", WordKind::Unit, UnitHour}, {u"分", WordKind::Unit, UnitMinute},
    {u"秒", WordKind::Unit, UnitSecond}, {u"午前", WordKind::AmPm, Am}, {u"午後", WordKind::AmPm, Pm},
    // Greek abbreviations (feedparser's greek handler), folded.
    {u"ιαν", WordKind::Month, 1}, {u"φεβ", WordKind::Month, 2}, {u"μαρ", WordKind::Month, 3},
    {u"απρ", WordKind::Month, 4}, {u"μαι", WordKind::Month, 5}, {u"ιουν", WordKind::Month, 6},
    {u"ιον", WordKind::Month, 6}, {u"ιουλ", WordKind::Month, 7}, {u"ιολ", WordKind::Month, 7},
    {u"αυγ", WordKind::Month, 8}, {u"σεπ", WordKind::Month, 9}, {u"οκτ", WordKind::Month, 10},
    {u"νοε", WordKind::Month, 11}, {u"δεκ", WordKind::Month, 12},
    {u"κυρ", WordKind::Weekday, 0}, {u"δευ", WordKind::Weekday, 1}, {u"τρι", WordKind::Weekday, 2},
    {u"τετ", WordKind::Weekday, 3}, {u"πεμ", WordKind::Weekday, 4}, {u"παρ", WordKind::Weekday, 5},
    {u"σαβ", WordKind::Weekday, 6},
};
// clang-format on

constexpr quint64 packAscii(const char *text)
{
    quint64 key = 0;
    for (; *text; ++text)
        key = key * 32 + quint64(*text - 'a' + 1);
    return key;
}

struct KeyedWord
{
    quint64 key;
    WordInfo info;
    bool operator<(const KeyedWord &other) const { return key < other.key; }
};

constexpr std::size_t kAsciiCount = sizeof(kAsciiWords) / sizeof(kAsciiWords[0]);

const std::array<KeyedWord, kAsciiCount> &asciiTable()
{
    static const std::array<KeyedWord, kAsciiCount> table = [] {
        std::array<KeyedWord, kAsciiCount> t{};
        for (std::size_t i = 0; i < kAsciiCount; ++i)
            t[i] = {packAscii(kAsciiWords[i].text), {kAsciiWords[i].kind, kAsciiWords[i].value}};
        std::sort(t.begin(), t.end());
        return t;
    }();
    return table;
}

/// Lower case without accents for the scripts the tables use; other characters are returned unchanged.
char16_t fold(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    switch (c) {
    // Hungarian vowels (Latin-1 and Latin Extended-A).
    case 0xC1:
    case 0xE1:
        return u'a';
    case 0xC9:
    case 0xE9:
        return u'e';
    case 0xCD:
    case 0xED:
        return u'i';
    case 0xD3:
    case 0xF3:
    case 0xD6:
    case 0xF6:
    case 0x150:
    case 0x151:
        return u'o';
    case 0xDA:
    case 0xFA:
    case 0xDC:
    case 0xFC:
    case 0x170:
    case 0x171:
        return u'u';
    // Greek vowels with tonos or dialytika, and final sigma.
    case 0x386:
    case 0x3AC:
        return 0x3B1;
    case 0x388:
    case 0x3AD:
        return 0x3B5;
    case 0x389:
    case 0x3AE:
        return 0x3B7;
    case 0x38A:
    case 0x3AA:
    case 0x3AF:
    case 0x3CA:
    case 0x390:
        return 0x3B9;
    case 0x38C:
    case 0x3CC:
        return 0x3BF;
    case 0x38E:
    case 0x3AB:
    case 0x3CD:
    case 0x3CB:
    case 0x3B0:
        return 0x3C5;
    case 0x38F:
    case 0x3CE:
        return 0x3C9;
    case 0x3C2:
        return 0x3C3;
    default:
        break;
    }
    if (c >= 0x391 && c <= 0x3A9)
        return char16_t(c + 0x20);
    return c;
}

bool isSpace(char16_t c)
{
    if (c < 0x80)
        return c == u' ' || (c >= u'\t' && c <= u'\r');
    return c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0xFEFF;
}

bool isLetter(char16_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    if (c >= 0xAC00 && c <= 0xD7A3) // Hangul syllables
        return true;
    if (c >= 0xD800 && c <= 0xDFFF) // surrogates: no date word lives outside the BMP
        return false;
    return c != 0xD7 && c != 0xF7 && QChar::isLetter(c);
}

/// The punctuation a date may contain, normalised; 0 for anything else.
char16_t punctuationOf(char16_t c)
{
    switch (c) {
    case u',':
    case u':':
    case u'-':
    case u'+':
    case u'.':
    case u'/':
    case u'(':
    case u')':
    case u'|':
        return c;
    case u'[':
        return u'(';
    case u']':
        return u')';
    case 0x2212:
        return u'-'; // minus sign
    case 0xB7:
    case 0x2022:
        return u'|'; // separators of "승인 2019.10.02 19:00 • 댓글 0"
    default:
        return 0;
    }
}

} // namespace

WordInfo classifyWord(const char16_t *begin, qsizetype length)
{
    if (length <= 0 || length > kMaxWordLength)
        return {};
    char16_t folded[kMaxWordLength];
    bool ascii = true;
    for (qsizetype i = 0; i < length; ++i) {
        folded[i] = fold(begin[i]);
        ascii = ascii && folded[i] >= u'a' && folded[i] <= u'z';
    }
    if (ascii) {
        if (length > kMaxAsciiLetters)
            return {};
        quint64 key = 0;
        for (qsizetype i = 0; i < length; ++i)
            key = key * 32 + quint64(folded[i] - u'a' + 1);
        const auto &table = asciiTable();
        const auto it = std::lower_bound(table.begin(), table.end(), KeyedWord{key, {}});
        if (it != table.end() && it->key == key)
            return it->info;
        // RFC 822 military zones are unreliable (their signs were inverted in practice): read as UTC.
        if (length == 1 && folded[0] != u'j')
            return {WordKind::Military, 0};
        return {};
    }
    const std::u16string_view word(folded, std::size_t(length));
    for (const WideWord &entry : kWideWords) {
        if (entry.text == word)
            return {entry.kind, entry.value};
    }
    return {};
}

// Runs of letters end at digits and punctuation, so "T10", "2019년5월" and "송고2026" split naturally.
int tokenize(QStringView text, Token *out)
{
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    int count = 0;
    bool space = false;
    while (p < end) {
        const char16_t c = *p;
        if (isSpace(c)) {
            space = true;
            ++p;
            continue;
        }
        if (count == kMaxTokens)
            return -1;
        Token &token = out[count++];
        token = Token{};
        token.spaceBefore = space;
        space = false;
        if (c >= u'0' && c <= u'9') {
            const char16_t *const start = p;
            qint64 value = 0;
            for (; p < end && *p >= u'0' && *p <= u'9' && p - start < kMaxDigits + 1; ++p)
                value = value * 10 + (*p - u'0');
            if (p - start > kMaxDigits)
                return -1;
            token.kind = TokenKind::Number;
            token.digits = quint8(p - start);
            token.value = value;
        } else if (isLetter(c)) {
            const char16_t *const start = p;
            while (p < end && isLetter(*p))
                ++p;
            token.kind = TokenKind::Word;
            token.word = classifyWord(start, p - start);
            if (token.word.kind == WordKind::Unknown)
                return -1;
        } else {
            token.punct = punctuationOf(c);
            if (!token.punct)
                return -1;
            if (token.punct == u'|')
                return count; // page chrome follows ("• 댓글 0"); the scanner accepts only after a full date
            ++p;
        }
    }
    return count;
}

} // namespace Medtour::DateParser::Detail
