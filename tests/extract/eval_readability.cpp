// SPDX-License-Identifier: GPL-3.0-or-later
// Runs PageExtractor over the 130 mozilla/readability test pages (../shared/corpora/README.md §3.3): 4-token
// shingle F1 of our text against the text of Readability.js's expected article, and the metadata fields we have
// (title exact after trimming and NFC, byline, lang, publishedTime as an instant, siteName). Fails when the mean F1
// or a field rate falls below tests/extract/extraction-ratchet.json.
// Usage: eval_readability [--verbose] [--pages N] [--only NAME]
// --verbose prints every page's F1, precision and recall; --pages N the N pages of lowest F1; --only NAME one page and
// its text.
#include "corpus.h"
#include "extract/pageextractor.h"
#include "html/htmldom.h"
#include "text/dateparser.h"
#include "text/textnormalizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

using namespace Medtour;

namespace {

/// The text of an HTML fragment with block elements as line breaks.
QString blockText(const QString &html)
{
    const HtmlDom dom(html);
    QString out;
    for (int i = 0; i < dom.size(); ++i) {
        if (!dom.isElement(i))
            out += dom.text(i);
        else if (HtmlDom::isBlock(dom.tag(i)))
            out += QLatin1Char('\n');
    }
    return out;
}

struct Rate
{
    int right = 0;
    int total = 0;
    double value() const { return total > 0 ? double(right) / total : 1.0; }
    void add(bool ok)
    {
        ++total;
        right += ok ? 1 : 0;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool verbose = args.contains(QStringLiteral("--verbose"));
    const qsizetype pagesAt = args.indexOf(QStringLiteral("--pages"));
    const int listPages = pagesAt > 0 && pagesAt + 1 < args.size() ? args.at(pagesAt + 1).toInt() : 0;
    const qsizetype onlyAt = args.indexOf(QStringLiteral("--only"));
    const QString only = onlyAt > 0 && onlyAt + 1 < args.size() ? args.at(onlyAt + 1) : QString();
    const QString dir = Corpus::folder(QStringLiteral("mozilla-readability/test-pages"));
    if (dir.isEmpty())
        return Corpus::missing(QStringLiteral("mozilla-readability/test-pages"));

    const PageExtractor extractor;
    double f1Sum = 0.0;
    int cases = 0;
    Rate title, bylineExact, bylineFound, lang, published, siteName;
    double cjkSum = 0.0, medicalSum = 0.0;
    int cjk = 0, medical = 0;
    struct PageScore
    {
        QString name;
        double f1, precision, recall;
    };
    QList<PageScore> scores;
    const QStringList names = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        if (!only.isEmpty() && name != only)
            continue;
        const QString base = dir + QLatin1Char('/') + name;
        const QByteArray source = Corpus::readGzip(base + QStringLiteral("/source.html.gz"));
        const QByteArray expectedHtml = Corpus::readGzip(base + QStringLiteral("/expected.html.gz"));
        QFile metaFile(base + QStringLiteral("/expected-metadata.json"));
        if (source.isEmpty() || !metaFile.open(QIODevice::ReadOnly)) {
            std::printf("  %s: unreadable\n", qPrintable(name));
            continue;
        }
        const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
        const ExtractedPage page = extractor.extract(source, QUrl(QStringLiteral("http://fakehost/test/page.html")));
        const QString expectedText = blockText(QString::fromUtf8(expectedHtml));
        double precision = 0.0, recall = 0.0;
        const double f1 = Corpus::shingleF1(page.text(), expectedText, &precision, &recall);
        scores.append({name, f1, precision, recall});
        if (!only.isEmpty())
            std::printf("--- text ---\n%s\n--- expected ---\n%s\n", qPrintable(page.text()),
                        qPrintable(Corpus::normalizeSpace(expectedText)));
        f1Sum += f1;
        ++cases;
        if (name == u"qq" || name == u"gmw" || name == u"pixnet" || name == u"hukumusume") {
            cjkSum += f1;
            ++cjk;
        }
        if (name.startsWith(QLatin1String("webmd")) || name == u"medicalnewstoday") {
            medicalSum += f1;
            ++medical;
        }

        const QString wantTitle = TextNormalizer::nfc(meta.value(QLatin1String("title")).toString().trimmed());
        if (!wantTitle.isEmpty())
            title.add(TextNormalizer::nfc(page.title.trimmed()) == wantTitle);
        const QString wantByline = meta.value(QLatin1String("byline")).toString().trimmed();
        if (!wantByline.isEmpty()) {
            bylineExact.add(page.authors.join(QStringLiteral(", ")) == wantByline);
            bool found = !page.authors.isEmpty();
            for (const QString &author : page.authors)
                found = found && wantByline.contains(author, Qt::CaseInsensitive);
            bylineFound.add(found);
            if (verbose && !found)
                std::printf("  %-45s byline \"%s\", ours \"%s\"\n", qPrintable(name), qPrintable(wantByline),
                            qPrintable(page.authors.join(QStringLiteral("; "))));
        }
        const QString wantLang = meta.value(QLatin1String("lang")).toString();
        if (!wantLang.isEmpty())
            lang.add(page.lang == wantLang);
        const QString wantSite = meta.value(QLatin1String("siteName")).toString();
        if (!wantSite.isEmpty())
            siteName.add(page.siteName == wantSite);
        const QString wantTime = meta.value(QLatin1String("publishedTime")).toString();
        if (!wantTime.isEmpty()) {
            const QDateTime want = DateParser::parse(wantTime);
            published.add(page.published.isValid() && want.isValid() &&
                          page.published.toSecsSinceEpoch() == want.toSecsSinceEpoch());
        }
        if (verbose)
            std::printf("  %-45s F1 %.3f P %.3f R %.3f  title %s\n", qPrintable(name), f1, precision, recall,
                        TextNormalizer::nfc(page.title.trimmed()) == wantTitle ? "ok" : qPrintable(page.title));
    }
    const double meanF1 = cases > 0 ? f1Sum / cases : 0.0;
    if (listPages > 0) {
        std::stable_sort(scores.begin(), scores.end(),
                         [](const PageScore &a, const PageScore &b) { return a.f1 < b.f1; });
        std::printf("  the %d pages of lowest F1:\n", listPages);
        for (qsizetype k = 0; k < scores.size() && k < listPages; ++k)
            std::printf("  F1 %.3f  P %.3f  R %.3f  %s\n", scores.at(k).f1, scores.at(k).precision, scores.at(k).recall,
                        qPrintable(scores.at(k).name));
    }
    std::printf("mozilla-readability: %d pages\n", cases);
    std::printf("  mean 4-shingle F1 %.4f (CJK pages %.4f over %d, medical pages %.4f over %d)\n", meanF1,
                cjk ? cjkSum / cjk : 0.0, cjk, medical ? medicalSum / medical : 0.0, medical);
    std::printf("  title exact %d/%d, byline exact %d/%d (all our authors named in it %d/%d), lang %d/%d, "
                "publishedTime %d/%d, siteName %d/%d; excerpt not extracted\n",
                title.right, title.total, bylineExact.right, bylineExact.total, bylineFound.right, bylineFound.total,
                lang.right, lang.total, published.right, published.total, siteName.right, siteName.total);
    if (!only.isEmpty())
        return 0;
    const QJsonObject floor = Corpus::ratchet().value(QLatin1String("readability")).toObject();
    bool ok = true;
    ok &= Corpus::checkRatchet(floor, "shingle_f1", meanF1);
    ok &= Corpus::checkRatchet(floor, "title", title.value());
    ok &= Corpus::checkRatchet(floor, "byline", bylineFound.value());
    ok &= Corpus::checkRatchet(floor, "lang", lang.value());
    ok &= Corpus::checkRatchet(floor, "published", published.value());
    ok &= Corpus::checkRatchet(floor, "site_name", siteName.value());
    return ok ? 0 : 1;
}
