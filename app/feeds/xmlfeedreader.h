// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedparser.h"

namespace Medtour::XmlFeedReader {

/// Fills `feed` from an RSS 0.9x/1.0/2.0 or Atom 0.3/1.0 document that is already decoded to text.
/// Items completed before a well-formedness error are kept; the error is recorded.
void read(const QString &text, const FeedParseOptions &options, ParsedFeed &feed);

} // namespace Medtour::XmlFeedReader
