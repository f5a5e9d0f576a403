// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceprobe.h"

#include "core/logging.h"
#include "feeds/feedparser.h"
#include "feeds/googlenews.h"
#include "sync/httpfetcher.h"

namespace Medtour {

SourceProbe::SourceProbe(QObject *parent)
    : SourceProbe(defaultSettings(), parent)
{}

SourceProbe::SourceProbe(const FetchSettings &settings, QObject *parent)
    : QObject(parent)
    , m_fetcher(new HttpFetcher(settings, this))
{
    qRegisterMetaType<Medtour::ProbeResult>();
    connect(m_fetcher, &HttpFetcher::finished, this, &SourceProbe::onFetched);
}

SourceProbe::~SourceProbe() = default;

FetchSettings SourceProbe::defaultSettings()
{
    FetchSettings s;
    s.connectTimeoutMs = 15000;
    s.idleTimeoutMs = 15000;
    s.totalTimeoutMs = 45000;
    s.maxBytes = 8 * 1024 * 1024;
    s.maxRetries = 0;
    return s;
}

void SourceProbe::probe(const QUrl &url)
{
    cancel();
    m_current = m_next++;
    m_url = url;
    qCDebug(lcSync) << "probing" << url;
    FetchRequest request;
    request.id = m_current;
    request.url = url;
    m_fetcher->fetch(request); // a non-http URL fails in HttpFetcher, asynchronously like the rest
}

void SourceProbe::cancel()
{
    if (m_current == 0)
        return;
    m_current = 0;
    m_fetcher->abortAll(QStringLiteral("cancelled"));
}

void SourceProbe::onFetched(const FetchResult &result)
{
    if (result.id != m_current || m_current == 0)
        return; // a superseded or cancelled probe
    m_current = 0;
    ProbeResult out;
    if (result.outcome == FetchResult::Outcome::Failed) {
        out.error = result.error.isEmpty() ? QStringLiteral("the fetch failed") : result.error;
        out.finalUrl = result.finalUrl.isValid() ? result.finalUrl : m_url;
    } else {
        out = examine(result.body, result.finalUrl.isValid() ? result.finalUrl : m_url, result.contentType);
    }
    out.requestedUrl = m_url;
    Q_EMIT finished(out);
}

ProbeResult SourceProbe::examine(const QByteArray &body, const QUrl &finalUrl, const QByteArray &contentType,
                                 int maxItems)
{
    ProbeResult out;
    out.requestedUrl = finalUrl;
    out.finalUrl = finalUrl;
    FeedParseOptions options;
    options.url = finalUrl;
    options.contentType = contentType;
    ParsedFeed feed = FeedParser::parse(body, options);
    if (feed.isFeed()) {
        out.isFeed = true;
        out.title = feed.title;
        out.format = feed.format;
        out.feeds.append(DiscoveredFeed{finalUrl, feed.title, feed.format});
        const bool aggregator = GoogleNews::isGoogleNews(finalUrl);
        for (FeedItem &item : feed.items) {
            if (out.items.size() >= maxItems)
                break;
            if (aggregator)
                GoogleNews::takeOutlet(item);
            out.items.append(item);
        }
        return out;
    }
    out.feeds = FeedDiscovery::fromHtml(body, finalUrl, contentType);
    return out;
}

} // namespace Medtour
