// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"
#include "storage/articlerepository.h"

namespace Medtour::ArticlePreparer {

/// What storing `item` needs that depends on the item alone: its key within its source, canonical
/// URL, content hash, clean text, language and (unless left out) search tokens. Pure and thread-safe:
/// the sync works it out on a pool thread while it writes the previous feed (ArticleRepository::upsert
/// stores it).
PreparedArticle prepare(const FeedItem &item, bool searchTokens = true);
/// prepare() of each item, in order.
QList<PreparedArticle> prepareAll(const QList<FeedItem> &items);
/// The key an item is stored under within its source: its id, else its link, else a hash.
QString guidOf(const FeedItem &item);

} // namespace Medtour::ArticlePreparer
