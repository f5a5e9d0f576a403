// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteimageloader.h"

#include "sync/httpfetcher.h"

namespace Medtour {

namespace {

FetchSettings imageSettings()
{
    FetchSettings s;
    s.connectTimeoutMs = 10000;
    s.idleTimeoutMs = 10000;
    s.totalTimeoutMs = 30000;
    s.maxBytes = RemoteImageLoader::kMaxImageBytes;
    s.maxRetries = 0;
    s.maxConcurrent = 4;
    s.maxPerHost = 2;
    return s;
}

} // namespace

RemoteImageLoader::RemoteImageLoader(QObject *parent)
    : RemoteImageLoader(imageSettings(), parent)
{}

RemoteImageLoader::RemoteImageLoader(const FetchSettings &settings, QObject *parent)
    : QObject(parent)
    , m_fetcher(new HttpFetcher(settings, this))
{
    connect(m_fetcher, &HttpFetcher::finished, this, &RemoteImageLoader::onFinished);
}

RemoteImageLoader::~RemoteImageLoader() = default;

bool RemoteImageLoader::request(const QUrl &url)
{
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return false;
    if (m_asked.contains(url))
        return true;
    if (m_asked.size() >= kMaxImagesPerArticle)
        return false;
    m_asked.insert(url);
    const qint64 id = m_nextId++;
    m_inFlight.insert(id, url);
    FetchRequest fetch;
    fetch.id = id;
    fetch.url = url;
    m_fetcher->fetch(fetch);
    return true;
}

void RemoteImageLoader::clear()
{
    m_inFlight.clear(); // results still to come are dropped in onFinished()
    m_asked.clear();
    m_fetcher->abortAll(QStringLiteral("another article is shown"));
}

void RemoteImageLoader::onFinished(const FetchResult &result)
{
    const QUrl url = m_inFlight.take(result.id);
    if (url.isEmpty())
        return;
    if (result.outcome == FetchResult::Outcome::Ok)
        Q_EMIT loaded(url, result.body);
    else
        Q_EMIT failed(url, result.error);
}

} // namespace Medtour
