// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdata.h"
#include "text/dateparser.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

// Qt 6.4 declares QSKIP(statement, ...): a one-argument call trips clang's -Wpedantic.
QT_WARNING_DISABLE_CLANG("-Wgnu-zero-variadic-macro-arguments")

using namespace Medtour;

namespace {

const QString kInvalid = QStringLiteral("INVALID");

QTimeZone zoneFor(const QByteArray &id)
{
    return id == "UTC" ? QTimeZone::utc() : QTimeZone(id);
}

QString vectorsDir()
{
    return QStringLiteral(MEDTOUR_SHARED_DIR "/corpora/date-vectors");
}

/// Rows of the shared suites that we deliberately answer differently, with the reason. They are
/// reported as SKIP with that reason, never counted as passes.
struct NotApplicable
{
    const char16_t *input;
    const char *reason;
};
const NotApplicable kNotApplicable[] = {
    // feedparser iso8601 "2-digit year/ordinal, no hyphens" (YYDDD, dropped from ISO 8601 in 2004) has
    // exactly the shape of the w3dtf row "22013", which the same table requires to be INVALID. We keep
    // the stricter reading: a bare 5-digit number is not a date (it is more often an id or a count).
    {u"03335", "YYDDD conflicts with the INVALID w3dtf row \"22013\" of identical shape; bare 5-digit numbers "
               "are rejected"},
};

const char *notApplicableReason(const QString &input)
{
    for (const NotApplicable &row : kNotApplicable) {
        if (input == QStringView(row.input))
            return row.reason;
    }
    return nullptr;
}

bool isKoreanFamily(const QString &family)
{
    return family == u"nate" || family == u"onblog";
}

enum class Families
{
    NonKorean,
    Korean,
    All
};

/// Adds one row per vector. The tables' convention (SOURCE.md) reads zone-less dates as UTC, except
/// the Korean nate/onblog formats, which it reads as KST; the row carries that zone.
void addVectorRows(const QString &fileName, Families families)
{
    const QString path = vectorsDir() + u'/' + fileName;
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(QStringLiteral("shared date vectors not found at %1 (set MEDTOUR_SHARED_DIR)").arg(path)));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    const QStringList header = lines.value(0).split(u'\t');
    const qsizetype inputColumn = header.indexOf(QStringLiteral("input"));
    const qsizetype expectedColumn = header.indexOf(QStringLiteral("expected_utc"));
    QVERIFY2(inputColumn > 0 && expectedColumn > 0, "unexpected TSV header");

    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("expected");
    int rows = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QStringList cells = lines.at(i).split(u'\t');
        QVERIFY2(cells.size() > expectedColumn,
                 qPrintable(QStringLiteral("%1:%2: short row").arg(fileName).arg(i + 1)));
        const QString family = cells.at(0);
        const bool korean = isKoreanFamily(family);
        if ((families == Families::Korean && !korean) || (families == Families::NonKorean && korean))
            continue;
        const QByteArray zone = korean ? QByteArrayLiteral("Asia/Seoul") : QByteArrayLiteral("UTC");
        const QString &input = cells.at(inputColumn);
        const QString name = QStringLiteral("%1:%2 %3 [%4]").arg(fileName).arg(i + 1).arg(family, input);
        QTest::newRow(name.toUtf8().constData()) << input << zone << cells.at(expectedColumn);
        ++rows;
    }
    QVERIFY2(rows > 0, "no vectors read");
}

void checkVector()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, zone);
    QFETCH(QString, expected);
    if (const char *reason = notApplicableReason(input))
        QSKIP(reason);
    const QDateTime parsed = DateParser::parse(input, zoneFor(zone));
    if (expected == kInvalid) {
        QVERIFY2(!parsed.isValid(),
                 qPrintable(QStringLiteral("over-accepted as %1").arg(DateParser::toIsoUtc(parsed))));
    } else {
        QVERIFY2(parsed.isValid(), "rejected a valid date");
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(DateParser::toIsoUtc(parsed), expected);
    }
}

/// Inputs that must all be rejected.
const char16_t *const kInvalidInputs[] = {
    u"",
    u"   ",
    u"garbage",
    u"0",
    u"12",
    u"013",
    u"22013",
    u":::",
    u"--",
    u"-",
    u"T",
    u"Z",
    u"2019-13-01",
    u"2019-00-10",
    u"2019-02-30",
    u"2019-02-29",
    u"2100-02-29",
    u"2019-04-31",
    u"2019-05-00",
    u"2019-05-23T25:00:00Z",
    u"2019-05-23T24:00:00Z",
    u"2019-05-23T10:60:00Z",
    u"2019-05-23T10:14:61Z",
    u"Thu, 32 May 2019 09:18:00 GMT",
    u"Thu, 23 Foo 2019 09:18:00 GMT",
    u"Thu, 23 May 2019 9:1:00 GMT",
    u"Mon, 02 Jan 2006 15:04:05 EST PST",
    u"Mon, 02 Jan 2006 15:04:05 +0100 -0100",
    u"Mon, 02 Jan 2006 15:04:05 +19:00",
    u"Mon, 02 Jan 2006 15:04:05 +09:60",
    u"Mon, 02 Jan 2006 15:04:05 +123",
    u"9999-12-31T23:59:59-01:00",
    u"0000-01-01",
    u"0001-01-01T00:00:00+01:00",
    u"2019-05-23 오후 13:00",
    u"2019-05-23 오전",
    u"2019-05-23 AM",
    u"Jan Feb 2004",
    u"01 Jan Jan 2004",
    u"2003-12-31T10:14:55Z extra",
    u"2003-12-31T10:14:55Z 2004",
    u"05/23/2019",
    u"23/05/2019",
    u"1 2 3",
    u"201905230918001",
    u"2019-05-23T",
    u"T10:00:00",
    u"10:00:00",
    u"10:00 GMT",
    u"May 2019",
    u"Thu, 2004",
    u"2019 GMT",
    u"입력",
    u"입력 :",
    u"2019 입력 05",
    u"2019.05 09:18",
    u"2019년 5월 09:18",
    u"19.05.23",
    u"2019-05-23 10:00 - 12:00",
    u"2019-05-23 10:00:00:00",
    u"2019/05/23/01",
    u"2019-05-23-01",
    u"Sun, 16 Dec 2012 11:47:32 GMT-",
    u"2019-05-23 09:18 Asia/Seoul",
    u"2019-W21-4",
    u"\xD800",
    u"2019-05-23\xDC00",
    u"Thu, 23 May 2019 09:18:00 GMT\x0001",
};

} // namespace

class tst_DateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feedparserVectors_data() { addVectorRows(QStringLiteral("feedparser_dates.tsv"), Families::NonKorean); }
    void feedparserVectors() { checkVector(); }
    void feedparserKoreanVectors_data() { addVectorRows(QStringLiteral("feedparser_dates.tsv"), Families::Korean); }
    void feedparserKoreanVectors() { checkVector(); }
    void gofeedVectors_data() { addVectorRows(QStringLiteral("gofeed_dates.tsv"), Families::All); }
    void gofeedVectors() { checkVector(); }

    void forms_data();
    void forms();
    void invalid_data();
    void invalid();
    void resultIsUtcAndWholeSeconds();
    void defaultZoneOnlyAppliesToZonelessDates();
    void longInputIsRejected();
    void mutationsNeverCrash();
    void concurrentParsesAgree();
    void toIsoUtc_data();
    void toIsoUtc();
};

void tst_DateParser::forms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char16_t *input, const char *zone, const char *expected) {
        QTest::newRow(name) << QString::fromUtf16(input) << QByteArray(zone) << QString::fromLatin1(expected);
    };
    // clang-format off
    // RFC 822 / 1123 and the variants feeds really send.
    row("rfc822 4-digit year", u"Thu, 01 Jan 2004 19:48:21 GMT", "UTC", "2004-01-01T19:48:21Z");
    row("rfc822 2-digit year", u"Thu, 01 Jan 04 19:48:21 GMT", "UTC", "2004-01-01T19:48:21Z");
    row("rfc822 2-digit year 99 is 1999", u"Fri, 31 Dec 99 23:59:59 GMT", "UTC", "1999-12-31T23:59:59Z");
    row("rfc822 1-digit day", u"Thu, 5 Apr 2012 10:00:00 GMT", "UTC", "2012-04-05T10:00:00Z");
    row("rfc822 missing seconds", u"Thu, 01 Jan 2004 00:00 GMT", "UTC", "2004-01-01T00:00:00Z");
    row("rfc822 missing weekday", u"02 Jan 2006 15:04:05 -0700", "UTC", "2006-01-02T22:04:05Z");
    row("rfc822 missing time", u"Thu, 01 Jan 2004", "UTC", "2004-01-01T00:00:00Z");
    row("rfc822 extra comma", u"Mon, 13 Feb, 2012 06:28:00 UTC", "UTC", "2012-02-13T06:28:00Z");
    row("rfc822 extra spaces", u"  Thu,   01  Jan   2004\t19:48:21 \n GMT ", "UTC", "2004-01-01T19:48:21Z");
    row("rfc822 long month name", u"Mon, 26 January 2004 16:31:00 GMT", "UTC", "2004-01-26T16:31:00Z");
    row("rfc822 long weekday name", u"Thursday, 01 Jan 2004 19:48:21 GMT", "UTC", "2004-01-01T19:48:21Z");
    row("rfc822 comma without space", u"Fri,24 Nov 2023 18:28:36 -0000", "UTC", "2023-11-24T18:28:36Z");
    row("rfc822 lower case names", u"mon, 02 jan 2006 15:04:05 gmt", "UTC", "2006-01-02T15:04:05Z");
    row("rfc822 month before day", u"Thu Aug 30 2012 17:26:16 +0200", "UTC", "2012-08-30T15:26:16Z");
    row("rfc822 abbreviation dot", u"Thu, 01 Jan. 2004 19:48:21 GMT", "UTC", "2004-01-01T19:48:21Z");
    row("rfc822 leap second", u"Sat, 31 Dec 2016 23:59:60 GMT", "UTC", "2016-12-31T23:59:59Z");
    row("rfc822 ancient year", u"Thu, 01 Jan 0100 00:00:01 +0100", "UTC", "0099-12-31T23:00:01Z");
    row("rfc822 offset +0900", u"Sat, 06 Apr 2024 20:26:00 +0900", "UTC", "2024-04-06T11:26:00Z");
    row("rfc822 offset +09:00", u"Sat, 06 Apr 2024 20:26:00 +09:00", "UTC", "2024-04-06T11:26:00Z");
    row("rfc822 offset -0000", u"Sat, 06 Apr 2024 20:26:00 -0000", "UTC", "2024-04-06T20:26:00Z");
    row("rfc822 offset GMT-01:01", u"Wed, 19 Feb 2012 22:40:00 GMT-01:01", "UTC", "2012-02-19T23:41:00Z");
    row("rfc822 offset GMT+9", u"Sat, 06 Apr 2024 20:26:00 GMT+9", "UTC", "2024-04-06T11:26:00Z");
    row("rfc822 offset UTC+05:30", u"Sat, 06 Apr 2024 20:26:00 UTC+05:30", "UTC", "2024-04-06T14:56:00Z");
    row("rfc822 offset and zone comment", u"Mon, 02 Jan 2006 15:04:05 -0700 (MST)", "UTC", "2006-01-02T22:04:05Z");
    row("rfc822 offset beats zone name", u"Mon, 02 Jan 2006 15:04:05 EST -0400", "UTC", "2006-01-02T19:04:05Z");
    row("rfc822 zone-less read in default zone", u"Mon, 02 Jan 2006 15:04:05", "Asia/Seoul", "2006-01-02T06:04:05Z");
    row("zone UT", u"Mon, 02 Jan 2006 15:04:05 UT", "UTC", "2006-01-02T15:04:05Z");
    row("zone UTC", u"Mon, 02 Jan 2006 15:04:05 UTC", "UTC", "2006-01-02T15:04:05Z");
    row("zone GMT", u"Mon, 02 Jan 2006 15:04:05 GMT", "Asia/Seoul", "2006-01-02T15:04:05Z");
    row("zone Z", u"Mon, 02 Jan 2006 15:04:05 Z", "Asia/Seoul", "2006-01-02T15:04:05Z");
    row("zone Etc/GMT", u"Mon, 02 Jan 2006 15:04:05 Etc/GMT", "UTC", "2006-01-02T15:04:05Z");
    row("zone Etc/GMT+5 (POSIX sign)", u"Mon, 02 Jan 2006 15:04:05 Etc/GMT+5", "UTC", "2006-01-02T20:04:05Z");
    row("zone EST", u"Mon, 02 Jan 2006 15:04:05 EST", "UTC", "2006-01-02T20:04:05Z");
    row("zone EDT", u"Mon, 02 Jan 2006 15:04:05 EDT", "UTC", "2006-01-02T19:04:05Z");
    row("zone CST", u"Mon, 02 Jan 2006 15:04:05 CST", "UTC", "2006-01-02T21:04:05Z");
    row("zone CDT", u"Mon, 02 Jan 2006 15:04:05 CDT", "UTC", "2006-01-02T20:04:05Z");
    row("zone MST", u"Mon, 02 Jan 2006 15:04:05 MST", "UTC", "2006-01-02T22:04:05Z");
    row("zone MDT", u"Mon, 02 Jan 2006 15:04:05 MDT", "UTC", "2006-01-02T21:04:05Z");
    row("zone PST", u"Mon, 02 Jan 2006 15:04:05 PST", "UTC", "2006-01-02T23:04:05Z");
    row("zone PDT", u"Mon, 02 Jan 2006 15:04:05 PDT", "UTC", "2006-01-02T22:04:05Z");
    row("zone AT", u"Mon, 02 Jan 2006 15:04:05 AT", "UTC", "2006-01-02T19:04:05Z");
    row("zone ET", u"Mon, 02 Jan 2006 15:04:05 ET", "UTC", "2006-01-02T20:04:05Z");
    row("zone CT", u"Mon, 02 Jan 2006 15:04:05 CT", "UTC", "2006-01-02T21:04:05Z");
    row("zone MT", u"Mon, 02 Jan 2006 15:04:05 MT", "UTC", "2006-01-02T22:04:05Z");
    row("zone PT", u"Mon, 02 Jan 2006 15:04:05 PT", "UTC", "2006-01-02T23:04:05Z");
    row("zone PT across midnight", u"Mon, 26 January 2004 16:31:00 PT", "UTC", "2004-01-27T00:31:00Z");
    row("zone MET", u"Mon, 02 Jan 2006 15:04:05 MET", "UTC", "2006-01-02T14:04:05Z");
    row("zone MEST", u"Mon, 02 Jan 2006 15:04:05 MEST", "UTC", "2006-01-02T13:04:05Z");
    row("zone CET", u"Mon, 02 Jan 2006 15:04:05 CET", "UTC", "2006-01-02T14:04:05Z");
    row("zone CEST", u"Mon, 02 Jan 2006 15:04:05 CEST", "UTC", "2006-01-02T13:04:05Z");
    row("zone KST", u"Thu, 23 May 2019 09:18:00 KST", "UTC", "2019-05-23T00:18:00Z");
    row("zone JST", u"Thu, 23 May 2019 09:18:00 JST", "UTC", "2019-05-23T00:18:00Z");
    row("zone military letter read as UTC", u"Mon, 02 Jan 2006 15:04:05 A", "UTC", "2006-01-02T15:04:05Z");
    // ISO 8601 / W3C-DTF.
    row("iso full UTC", u"2003-12-31T10:14:55Z", "Asia/Seoul", "2003-12-31T10:14:55Z");
    row("iso offset -08:00", u"2003-12-31T10:14:55-08:00", "UTC", "2003-12-31T18:14:55Z");
    row("iso offset +0900", u"2019-05-23T09:18:00+0900", "UTC", "2019-05-23T00:18:00Z");
    row("iso offset +09", u"2019-05-23T09:18:00+09", "UTC", "2019-05-23T00:18:00Z");
    row("iso fraction truncated", u"2007-04-23T23:25:47.538+10:00", "UTC", "2007-04-23T13:25:47Z");
    row("iso fraction not rounded", u"2006-01-02T15:04:05.999999Z", "UTC", "2006-01-02T15:04:05Z");
    row("iso fraction with comma", u"2006-01-02T15:04:05,5Z", "UTC", "2006-01-02T15:04:05Z");
    row("iso no seconds", u"2019-05-23T09:18Z", "UTC", "2019-05-23T09:18:00Z");
    row("iso lower case t and z", u"2003-12-31t10:14:55z", "UTC", "2003-12-31T10:14:55Z");
    row("iso date only", u"2003-12-31", "UTC", "2003-12-31T00:00:00Z");
    row("iso year-month", u"2003-12", "UTC", "2003-12-01T00:00:00Z");
    row("iso year only", u"2003", "UTC", "2003-01-01T00:00:00Z");
    row("iso compact", u"20040105T151515Z", "UTC", "2004-01-05T15:15:15Z");
    row("iso compact hhmm", u"20040105T1515Z", "UTC", "2004-01-05T15:15:00Z");
    row("iso compact with offset", u"20040105T151515+0900", "UTC", "2004-01-05T06:15:15Z");
    row("iso compact date", u"20040105", "UTC", "2004-01-05T00:00:00Z");
    row("iso compact yymmdd", u"031231", "UTC", "2003-12-31T00:00:00Z");
    row("iso truncated -yymm", u"-0312", "UTC", "2003-12-01T00:00:00Z");
    row("iso ordinal", u"2003-335", "UTC", "2003-12-01T00:00:00Z");
    row("iso ordinal compact", u"2003335", "UTC", "2003-12-01T00:00:00Z");
    row("iso ordinal leap day 366", u"2004-366T12:00Z", "UTC", "2004-12-31T12:00:00Z");
    row("iso google extra zero", u"2003-012-31T10:14:55+00:00", "UTC", "2003-12-31T10:14:55Z");
    row("iso leap rollover", u"2004-02-28T18:14:55-08:00", "UTC", "2004-02-29T02:14:55Z");
    row("iso space separator", u"2019-05-23 09:18:00", "UTC", "2019-05-23T09:18:00Z");
    row("iso space separator in KST", u"2019-05-23 09:18:00", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("iso mssql offset", u"2004-07-08 23:56:58 -00:20", "UTC", "2004-07-09T00:16:58Z");
    row("iso oracle fraction", u"2004-07-08 23:56:58.0", "UTC", "2004-07-08T23:56:58Z");
    row("iso space and zone name", u"2019-05-23 09:18:00 KST", "UTC", "2019-05-23T00:18:00Z");
    row("raw db yyyymmddhhmmss", u"20190523091800", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("raw db yyyymmddhhmm", u"201905230918", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("iso hungarian month", u"2004-július-13T9:15-05:00", "UTC", "2004-07-13T14:15:00Z");
    row("day-month-year", u"23-May-2019 09:18 GMT", "UTC", "2019-05-23T09:18:00Z");
    // Korean forms, read in Asia/Seoul.
    row("ko dotted date", u"2019.05.23", "Asia/Seoul", "2019-05-22T15:00:00Z");
    row("ko dotted date time", u"2019.05.23 09:18", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko dotted spaced pm", u"2019. 5. 23. 오후 9:18", "Asia/Seoul", "2019-05-23T12:18:00Z");
    row("ko naver dotted pm", u"2019.04.02. 오후 1:18", "Asia/Seoul", "2019-04-02T04:18:00Z");
    row("ko labelled pm", u"2019년 5월 23일 오후 9:18", "Asia/Seoul", "2019-05-23T12:18:00Z");
    row("ko weekday in parentheses", u"2019년 07월 08일 (월) 08:14:39", "Asia/Seoul", "2019-07-07T23:14:39Z");
    row("ko nate", u"2004-05-25 오후 11:23:17", "Asia/Seoul", "2004-05-25T14:23:17Z");
    row("ko onblog double space", u"2004년 05월 28일  01:31:15", "Asia/Seoul", "2004-05-27T16:31:15Z");
    row("ko weekday tue", u"2019.07.09(화) 08:00", "Asia/Seoul", "2019-07-08T23:00:00Z");
    row("ko weekday wed", u"2019.07.10 (수) 08:00", "Asia/Seoul", "2019-07-09T23:00:00Z");
    row("ko weekday thu", u"2019년 07월 11일 (목) 08:00", "Asia/Seoul", "2019-07-10T23:00:00Z");
    row("ko weekday fri", u"2019년 07월 12일 (금) 08:00", "Asia/Seoul", "2019-07-11T23:00:00Z");
    row("ko weekday sat", u"2019년 07월 13일 (토) 08:00", "Asia/Seoul", "2019-07-12T23:00:00Z");
    row("ko weekday sun", u"2019년 07월 07일 (일) 08:00", "Asia/Seoul", "2019-07-06T23:00:00Z");
    row("ko weekday in full", u"2019년 5월 23일 목요일 오전 9:18", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko weekday sunday in full", u"2019년 7월 7일 일요일", "Asia/Seoul", "2019-07-06T15:00:00Z");
    row("ko month name in rfc822", u"목, 23 5월 2019 09:18:00 +0900", "UTC", "2019-05-23T00:18:00Z");
    row("ko am 12 is midnight", u"2019년 5월 23일 오전 12:05", "Asia/Seoul", "2019-05-22T15:05:00Z");
    row("ko pm 12 is noon", u"2019년 5월 23일 오후 12:05", "Asia/Seoul", "2019-05-23T03:05:00Z");
    row("ko hour minute labels", u"2019년 5월 23일 오후 12시 30분", "Asia/Seoul", "2019-05-23T03:30:00Z");
    row("ko 2-digit year label", u"19년 5월 23일", "Asia/Seoul", "2019-05-22T15:00:00Z");
    row("ko year-month labels", u"2019년 5월", "Asia/Seoul", "2019-04-30T15:00:00Z");
    row("ko prefix 입력", u"입력 2019-05-23 09:18", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko prefix 수정", u"수정 2019.05.24 10:00", "Asia/Seoul", "2019-05-24T01:00:00Z");
    row("ko prefix 기사입력 colon", u"기사입력: 2006-12-26 12:01:20", "Asia/Seoul", "2006-12-26T03:01:20Z");
    row("ko prefix 승인", u"승인 2019.10.02 19:00", "Asia/Seoul", "2019-10-02T10:00:00Z");
    row("ko prefix 송고 without space", u"송고2026-01-06 16:46", "Asia/Seoul", "2026-01-06T07:46:00Z");
    row("ko prefix 등록", u"등록 2024.01.18 15:02:18", "Asia/Seoul", "2024-01-18T06:02:18Z");
    row("ko prefix 기사 작성일", u"기사 작성일 : 2025-01-21 13:00:36", "Asia/Seoul", "2025-01-21T04:00:36Z");
    row("ko prefix with hour label", u"입력 2007년 8월 7일 03시 00분", "Asia/Seoul", "2007-08-06T18:00:00Z");
    row("ko first of two labelled dates", u"입력 2019.10.02 19:00 수정 2019.10.03 10:00", "Asia/Seoul",
        "2019-10-02T10:00:00Z");
    row("ko date before cms chrome", u"승인 2019.10.02 19:00 • 댓글 0", "Asia/Seoul", "2019-10-02T10:00:00Z");
    row("ko rfc822 KST", u"Thu, 23 May 2019 09:18:00 KST", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko explicit offset ignores default", u"2019-05-23T09:18:00+09:00", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko historical DST 1988", u"1988-06-01 12:00", "Asia/Seoul", "1988-06-01T02:00:00Z");
    row("ko wall time in DST gap", u"1988-05-08 02:30", "Asia/Seoul", "1988-05-07T17:30:00Z");
    row("ko seconds label", u"2019년 5월 23일 9시 18분 30초", "Asia/Seoul", "2019-05-23T00:18:30Z");
    row("ja labelled pm", u"2019年5月23日 午後9時18分", "Asia/Seoul", "2019-05-23T12:18:00Z");
    // The forms Korean CMSs print around an article (issue 20), each read in Asia/Seoul when no zone is given.
    row("ko slash date", u"2019/05/23", "Asia/Seoul", "2019-05-22T15:00:00Z");
    row("ko slash date time", u"2019/05/23 09:18", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko time in brackets", u"2019/05/23 [09:18]", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko time in parentheses", u"2019.05.23 (09:18)", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko labelled slash bracket time", u"기사입력 2019/05/23 [09:18]", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko weekday and bracketed time", u"2019.05.23(목) [09:18]", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko dotted trailing dot time", u"2019.05.23. 09:18", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko dotted seconds", u"2019.05.23 09:18:33", "Asia/Seoul", "2019-05-23T00:18:33Z");
    row("ko dotted am", u"2019.05.23 오전 9:18", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko slash pm", u"2019/05/23 오후 9:18", "Asia/Seoul", "2019-05-23T12:18:00Z");
    row("ko pm after time", u"2019.05.23 9:18 오후", "Asia/Seoul", "2019-05-23T12:18:00Z");
    row("ko 입력 of an 입력|수정 pair", u"입력 2019.05.23. 오후 3:05 | 수정 2019.05.24. 오전 9:10", "Asia/Seoul",
        "2019-05-23T06:05:00Z");
    row("ko 입력 of a pair, bracketed times", u"기사입력 2019.05.23 [09:18] | 최종수정 2019.05.23 [10:20]",
        "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko 입력 with colon and seconds", u"입력 : 2019-05-23 09:18:33", "Asia/Seoul", "2019-05-23T00:18:33Z");
    row("ko 등록 label", u"등록 2019.05.23 09:18", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko 등록일시 label", u"등록일시 2019-05-23 09:18", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko 승인 with pm", u"승인 2019.05.23 오후 9:18", "Asia/Seoul", "2019-05-23T12:18:00Z");
    row("ko 송고시간 label", u"송고시간 2019-05-23 09:18", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko 송고 slash", u"송고 2019/05/23 09:18", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko 발행일 label", u"발행일 2019.05.23", "Asia/Seoul", "2019-05-22T15:00:00Z");
    row("ko 최종수정 alone", u"최종수정 2019.05.23 10:20", "Asia/Seoul", "2019-05-23T01:20:00Z");
    row("ko labelled hour minute", u"2019년 05월 23일 09시 18분", "Asia/Seoul", "2019-05-23T00:18:00Z");
    row("ko weekday dash date", u"2019-05-23 (목) 09:18", "Asia/Seoul", "2019-05-23T00:18:00Z");
    // asctime and the other shapes of the shared vectors.
    row("asctime", u"Sun Jan  4 16:29:06 2004", "UTC", "2004-01-04T16:29:06Z");
    row("asctime with zone", u"Sun Jan  4 16:29:06 PST 2004", "UTC", "2004-01-05T00:29:06Z");
    row("asctime with offset", u"Sun Jul 15 01:16:00 +0000 2012", "UTC", "2012-07-15T01:16:00Z");
    row("perforce", u"Fri, 2006/09/15 08:19:53 EDT", "UTC", "2006-09-15T12:19:53Z");
    row("greek", u"Κυρ, 11 Ιούλ 2004 12:00:00 EST", "UTC", "2004-07-11T17:00:00Z");
    row("greek upper case", u"ΚΥΡ, 11 ΙΟΎΛ 2004 12:00:00 EST", "UTC", "2004-07-11T17:00:00Z");
    row("european dotted", u"23.05.2019 09:18", "UTC", "2019-05-23T09:18:00Z");
    row("english pm", u"May 23, 2019 9:18 PM", "UTC", "2019-05-23T21:18:00Z");
    row("english at connector", u"May 23, 2019 at 9:18 am", "UTC", "2019-05-23T09:18:00Z");
    row("unicode minus offset", u"2019-05-23T09:18:00\u221205:00", "UTC", "2019-05-23T14:18:00Z");
    row("no-break spaces", u"Thu,\u00a023\u00a0May\u00a02019\u00a009:18:00\u00a0GMT", "UTC", "2019-05-23T09:18:00Z");
    // clang-format on
}

void tst_DateParser::forms()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, zone);
    QFETCH(QString, expected);
    const QTimeZone timeZone = zoneFor(zone);
    QVERIFY(timeZone.isValid());
    const QDateTime parsed = DateParser::parse(input, timeZone);
    QVERIFY2(parsed.isValid(), "rejected");
    QCOMPARE(DateParser::toIsoUtc(parsed), expected);
}

void tst_DateParser::invalid_data()
{
    QTest::addColumn<QString>("input");
    for (const char16_t *input : kInvalidInputs) {
        const QString text = QString::fromUtf16(input);
        QTest::newRow((u'[' + text + u']').toUtf8().constData()) << text;
    }
}

void tst_DateParser::invalid()
{
    QFETCH(QString, input);
    const QDateTime utc = DateParser::parse(input);
    QVERIFY2(!utc.isValid(), qPrintable(DateParser::toIsoUtc(utc)));
    QVERIFY(!DateParser::parse(input, QTimeZone("Asia/Seoul")).isValid());
}

void tst_DateParser::resultIsUtcAndWholeSeconds()
{
    const QDateTime a = DateParser::parse(u"2019-05-23 09:18:00.987", QTimeZone("Asia/Seoul"));
    QCOMPARE(a.timeSpec(), Qt::UTC);
    QCOMPARE(a.time().msec(), 0);
    QCOMPARE(a, QDateTime(QDate(2019, 5, 23), QTime(0, 18), Qt::UTC));
    const QDateTime b = DateParser::parse(u"Thu, 23 May 2019 09:18:00 +0900");
    QCOMPARE(b.timeSpec(), Qt::UTC);
    QCOMPARE(b, a);
}

void tst_DateParser::defaultZoneOnlyAppliesToZonelessDates()
{
    // The shared suites read zone-less Korean dates as UTC; our callers pass KST. Both are consistent.
    const QString nate = QStringLiteral("2004-05-25 오후 11:23:17");
    QCOMPARE(DateParser::toIsoUtc(DateParser::parse(nate)), QStringLiteral("2004-05-25T23:23:17Z"));
    QCOMPARE(DateParser::toIsoUtc(DateParser::parse(nate, QTimeZone("Asia/Seoul"))),
             QStringLiteral("2004-05-25T14:23:17Z"));
    QCOMPARE(DateParser::toIsoUtc(DateParser::parse(nate, QTimeZone(9 * 3600))),
             QStringLiteral("2004-05-25T14:23:17Z"));
    // An invalid zone falls back to UTC rather than failing.
    QCOMPARE(DateParser::toIsoUtc(DateParser::parse(nate, QTimeZone())), QStringLiteral("2004-05-25T23:23:17Z"));
    const QString withZone = QStringLiteral("Mon, 02 Jan 2006 15:04:05 EST");
    QCOMPARE(DateParser::parse(withZone, QTimeZone("Asia/Seoul")), DateParser::parse(withZone));
}

void tst_DateParser::longInputIsRejected()
{
    const QString date = QStringLiteral("Thu, 01 Jan 2004 19:48:21 GMT");
    const QString padded200 = date + QString(200 - date.size(), u' ');
    QVERIFY(DateParser::parse(padded200).isValid());
    QVERIFY(!DateParser::parse(QString(padded200 + u' ')).isValid());
    QVERIFY(!DateParser::parse(QString(100000, u'1')).isValid());
    // Many short tokens within the length limit are bounded too.
    QVERIFY(!DateParser::parse(QString(QStringLiteral("1 ")).repeated(99)).isValid());
}

void tst_DateParser::mutationsNeverCrash()
{
    const QStringList seeds = {
        QStringLiteral("Thu, 01 Jan 2004 19:48:21 GMT-01:01"),   QStringLiteral("2007-04-23T23:25:47.538+10:00"),
        QStringLiteral("2019년 07월 08일 (월) 오후 08:14:39"),   QStringLiteral("20040105T151515Z"),
        QStringLiteral("입력 2019. 5. 23. 오후 9:18 Etc/GMT+5"), QStringLiteral("-03-12"),
    };
    const auto check = [](const QString &text) {
        const QDateTime dt = DateParser::parse(text);
        if (dt.isValid()) {
            QCOMPARE(dt.timeSpec(), Qt::UTC);
            QVERIFY2(dt.date().year() >= 1 && dt.date().year() <= 9999, qPrintable(text));
        }
    };
    for (const QString &seed : seeds) {
        for (qsizetype i = 0; i <= seed.size(); ++i) {
            check(seed.left(i));
            check(seed.mid(i));
            check(QString(seed).remove(i, 1));
        }
    }
    QRandomGenerator random(20190523);
    const QString alphabet = QStringLiteral("0123456789 :-+.,/()TZtzJanMayGMTEST년월일오후입력\xD800");
    for (int n = 0; n < 20000; ++n) {
        QString text(random.bounded(1, 40), Qt::Uninitialized);
        for (QChar &c : text)
            c = alphabet.at(random.bounded(int(alphabet.size())));
        check(text);
    }
}

void tst_DateParser::concurrentParsesAgree()
{
    const QStringList inputs = {
        QStringLiteral("Thu, 01 Jan 2004 19:48:21 GMT"),  QStringLiteral("2019년 07월 08일 (월) 08:14:39"),
        QStringLiteral("2007-04-23T23:25:47.538+10:00"),  QStringLiteral("입력 2019. 5. 23. 오후 9:18"),
        QStringLiteral("Κυρ, 11 Ιούλ 2004 12:00:00 EST"), QStringLiteral("1988-06-01 12:00"),
    };
    const QTimeZone seoul("Asia/Seoul");
    QStringList expected;
    for (const QString &input : inputs)
        expected << DateParser::toIsoUtc(DateParser::parse(input, seoul));
    std::vector<std::unique_ptr<QThread>> threads;
    QAtomicInt mismatches = 0;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back(QThread::create([&] {
            for (int round = 0; round < 2000; ++round) {
                for (qsizetype i = 0; i < inputs.size(); ++i) {
                    if (DateParser::toIsoUtc(DateParser::parse(inputs.at(i), seoul)) != expected.at(i))
                        mismatches.ref();
                }
            }
        }));
        threads.back()->start();
    }
    for (const auto &thread : threads)
        QVERIFY(thread->wait(60000));
    QCOMPARE(mismatches.loadRelaxed(), 0);
}

void tst_DateParser::toIsoUtc_data()
{
    QTest::addColumn<QDateTime>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("invalid gives empty") << QDateTime() << QString();
    QTest::newRow("utc") << QDateTime(QDate(2019, 5, 23), QTime(0, 18), Qt::UTC)
                         << QStringLiteral("2019-05-23T00:18:00Z");
    QTest::newRow("offset converted") << QDateTime(QDate(2019, 5, 23), QTime(9, 18), Qt::OffsetFromUTC, 9 * 3600)
                                      << QStringLiteral("2019-05-23T00:18:00Z");
    QTest::newRow("zone converted") << QDateTime(QDate(2019, 5, 23), QTime(9, 18), QTimeZone("Asia/Seoul"))
                                    << QStringLiteral("2019-05-23T00:18:00Z");
    QTest::newRow("milliseconds dropped")
        << QDateTime(QDate(2019, 5, 23), QTime(0, 18, 0, 999), Qt::UTC) << QStringLiteral("2019-05-23T00:18:00Z");
    QTest::newRow("year padded") << QDateTime(QDate(99, 12, 31), QTime(23, 0, 1), Qt::UTC)
                                 << QStringLiteral("0099-12-31T23:00:01Z");
}

void tst_DateParser::toIsoUtc()
{
    QFETCH(QDateTime, value);
    QFETCH(QString, expected);
    QCOMPARE(DateParser::toIsoUtc(value), expected);
}

QTEST_GUILESS_MAIN(tst_DateParser)
#include "tst_dateparser.moc"
