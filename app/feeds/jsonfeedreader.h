// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedparser.h"

namespace Medtour::JsonFeedReader {

/// Fills `feed` from a JSON Feed 1.0/1.1 document (https://jsonfeed.org/version/1.1).
void read(const QString &text, const FeedParseOptions &options, ParsedFeed &feed);

} // namespace Medtour::JsonFeedReader
