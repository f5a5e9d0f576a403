// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/facets.h"
#include "domain/feed.h"
#include "domain/storycluster.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

/// The JSON shapes medtour-cli prints. They are an interface: extend, never rename or reshape.
namespace Medtour::JsonOut {

/// "2019-05-23T00:18:00Z" or null.
QJsonValue date(const QDateTime &dt);
QJsonObject feed(const ParsedFeed &feed);
QJsonObject item(const FeedItem &item);
QJsonObject listRow(const ArticleSummary &article);
QJsonObject article(const Article &article);
/// {"total", "markets": [{"value", "label", "count"}], "regions", … "sources", "languages"}
QJsonObject facets(const FacetCounts &counts);
/// {"id", "representative", "articles": [{"id", "guid", "link", "title", "source", "published"}], "total",
/// "more"}: "total" articles in the cluster, "more" of them not listed in "articles".
QJsonObject cluster(const StoryCluster &cluster);
/// {"markets": [], "regions": [], "specialties": [], "hospitals": [], "events": []}
QJsonObject tags(const QList<Tag> &tags);

/// Writes one JSON document (UTF-8, indented) and a newline to stdout.
void print(const QJsonValue &value);
/// Writes "medtour-cli: <reason>" to stderr as one line.
void printError(const QString &reason);

} // namespace Medtour::JsonOut
