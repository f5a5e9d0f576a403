// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for PageExtractor (built by tests/fuzz with clang -fsanitize=fuzzer,address,undefined).
// Besides "never crash", it checks the promise HtmlGuard makes to gumbo: after the guard, the tree gumbo builds
// stays near the depth limit, whatever the input.
#include "extract/pageextractor.h"
#include "html/htmlguard.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <gumbo.h>

namespace {

int treeDepth(const GumboNode *root)
{
    struct Frame
    {
        const GumboNode *node;
        int depth;
    };
    QList<Frame> stack{{root, 1}};
    int deepest = 0;
    while (!stack.isEmpty()) {
        const Frame frame = stack.takeLast();
        deepest = std::max(deepest, frame.depth);
        if (frame.node->type != GUMBO_NODE_ELEMENT && frame.node->type != GUMBO_NODE_TEMPLATE)
            continue;
        const GumboVector &children = frame.node->v.element.children;
        for (unsigned i = 0; i < children.length; ++i)
            stack.append({static_cast<const GumboNode *>(children.data[i]), frame.depth + 1});
    }
    return deepest;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 2 * 1024 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first byte picks a Content-Type so the decoder's branches are fuzzed too.
    static const QByteArray contentTypes[] = {{},
                                              "text/html; charset=utf-8",
                                              "text/html; charset=euc-kr",
                                              "text/html; charset=windows-1252",
                                              "text/html; charset=utf-16"};
    const QByteArray &contentType = contentTypes[size > 0 ? data[0] % 5 : 0];
    const Medtour::ExtractedPage page =
        Medtour::PageExtractor().extract(bytes, QUrl(QStringLiteral("https://fuzz.example/news/1.html")), contentType);
    if (page.ok() && page.text().size() > bytes.size() * 4 + 64)
        std::abort(); // more text than the page can hold

    const Medtour::HtmlGuard::Limits limits;
    Medtour::HtmlGuard::Report report;
    const QByteArray bounded = Medtour::HtmlGuard::bound(bytes, limits, &report);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    GumboOutput *output = gumbo_parse_with_options(&options, bounded.constData(), size_t(bounded.size()));
    const int depth = treeDepth(output->root);
    gumbo_destroy_output(&options, output);
    if (depth > 3 * limits.maxDepth + 16) {
        std::fprintf(stderr, "gumbo depth %d after the guard (estimate %d)\n", depth, report.maxEstimatedDepth);
        std::abort();
    }
    return 0;
}
