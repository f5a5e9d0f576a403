// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/feed.h"

#include <QHash>

namespace Medtour {

class ClusterPlacer;
class HttpFetcher;
struct FetchResult;
struct SyncRun;

/// Completes summary-only items from their own pages, after their feed is stored: the items of
/// "fetch full page" sources and every article a `page` source lists. A page that cannot be read
/// leaves the summary (or the bare title) as it is; a `page` source asks again at later syncs, up
/// to a limit (PageFetchRepository).
class PageCompleter final
{
public:
    PageCompleter(SyncRun &run, HttpFetcher &fetcher, ClusterPlacer &placer);
    Q_DISABLE_COPY_MOVE(PageCompleter)

    /// Fetches the pages of `items` (at most FeedIngester::kMaxPageLinks a source and sync).
    void fetch(const Source &source, const QList<FeedItem> &items);
    /// A page's fetch ended (FetchPurpose::Page).
    void complete(const FetchResult &page);
    /// Pages asked for whose fetch has not ended.
    bool busy() const { return !m_jobs.isEmpty(); }

private:
    /// A page fetch's own key, apart from the sources' ids the fetcher also carries.
    struct Key
    {
        quint64 value = 0;
        friend bool operator==(Key a, Key b) { return a.value == b.value; }
        friend size_t qHash(Key key, size_t seed = 0) { return ::qHash(key.value, seed); }
    };
    struct Job
    {
        Source source;
        FeedItem item;
    };
    void noteFailure(const Job &job, bool gone, const QString &error);

    SyncRun &m_run;
    HttpFetcher &m_fetcher;
    ClusterPlacer &m_placer;
    QHash<Key, Job> m_jobs;
    quint64 m_nextKey = 1;
};

} // namespace Medtour
