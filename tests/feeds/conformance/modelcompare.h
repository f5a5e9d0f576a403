// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conformance.h"
#include "domain/feed.h"

namespace Medtour::Conformance {

class Scoreboard;

/// Scores our ParsedFeed against a suite's expected model, field by field; items are paired by position.
void compareFeed(const CaseRef &ref, const ExpectedFeed &expected, const ParsedFeed &actual, Scoreboard &board);

/// Our item content as the suites mean it: the body of a content element, not the summary we fall back to.
QString contentOf(const FeedItem &item);

/// Our feed as a parser-level model sees it: published only where the entry gave a publication date
/// (our model repeats <updated> there for Atom entries without one).
ParsedFeed elementDates(ParsedFeed feed);

/// Our enclosures as "url type length" keys, in feed order.
QStringList enclosureKeys(const QList<Enclosure> &enclosures);
QStringList enclosureKeys(const QList<ExpectedEnclosure> &enclosures);

} // namespace Medtour::Conformance
