// SPDX-License-Identifier: GPL-3.0-or-later
// DateParser's scanner: one pass over the tokens that recognises every supported date form.
#include "text/dateparser_p.h"

namespace Medtour::DateParser::Detail {

namespace {

constexpr int kMaxOffsetHours = 18;

/// Walks the tokens once and fills Fields; every token must be understood.
class Scanner
{
public:
    Scanner(const Token *tokens, int count)
        : m_tokens(tokens)
        , m_count(count)
    {}

    bool run();
    const Fields &fields() const { return m_f; }

private:
    const Token *at(int ahead) const
    {
        const int index = m_index + ahead;
        return index < m_count ? &m_tokens[index] : nullptr;
    }
    bool isPunct(int ahead, char16_t punct, bool tight = false) const
    {
        const Token *t = at(ahead);
        return t && t->kind == TokenKind::Punct && t->punct == punct && !(tight && t->spaceBefore);
    }
    bool isNumber(int ahead, bool tight = false) const
    {
        const Token *t = at(ahead);
        return t && t->kind == TokenKind::Number && !(tight && t->spaceBefore);
    }
    bool dateEmpty() const { return m_f.year < 0 && m_f.month < 0 && m_f.day < 0 && m_f.yearDay < 0; }
    bool dateComplete() const { return m_f.year >= 0 && m_f.month >= 0 && m_f.day >= 0; }

    bool setYear(qint64 value, int digits)
    {
        if (m_f.year >= 0)
            return false;
        m_f.year = int(value);
        m_f.yearDigits = digits;
        return true;
    }
    static bool setOnce(int &field, qint64 value)
    {
        if (field >= 0)
            return false;
        field = int(value);
        return true;
    }
    bool setTime(qint64 h, qint64 m, qint64 s)
    {
        if (m_f.hour >= 0)
            return false;
        m_f.hour = int(h);
        m_f.minute = int(m);
        m_f.second = int(s);
        return true;
    }
    void skipFraction()
    {
        if ((isPunct(0, u'.', true) || isPunct(0, u',', true)) && isNumber(1, true))
            m_index += 2; // fractional seconds are truncated
    }

    bool number();
    bool unitField(const Token &n, qint16 unit);
    bool bareNumber(const Token &n);
    bool clockTime();
    bool isoDate();
    bool truncatedIsoDate();
    bool slashDate();
    bool dottedDate();
    bool isoTime();
    bool word();
    bool namedZone(int offsetMinutes);
    bool numericOffset(int &offsetMinutes);
    bool punct();

    const Token *m_tokens;
    int m_count;
    int m_index = 0;
    bool m_stop = false;
    bool m_etcZone = false;
    Fields m_f;
};

bool Scanner::run()
{
    while (m_index < m_count && !m_stop) {
        bool ok = false;
        switch (m_tokens[m_index].kind) {
        case TokenKind::Number:
            ok = number();
            break;
        case TokenKind::Word:
            ok = word();
            break;
        case TokenKind::Punct:
            ok = punct();
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

bool Scanner::number()
{
    const Token &n = m_tokens[m_index];
    if (const Token *next = at(1); next && next->kind == TokenKind::Word && next->word.kind == WordKind::Unit) {
        m_index += 2;
        return unitField(n, next->word.value);
    }
    if (isPunct(1, u':'))
        return clockTime();
    if (dateEmpty()) {
        if (isPunct(1, u'-', true))
            return isoDate();
        if (isPunct(1, u'/', true))
            return slashDate();
        if (isPunct(1, u'.', true) && isNumber(2))
            return dottedDate();
    }
    ++m_index;
    return bareNumber(n);
}

bool Scanner::unitField(const Token &n, qint16 unit)
{
    if (unit == UnitYear)
        return (n.digits == 2 || n.digits == 4) && setYear(n.value, n.digits);
    if (n.digits > 2)
        return false;
    switch (unit) {
    case UnitMonth:
        m_f.partialOk = true; // "2019년 5월"
        return setOnce(m_f.month, n.value);
    case UnitDay:
        return setOnce(m_f.day, n.value);
    case UnitHour:
        return setOnce(m_f.hour, n.value);
    case UnitMinute:
        return m_f.hour >= 0 && setOnce(m_f.minute, n.value);
    case UnitSecond:
        return m_f.minute >= 0 && setOnce(m_f.second, n.value);
    default:
        return false;
    }
}

/// A number standing alone: an RFC 822 day or year, or a compact ISO 8601 date.
bool Scanner::bareNumber(const Token &n)
{
    const qint64 v = n.value;
    switch (n.digits) {
    case 1:
    case 2:
        if (m_f.day < 0 && m_f.yearDay < 0)
            return setOnce(m_f.day, v);
        return setYear(v, 2); // "Thu, 01 Jan 04"
    case 4:
        return setYear(v, 4);
    default:
        break;
    }
    if (!dateEmpty())
        return false;
    switch (n.digits) {
    case 6: // YYMMDD
        setYear(v / 10000, 2);
        m_f.month = int(v / 100 % 100);
        m_f.day = int(v % 100);
        return true;
    case 7: // YYYYDDD
        setYear(v / 1000, 4);
        m_f.yearDay = int(v % 1000);
        return true;
    case 8:    // YYYYMMDD
    case 12:   // YYYYMMDDHHMM, a common raw database value
    case 14: { // YYYYMMDDHHMMSS
        const qint64 date = n.digits == 8 ? v : n.digits == 12 ? v / 10000 : v / 1000000;
        setYear(date / 10000, 4);
        m_f.month = int(date / 100 % 100);
        m_f.day = int(date % 100);
        if (n.digits == 12)
            return setTime(v / 100 % 100, v % 100, 0);
        if (n.digits == 14)
            return setTime(v / 10000 % 100, v / 100 % 100, v % 100);
        return true;
    }
    default:
        return false;
    }
}

/// H:MM[:SS[.fff]]; a fourth part ("1:2:3:4") is an error.
bool Scanner::clockTime()
{
    const Token &h = m_tokens[m_index];
    m_index += 2;
    if (h.digits > 2 || !isNumber(0) || at(0)->digits != 2)
        return false;
    const qint64 minute = at(0)->value;
    qint64 second = 0;
    ++m_index;
    if (isPunct(0, u':')) {
        if (!isNumber(1) || at(1)->digits != 2)
            return false;
        second = at(1)->value;
        m_index += 2;
        skipFraction();
        if (isPunct(0, u':'))
            return false;
    }
    return setTime(h.value, minute, second);
}

/// YYYY-MM-DD, YYYY-MM, YYYY-DDD, Google's YYYY-0MM-DD, YYYY-month-DD, YY-MM-DD and D-Mon-YYYY.
bool Scanner::isoDate()
{
    const Token &first = m_tokens[m_index];
    if (first.digits == 4) {
        m_index += 2;
        setYear(first.value, 4);
        const Token *x = at(0);
        if (!x || x->spaceBefore)
            return false;
        const bool hasDay = isPunct(1, u'-', true) && isNumber(2, true);
        if (hasDay && at(2)->digits > 2)
            return false;
        if (x->kind == TokenKind::Word && x->word.kind == WordKind::Month && hasDay) {
            m_f.month = x->word.value;
        } else if (x->kind != TokenKind::Number || x->digits > 3 || (x->digits == 3 && x->value >= 100 && hasDay)) {
            return false;
        } else if (hasDay || x->digits < 3) {
            m_f.month = int(x->value);
        } else {
            m_f.yearDay = int(x->value);
        }
        if (hasDay) {
            m_f.day = int(at(2)->value);
            m_index += 3;
        } else {
            m_f.partialOk = true;
            m_index += 1;
        }
        return !isPunct(0, u'-', true); // "2013-01-27-01" has too many parts
    }
    if (first.digits > 2 || !isPunct(3, u'-', true) || !isNumber(4, true) || !at(2) || at(2)->spaceBefore)
        return false;
    const Token &middle = *at(2);
    const Token &last = *at(4);
    if (middle.kind == TokenKind::Number && first.digits == 2 && middle.digits == 2 && last.digits == 2) {
        setYear(first.value, 2);
        m_f.month = int(middle.value);
        m_f.day = int(last.value);
    } else if (middle.kind == TokenKind::Word && middle.word.kind == WordKind::Month &&
               (last.digits == 2 || last.digits == 4)) {
        m_f.day = int(first.value);
        m_f.month = middle.word.value;
        setYear(last.value, last.digits);
    } else {
        return false;
    }
    m_index += 5;
    return !isPunct(0, u'-', true);
}

/// ISO 8601:1988 truncated forms at the very start: -YYMM and -YY-MM.
bool Scanner::truncatedIsoDate()
{
    const Token &n = m_tokens[1];
    if (n.digits == 4) {
        setYear(n.value / 100, 2);
        m_f.month = int(n.value % 100);
        m_index = 2;
    } else if (n.digits == 2 && isPunct(2, u'-', true) && isNumber(3, true) && m_tokens[3].digits == 2) {
        setYear(n.value, 2);
        m_f.month = int(m_tokens[3].value);
        m_index = 4;
    } else {
        return false;
    }
    m_f.partialOk = true;
    return !isPunct(0, u'-', true);
}

/// Perforce's YYYY/MM/DD. Numeric D/M/Y and M/D/Y are ambiguous and rejected.
bool Scanner::slashDate()
{
    const Token &y = m_tokens[m_index];
    if (y.digits != 4 || !isNumber(2, true) || !isPunct(3, u'/', true) || !isNumber(4, true) || at(2)->digits > 2 ||
        at(4)->digits > 2)
        return false;
    setYear(y.value, 4);
    m_f.month = int(at(2)->value);
    m_f.day = int(at(4)->value);
    m_index += 5;
    return !isPunct(0, u'/', true);
}

/// Korean YYYY.MM.DD (also "2019. 5. 23.") and European DD.MM.YYYY.
bool Scanner::dottedDate()
{
    const Token &a = m_tokens[m_index];
    const Token &b = *at(2);
    const bool three = isPunct(3, u'.', true) && isNumber(4);
    if (b.digits > 2)
        return false;
    if (a.digits == 4) {
        setYear(a.value, 4);
        m_f.month = int(b.value);
        if (three) {
            if (at(4)->digits > 2)
                return false;
            m_f.day = int(at(4)->value);
            m_index += 5;
        } else {
            m_f.partialOk = true;
            m_index += 3;
        }
    } else if (a.digits <= 2 && three && at(4)->digits == 4) {
        m_f.day = int(a.value);
        m_f.month = int(b.value);
        setYear(at(4)->value, 4);
        m_index += 5;
    } else {
        return false;
    }
    if (isPunct(0, u'.', true))
        ++m_index; // the trailing dot of "2019. 5. 23."
    return true;
}

/// The time after an ISO 'T': extended (10:14:55) or basic (101455, 1014, 10).
bool Scanner::isoTime()
{
    if (dateEmpty() || !isNumber(0, true))
        return false;
    if (isPunct(1, u':'))
        return clockTime();
    const Token &n = m_tokens[m_index++];
    const qint64 v = n.value;
    bool ok = false;
    switch (n.digits) {
    case 2:
        ok = setTime(v, 0, 0);
        break;
    case 4:
        ok = setTime(v / 100, v % 100, 0);
        break;
    case 6:
        ok = setTime(v / 10000, v / 100 % 100, v % 100);
        break;
    default:
        return false;
    }
    skipFraction();
    return ok;
}

bool Scanner::word()
{
    const WordInfo w = m_tokens[m_index++].word;
    switch (w.kind) {
    case WordKind::Month:
        if (m_f.yearDay >= 0 || !setOnce(m_f.month, w.value))
            return false;
        if (isPunct(0, u'.', true))
            ++m_index; // "Jan."
        return true;
    case WordKind::Weekday:
        m_f.weekday = true;
        if (isPunct(0, u'.', true))
            ++m_index;
        return true;
    case WordKind::Unit:
        // 월 and 일 not preceded by a number are the weekday abbreviations of "(월)" and "(일)".
        m_f.weekday = true;
        return w.value == UnitMonth || w.value == UnitDay;
    case WordKind::AmPm:
        if (m_f.ampm)
            return false;
        m_f.ampm = w.value;
        return true;
    case WordKind::AtWord:
        return m_f.hour < 0 ? dateComplete() : namedZone(w.value);
    case WordKind::Zone:
        return namedZone(w.value);
    case WordKind::EtcPrefix:
        if (!isPunct(0, u'/', true) || !at(1) || at(1)->word.kind != WordKind::Zone || at(1)->word.value != 0)
            return false;
        ++m_index;
        m_etcZone = true;
        return true;
    case WordKind::TimeSep:
        return m_f.hour < 0 && isoTime();
    case WordKind::Label:
        if (dateEmpty() && m_f.hour < 0) {
            if (isPunct(0, u':'))
                ++m_index; // "기사입력: 2006-12-26"
            return true;
        }
        m_stop = true; // "입력 … 수정 …": the first date is the one asked for
        return dateComplete();
    case WordKind::Military:
        return m_f.hour >= 0 && namedZone(0);
    case WordKind::Unknown:
        break;
    }
    return false;
}

/// A zone name; GMT/UTC/Etc may carry an offset ("GMT-01:01"; POSIX-inverted for "Etc/GMT+5").
bool Scanner::namedZone(int offsetMinutes)
{
    if (m_f.hour < 0 && !dateComplete())
        return false;
    if (offsetMinutes == 0 && (isPunct(0, u'+', true) || isPunct(0, u'-', true)) && isNumber(1, true)) {
        int suffix = 0;
        if (!numericOffset(suffix) || m_f.zone == ZoneSource::Numeric)
            return false;
        m_f.zone = ZoneSource::Numeric;
        m_f.offsetMinutes = m_etcZone ? -suffix : suffix;
        return true;
    }
    if (m_f.zone == ZoneSource::Numeric)
        return true; // "-0700 (MST)": the numeric offset is authoritative
    if (m_f.zone == ZoneSource::Named)
        return false;
    m_f.zone = ZoneSource::Named;
    m_f.offsetMinutes = offsetMinutes;
    return true;
}

/// ±HHMM, ±HH:MM or ±HH at a sign token.
bool Scanner::numericOffset(int &offsetMinutes)
{
    const int sign = m_tokens[m_index].punct == u'-' ? -1 : 1;
    if (!isNumber(1, true))
        return false;
    const Token &n = *at(1);
    m_index += 2;
    qint64 hours = n.value;
    qint64 minutes = 0;
    if (n.digits == 4) {
        hours = n.value / 100;
        minutes = n.value % 100;
    } else if (n.digits > 2) {
        return false;
    } else if (isPunct(0, u':', true)) {
        if (!isNumber(1, true) || at(1)->digits != 2)
            return false;
        minutes = at(1)->value;
        m_index += 2;
    }
    if (hours > kMaxOffsetHours || minutes > 59)
        return false;
    offsetMinutes = sign * int(hours * 60 + minutes);
    return true;
}

bool Scanner::punct()
{
    switch (m_tokens[m_index].punct) {
    case u',':
    case u'(':
    case u')':
        ++m_index;
        return true;
    case u'|':
        m_stop = true; // "2019.10.02 19:00 • 댓글 0": page chrome follows
        return dateComplete();
    case u'-':
        if (m_index == 0 && isNumber(1, true))
            return truncatedIsoDate();
        Q_FALLTHROUGH();
    case u'+': {
        int offset = 0;
        if (m_f.hour < 0 || m_f.zone == ZoneSource::Numeric || !numericOffset(offset))
            return false;
        m_f.zone = ZoneSource::Numeric; // overrides a zone name: "EST -0500" means -0500
        m_f.offsetMinutes = offset;
        return true;
    }
    default:
        return false; // a stray '.', ':' or '/'
    }
}

} // namespace

bool scan(const Token *tokens, int count, Fields &fields)
{
    Scanner scanner(tokens, count);
    if (!scanner.run())
        return false;
    fields = scanner.fields();
    return true;
}

} // namespace Medtour::DateParser::Detail
