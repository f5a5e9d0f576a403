// SPDX-License-Identifier: GPL-3.0-or-later
// Runs PageExtractor over the 990 trafilatura-eval pages and scores the main text with the upstream metric
// (micro-averaged must-contain / must-not-contain snippets, see ../shared/corpora/README.md §3.2).
// Fails when precision, recall or F1 drop below tests/extract/extraction-ratchet.json.
// Usage: eval_trafilatura [--verbose] [--only URL-SUBSTRING] [--pages N]
// --pages N lists the N pages with the most errors (missing + unwanted snippets) with their precision and recall.
#include "corpus.h"
#include "extract/pageextractor.h"
#include "text/dateparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using namespace Medtour;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool verbose = args.contains(QStringLiteral("--verbose"));
    const qsizetype onlyAt = args.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt > 0 && onlyAt + 1 < args.size() ? args.at(onlyAt + 1) : QString();
    const qsizetype pagesAt = args.indexOf(QStringLiteral("--pages"));
    const int listPages = pagesAt > 0 && pagesAt + 1 < args.size() ? args.at(pagesAt + 1).toInt() : 0;

    const QString dir = Corpus::folder(QStringLiteral("trafilatura-eval"));
    if (dir.isEmpty())
        return Corpus::missing(QStringLiteral("trafilatura-eval"));
    QFile evalFile(dir + QStringLiteral("/evaldata.json"));
    if (!evalFile.open(QIODevice::ReadOnly)) {
        std::printf("FAIL: cannot read %s\n", qPrintable(evalFile.fileName()));
        return 1;
    }
    const QJsonObject eval = QJsonDocument::fromJson(evalFile.readAll()).object();

    const PageExtractor extractor;
    qint64 tp = 0, fn = 0, fp = 0, tn = 0;
    int documents = 0, unreadable = 0, failed = 0, dates = 0, datesRight = 0, titles = 0, titlesRight = 0;
    qint64 extractNs = 0;
    struct PageScore
    {
        QString url;
        int tp = 0, fn = 0, fp = 0;
    };
    QList<PageScore> scores;
    QElapsedTimer timer;
    for (auto it = eval.constBegin(); it != eval.constEnd(); ++it) {
        if (!only.isEmpty() && !it.key().contains(only))
            continue;
        const QJsonObject item = it.value().toObject();
        const QString name = item.value(QLatin1String("file")).toString();
        QString path = dir + QStringLiteral("/cache/") + name + QStringLiteral(".gz");
        if (!QFile::exists(path))
            path = dir + QStringLiteral("/eval/") + name + QStringLiteral(".gz");
        const QByteArray bytes = Corpus::readGzip(path);
        ++documents;
        const QJsonArray with = item.value(QLatin1String("with")).toArray();
        const QJsonArray without = item.value(QLatin1String("without")).toArray();
        if (bytes.isEmpty()) {
            ++unreadable;
            fn += with.size();
            tn += without.size();
            continue;
        }
        timer.start();
        const ExtractedPage page = extractor.extract(bytes, QUrl(it.key()));
        extractNs += timer.nsecsElapsed();
        if (!page.ok())
            ++failed;
        const QString text = Corpus::normalizeSpace(page.text());
        QStringList misses;
        PageScore score{it.key()};
        for (const QJsonValue &snippet : with) {
            if (text.contains(Corpus::normalizeSpace(snippet.toString()))) {
                ++score.tp;
            } else {
                ++score.fn;
                misses << QStringLiteral("  missing: ") + snippet.toString();
            }
        }
        for (const QJsonValue &snippet : without) {
            if (text.contains(Corpus::normalizeSpace(snippet.toString()))) {
                ++score.fp;
                misses << QStringLiteral("  unwanted: ") + snippet.toString();
            } else {
                ++tn;
            }
        }
        tp += score.tp;
        fn += score.fn;
        fp += score.fp;
        scores.append(score);
        if (const QString date = item.value(QLatin1String("date")).toString(); !date.isEmpty()) {
            ++dates;
            datesRight += page.published.isValid() && page.published.toString(Qt::ISODate).left(10) == date;
        }
        if (const QString title = item.value(QLatin1String("title")).toString(); !title.isEmpty()) {
            ++titles;
            titlesRight += Corpus::normalizeSpace(page.title) == Corpus::normalizeSpace(title);
        }
        if (verbose && !misses.isEmpty()) {
            std::printf("%s (%s)\n%s\n", qPrintable(it.key()), qPrintable(name), qPrintable(misses.join(u'\n')));
            if (!only.isEmpty())
                std::printf("--- text ---\n%s\n", qPrintable(page.text()));
        }
    }
    const double precision = tp + fp > 0 ? double(tp) / double(tp + fp) : 0.0;
    const double recall = tp + fn > 0 ? double(tp) / double(tp + fn) : 0.0;
    const double accuracy = double(tp + tn) / double(std::max<qint64>(1, tp + tn + fp + fn));
    const double f1 = 2.0 * double(tp) / double(std::max<qint64>(1, 2 * tp + fp + fn));
    std::printf("trafilatura-eval: %d documents (%d unreadable, %d failed)\n", documents, unreadable, failed);
    std::printf("  TP %lld  FN %lld  FP %lld  TN %lld\n", static_cast<long long>(tp), static_cast<long long>(fn),
                static_cast<long long>(fp), static_cast<long long>(tn));
    std::printf("  precision %.4f  recall %.4f  accuracy %.4f  F1 %.4f   (trafilatura 2.2.0: 0.906 / 0.943 / "
                "0.923 / 0.924)\n",
                precision, recall, accuracy, f1);
    std::printf("  date (YYYY-MM-DD) right on %d of %d; title exact on %d of %d\n", datesRight, dates, titlesRight,
                titles);
    std::printf("  extraction time %.1f s, %.1f pages/s\n", double(extractNs) / 1e9,
                documents * 1e9 / double(std::max<qint64>(1, extractNs)));
    if (listPages > 0) {
        std::stable_sort(scores.begin(), scores.end(),
                         [](const PageScore &a, const PageScore &b) { return a.fn + a.fp > b.fn + b.fp; });
        std::printf("  the %d pages with the most errors (P = TP/(TP+FP), R = TP/(TP+FN)):\n", listPages);
        for (qsizetype k = 0; k < scores.size() && k < listPages; ++k) {
            const PageScore &s = scores.at(k);
            std::printf("  %2d missing %2d unwanted  P %.2f R %.2f  %s\n", s.fn, s.fp,
                        s.tp + s.fp > 0 ? double(s.tp) / (s.tp + s.fp) : 0.0,
                        s.tp + s.fn > 0 ? double(s.tp) / (s.tp + s.fn) : 0.0, qPrintable(s.url));
        }
    }
    if (!only.isEmpty())
        return 0;
    const QJsonObject floor = Corpus::ratchet().value(QLatin1String("trafilatura")).toObject();
    bool ok = true;
    ok &= Corpus::checkRatchet(floor, "precision", precision);
    ok &= Corpus::checkRatchet(floor, "recall", recall);
    ok &= Corpus::checkRatchet(floor, "f1", f1);
    return ok ? 0 : 1;
}
