// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Medtour::BoundedRead {

/// Reads the file at `path`, refusing it when it holds more than `limit` bytes. The limit is
/// checked against the bytes actually read, not only against the size the file system reports:
/// a device (`/dev/zero`), a pipe or a `/proc` file says 0 and may never end. At most limit + 1
/// bytes are read. Too much is Error::InvalidInput, "<n> bytes, larger than the <limitText> limit"
/// (without the path: callers put it in front); a missing file is Error::NotFound ("no such file:
/// <path>"), a folder or an unreadable file Error::Io.
Result<QByteArray> file(const QString &path, qint64 limit, const QString &limitText);

} // namespace Medtour::BoundedRead
