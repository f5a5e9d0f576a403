// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceprobe.h"

#include "core/logging.h"
#include "extract/pagelinklister.h"
#include "feeds/feedparser.h"
#include "feeds/googlenews.h"
#include "sync/httpfetcher.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <memory>

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
    m_fetcher->fetch(request);
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
    const QUrl requested = m_url;
    const QUrl finalUrl = result.finalUrl.isValid() ? result.finalUrl : m_url;
    if (result.outcome == FetchResult::Outcome::Failed) {
        ProbeResult out;
        out.error = result.error.isEmpty() ? QStringLiteral("the fetch failed") : result.error;
        out.requestedUrl = requested;
        out.finalUrl = finalUrl;
        // HttpFetcher refuses some addresses (not http) inside fetch(): answer from the event
        // loop all the same, so that a caller never gets finished() before probe() returns.
        const qint64 id = m_current;
        QMetaObject::invokeMethod(
            this,
            [this, id, out] {
                if (id != m_current)
                    return;
                m_current = 0;
                Q_EMIT finished(out);
            },
            Qt::QueuedConnection);
        return;
    }
    // Parsing a few megabytes of HTML or XML takes a while: a pool thread does it, and the
    // answer comes back through a watcher that belongs to this object (and dies with it).
    const qint64 id = m_current;
    auto promise = std::make_shared<QPromise<ProbeResult>>();
    auto *watcher = new QFutureWatcher<ProbeResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id, requested] {
        watcher->deleteLater();
        if (id != m_current || watcher->future().resultCount() == 0)
            return;
        m_current = 0;
        ProbeResult out = watcher->future().result();
        out.requestedUrl = requested;
        Q_EMIT finished(out);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, body = result.body, finalUrl, type = result.contentType] {
        promise->addResult(examine(body, finalUrl, type));
        promise->finish();
    });
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
    if (out.feeds.isEmpty()) // what a `page` source would follow instead
        out.articleLinks = int(PageLinkLister::list(body, finalUrl, contentType).links.size());
    return out;
}

} // namespace Medtour
