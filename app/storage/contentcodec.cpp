// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/contentcodec.h"

#include <QByteArray>
#include <QtEndian>

#include <zlib.h>

namespace Medtour::ContentCodec {

namespace {

/// One zlib stream per thread, reset for each text: qCompress() sets up a new one every call,
/// a quarter megabyte allocated and cleared for a 2 KB text (375 us a call, 20 times the work).
struct Deflater
{
    z_stream stream{};
    bool ready = false;
    // Level 1: the sync writes thousands of these a minute; the higher levels gain a few
    // percent for several times the time.
    Deflater() { ready = deflateInit(&stream, 1) == Z_OK; }
    ~Deflater()
    {
        if (ready)
            deflateEnd(&stream);
    }
    Q_DISABLE_COPY_MOVE(Deflater)
};

/// qCompress()'s format: the unpacked size (4 bytes, big-endian), then a zlib stream.
QByteArray deflated(const QByteArray &utf8)
{
    thread_local Deflater d;
    if (!d.ready || deflateReset(&d.stream) != Z_OK)
        return qCompress(utf8, 1);
    const uLong bound = deflateBound(&d.stream, uLong(utf8.size()));
    QByteArray out(4 + qsizetype(bound), Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(utf8.size()), out.data());
    d.stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(utf8.constData()));
    d.stream.avail_in = uInt(utf8.size());
    d.stream.next_out = reinterpret_cast<Bytef *>(out.data() + 4);
    d.stream.avail_out = uInt(bound);
    if (deflate(&d.stream, Z_FINISH) != Z_STREAM_END)
        return qCompress(utf8, 1);
    out.resize(4 + qsizetype(d.stream.total_out));
    return out;
}

} // namespace

QVariant pack(const QString &text)
{
    if (text.size() < kMinPackedChars)
        return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text); // NOT NULL columns
    const QByteArray utf8 = text.toUtf8();
    const QByteArray packed = deflated(utf8);
    if (packed.size() >= utf8.size() - utf8.size() / 8)
        return text; // not worth a decompression on every read
    return packed;
}

QString unpack(const QVariant &stored)
{
    if (stored.typeId() != QMetaType::QByteArray)
        return stored.toString();
    const QByteArray packed = stored.toByteArray();
    // qCompress puts the unpacked size first (big-endian): a damaged or hostile value must not
    // make qUncompress allocate gigabytes.
    if (packed.size() < 4 || qFromBigEndian<quint32>(packed.constData()) > quint32(kMaxUnpackedBytes))
        return {};
    return QString::fromUtf8(qUncompress(packed));
}

} // namespace Medtour::ContentCodec
