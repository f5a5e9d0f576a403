// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/feed.h"
#include "extract/feeddiscovery.h"
#include "sync/fetchsettings.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

namespace Medtour {

class HttpFetcher;
struct FetchResult;

/// What an address turned out to be. Values only.
struct ProbeResult
{
    QUrl requestedUrl;
    QUrl finalUrl;               ///< after redirects
    bool isFeed = false;         ///< the address is a feed itself (then `feeds` holds just it)
    QString title;               ///< the feed's title, or empty for a page
    QString format;              ///< the feed's format ("rss2.0", …), empty for a page
    QList<DiscoveredFeed> feeds; ///< the feed itself, or the feeds an HTML page links to
    QList<FeedItem> items;       ///< the first items of a feed (outlet taken from Google News titles)
    int articleLinks = 0; ///< a page without feeds: the article links it lists (PageLinkLister), for a `page` source
    QString error;        ///< empty when the fetch worked (a page without feeds is no error)

    bool ok() const { return error.isEmpty(); }
};

/**
 * Looks at an address a user typed before it becomes a source: fetches it asynchronously through
 * the sync module's HttpFetcher (its limits, time-outs and redirect rules) and tells whether it is
 * a feed (title, first items) or an HTML page linking to feeds (`<link rel="alternate">`). The
 * GUI thread never waits: the answer comes in finished(). A new probe() supersedes a running one.
 */
class SourceProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceProbe)

public:
    explicit SourceProbe(QObject *parent = nullptr);
    SourceProbe(const FetchSettings &settings, QObject *parent = nullptr);
    ~SourceProbe() override;

    /// For a probe: small documents, quick failure, no retries.
    static FetchSettings defaultSettings();

    void probe(const QUrl &url);
    void cancel();
    bool isRunning() const { return m_current != 0; }

    /// The pure part, shared with `medtour-cli sources discover`: what these bytes are.
    static ProbeResult examine(const QByteArray &body, const QUrl &finalUrl, const QByteArray &contentType,
                               int maxItems = 20);

Q_SIGNALS:
    void finished(const Medtour::ProbeResult &result);

private:
    void onFetched(const FetchResult &result);

    HttpFetcher *m_fetcher = nullptr;
    qint64 m_current = 0; ///< id of the running fetch, 0 when idle
    qint64 m_next = 1;
    QUrl m_url;
};

} // namespace Medtour

Q_DECLARE_METATYPE(Medtour::ProbeResult)
