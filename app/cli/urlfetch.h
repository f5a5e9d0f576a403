// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QUrl>

namespace Medtour {

struct FetchedDocument
{
    QByteArray body;
    QByteArray contentType;
    QUrl finalUrl;
};

/// A one-shot blocking GET for command-line use only (never on a GUI thread): bounded time,
/// size and redirects.
namespace UrlFetch {
Result<FetchedDocument> get(const QUrl &url, qint64 maxBytes = 20 * 1024 * 1024, int timeoutMs = 30000);
/// A command's FILE|URL argument: an http(s) URL is fetched, anything else read as a local file
/// (whose finalUrl is its file: URL). Errors say which, in one line. Either is refused above kMaxFeedBytes
/// (20 MiB, the download limit); a file is refused before it is read.
Result<FetchedDocument> load(const QString &target);
} // namespace UrlFetch

} // namespace Medtour
