// SPDX-License-Identifier: GPL-3.0-or-later
// A developer's look into ContentExtractor's choice on one page: the elements of best score with their path,
// hints, characters and link density, the chosen container, and the elements holding a given snippet.
// Usage: explain_extract FILE(.html or .html.gz) [SNIPPET…]
//        explain_extract --trafilatura   classifies every missing and unwanted snippet of trafilatura-eval: where the
//                                        missing ones were lost, where in the text the unwanted ones sit.
#include "corpus.h"
#include "extract/contentextractor.h"
#include "extract/nodehints.h"
#include "extract/pageextractor.h"
#include "html/htmldom.h"
#include "text/textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <cstdio>

using namespace Medtour;

namespace {

QString describe(const HtmlDom &dom, int i)
{
    QString out = dom.tagName(i);
    if (const QString names = dom.classAndId(i); !names.isEmpty())
        out += QLatin1Char('[') + names.left(60) + QLatin1Char(']');
    return out;
}

QString path(const HtmlDom &dom, int i)
{
    QStringList parts;
    for (int p = i; p >= 0 && parts.size() < 8; p = dom.node(p).parent)
        parts.prepend(describe(dom, p));
    return parts.join(QLatin1String(" > "));
}

QString hintNames(quint16 h)
{
    static const char *const names[] = {"skip",  "neg",    "sem",  "pos",  "known", "caption",   "link",  "heading",
                                        "cform", "byline", "weak", "cmts", "lead",  "titlelike", "teaser"};
    QStringList out;
    for (int k = 0; k < int(std::size(names)); ++k) {
        if (h & (1 << k))
            out << QLatin1String(names[k]);
    }
    return out.join(QLatin1Char(','));
}

/// Where each missing snippet was lost and where each unwanted one sits, over all of trafilatura-eval.
int classifyTrafilatura()
{
    const QString dir = Corpus::folder(QStringLiteral("trafilatura-eval"));
    if (dir.isEmpty())
        return Corpus::missing(QStringLiteral("trafilatura-eval"));
    QFile evalFile(dir + QStringLiteral("/evaldata.json"));
    if (!evalFile.open(QIODevice::ReadOnly))
        return 1;
    const QJsonObject eval = QJsonDocument::fromJson(evalFile.readAll()).object();
    QMap<QString, int> counts;
    const PageExtractor extractor;
    for (auto it = eval.constBegin(); it != eval.constEnd(); ++it) {
        const QJsonObject item = it.value().toObject();
        const QString name = item.value(QLatin1String("file")).toString();
        QString file = dir + QStringLiteral("/cache/") + name + QStringLiteral(".gz");
        if (!QFile::exists(file))
            file = dir + QStringLiteral("/eval/") + name + QStringLiteral(".gz");
        const QByteArray bytes = Corpus::readGzip(file);
        const ExtractedPage page = extractor.extract(bytes, QUrl(it.key()));
        const QString text = Corpus::normalizeSpace(page.text());
        const HtmlDom dom(TextDecoder::decode(bytes, {}, TextDecoder::Kind::Html).text);
        const QList<quint16> hints = NodeHints::compute(dom);
        const ContentExtractor content(dom, hints);
        const ContentExtractor::Result result = content.extract(page.title);
        // The page's blocks joined as the text is, with the block each character came from.
        QString all;
        QList<int> blockAt;
        for (int b = 0; b < content.blocks().size(); ++b) {
            const QString piece = Corpus::normalizeSpace(content.blocks().at(b).text) + QLatin1Char(' ');
            all += piece;
            blockAt.append(QList<int>(piece.size(), b));
        }
        for (const QJsonValue &v : item.value(QLatin1String("with")).toArray()) {
            const QString snippet = Corpus::normalizeSpace(v.toString());
            if (text.contains(snippet))
                continue;
            QString where;
            const qsizetype at = all.indexOf(snippet);
            if (Corpus::normalizeSpace(page.title).contains(snippet)) {
                where = QStringLiteral("missing: the title (shown apart from the text)");
            } else if (at < 0) {
                where = QStringLiteral("missing: not in one run of blocks (hidden, script, split)");
            } else {
                const int b = blockAt.at(at);
                const ContentBlock &block = content.blocks().at(b);
                if (result.blocks.contains(b))
                    where = QStringLiteral("missing: dropped by the line clean-up");
                else if (result.inside.contains(b))
                    where = block.negative              ? QStringLiteral("missing: inside, in a boilerplate subtree")
                            : block.linkDensity() > 0.5 ? QStringLiteral("missing: inside, a link block")
                                                        : QStringLiteral("missing: inside, dropped as short");
                else
                    where = b < result.inside.value(0, 0) ? QStringLiteral("missing: outside, before the container")
                                                          : QStringLiteral("missing: outside, after the container");
            }
            ++counts[where];
            std::printf("%s | %s | %s\n", qPrintable(where), qPrintable(it.key().left(80)),
                        qPrintable(snippet.left(60)));
        }
        for (const QJsonValue &v : item.value(QLatin1String("without")).toArray()) {
            const QString snippet = Corpus::normalizeSpace(v.toString());
            const qsizetype at = text.indexOf(snippet);
            if (at < 0)
                continue;
            const double position = double(at) / std::max<qsizetype>(1, text.size());
            qsizetype paragraphChars = 0;
            for (const QString &paragraph : page.paragraphs) {
                if (Corpus::normalizeSpace(paragraph).contains(snippet))
                    paragraphChars = paragraph.size();
            }
            ++counts[paragraphChars == 0    ? QStringLiteral("unwanted: across paragraphs")
                     : paragraphChars < 40  ? QStringLiteral("unwanted: in a paragraph under 40 characters")
                     : paragraphChars < 100 ? QStringLiteral("unwanted: in a paragraph of 40-99 characters")
                                            : QStringLiteral("unwanted: in a paragraph of 100+ characters")];
            const QString where = position < 0.2   ? QStringLiteral("unwanted: first fifth of the text")
                                  : position > 0.8 ? QStringLiteral("unwanted: last fifth of the text")
                                                   : QStringLiteral("unwanted: middle of the text");
            ++counts[where];
            // The classes around the block holding it.
            QString chain;
            if (const qsizetype a = all.indexOf(snippet); a >= 0) {
                int steps = 0;
                for (int p = content.blocks().at(blockAt.at(a)).owner; p > 0 && steps < 6;
                     p = dom.node(p).parent, ++steps)
                    chain += describe(dom, p) + QLatin1Char('<');
            }
            std::printf("%s | %s | %s | %s\n", qPrintable(where), qPrintable(it.key().left(80)),
                        qPrintable(snippet.left(60)), qPrintable(chain));
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        std::printf("%5d  %s\n", it.value(), qPrintable(it.key()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--trafilatura")
        return classifyTrafilatura();
    if (args.size() < 2) {
        std::printf("usage: explain_extract FILE [SNIPPET…]\n");
        return 2;
    }
    QByteArray bytes;
    if (args.at(1).endsWith(QLatin1String(".gz"))) {
        bytes = Corpus::readGzip(args.at(1));
    } else {
        QFile file(args.at(1));
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
    }
    const HtmlDom dom(TextDecoder::decode(bytes, {}, TextDecoder::Kind::Html).text);
    const QList<quint16> hints = NodeHints::compute(dom);
    const ContentExtractor content(dom, hints);
    const ContentExtractor::Result result = content.extract({});
    std::printf("chosen: %d %s\n", result.container, qPrintable(path(dom, std::max(0, result.container))));

    QList<int> elements;
    for (int i = 0; i < dom.size(); ++i) {
        if (dom.isElement(i) && content.score(i) > 0)
            elements.append(i);
    }
    std::stable_sort(elements.begin(), elements.end(),
                     [&](int a, int b) { return content.score(a) > content.score(b); });
    for (qsizetype k = 0; k < elements.size() && k < 15; ++k) {
        const int i = elements.at(k);
        std::printf("%8.0f %s%5d [%s] %s\n", content.score(i), content.isNegative(i) ? "NEG " : "", i,
                    qPrintable(hintNames(hints[i])), qPrintable(path(dom, i)));
    }
    for (qsizetype s = 2; s < args.size(); ++s) {
        const QString snippet = args.at(s);
        for (const ContentBlock &block : content.blocks()) {
            if (!block.text.contains(snippet))
                continue;
            std::printf("snippet \"%s\" in block of %d chars (links %d)%s%s:\n", qPrintable(snippet), block.chars,
                        block.linkChars, block.negative ? " NEGATIVE" : "", result.blocks.isEmpty() ? "" : "");
            for (int p = block.owner; p >= 0; p = dom.node(p).parent)
                std::printf("    %8.0f %s%5d [%s] %s\n", content.score(p), content.isNegative(p) ? "NEG " : "", p,
                            qPrintable(hintNames(hints[p])), qPrintable(describe(dom, p)));
        }
    }
    return 0;
}
