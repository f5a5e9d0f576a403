// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: FeedParser::parse on arbitrary bytes, with a Content-Type, a document URL and a
// Content-Location chosen by the first byte (fuzzinput.h), so decoding, repair, RSS/Atom/JSON reading
// and link resolution are all reached. Findings are kept in tests/data/feeds/fuzz/ (tst_fuzzregressions).
#include "fuzzinput.h"
#include "text/dateparser.h"

#include <cstddef>
#include <cstdint>

using namespace Medtour;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const ParsedFeed feed = FeedParser::parse(bytes, FuzzInput::feedOptions(data[0]));

    // Touch every field so nothing is skipped, and check the invariants callers rely on.
    qsizetype total = feed.title.size() + feed.description.size() + feed.link.toString().size();
    for (const FeedItem &item : feed.items) {
        total += item.title.size() + item.summary.size() + item.contentHtml.size() + item.id.size();
        total += DateParser::toIsoUtc(item.published).size() + DateParser::toIsoUtc(item.updated).size();
        if (item.published.isValid() && item.published.timeSpec() != Qt::UTC)
            __builtin_trap();
    }
    if (!feed.isFeed() && feed.errors.isEmpty())
        __builtin_trap(); // a rejected document must say why
    return total < 0 ? 1 : 0;
}
