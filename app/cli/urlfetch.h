// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "feeds/feedparser.h"

#include <QByteArray>
#include <QUrl>

namespace Medtour {

struct FetchedDocument
{
    QByteArray body;
    QByteArray contentType;
    QUrl finalUrl;
};

/// The command line's one-shot blocking GET (a local event loop: it lives here, never in the core), through the sync's
/// HttpFetcher: the same defences as a sync (timeouts, a decoded-size cap that stops gzip bombs,
/// redirects followed by hand with a loop check, TLS errors as errors) and the same error codes.
namespace UrlFetch {
Result<FetchedDocument> get(const QUrl &url, qint64 maxBytes = kMaxFeedBytes, int timeoutMs = 30000);
/// A command's FILE|URL argument: an http(s) URL is fetched, anything else read as a local file
/// (whose finalUrl is its file: URL). Errors say which, in one line. Either is refused above kMaxFeedBytes
/// (20 MiB, the download limit); a file is refused before it is read.
Result<FetchedDocument> load(const QString &target);
} // namespace UrlFetch

} // namespace Medtour
