// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagecompleter.h"

#include "core/logging.h"
#include "extract/pageextractor.h"
#include "storage/pagefetchrepository.h"
#include "storage/transaction.h"
#include "sync/clusterplacer.h"
#include "sync/httpfetcher.h"
#include "sync/syncrun_p.h"

namespace Medtour {

PageCompleter::PageCompleter(SyncRun &run, HttpFetcher &fetcher, ClusterPlacer &placer)
    : m_run(run)
    , m_fetcher(fetcher)
    , m_placer(placer)
{}

void PageCompleter::fetch(const Source &source, const QList<FeedItem> &items)
{
    // A bounded number per source and sync: a feed of 500 summaries must not mean 500 page loads at once.
    constexpr int kMaxPagesPerSource = FeedIngester::kMaxPageLinks; // a `page` source's links, all of them
    for (const FeedItem &item : items.mid(0, kMaxPagesPerSource)) {
        const Key key{m_nextKey++};
        m_jobs.insert(key, {source, item});
        FetchRequest request;
        request.id = qint64(key.value);
        request.purpose = FetchPurpose::Page;
        request.url = item.link;
        m_fetcher.fetch(request);
    }
}

void PageCompleter::complete(const FetchResult &page)
{
    const Job job = m_jobs.take(Key{quint64(page.id)});
    if (m_run.cancelled)
        return;
    if (page.outcome != FetchResult::Outcome::Ok) {
        // The summary stays; the article is still there, only shorter.
        qCInfo(lcSync) << "page" << job.item.link << "not fetched:" << page.error;
        noteFailure(job, page.httpStatus == 404 || page.httpStatus == 410, page.error);
        return;
    }
    const ExtractedPage extracted = PageExtractor().extract(page.body, page.finalUrl, page.contentType);
    Savepoint part(m_run.database); // in a batch
    const Result<bool> completed = m_run.ingester->completeFromPage(job.item, extracted, job.source);
    if (completed && part.began() && part.release())
        m_run.ingester->takeToPlace(); // rolled back after all: nothing of it to place
    if (!completed)
        qCWarning(lcSync) << "could not complete" << job.item.link << "from its page:" << completed.error().detail;
    else if (*completed)
        qCDebug(lcSync) << "completed" << job.item.link << "from its page";
    else
        noteFailure(job, false, QStringLiteral("no article text on the page"));
    m_placer.placeStored();
}

void PageCompleter::noteFailure(const Job &job, bool gone, const QString &error)
{
    // Only a `page` source asks again for pages it could not read; a feed's article keeps its
    // summary and is not fetched twice.
    if (job.source.kind != Source::Kind::Page)
        return;
    if (const Error e = PageFetchRepository(m_run.database)
                            .noteFailure(job.source.id, PreparedArticle::guidOf(job.item), gone, error))
        qCWarning(lcSync) << "cannot note the failed page" << job.item.link << e.detail;
}

} // namespace Medtour
