// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeddiscovery.h"

#include "html/htmldom.h"
#include "text/textdecoder.h"

#include <QSet>

namespace Medtour::FeedDiscovery {

namespace {
constexpr int kMaxFeeds = 50;

QString feedType(const QString &type)
{
    const QString t = type.trimmed().toLower().section(u';', 0, 0).trimmed();
    if (t == u"application/rss+xml" || t == u"application/atom+xml" || t == u"application/feed+json" ||
        t == u"application/rdf+xml")
        return t;
    return {};
}
} // namespace

QList<DiscoveredFeed> fromHtml(const QByteArray &html, const QUrl &pageUrl, const QByteArray &contentType)
{
    const DecodedText decoded = TextDecoder::decode(html, contentType, TextDecoder::Kind::Html);
    const HtmlDom dom(decoded.text);
    QUrl base = pageUrl;
    for (int i = 0; i < dom.size(); ++i) {
        if (dom.isElement(i) && dom.tag(i) == GUMBO_TAG_BASE && dom.hasAttribute(i, "href")) {
            base = pageUrl.resolved(QUrl(dom.attribute(i, "href").trimmed()));
            break;
        }
    }
    QList<DiscoveredFeed> feeds;
    QSet<QUrl> seen;
    for (int i = 0; i < dom.size() && feeds.size() < kMaxFeeds; ++i) {
        if (!dom.isElement(i) || (dom.tag(i) != GUMBO_TAG_LINK && dom.tag(i) != GUMBO_TAG_A) || dom.node(i).foreign)
            continue;
        const QStringList rel = dom.attribute(i, "rel").toLower().split(u' ', Qt::SkipEmptyParts);
        if (!rel.contains(QStringLiteral("alternate")) || rel.contains(QStringLiteral("stylesheet")))
            continue;
        const QString type = feedType(dom.attribute(i, "type"));
        const QString href = dom.attribute(i, "href").trimmed();
        if (type.isEmpty() || href.isEmpty())
            continue;
        const QUrl url = base.resolved(QUrl(href));
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || seen.contains(url))
            continue;
        seen.insert(url);
        feeds.append({url, dom.attribute(i, "title").simplified(), type});
    }
    return feeds;
}

} // namespace Medtour::FeedDiscovery
