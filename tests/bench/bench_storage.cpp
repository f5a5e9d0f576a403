// SPDX-License-Identifier: GPL-3.0-or-later
// Cache benchmark: builds a cache of N synthetic articles (or reuses one built before) and prints
// p50/p95 for full-text search, filter+facet queries and the first page of the list.
//
//   bench_storage [--articles 100000] [--db /tmp/medtour-bench-100000.sqlite] [--rebuild]
#include "benchcache.h"
#include "domain/facets.h"
#include "mustread.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"
#include "storage/sourcerepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace Medtour;
using namespace Qt::StringLiterals;
using namespace BenchCache;

namespace {

struct Stats
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
    double cpuP50 = 0; ///< the same for this thread's CPU time, which other processes do not inflate
    double cpuP95 = 0;
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double percentile(QList<double> ms, double p)
{
    std::sort(ms.begin(), ms.end());
    return ms[std::min<qsizetype>(ms.size() - 1, qsizetype(p * ms.size()))];
}

template<typename F>
Stats measure(int rounds, F &&work)
{
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        const double cpu0 = threadCpuMs();
        t.start();
        work(i);
        wall << t.nsecsElapsed() / 1e6;
        cpu << threadCpuMs() - cpu0;
    }
    return {percentile(wall, 0.5), percentile(wall, 0.95), percentile(wall, 1.0), percentile(cpu, 0.5),
            percentile(cpu, 0.95)};
}

/// What a filter query selects, for the verbose per-query lines.
QString describe(const ArticleQuery &q)
{
    QStringList parts;
    for (const FacetKind kind : {FacetKind::Market, FacetKind::Region, FacetKind::Specialty}) {
        if (!q.selected(kind).isEmpty())
            parts << tagKindName(kind) + u'=' + q.selected(kind).join(u',');
    }
    if (!q.text.isEmpty())
        parts << u"text=" + q.text;
    if (q.unreadOnly)
        parts << u"unread"_s;
    if (q.since.isValid())
        parts << u"90 days"_s;
    return parts.isEmpty() ? u"(none)"_s : parts.join(u' ');
}

void row(const char *name, const Stats &s, double target)
{
    std::printf("%-30s p50 %7.2f  p95 %7.2f  max %7.2f ms | cpu p50 %6.2f  p95 %6.2f ms | target p95 <= %.0f ms %s\n",
                name, s.p50, s.p95, s.max, s.cpuP50, s.cpuP95, target, s.p95 <= target ? "OK" : "MISSED");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"medtour.*.debug=false\nmedtour.*.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"articles"_s, u"Cache size."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"db"_s, u"Cache file (reused when it already has the articles)."_s, u"path"_s});
    parser.addOption({u"rebuild"_s, u"Build the cache again even if it exists."_s});
    parser.process(app);
    const int articles = parser.value(u"articles"_s).toInt();
    const QString path =
        parser.isSet(u"db"_s) ? parser.value(u"db"_s) : u"/tmp/medtour-bench-%1.sqlite"_s.arg(articles);
    if (parser.isSet(u"rebuild"_s)) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1StringView(suffix));
    }

    Database db(u"bench"_s);
    if (const Error e = db.open(path)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(e.detail));
        return 1;
    }
    ArticleRepository repo(db);
    if (mustRead(repo.count({})) != articles) {
        if (mustRead(repo.count({})) != 0) {
            std::fprintf(stderr, "%s holds another cache; pass --rebuild\n", qPrintable(path));
            return 1;
        }
        if (!BenchCache::build(db, articles))
            return 1;
        QSqlQuery(db.db()).exec(u"INSERT INTO article_fts (article_fts) VALUES ('optimize')"_s);
        QSqlQuery(db.db()).exec(u"PRAGMA optimize"_s);
    } else if (!BenchCache::catchUp(db)) {
        return 1;
    }
    std::printf("cache: %d articles, %.0f MB (%s)\n", mustRead(repo.count({})), QFileInfo(path).size() / 1048576.0,
                qPrintable(path));

    // 50 searches: Korean of 1, 2, 3+ syllables, English, phrases, OR, exclusions.
    const QStringList searches = {
        u"암"_s,
        u"몽골"_s,
        u"대전"_s,
        u"부산"_s,
        u"척추"_s,
        u"한방"_s,
        u"검진"_s,
        u"협약"_s,
        u"통역"_s,
        u"실적"_s,
        u"카자흐"_s,
        u"에이전시"_s,
        u"설명회"_s,
        u"팸투어"_s,
        u"의료관광"_s,
        u"우즈베키스탄"_s,
        u"외국인 환자"_s,
        u"\"외국인 환자\""_s,
        u"대전 몽골"_s,
        u"부산 러시아 척추"_s,
        u"몽골 OR 러시아"_s,
        u"대전 -협약"_s,
        u"Kazakhstan"_s,
        u"mongolia"_s,
        u"urology"_s,
        u"\"medical tourists\""_s,
        u"referral"_s,
        u"Daejeon Vietnam"_s,
        u"oncology OR cardiology"_s,
        u"spine*"_s,
        u"인천 검진"_s,
        u"제주 한방"_s,
        u"청주"_s,
        u"전주 피부과"_s,
        u"심장내과"_s,
        u"비뇨"_s,
        u"성형"_s,
        u"상담"_s,
        u"하반기"_s,
        u"참석"_s,
        u"견적"_s,
        u"숙박"_s,
        u"일본 OR 중국"_s,
        u"태국 -부산"_s,
        u"키르기스스탄"_s,
        u"Seoul"_s,
        u"patients"_s,
        u"agencies"_s,
        u"대구 정형외과"_s,
        u"광주 -한방"_s,
    };
    // The in-memory index loads once per session (in the reader, off the GUI thread); time it apart.
    FacetRepository facets(db);
    QElapsedTimer load;
    load.start();
    mustRead(facets.counts({}));
    const double loadMs = load.nsecsElapsed() / 1e6;

    const bool verbose = qEnvironmentVariableIsSet("BENCH_VERBOSE");
    const Stats search = measure(int(searches.size()), [&](int i) {
        QElapsedTimer one;
        one.start();
        ArticleQuery q;
        q.text = searches[i];
        mustRead(repo.search(q, 50));
        if (verbose)
            std::printf("  %-28s %7.2f ms\n", qPrintable(searches[i]), one.nsecsElapsed() / 1e6);
    });

    QList<ArticleQuery> filters;
    for (int i = 0; i < 30; ++i) {
        ArticleQuery q;
        if (i % 3 == 0)
            q.selected(FacetKind::Market) = {kMarketCodes[i % kMarketCodes.size()]};
        if (i % 4 == 1)
            q.selected(FacetKind::Region) = {kRegionCodes[i % kRegionCodes.size()]};
        if (i % 5 == 2)
            q.text = searches[i];
        if (i % 6 == 3)
            q.unreadOnly = true;
        if (i % 7 == 4)
            q.since = QDateTime::currentDateTimeUtc().addDays(-90);
        if (i % 8 == 5)
            q.selected(FacetKind::Specialty) = {kSpecialtySlugs[i % kSpecialtySlugs.size()]};
        filters << q;
    }
    const Stats listOnly = measure(int(filters.size()), [&](int i) { mustRead(repo.page(filters[i], {}, 200)); });
    const Stats facetsOnly = measure(int(filters.size()), [&](int i) { mustRead(facets.counts(filters[i])); });
    const Stats filterFacets = measure(int(filters.size()), [&](int i) {
        QElapsedTimer one;
        one.start();
        mustRead(repo.page(filters[i], {}, 200));
        const double pageMs = one.nsecsElapsed() / 1e6;
        mustRead(facets.counts(filters[i]));
        if (verbose)
            std::printf("  filter %2d: page %7.2f  facets %7.2f ms  %s\n", i, pageMs, one.nsecsElapsed() / 1e6 - pageMs,
                        qPrintable(describe(filters[i])));
    });
    const Stats firstPage = measure(30, [&](int) { mustRead(repo.page({}, {}, 200)); });

    double loadAverage[3] = {};
    if (getloadavg(loadAverage, 3) > 0)
        std::printf("\nmachine load average while measuring: %.2f (figures inflate when it exceeds the cores)\n",
                    loadAverage[0]);
    std::printf("%d articles\n", articles);
    row("search (50 queries, top 50)", search, 30);
    row("filter + facets (30 queries)", filterFacets, 50);
    row("  of which the list page", listOnly, 50);
    row("  of which the facet counts", facetsOnly, 50);
    std::printf("in-memory filter index load: %.0f ms (once per session)\n", loadMs);
    row("first page (200 rows)", firstPage, 10);
    return 0;
}
