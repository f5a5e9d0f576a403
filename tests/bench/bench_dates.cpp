// SPDX-License-Identifier: GPL-3.0-or-later
// Microbenchmark for DateParser: parses per second for RFC 822 alone and for a mix of ten common forms.
// Usage: bench_dates [seconds-per-run, default 1]
#include "text/dateparser.h"

#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

namespace {

/// Calls parse on the inputs round-robin for about `seconds`; returns parses per second.
template<typename Parse>
double measure(const QStringList &inputs, double seconds, qint64 &checksum, Parse parse)
{
    QElapsedTimer timer;
    timer.start();
    qint64 parses = 0;
    const qint64 budgetNs = qint64(seconds * 1e9);
    while (timer.nsecsElapsed() < budgetNs) {
        for (int round = 0; round < 1000; ++round) {
            for (const QString &input : inputs) {
                checksum += parse(input).toSecsSinceEpoch();
                ++parses;
            }
        }
    }
    return double(parses) * 1e9 / double(timer.nsecsElapsed());
}

double measure(const QStringList &inputs, const QTimeZone &zone, double seconds, qint64 &checksum)
{
    return measure(inputs, seconds, checksum,
                   [&zone](const QString &input) { return Medtour::DateParser::parse(input, zone); });
}

} // namespace

int main(int argc, char **argv)
{
    const double seconds = argc > 1 ? std::atof(argv[1]) : 1.0;
    const QStringList rfc822 = {QStringLiteral("Thu, 01 Jan 2004 19:48:21 GMT")};
    const QStringList mix = {
        QStringLiteral("Thu, 01 Jan 2004 19:48:21 GMT"),
        QStringLiteral("Sat, 06 Apr 2024 20:26:00 +0900"),
        QStringLiteral("Mon, 2 Jan 06 15:04 EST"),
        QStringLiteral("2003-12-31T10:14:55Z"),
        QStringLiteral("2007-04-23T23:25:47.538+10:00"),
        QStringLiteral("Sun Jan  4 16:29:06 PST 2004"),
        QStringLiteral("Thu, 23 May 2019 09:18:00 KST"),
        QStringLiteral("2019-05-23T09:18:00+09:00"),
        QStringLiteral("2019년 07월 08일 (월) 오후 08:14:39 +0900"),
        QStringLiteral("입력 2019.05.23 09:18 +09:00"),
    };
    const QStringList zoneless = {
        QStringLiteral("2019.05.23 09:18"),
        QStringLiteral("2004-05-25 오후 11:23:17"),
        QStringLiteral("2019년 5월 23일 오후 9:18"),
    };
    for (const QString &input : mix + zoneless) {
        if (!Medtour::DateParser::parse(input).isValid()) {
            std::fprintf(stderr, "bench input rejected: %s\n", input.toUtf8().constData());
            return 1;
        }
    }
    const QTimeZone utc = QTimeZone::utc();
    const QTimeZone seoul("Asia/Seoul");
    const QTimeZone kst(9 * 3600);
    qint64 checksum = 0;
    std::printf("RFC 822 only:                      %10.0f parses/s\n", measure(rfc822, utc, seconds, checksum));
    std::printf(
        "RFC 822, default-argument zone:    %10.0f parses/s\n",
        measure(rfc822, seconds, checksum, [](const QString &input) { return Medtour::DateParser::parse(input); }));
    std::printf("mix of 10 forms (explicit zones):  %10.0f parses/s\n", measure(mix, utc, seconds, checksum));
    std::printf("zone-less Korean, UTC+09:00 zone:  %10.0f parses/s\n", measure(zoneless, kst, seconds, checksum));
    std::printf("zone-less Korean, Asia/Seoul zone: %10.0f parses/s\n", measure(zoneless, seoul, seconds, checksum));
    std::printf("(checksum %lld)\n", static_cast<long long>(checksum));
    return 0;
}
