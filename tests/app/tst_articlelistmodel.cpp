// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/articlelistmodel.h"
#include "mustread.h"
#include "storage/articlerepository.h"
#include "storage/clusterrepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"
#include "storage/sourcerepository.h"
#include "sync/articlepreparer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_ArticleListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesLazily();
    void queryResets();
    void stateUpdateEmitsDataChanged();
    void sortsByRelevanceAcrossPages();
    void sortsBySource();
    void collapsesClusters();
    void showsCopiesAndMarkets();
    void publishedIsRelativeToday();
    void marketTrendCountsWeeks();

private:
    QTemporaryDir m_dir;
    Database m_db{u"model"_s};
    QList<qint64> m_extraSources;
};

void tst_ArticleListModel::initTestCase()
{
    QVERIFY(!m_db.open(m_dir.filePath(u"m.sqlite"_s)));
    Source source;
    source.url = QUrl(u"https://e.example/rss"_s);
    source.name = u"E"_s;
    const qint64 sourceId = *SourceRepository(m_db).ensure(source);
    QList<FeedItem> items;
    for (int i = 0; i < 450; ++i) {
        FeedItem item;
        item.id = QString::number(i);
        item.title = (i % 3 == 0 ? u"Kazakhstan story %1"_s : u"Other story %1"_s).arg(i);
        item.published = QDateTime::fromSecsSinceEpoch(1'750'000'000 + i * 60, Qt::UTC);
        items << item;
    }
    QVERIFY(ArticleRepository(m_db)
                .upsert(sourceId, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items))
                .ok());
}

void tst_ArticleListModel::pagesLazily()
{
    ArticleRepository repo(m_db);
    ArticleListModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(100);
    model.reload();
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore({}));
    int fetches = 0;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++fetches;
    }
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(fetches, 4); // 100 + 4 × up to 100 = 450 (the last page is short)
    // Newest first, strictly ordered.
    QVERIFY(model.data(model.index(0, ArticleListModel::TitleColumn)).toString().endsWith(u" 449"_s));
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row - 1, 0).data(ArticleListModel::PublishedRole).toDateTime() >
                model.index(row, 0).data(ArticleListModel::PublishedRole).toDateTime());
    }
}

void tst_ArticleListModel::queryResets()
{
    ArticleRepository repo(m_db);
    ArticleListModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ArticleQuery q;
    q.text = u"kazakhstan"_s;
    model.setQuery(q);
    QCOMPARE(reset.count(), 1);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 150);
}

void tst_ArticleListModel::stateUpdateEmitsDataChanged()
{
    ArticleRepository repo(m_db);
    ArticleListModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const qint64 id = model.index(3, 0).data(ArticleListModel::IdRole).toLongLong();
    UserState state;
    state.starred = true;
    model.updateState(id, state);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(3, 0).data(ArticleListModel::StarredRole).toBool(), true);
}

void tst_ArticleListModel::sortsByRelevanceAcrossPages()
{
    ArticleRepository repo(m_db);
    // Relevance i % 7 / 10: many ties, so paging must continue within a relevance value.
    for (int i = 0; i < 450; ++i)
        QVERIFY(!repo.setRelevance(i + 1, (i % 7) / 10.0, "[]"));
    ArticleListModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(37);
    model.reload();
    model.sort(ArticleListModel::RelevanceColumn);
    QCOMPARE(model.sortColumn(), int(ArticleListModel::RelevanceColumn));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.insert(model.index(row, 0).data(ArticleListModel::IdRole).toLongLong());
        if (row == 0)
            continue;
        const double before = model.index(row - 1, 0).data(ArticleListModel::RelevanceRole).toDouble();
        const double here = model.index(row, 0).data(ArticleListModel::RelevanceRole).toDouble();
        QVERIFY(before >= here);
        if (before == here) {
            QVERIFY(model.index(row - 1, 0).data(ArticleListModel::PublishedRole).toDateTime() >
                    model.index(row, 0).data(ArticleListModel::PublishedRole).toDateTime());
        }
    }
    QCOMPARE(seen.size(), 450); // no row twice, none lost at page edges
    QCOMPARE(model.index(0, ArticleListModel::RelevanceColumn).data().toString(), u"60"_s);
    for (int i = 0; i < 450; ++i)
        QVERIFY(!repo.setRelevance(i + 1, 0.0, "[]"));
}

void tst_ArticleListModel::sortsBySource()
{
    Source z;
    z.url = QUrl(u"https://z.example/rss"_s);
    z.name = u"Zeta"_s;
    Source a;
    a.url = QUrl(u"https://a.example/rss"_s);
    a.name = u"Alpha"_s;
    const qint64 zId = *SourceRepository(m_db).ensure(z);
    const qint64 aId = *SourceRepository(m_db).ensure(a);
    FeedItem item;
    item.id = u"z1"_s;
    item.title = u"From zeta"_s;
    item.published = QDateTime::fromSecsSinceEpoch(1'760'000'000, Qt::UTC);
    QVERIFY(ArticleRepository(m_db)
                .upsert(zId, {item}, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll({item}))
                .ok());
    item.id = u"a1"_s;
    item.title = u"From alpha"_s;
    item.published = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    QVERIFY(ArticleRepository(m_db)
                .upsert(aId, {item}, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll({item}))
                .ok());

    ArticleRepository repo(m_db);
    ArticleListModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ArticleQuery q;
    q.sort = ArticleQuery::Sort::Source;
    model.setPageSize(50);
    model.setQuery(q);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 452);
    QCOMPARE(model.index(0, ArticleListModel::SourceColumn).data().toString(), u"Alpha"_s);
    QCOMPARE(model.index(1, ArticleListModel::SourceColumn).data().toString(), u"E"_s);
    QCOMPARE(model.index(451, ArticleListModel::SourceColumn).data().toString(), u"Zeta"_s);
    m_extraSources = {zId, aId};
}

void tst_ArticleListModel::collapsesClusters()
{
    ArticleRepository repo(m_db);
    ClusterRepository clusters(m_db);
    // Articles 1..5 are one story (article 5 is the newest copy); 10 and 11 another.
    QVERIFY(!clusters.record(1, "s1", 900, {}, 1, 5));
    for (qint64 id = 2; id <= 5; ++id)
        QVERIFY(!clusters.record(id, "s", 900, {}, 1, 5));
    QVERIFY(!clusters.record(10, "s10", 901, {}, 10, 2));
    QVERIFY(!clusters.record(11, "s11", 901, {}, 10, 2));

    ArticleQuery q;
    q.sourceIds = {1};
    const int all = mustRead(repo.count(q));
    QCOMPARE(all, 450);
    q.collapseClusters = true;
    QCOMPARE(mustRead(repo.count(q)), 450 - 4 - 1);
    ArticleListModel model(repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(100);
    model.setQuery(q);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 445);
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(ArticleListModel::IdRole).toLongLong();
    QVERIFY(ids.contains(5)); // the newest copy stands for its story
    for (qint64 id : {1, 2, 3, 4, 10})
        QVERIFY2(!ids.contains(id), qPrintable(QString::number(id)));
    QVERIFY(ids.contains(11));
    const int row5 = model.rowOf(5);
    QCOMPARE(model.index(row5, 0).data(ArticleListModel::CopiesRole).toInt(), 5);
    QCOMPARE(model.index(row5, ArticleListModel::CopiesColumn).data().toString(), u"5"_s);
    // When the newest copy is filtered out, the newest remaining copy stands for the story.
    q.until = QDateTime::fromSecsSinceEpoch(1'750'000'000 + 4 * 60, Qt::UTC); // before id 5
    model.setQuery(q);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(ArticleListModel::IdRole).toLongLong(), 4);
}

void tst_ArticleListModel::showsCopiesAndMarkets()
{
    FacetRepository facets(m_db);
    QVERIFY(!facets.setTags(7, {{u"market"_s, u"UZ"_s}, {u"market"_s, u"KZ"_s}, {u"region"_s, u"KR-30"_s}}));
    ArticleRepository repo(m_db);
    ArticleListModel model(repo);
    model.setPageSize(500);
    model.reload();
    const int row = model.rowOf(7);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ArticleListModel::MarketsColumn).data().toString(), u"KZ, UZ"_s);
    QCOMPARE(model.index(row, 0).data(ArticleListModel::MarketsRole).toStringList(), QStringList({u"KZ"_s, u"UZ"_s}));
    QCOMPARE(model.index(row, ArticleListModel::CopiesColumn).data().toString(), QString());
    QVERIFY(
        model.index(row, ArticleListModel::MarketsColumn).data(Qt::ToolTipRole).toString().contains(u"Kazakhstan"_s));
}

void tst_ArticleListModel::publishedIsRelativeToday()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDate today = now.date();
    const QDateTime fiveMinutes = now.addSecs(-5 * 60);
    if (fiveMinutes.date() == today)
        QCOMPARE(ArticleListModel::publishedText(fiveMinutes.toUTC(), now), u"5 min ago"_s);
    const QDateTime older(today.addDays(-3), QTime(9, 7));
    const QString text = ArticleListModel::publishedText(older.toUTC(), now);
    QVERIFY2(text.endsWith(u"09:07"_s), qPrintable(text));
    QVERIFY(ArticleListModel::publishedText(QDateTime(), now).isEmpty());
}

void tst_ArticleListModel::marketTrendCountsWeeks()
{
    // The fixture's articles are 60 s apart from 1'750'000'000 (2025-06-15, a Sunday).
    FacetRepository facets(m_db);
    QVERIFY(!facets.setTags(20, {{u"market"_s, u"MN"_s}}));
    QVERIFY(!facets.setTags(21, {{u"market"_s, u"MN"_s}}));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'750'000'000 + 86400, Qt::UTC); // Monday
    const MarketTrend trend = mustRead(facets.marketTrend({}, 6, 4, now));
    QCOMPARE(trend.weeks, 4);
    QCOMPARE(trend.firstWeek.date().dayOfWeek(), 1);
    QCOMPARE(trend.markets.first(), u"MN"_s); // two articles beat one
    QCOMPARE(trend.counts.first().size(), 4);
    QCOMPARE(trend.counts.first().at(2), 2); // the week before `now`'s week
    QCOMPARE(trend.counts.first().at(3), 0);
    QCOMPARE(trend.maxCount(), 2);
    ArticleQuery onlyKz;
    onlyKz.selected(FacetKind::Market) = {u"KZ"_s};
    QCOMPARE(mustRead(facets.marketTrend(onlyKz, 6, 4, now)).markets.first(), u"KZ"_s); // the selection leads
}

QTEST_GUILESS_MAIN(tst_ArticleListModel)
#include "tst_articlelistmodel.moc"
