// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/contentcodec.h"

#include <QByteArray>
#include <QtEndian>

#include <algorithm>
#include <iterator>
#include <zstd.h>

namespace Medtour::ContentCodec {

namespace {

/// Values start with the unpacked size (4 bytes, big-endian), then a zstd frame; caches written
/// before zstd hold a zlib stream there (qCompress()'s format), which still reads.
constexpr char kZstdMagic[] = {'\x28', '\xb5', '\x2f', '\xfd'};

/// One compression context per thread, reused for every text: making one per call costs more than
/// packing a 2 KB text (as qCompress() did with zlib's quarter-megabyte stream, 375 us a call).
struct Packer
{
    ZSTD_CCtx *context = ZSTD_createCCtx();
    Packer() = default;
    ~Packer() { ZSTD_freeCCtx(context); }
    Q_DISABLE_COPY_MOVE(Packer)
};

struct Unpacker
{
    ZSTD_DCtx *context = ZSTD_createDCtx();
    Unpacker() = default;
    ~Unpacker() { ZSTD_freeDCtx(context); }
    Q_DISABLE_COPY_MOVE(Unpacker)
};

QByteArray packed(const QByteArray &utf8)
{
    thread_local Packer p;
    if (!p.context)
        return {};
    const size_t bound = ZSTD_compressBound(size_t(utf8.size()));
    QByteArray out(4 + qsizetype(bound), Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(utf8.size()), out.data());
    // Level 1: the sync packs thousands of these a minute, on the threads that prepare the feeds;
    // the higher levels gain a few percent for several times the time.
    const size_t written =
        ZSTD_compressCCtx(p.context, out.data() + 4, bound, utf8.constData(), size_t(utf8.size()), 1);
    if (ZSTD_isError(written))
        return {};
    out.resize(4 + qsizetype(written));
    return out;
}

} // namespace

QVariant pack(const QString &text)
{
    if (text.size() < kMinPackedChars)
        return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text); // NOT NULL columns
    const QByteArray utf8 = text.toUtf8();
    const QByteArray out = packed(utf8);
    if (out.isEmpty() || out.size() >= utf8.size() - utf8.size() / 8)
        return text; // not worth a decompression on every read
    return out;
}

QString unpack(const QVariant &stored)
{
    if (stored.typeId() != QMetaType::QByteArray)
        return stored.toString();
    const QByteArray packed = stored.toByteArray();
    // The unpacked size comes first: a damaged or hostile value must not make us allocate gigabytes.
    if (packed.size() < 4 || qFromBigEndian<quint32>(packed.constData()) > quint32(kMaxUnpackedBytes))
        return {};
    const qsizetype size = qsizetype(qFromBigEndian<quint32>(packed.constData()));
    if (packed.size() < 8 || !std::equal(std::begin(kZstdMagic), std::end(kZstdMagic), packed.constData() + 4))
        return QString::fromUtf8(qUncompress(packed)); // zlib, from before zstd
    thread_local Unpacker u;
    QByteArray utf8(size, Qt::Uninitialized);
    const size_t read = u.context ? ZSTD_decompressDCtx(u.context, utf8.data(), size_t(size), packed.constData() + 4,
                                                        size_t(packed.size() - 4))
                                  : size_t(-1);
    if (ZSTD_isError(read) || read != size_t(size))
        return {}; // damaged: no text rather than a wrong one
    return QString::fromUtf8(utf8);
}

} // namespace Medtour::ContentCodec
