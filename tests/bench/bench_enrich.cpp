// SPDX-License-Identifier: GPL-3.0-or-later
// Enrichment throughput: tagging, relevance and near-duplicate clustering, per article, on one thread.
// Corpus: python3 ../shared/tools/gen_corpus.py /tmp/corpus-enrich --feeds 200 --items 50
// Usage: bench_enrich [corpus-dir, default /tmp/corpus-enrich] [rounds, default 3]
#include "enrich/duplicatesignature.h"
#include "enrich/nearduplicateindex.h"
#include "enrich/relevancescorer.h"
#include "enrich/tagger.h"
#include "enrich/taxonomy.h"
#include "feeds/feedparser.h"
#include "text/htmltext.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <limits>
#include <vector>

using namespace Medtour;

namespace {

struct Item
{
    QString title;
    QString text;
    QDateTime published;
};

QList<Item> loadCorpus(const QString &dir, qint64 &bytes)
{
    QList<Item> items;
    const QStringList files =
        QDir(dir).entryList({QStringLiteral("*.xml"), QStringLiteral("*.atom")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const ParsedFeed feed = FeedParser::parse(file.readAll());
        for (const FeedItem &item : feed.items) {
            Item it{item.title, HtmlText::toPlainText(item.contentHtml.isEmpty() ? item.summary : item.contentHtml),
                    item.published};
            bytes += it.text.size() * 2;
            items.append(it);
        }
    }
    return items;
}

double rate(qint64 count, qint64 nsecs)
{
    return nsecs > 0 ? double(count) * 1e9 / double(nsecs) : 0.0;
}

} // namespace

int main(int argc, char **argv)
{
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/corpus-enrich");
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    qint64 bytes = 0;
    const QList<Item> items = loadCorpus(dir, bytes);
    if (items.isEmpty()) {
        std::fprintf(
            stderr,
            "no feed items under %s\nmake the corpus first: python3 ../shared/tools/gen_corpus.py %s --feeds 200 "
            "--items 50\n",
            qPrintable(dir), qPrintable(dir));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const auto taxonomy = Taxonomy::builtin();
    const qint64 loadNs = timer.nsecsElapsed();
    const Tagger tagger(taxonomy);
    const RelevanceScorer scorer(taxonomy);
    std::printf("corpus: %d articles, %.1f MB of text; tables: %d rules, %d patterns, loaded in %.1f ms\n",
                int(items.size()), double(bytes) / 1e6, taxonomy->ruleCount(), taxonomy->gazetteer().patternCount(),
                double(loadNs) / 1e6);

    // Wall time suffers when other processes share the cores; CPU time of this (single-threaded)
    // process is the fairer "one core" figure, so both are printed.
    qint64 best = std::numeric_limits<qint64>::max();
    double bestCpu = std::numeric_limits<double>::max();
    qint64 tagNs = 0, scoreNs = 0, clusterNs = 0;
    int clusters = 0;
    double relevanceSum = 0;
    qint64 tags = 0;
    for (int round = 0; round < rounds; ++round) {
        NearDuplicateIndex index;
        qint64 t = 0, s = 0, c = 0;
        QElapsedTimer total;
        total.start();
        const std::clock_t cpuStart = std::clock();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const Item &item = items[i];
            QElapsedTimer step;
            step.start();
            const Tags tagged = tagger.tag(item.title, item.text);
            t += step.nsecsElapsed();
            step.restart();
            const Relevance relevance = scorer.score(tagged);
            s += step.nsecsElapsed();
            step.restart();
            // The signature (with the entities tagging found) and placing it, as the sync does.
            index.add(i + 1, DuplicateSignature::compute(item.title, item.text, tagged), item.published);
            c += step.nsecsElapsed();
            if (round == 0) {
                relevanceSum += relevance.score;
                tags += tagged.markets.size() + tagged.regions.size() + tagged.specialties.size() +
                        tagged.hospitals.size() + tagged.events.size();
            }
        }
        const qint64 elapsed = total.nsecsElapsed();
        bestCpu = std::min(bestCpu, double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
        if (elapsed < best) {
            best = elapsed;
            tagNs = t;
            scoreNs = s;
            clusterNs = c;
            clusters = index.clusterCount();
        }
    }
    const qint64 n = items.size();
    std::printf("tagging:             %10.0f articles/s\n", rate(n, tagNs));
    std::printf("relevance:           %10.0f articles/s\n", rate(n, scoreNs));
    std::printf("cluster add:         %10.0f articles/s\n", rate(n, clusterNs));
    std::printf("all three, one core: %10.0f articles/s wall (best of %d rounds, %.2f s for %lld articles)\n",
                rate(n, best), rounds, double(best) / 1e9, static_cast<long long>(n));
    std::printf("all three, CPU time: %10.0f articles/s (%.2f CPU s)\n", double(n) / bestCpu, bestCpu);
    std::printf("(%lld tags, mean relevance %.3f, %d clusters)\n", static_cast<long long>(tags),
                relevanceSum / double(n), clusters);

    // Placing alone, as the sync's cluster thread does it: the signatures come ready from the
    // preparing threads, so this is the time a sync's second phase waits for on that thread.
    std::vector<DuplicateSignature> signatures;
    signatures.reserve(size_t(n));
    for (const Item &item : items)
        signatures.push_back(DuplicateSignature::compute(item.title, item.text, tagger.tag(item.title, item.text)));
    qint64 bestPlace = std::numeric_limits<qint64>::max();
    int placedClusters = 0;
    for (int round = 0; round < rounds; ++round) {
        NearDuplicateIndex index;
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < n; ++i)
            index.add(i + 1, signatures[size_t(i)], items[i].published);
        const qint64 elapsed = timer.nsecsElapsed();
        if (elapsed < bestPlace) {
            bestPlace = elapsed;
            placedClusters = index.clusterCount();
        }
    }
    std::printf("placing, signatures ready: %6.1f ms for %lld articles, best of %d (%d clusters)\n",
                double(bestPlace) / 1e6, static_cast<long long>(n), rounds, placedClusters);
    return 0;
}
