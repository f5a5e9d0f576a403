// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ContentCodec, which reads the article text a cache stores compressed. A cache
// file can be damaged or written by anyone, so unpack() takes any bytes. The first byte picks the
// mode: even, the rest is a stored value as it is (zlib from older caches, zstd, or garbage); odd,
// the rest is a text that is packed, must unpack to itself, and is then unpacked again with one
// byte changed (chosen by the selector) - a damaged zstd frame. Besides "never crash": nothing
// unpacks to more than kMaxUnpackedBytes, and a packed text always reads back exactly.
#include "storage/contentcodec.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstddef>
#include <cstdint>

using namespace Medtour;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const unsigned char selector = data[0];
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (selector % 2 == 0) {
        const QString text = ContentCodec::unpack(QVariant(rest));
        if (text.toUtf8().size() > ContentCodec::kMaxUnpackedBytes)
            __builtin_trap();
        return 0;
    }
    const QString text = QString::fromUtf8(rest);
    const QVariant packed = ContentCodec::pack(text);
    if (ContentCodec::unpack(packed) != text)
        __builtin_trap();
    if (packed.typeId() != QMetaType::QByteArray)
        return 0;
    QByteArray damaged = packed.toByteArray();
    const qsizetype at = qsizetype(selector >> 1) * damaged.size() / 128;
    damaged[at] = char(damaged.at(at) ^ (1 + (selector >> 5)));
    if (ContentCodec::unpack(QVariant(damaged)).toUtf8().size() > ContentCodec::kMaxUnpackedBytes)
        __builtin_trap();
    return 0;
}
