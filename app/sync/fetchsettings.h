// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedparser.h"

#include <QtGlobal>

namespace Medtour {

/// Limits for fetching untrusted servers. Defaults suit real use; tests inject short ones.
struct FetchSettings
{
    int connectTimeoutMs = 15000;    ///< no response headers within this → timeout
    int idleTimeoutMs = 30000;       ///< no bytes for this long once the response started → timeout
    int totalTimeoutMs = 120000;     ///< a whole attempt, however steadily it drips
    qint64 maxBytes = kMaxFeedBytes; ///< decoded body size; larger → error, nothing stored (the parser's limit)
    int maxRedirects = 5;
    int maxConcurrent = 6;  ///< requests in flight overall
    int maxPerHost = 2;     ///< requests in flight to one host
    int maxRetries = 2;     ///< further attempts after a timeout or a 5xx
    int retryBaseMs = 2000; ///< first back-off; doubled for each further attempt
    bool useSystemProxy = true;
    bool yieldToGui = false; ///< the reader: parsing threads give way to the GUI; small write transactions (WriteGate)
};

} // namespace Medtour
