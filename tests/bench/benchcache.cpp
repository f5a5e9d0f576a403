// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcache.h"

#include "domain/facets.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"
#include "storage/searchindex.h"
#include "storage/sourcerepository.h"
#include "sync/articlepreparer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace Medtour;
using namespace Qt::StringLiterals;
using namespace BenchCache;

namespace {

struct Generated
{
    FeedItem item;
    QList<Tag> tags;
};

Generated generate(QRandomGenerator &rng, int n, qint64 baseTime)
{
    Generated g;
    const int city = rng.bounded(int(kCities.size()));
    const int country = rng.bounded(int(kCountries.size()));
    const int spec = rng.bounded(int(kSpecialties.size()));
    const int event = rng.bounded(int(kEvents.size()));
    const bool english = rng.bounded(4) == 0;
    FeedItem &item = g.item;
    item.id = u"bench-"_s + QString::number(n);
    item.link = QUrl(u"https://bench.example/%1"_s.arg(n));
    item.published = QDateTime::fromSecsSinceEpoch(baseTime - qint64(rng.bounded(3 * 365 * 86400)), Qt::UTC);
    if (english) {
        item.title = u"%1 hospitals court patients from %2 for %3 care (%4)"_s
                         .arg(kCities[city], kCountryEn[country], kSpecialtySlugs[spec])
                         .arg(n);
        QString body;
        for (int p = 0; p < 4; ++p) {
            body += u"<p>The city of %1 said doctors met %2 patients from %3 seeking %4. Officials expect more "
                    "medical tourists next year as agencies sign referral deals.</p>"_s.arg(kCities[city])
                        .arg(rng.bounded(10, 400))
                        .arg(kCountryEn[country], kSpecialtySlugs[spec]);
        }
        item.contentHtml = body;
        item.language = u"en"_s;
    } else {
        item.title = u"%1시, %2 의료관광 공략…%3 중심 %4 (%5)"_s
                         .arg(kCities[city], kCountries[country], kSpecialties[spec], kEvents[event].left(4))
                         .arg(n);
        QString body;
        const int paragraphs = rng.bounded(3, 7);
        for (int p = 0; p < paragraphs; ++p) {
            body += u"<p>"_s + u"%1시는 %2 현지에서 %3 분야 %4 "_s.arg(kCities[city], kCountries[country],
                                                                       kSpecialties[spec], kEvents[event]);
            for (int s = 0; s < 3; ++s)
                body += kFillers[rng.bounded(int(kFillers.size()))] + u' ';
            body += u"</p>"_s;
        }
        item.contentHtml = body;
        item.language = u"ko"_s;
    }
    item.summary = item.title;
    g.tags << Tag{u"market"_s, kMarketCodes[country]} << Tag{u"region"_s, kRegionCodes[city]}
           << Tag{u"specialty"_s, kSpecialtySlugs[spec]} << Tag{u"event"_s, kEventSlugs[event]};
    if (rng.bounded(3) == 0)
        g.tags << Tag{u"market"_s, kMarketCodes[rng.bounded(int(kMarketCodes.size()))]};
    return g;
}

} // namespace

bool BenchCache::build(Database &db, int articles)
{
    QRandomGenerator rng(20261122);
    SourceRepository sources(db);
    ArticleRepository repo(db);
    FacetRepository facets(db);
    const int sourceCount = 200;
    QList<qint64> sourceIds;
    for (int s = 0; s < sourceCount; ++s) {
        Source source;
        source.name = u"Outlet %1"_s.arg(s);
        source.url = QUrl(u"https://outlet%1.example/rss"_s.arg(s));
        sourceIds << *sources.ensure(source);
    }
    const qint64 base = QDateTime::currentSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    const int batch = 500;
    for (int start = 0; start < articles; start += batch) {
        const qint64 sourceId = sourceIds[(start / batch) % sourceCount];
        QList<FeedItem> items;
        QList<QList<Tag>> tags;
        for (int n = start; n < std::min(articles, start + batch); ++n) {
            Generated g = generate(rng, n, base);
            items << g.item;
            tags << g.tags;
        }
        if (!repo.upsert(sourceId, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items)).ok())
            return false;
        // Tags by guid: ids were assigned in insertion order.
        QSqlDatabase sql = db.db();
        sql.transaction();
        QSqlQuery q(sql);
        q.prepare(u"SELECT id FROM articles WHERE source_id = ? AND guid = ?"_s);
        for (qsizetype i = 0; i < items.size(); ++i) {
            q.addBindValue(sourceId);
            q.addBindValue(items[i].id);
            if (!q.exec() || !q.next())
                return false;
            const qint64 id = q.value(0).toLongLong();
            q.finish();
            if (facets.setTags(id, tags[i]))
                return false;
        }
        sql.commit();
        if ((start / batch) % 20 == 0) {
            std::fprintf(stderr, "\r  built %d / %d articles (%.0f s)", start + int(items.size()), articles,
                         timer.elapsed() / 1000.0);
        }
    }
    std::fprintf(stderr, "\n");
    std::printf("build: %d articles in %.1f s (%.0f articles/s)\n", articles, timer.elapsed() / 1000.0,
                articles / (timer.elapsed() / 1000.0));
    return true;
}

bool BenchCache::catchUp(Database &db)
{
    const Result<int> waiting = SearchIndex::pendingCount(db.db());
    if (!waiting || *waiting == 0)
        return waiting.ok();
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const Result<int> indexed = SearchIndex::indexPendingBatch(db, 2000);
        if (!indexed) {
            std::fprintf(stderr, "cannot index the cache for search: %s\n", qPrintable(indexed.error().detail));
            return false;
        }
        if (*indexed == 0)
            break;
    }
    std::printf("indexed %d waiting articles for search first (%.1f s)\n", *waiting, timer.elapsed() / 1000.0);
    return true;
}
