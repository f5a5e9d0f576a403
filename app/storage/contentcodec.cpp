// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/contentcodec.h"

#include <QByteArray>
#include <QtEndian>

namespace Medtour::ContentCodec {

QVariant pack(const QString &text)
{
    if (text.size() < kMinPackedChars)
        return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text); // NOT NULL columns
    const QByteArray utf8 = text.toUtf8();
    // Level 1: the sync writes thousands of these a minute; the higher levels gain a few percent
    // for several times the time.
    QByteArray packed = qCompress(utf8, 1);
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
