// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: Opml::read on arbitrary bytes. Besides "never crash": the bounds the reader promises
// hold, and whatever it accepts can be written back out and read again.
#include "domain/article.h"
#include "feeds/opml.h"

#include <cstddef>
#include <cstdint>

using namespace Medtour;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<OpmlDocument> document = Opml::read(bytes);
    if (!document)
        return 0;
    if (document->feeds.size() > Opml::kMaxFeeds)
        __builtin_trap();
    QList<Source> sources;
    for (const OpmlFeed &feed : document->feeds) {
        Source s;
        s.name = feed.title;
        s.url = feed.xmlUrl;
        s.folder = feed.folder;
        sources.append(s);
    }
    if (!Opml::read(Opml::write(sources, document->title)))
        __builtin_trap(); // our own output must always read back
    return 0;
}
