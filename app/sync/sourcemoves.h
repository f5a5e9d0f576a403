// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QUrl>

namespace Medtour {

class SourceRepository;
struct SourceStatus;

/// Where a source goes when its feed says it moved (a permanent redirect, 301 or 308). On the same
/// host (http to https, a new path) the move is taken at once. Another host takes a source over only
/// when kConfirmations syncs in a row are sent there: one answer of a hijacked or misconfigured server
/// must not carry a subscription away for good. Meanwhile the source keeps its address and shows the
/// pending move (SourceStatus::movedTo); once moved, it keeps its first address (originalUrl).
namespace SourceMoves {

inline constexpr int kConfirmations = 3;

/// After a fetch of `source` that ended at `to` through permanent redirects only (`to` invalid: it was
/// not redirected, and a pending move is forgotten): records or makes the move; `source.url` follows.
void follow(SourceRepository &sources, Source &source, const SourceStatus &status, const QUrl &to);

} // namespace SourceMoves

} // namespace Medtour
