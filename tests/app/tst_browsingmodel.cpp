// SPDX-License-Identifier: GPL-3.0-or-later
// The browsing model without widgets: a cache filled from the embedded sample (its dates placed by a
// clock the test gives), the list under a query with its counts, the index loading off the thread,
// selection moves that mark read, star/read toggles, and the trend read against the model's clock.
#include "models/articlelistmodel.h"
#include "models/browsingmodel.h"
#include "mustread.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"
#include "storage/sourcerepository.h"
#include "sync/articlepreparer.h"
#include "sync/feedingester.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

/// A day the sample is placed on, far from the calendar the test runs in.
const QDateTime kImportDay(QDate(2031, 5, 14), QTime(18, 0), Qt::LocalTime);

/// One cache file with the sample, and the GUI thread's view of it.
struct Reader
{
    explicit Reader(const QString &path)
    {
        QVERIFY(!database.open(path));
        if (mustRead(ArticleRepository(database).count({})) == 0)
            QVERIFY(SampleData::importIfEmpty(database, kImportDay).ok());
        articles = std::make_unique<ArticleRepository>(database);
        facets = std::make_unique<FacetRepository>(database);
        browsing = std::make_unique<BrowsingModel>(database, *articles, *facets);
        browsing->setClock([] { return kImportDay; });
    }
    Database database{u"browsing"_s};
    std::unique_ptr<ArticleRepository> articles;
    std::unique_ptr<FacetRepository> facets;
    std::unique_ptr<BrowsingModel> browsing;
};

UserState stateOf(Database &db, qint64 id)
{
    return ArticleRepository(db).article(id)->summary.state;
}

} // namespace

class tst_BrowsingModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listAndCountsFollowTheQuery();
    void indexLoadsOffThreadAndReloads();
    void selectionMovesAndMarksRead();
    void togglesFollowTheCurrentRow();
    void selectsHiddenCopiesWithoutARow();
    void trendReadsTheModelsClock();
    void emptinessSaysWhy();

private:
    QString cache(const QString &name) { return m_dir.filePath(name + u".sqlite"_s); }
    QTemporaryDir m_dir;
};

void tst_BrowsingModel::listAndCountsFollowTheQuery()
{
    Reader reader(cache(u"query"_s));
    BrowsingModel &model = *reader.browsing;
    QAbstractItemModelTester tester(model.list(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &BrowsingModel::countsChanged);
    QSignalSpy shown(&model, &BrowsingModel::articleShown);
    model.start({});
    QVERIFY(model.list()->rowCount() > 0); // the list at once, the counts once the index is loaded
    QTRY_VERIFY(counted.size() >= 1);
    const int all = mustRead(reader.articles->count({}));
    QVERIFY(all >= 30);
    QCOMPARE(model.counts().total, all);
    const QList<FacetValue> markets = model.counts().values.at(FacetKind::Market);
    QVERIFY(!markets.isEmpty());

    // A market: the list and the total follow, the market facet still counts the others.
    ArticleQuery kz;
    kz.selected(FacetKind::Market) = {markets.first().value};
    model.setQuery(kz);
    QCOMPARE(shown.last().first().toLongLong(), 0); // a new query clears the article shown
    QCOMPARE(model.counts().total, markets.first().count);
    while (model.list()->canFetchMore({}))
        model.list()->fetchMore({});
    QCOMPARE(model.list()->rowCount(), markets.first().count);
    for (int row = 0; row < model.list()->rowCount(); ++row)
        QVERIFY(model.list()->summaryAt(row)->markets.contains(markets.first().value));
    QCOMPARE(model.counts().values.at(FacetKind::Market).size(), markets.size());

    // The list's sort survives a new filter.
    model.sortByColumn(ArticleListModel::RelevanceColumn);
    model.setQuery({});
    QCOMPARE(model.query().sort, ArticleQuery::Sort::Relevance);
    QCOMPARE(model.counts().total, all);
}

void tst_BrowsingModel::indexLoadsOffThreadAndReloads()
{
    Reader reader(cache(u"reload"_s));
    BrowsingModel &model = *reader.browsing;
    QSignalSpy counted(&model, &BrowsingModel::countsChanged);
    model.start({});
    QTRY_VERIFY(counted.size() >= 1);
    const int before = model.counts().total;
    const int rowsBefore = model.list()->rowCount();

    // Another connection (a sync) adds an article: reload() shows it once the index is rebuilt.
    {
        Database sync(u"sync"_s);
        QVERIFY(!sync.open(cache(u"reload"_s)));
        Source source;
        source.url = QUrl(u"https://late.example/rss"_s);
        source.name = u"Late"_s;
        const Result<qint64> id = SourceRepository(sync).ensure(source);
        QVERIFY(id.ok());
        FeedItem item;
        item.id = u"late"_s;
        item.title = u"카자흐스탄 환자 유치 설명회"_s;
        item.published = kImportDay;
        QVERIFY(ArticleRepository(sync).upsert(*id, {item}, kImportDay, ArticlePreparer::prepareAll({item})).ok());
    }
    counted.clear();
    model.reload();
    QTRY_COMPARE(model.counts().total, before + 1);
    QVERIFY(model.list()->rowCount() >= qMin(rowsBefore + 1, before + 1));
    QCOMPARE(model.list()->summaryAt(0)->title, u"카자흐스탄 환자 유치 설명회"_s); // newest first
}

void tst_BrowsingModel::selectionMovesAndMarksRead()
{
    Reader reader(cache(u"moves"_s));
    BrowsingModel &model = *reader.browsing;
    model.setQuery({});
    QSignalSpy shown(&model, &BrowsingModel::articleShown);
    QCOMPARE(model.currentId(), 0);
    const qint64 first = model.list()->summaryAt(0)->id;
    const qint64 second = model.list()->summaryAt(1)->id;
    QVERIFY(!stateOf(reader.database, first).read);

    model.next(); // from nowhere: the first row
    QCOMPARE(model.currentId(), first);
    QCOMPARE(shown.last().first().toLongLong(), first);
    QVERIFY(stateOf(reader.database, first).read);
    QVERIFY(model.list()->index(0, 0).data(ArticleListModel::ReadRole).toBool());
    model.next();
    QCOMPARE(model.currentId(), second);
    QCOMPARE(model.selectedIds(), QList<qint64>{second}); // the current row is selected alone
    model.previous();
    model.previous(); // stays on the first row
    QCOMPARE(model.currentId(), first);

    // Moving past the loaded rows fetches the next page.
    model.list()->setPageSize(5);
    model.setQuery({});
    QCOMPARE(model.list()->rowCount(), 5);
    QVERIFY(model.selectArticle(model.list()->summaryAt(4)->id));
    model.next();
    QVERIFY(model.list()->rowCount() > 5);
    QCOMPARE(model.selection()->currentIndex().row(), 5);

    // selectArticle() pages until it finds the article.
    const int total = mustRead(reader.articles->count({}));
    const qint64 last = mustRead(reader.articles->page({}, {}, total)).constLast().id;
    QVERIFY(model.selectArticle(last));
    QCOMPARE(model.currentId(), last);
    QCOMPARE(model.list()->rowOf(last), total - 1);
}

void tst_BrowsingModel::togglesFollowTheCurrentRow()
{
    Reader reader(cache(u"toggles"_s));
    BrowsingModel &model = *reader.browsing;
    model.setQuery({});
    const qint64 a = model.list()->summaryAt(0)->id;
    const qint64 b = model.list()->summaryAt(2)->id;
    QVERIFY(model.selectArticle(a));
    model.selection()->select(model.list()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(model.selectedIds(), (QList<qint64>{a, b}));
    QCOMPARE(model.selectedRowIds(), (QList<qint64>{a, b}));

    model.toggleStar(); // the current row was not starred: both are now
    QVERIFY(stateOf(reader.database, a).starred && stateOf(reader.database, b).starred);
    QVERIFY(model.list()->index(2, 0).data(ArticleListModel::StarredRole).toBool());
    model.toggleStar();
    QVERIFY(!stateOf(reader.database, a).starred && !stateOf(reader.database, b).starred);

    // The current row was marked read when selected, so toggling makes both unread.
    model.toggleRead();
    QVERIFY(!stateOf(reader.database, a).read && !stateOf(reader.database, b).read);
    QVERIFY(!model.list()->index(0, 0).data(ArticleListModel::ReadRole).toBool());
    model.toggleRead();
    QVERIFY(stateOf(reader.database, a).read && stateOf(reader.database, b).read);

    // Nothing current: nothing changes.
    model.selection()->clear();
    model.toggleStar();
    QVERIFY(!stateOf(reader.database, a).starred);
    QVERIFY(model.selectedRowIds().isEmpty());
}

void tst_BrowsingModel::selectsHiddenCopiesWithoutARow()
{
    Reader reader(cache(u"hidden"_s));
    BrowsingModel &model = *reader.browsing;
    model.setQuery({});
    QSignalSpy shown(&model, &BrowsingModel::articleShown);
    // An article outside the filter: shown, but no row is current and it is not marked read.
    const qint64 outside = model.list()->summaryAt(0)->id;
    ArticleQuery none;
    none.text = u"zzzznotaword"_s;
    model.setQuery(none);
    QCOMPARE(model.list()->rowCount(), 0);
    QVERIFY(!model.selectArticle(outside));
    QCOMPARE(shown.last().first().toLongLong(), outside);
    QCOMPARE(model.currentId(), 0);
    QVERIFY(!stateOf(reader.database, outside).read);
    QVERIFY(!model.currentLink().isValid());
}

void tst_BrowsingModel::trendReadsTheModelsClock()
{
    Reader reader(cache(u"trend"_s));
    BrowsingModel &model = *reader.browsing;
    QSignalSpy trended(&model, &BrowsingModel::trendChanged);
    model.setQuery({});
    QCOMPARE(trended.size(), 0); // nobody looks at it: not computed
    model.setTrendShown(true);
    QCOMPARE(trended.size(), 1);
    const MarketTrend &trend = model.trend();
    QCOMPARE(trend.weeks, BrowsingModel::kTrendWeeks);
    QVERIFY(!trend.markets.isEmpty());
    // The last week is the clock's.
    const QDate lastMonday = trend.firstWeek.date().addDays(7 * (trend.weeks - 1));
    const QDate clockDay = kImportDay.toUTC().date();
    QVERIFY(lastMonday <= clockDay && clockDay < lastMonday.addDays(7));
    int inTrend = 0;
    for (const QList<int> &series : trend.counts) {
        for (const int n : series)
            inTrend += n;
    }
    QVERIFY(inTrend > 0);

    // A year later the same cache has nothing in the trend's weeks.
    model.setClock([] { return kImportDay.addYears(1); });
    model.setQuery({});
    QVERIFY(model.trend().markets.isEmpty());
    // And while hidden, the trend is left alone.
    model.setTrendShown(false);
    const int calls = int(trended.size());
    model.setQuery({});
    QCOMPARE(trended.size(), calls);
}

void tst_BrowsingModel::emptinessSaysWhy()
{
    Database empty(u"empty"_s);
    QVERIFY(!empty.open(cache(u"empty"_s)));
    ArticleRepository articles(empty);
    FacetRepository facets(empty);
    BrowsingModel model(empty, articles, facets);
    QSignalSpy emptiness(&model, &BrowsingModel::emptinessChanged);
    model.setQuery({});
    QCOMPARE(model.emptiness(), BrowsingModel::Emptiness::EmptyCache);
    QCOMPARE(emptiness.last().first().value<BrowsingModel::Emptiness>(), BrowsingModel::Emptiness::EmptyCache);

    Reader reader(cache(u"matches"_s));
    ArticleQuery none;
    none.text = u"zzzznotaword"_s;
    reader.browsing->setQuery(none);
    QCOMPARE(reader.browsing->emptiness(), BrowsingModel::Emptiness::NoMatches);
    reader.browsing->setQuery({});
    QCOMPARE(reader.browsing->emptiness(), BrowsingModel::Emptiness::HasRows);
}

QTEST_GUILESS_MAIN(tst_BrowsingModel)
#include "tst_browsingmodel.moc"
