// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ContentDecoder, which inflates what a server sends as gzip or deflate (issue 21: a
// compression bomb must stop at the limit). The first byte picks the encoding, a small output limit and
// how the rest is cut into pieces, as the network would deliver it. Besides "never crash": the output
// never passes the limit, and once the decoder has said TooLarge or Damaged the caller stops feeding.
#include "sync/contentdecoder.h"

#include <cstddef>
#include <cstdint>

using namespace Medtour;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const unsigned char selector = data[0];
    static const char *const encodings[] = {"gzip", "deflate", "x-gzip", ""};
    const qint64 limit = qint64(1) << (10 + (selector >> 4) % 8); // 1 KB to 128 KB
    ContentDecoder decoder(encodings[selector % 4], limit);
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const qsizetype piece = 1 + ((selector >> 2) & 0x3) * 97; // 1, 98, 195 or 292 bytes at a time
    QByteArray out;
    for (qsizetype at = 0; at < input.size(); at += piece) {
        const ContentDecoder::Status status = decoder.feed(input.mid(at, piece), &out);
        if (out.size() > limit)
            __builtin_trap();
        if (status != ContentDecoder::Status::Ok)
            return 0;
    }
    decoder.finish();
    if (out.size() > limit)
        __builtin_trap();
    return 0;
}
