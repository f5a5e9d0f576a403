// SPDX-License-Identifier: GPL-3.0-or-later
// Extraction speed on the trafilatura-eval pages: all pages are decompressed into memory first, then timed
// through PageExtractor (decode + guard + gumbo + scoring + clean-up), through the HTML5 parse alone, and through
// PageLinkLister (what a `page` source does with a list page; these are article pages, rich in links all the same).
// Usage: bench_extract [rounds, default 1]
#include "../extract/corpus.h"
#include "extract/pageextractor.h"
#include "extract/pagelinklister.h"
#include "html/htmldom.h"
#include "text/textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>

using namespace Medtour;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1;
    const QString dir = Corpus::folder(QStringLiteral("trafilatura-eval"));
    if (dir.isEmpty())
        return Corpus::missing(QStringLiteral("trafilatura-eval"));
    QList<QByteArray> pages;
    qint64 bytes = 0;
    for (const QString &sub : {QStringLiteral("/cache"), QStringLiteral("/eval")}) {
        const QStringList files = QDir(dir + sub).entryList({QStringLiteral("*.gz")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            pages.append(Corpus::readGzip(dir + sub + QLatin1Char('/') + file));
            bytes += pages.constLast().size();
        }
    }
    std::printf("%lld pages, %.1f MB of HTML, %d round(s)\n", static_cast<long long>(pages.size()), bytes / 1e6,
                rounds);

    const PageExtractor extractor;
    qint64 checksum = 0;
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < rounds; ++r) {
        for (const QByteArray &page : std::as_const(pages))
            checksum += extractor.extract(page, QUrl(QStringLiteral("https://bench.example/a.html"))).text().size();
    }
    const double full = timer.nsecsElapsed() / 1e9;

    timer.restart();
    for (int r = 0; r < rounds; ++r) {
        for (const QByteArray &page : std::as_const(pages)) {
            const HtmlDom dom(TextDecoder::decode(page, {}, TextDecoder::Kind::Html).text);
            checksum += dom.size();
        }
    }
    const double parse = timer.nsecsElapsed() / 1e9;

    timer.restart();
    qint64 links = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const QByteArray &page : std::as_const(pages))
            links += PageLinkLister::list(page, QUrl(QStringLiteral("https://bench.example/list.html"))).links.size();
    }
    const double list = timer.nsecsElapsed() / 1e9;
    checksum += links;
    const double n = double(pages.size()) * rounds;
    std::printf("PageExtractor::extract    %8.1f pages/s  %6.2f MB/s\n", n / full, bytes * rounds / 1e6 / full);
    std::printf("decode + guard + gumbo    %8.1f pages/s  %6.2f MB/s\n", n / parse, bytes * rounds / 1e6 / parse);
    std::printf("PageLinkLister::list      %8.1f pages/s  %6.2f MB/s  (%.1f links a page)\n", n / list,
                bytes * rounds / 1e6 / list, links / n);
    std::printf("(checksum %lld)\n", static_cast<long long>(checksum));
    return 0;
}
