// SPDX-License-Identifier: GPL-3.0-or-later
// A developer's look into ContentExtractor's choice on one page: the elements of best score with their path,
// hints, characters and link density, the chosen container, and the elements holding a given snippet.
// Usage: explain_extract FILE(.html or .html.gz) [SNIPPET…]
#include "corpus.h"
#include "extract/contentextractor.h"
#include "extract/htmldom.h"
#include "extract/nodehints.h"
#include "text/textdecoder.h"

#include <QCoreApplication>
#include <QFile>

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
    static const char *const names[] = {"skip",    "neg",   "sem",    "pos",  "known", "caption", "link",
                                        "heading", "cform", "byline", "weak", "cmts",  "lead",    "titlelike"};
    QStringList out;
    for (int k = 0; k < 14; ++k) {
        if (h & (1 << k))
            out << QLatin1String(names[k]);
    }
    return out.join(QLatin1Char(','));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
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
