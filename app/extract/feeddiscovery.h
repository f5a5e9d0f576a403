// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace Medtour {

/// A feed a page links to.
struct DiscoveredFeed
{
    QUrl url;
    QString title;
    QString type; ///< "application/rss+xml", "application/atom+xml" or "application/feed+json"
};

/// Feed autodiscovery: the <link rel="alternate" type="application/rss+xml|atom+xml"> of a page,
/// read with the HTML5 parser (HtmlDom), resolved against <base href> or the page URL. Pure:
/// bytes in, links out.
namespace FeedDiscovery {
QList<DiscoveredFeed> fromHtml(const QByteArray &html, const QUrl &pageUrl, const QByteArray &contentType = {});
} // namespace FeedDiscovery

} // namespace Medtour
