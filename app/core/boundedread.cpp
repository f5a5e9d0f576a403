// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundedread.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Medtour::BoundedRead {

Result<QByteArray> file(const QString &path, qint64 limit, const QString &limitText)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::NotFound, QStringLiteral("no such file: %1").arg(path)};
    if (info.isDir())
        return Error{Error::Io, QStringLiteral("cannot read %1: it is a folder").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    // A regular file says how large it is: refused before it is read.
    if (!file.isSequential() && file.size() > limit)
        return Error{Error::InvalidInput,
                     QStringLiteral("%1 bytes, larger than the %2 limit").arg(file.size()).arg(limitText)};
    // Anything else is read in pieces until it ends or passes the limit.
    constexpr qint64 kChunk = 1 << 20;
    QByteArray bytes;
    while (bytes.size() <= limit) {
        const qint64 want = std::min<qint64>(kChunk, limit + 1 - bytes.size());
        const qsizetype before = bytes.size();
        bytes.resize(before + want);
        const qint64 got = file.read(bytes.data() + before, want);
        if (got < 0)
            return Error{Error::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
        bytes.resize(before + got);
        if (got == 0)
            break; // the end (reads of a pipe or device block until there is more)
    }
    if (bytes.size() > limit)
        return Error{Error::InvalidInput,
                     QStringLiteral("more than %1 bytes, larger than the %2 limit").arg(limit).arg(limitText)};
    return bytes;
}

} // namespace Medtour::BoundedRead
