// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateparser.h"

#include "text/dateparser_p.h"

namespace Medtour::DateParser {

namespace {

using namespace Detail;

// The calendar arithmetic that turns scanned fields into an instant, range checks included.

constexpr bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr int daysInMonth(int y, int m)
{
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

/// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
constexpr qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yearOfEra = y - era * 400;
    const qint64 dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

constexpr qint64 kMinSeconds = daysFromCivil(1, 1, 1) * 86400;
constexpr qint64 kMaxSeconds = daysFromCivil(9999, 12, 31) * 86400 + 86399;

QDateTime finish(Fields f, const QTimeZone &defaultZone)
{
    if (f.year < 0)
        return {};
    if (f.yearDigits == 2)
        f.year += f.year < 50 ? 2000 : 1900; // RFC 2822 §4.3
    if (f.year < 1 || f.year > 9999)
        return {};
    if (f.yearDay >= 0) {
        if (f.month >= 0 || f.day >= 0 || f.yearDay < 1 || f.yearDay > (isLeap(f.year) ? 366 : 365))
            return {};
        f.month = 1;
        f.day = f.yearDay;
        while (f.day > daysInMonth(f.year, f.month))
            f.day -= daysInMonth(f.year, f.month++);
    } else if (f.month < 0) {
        // A bare year ("2003") is W3C-DTF; a year with other decoration is not a date.
        if (f.day >= 0 || f.hour >= 0 || f.zone != ZoneSource::None || f.weekday || f.ampm)
            return {};
        f.month = 1;
        f.day = 1;
    } else if (f.day < 0) {
        if (!f.partialOk || f.hour >= 0)
            return {};
        f.day = 1;
    }
    if (f.month < 1 || f.month > 12 || f.day < 1 || f.day > daysInMonth(f.year, f.month))
        return {};
    if (f.hour < 0) {
        if (f.ampm)
            return {};
        f.hour = f.minute = f.second = 0;
    }
    f.minute = qMax(f.minute, 0);
    f.second = qMax(f.second, 0);
    if (f.ampm) {
        if (f.hour > 12)
            return {};
        if (f.ampm == Pm && f.hour < 12)
            f.hour += 12;
        else if (f.ampm == Am && f.hour == 12)
            f.hour = 0; // 오전 12시 is midnight
    }
    if (f.hour > 23 || f.minute > 59 || f.second > 60)
        return {};
    f.second = qMin(f.second, 59); // a leap second reads as :59
    qint64 seconds = daysFromCivil(f.year, f.month, f.day) * 86400 + f.hour * 3600 + f.minute * 60 + f.second;
    if (f.zone != ZoneSource::None) {
        seconds -= qint64(f.offsetMinutes) * 60;
    } else if (!defaultZone.isValid() || !defaultZone.hasTransitions()) {
        // UTC or a fixed offset: no calendar lookup needed.
        if (defaultZone.isValid())
            seconds -= defaultZone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC));
    } else {
        // A real zone: let Qt resolve DST and historical offsets for the local wall time.
        const QDateTime local(QDate(f.year, f.month, f.day), QTime(f.hour, f.minute, f.second), defaultZone);
        if (local.isValid())
            seconds = local.toSecsSinceEpoch();
        else // the wall time fell into a DST gap: read it with the offset in force just before the gap
            seconds -= defaultZone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(seconds - 86400, Qt::UTC));
    }
    if (seconds < kMinSeconds || seconds > kMaxSeconds)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace

QDateTime parse(QStringView text, const QTimeZone &defaultZone)
{
    if (text.isEmpty() || text.size() > kMaxInputLength)
        return {};
    Token tokens[kMaxTokens];
    const int count = tokenize(text, tokens);
    if (count <= 0)
        return {};
    Fields fields;
    if (!scan(tokens, count, fields))
        return {};
    return finish(fields, defaultZone);
}

QString toIsoUtc(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    const QDateTime utc = dt.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() < 1 || date.year() > 9999)
        return utc.toString(Qt::ISODate);
    char buffer[20];
    const auto put = [&buffer](int pos, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            buffer[pos + i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    buffer[4] = '-';
    put(5, date.month(), 2);
    buffer[7] = '-';
    put(8, date.day(), 2);
    buffer[10] = 'T';
    put(11, time.hour(), 2);
    buffer[13] = ':';
    put(14, time.minute(), 2);
    buffer[16] = ':';
    put(17, time.second(), 2);
    buffer[19] = 'Z';
    return QString::fromLatin1(buffer, sizeof(buffer));
}

} // namespace Medtour::DateParser
