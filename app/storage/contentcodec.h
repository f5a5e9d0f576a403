// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

namespace Medtour::ContentCodec {

/// An article's HTML and clean text as the cache stores them: longer ones compressed as a BLOB
/// (zstd; zlib in caches written before it, which still read), Korean text in half the room or
/// less, HTML in a fraction; short ones as TEXT. Both kinds live in the same columns, so caches
/// written before compression read as they are. A team server stores plain text; these are for
/// the SQLite cache only.

/// The value to bind for `text`.
QVariant pack(const QString &text);

/// The text of a stored value (a column read with QSqlQuery): decompressed when it is a BLOB,
/// empty when that BLOB is damaged or would unpack to more than kMaxUnpackedBytes.
QString unpack(const QVariant &stored);

inline constexpr int kMinPackedChars = 200;              ///< shorter texts are stored as TEXT
inline constexpr qsizetype kMaxUnpackedBytes = 64 << 20; ///< no article is larger

} // namespace Medtour::ContentCodec
