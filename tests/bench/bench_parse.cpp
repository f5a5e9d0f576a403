// SPDX-License-Identifier: GPL-3.0-or-later
// Parse-speed benchmark: FeedParser::parse over every feed in a directory, on one core, in MB/s.
//
// Usage: bench_parse [DIR, default /tmp/corpus] [ROUNDS, default 5]
// Make the corpus first (200 feeds x 50 items, about 20 MB, some EUC-KR, some Atom):
//   python3 ../shared/tools/gen_corpus.py /tmp/corpus --feeds 200 --items 50
// Files are read into memory once, parsed once to warm up, then ROUNDS times; the best and the mean
// round are reported, so disk speed does not count.
#include "feeds/feedparser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace Medtour;

namespace {

/// This thread's CPU time in seconds: other processes on a busy machine do not inflate it.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/corpus");
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    const QStringList names = QDir(dir).entryList(
        {QStringLiteral("*.xml"), QStringLiteral("*.atom"), QStringLiteral("*.rss"), QStringLiteral("*.json")},
        QDir::Files, QDir::Name);
    QList<QByteArray> documents;
    qint64 bytes = 0;
    for (const QString &name : names) {
        QFile file(dir + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        documents << file.readAll();
        bytes += documents.constLast().size();
    }
    if (documents.isEmpty()) {
        std::fprintf(stderr,
                     "no feeds in %s; make them with: python3 ../shared/tools/gen_corpus.py %s "
                     "--feeds 200 --items 50\n",
                     qPrintable(dir), qPrintable(dir));
        return 1;
    }

    QMap<QString, int> formats;
    QMap<QString, int> encodings;
    qint64 items = 0;
    int failures = 0;
    for (const QByteArray &document : std::as_const(documents)) { // warm-up, and a sanity check
        const ParsedFeed feed = FeedParser::parse(document);
        ++formats[feed.format.isEmpty() ? QStringLiteral("(not a feed)") : feed.format];
        ++encodings[feed.encoding];
        items += feed.items.size();
        failures += feed.isFeed() ? 0 : 1;
    }

    QList<double> seconds;
    QList<double> cpuSeconds;
    qint64 checksum = 0;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = threadCpuSeconds();
        for (const QByteArray &document : std::as_const(documents))
            checksum += FeedParser::parse(document).items.size();
        cpuSeconds << threadCpuSeconds() - cpu0;
        seconds << double(timer.nsecsElapsed()) / 1e9;
    }
    const double bestCpu = *std::min_element(cpuSeconds.cbegin(), cpuSeconds.cend());
    const double best = *std::min_element(seconds.cbegin(), seconds.cend());
    double mean = 0;
    for (const double s : std::as_const(seconds))
        mean += s / seconds.size();
    const double megabytes = double(bytes) / 1e6;

    std::printf("corpus: %s: %d files, %.2f MB, %lld items, %d not parsed as feeds\n", qPrintable(dir),
                int(documents.size()), megabytes, static_cast<long long>(items), failures);
    for (auto it = formats.cbegin(); it != formats.cend(); ++it)
        std::printf("  format %-14s %4d files\n", qPrintable(it.key()), it.value());
    for (auto it = encodings.cbegin(); it != encodings.cend(); ++it)
        std::printf("  encoding %-12s %4d files\n", qPrintable(it.key()), it.value());
    std::printf("rounds: %d; best %.3f s (%.1f MB/s), mean %.3f s (%.1f MB/s) on one core\n", rounds, best,
                megabytes / best, mean, megabytes / mean);
    std::printf("best round in CPU time: %.3f s (%.1f MB/s of one core's time)\n", bestCpu, megabytes / bestCpu);
    std::printf("(checksum %lld)\n", static_cast<long long>(checksum));
    return failures == 0 ? 0 : 2;
}
