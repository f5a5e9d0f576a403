// SPDX-License-Identifier: GPL-3.0-or-later
// Pages of the filtered list, read through the in-memory index page after page with cursors,
// against the same query in plain SQL (QuerySql) on a cache large enough that the index takes
// each of its ways: walking rows newest first for broad filters, one pass in id order for
// narrow ones, and sorting all matches for the other sorts.
#include "mustread.h"
#include "storage/articlerepository.h"
#include "storage/clusterrepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"
#include "storage/querysql.h"
#include "storage/sourcerepository.h"
#include "sync/articlepreparer.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

constexpr int kArticles = 2400;
const QStringList kMarkets = {u"KZ"_s, u"MN"_s, u"UZ"_s, u"RU"_s, u"VN"_s, u"US"_s};
const QStringList kRegions = {u"KR-11"_s, u"KR-26"_s, u"KR-30"_s, u"KR-41"_s};

/// Every id the query matches in the list's order, by SQL alone.
QList<qint64> sqlOrder(const Database &db, const ArticleQuery &query)
{
    const SqlFilter filter = QuerySql::filterFor(query);
    QString order = u"a.sort_time DESC, a.id DESC"_s;
    if (query.sort == ArticleQuery::Sort::Relevance)
        order = u"a.relevance DESC, "_s + order;
    QSqlQuery q(db.db());
    q.prepare(u"SELECT a.id, coalesce(a.cluster_id, 0) FROM articles a LEFT JOIN article_state st ON "
              u"st.article_id = a.id "_s +
              filter.whereClause() + u" ORDER BY "_s + order);
    for (const QVariant &v : filter.binds)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastQuery()));
    QList<qint64> ids;
    QSet<qint64> clusters;
    while (q.next()) {
        const qint64 cluster = q.value(1).toLongLong();
        // Each story once: its first copy in the list's order.
        if (query.collapseClusters && cluster != 0 && clusters.contains(cluster))
            continue;
        clusters.insert(cluster);
        ids << q.value(0).toLongLong();
    }
    return ids;
}

/// The same through ArticleRepository::page, `pageSize` rows at a time.
QList<qint64> pagedOrder(ArticleRepository &repo, const ArticleQuery &query, int pageSize)
{
    QList<qint64> ids;
    PageCursor after;
    for (;;) {
        const QList<ArticleSummary> page = mustRead(repo.page(query, after, pageSize));
        for (const ArticleSummary &row : page)
            ids << row.id;
        if (page.size() < pageSize)
            return ids;
        after = ArticleRepository::cursorAfter(page.constLast());
        if (ids.size() > kArticles)
            return ids; // a cursor that does not move on
    }
}

} // namespace

class tst_ArticlePaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesAgreeWithSql_data();
    void pagesAgreeWithSql();
    void pagesFollowChanges();

private:
    QTemporaryDir m_dir;
    Database m_db{u"paging"_s};
    qint64 m_source = 0;
};

void tst_ArticlePaging::initTestCase()
{
    QVERIFY(!m_db.open(m_dir.filePath(u"p.sqlite"_s)));
    Source source;
    source.url = QUrl(u"https://paging.example/rss"_s);
    source.name = u"Paging"_s;
    m_source = *SourceRepository(m_db).ensure(source);
    QRandomGenerator rng(20261206);
    QList<FeedItem> items;
    for (int n = 0; n < kArticles; ++n) {
        FeedItem item;
        item.id = QString::number(n);
        const bool korean = rng.bounded(3) != 0;
        item.title = korean ? u"부산 의료관광 %1"_s.arg(n) : u"Busan medical tourism %1"_s.arg(n);
        item.contentHtml = rng.bounded(5) == 0 ? u"<p>설명회 참석</p>"_s : u"<p>협약 체결</p>"_s;
        // Times from a few hundred values: many articles share one, so ties order by id.
        item.published = QDateTime::fromSecsSinceEpoch(1'760'000'000 + rng.bounded(300) * 600, Qt::UTC);
        items << item;
    }
    ArticleRepository repo(m_db);
    QVERIFY(repo.upsert(m_source, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items)).ok());

    FacetRepository facets(m_db);
    ClusterRepository clusters(m_db);
    QSqlQuery ids(m_db.db());
    QVERIFY(ids.exec(u"SELECT id FROM articles ORDER BY id"_s));
    QList<qint64> all;
    while (ids.next())
        all << ids.value(0).toLongLong();
    QCOMPARE(all.size(), kArticles);
    QList<qint64> read;
    for (const qint64 id : std::as_const(all)) {
        QList<Tag> tags{{u"market"_s, kMarkets[rng.bounded(int(kMarkets.size()))]},
                        {u"region"_s, kRegions[rng.bounded(int(kRegions.size()))]}};
        if (rng.bounded(4) == 0)
            tags << Tag{u"market"_s, kMarkets[rng.bounded(int(kMarkets.size()))]};
        QVERIFY(!facets.setTags(id, tags));
        QVERIFY(!repo.setRelevance(id, rng.bounded(10) / 10.0, "[]"));
        if (rng.bounded(3) == 0)
            read << id;
    }
    // Stories of two to five copies among the articles.
    for (qint64 cluster = 1; cluster <= 150; ++cluster) {
        const int copies = rng.bounded(2, 6);
        QList<qint64> members;
        for (int c = 0; c < copies; ++c)
            members << all[rng.bounded(int(all.size()))];
        QVERIFY(!clusters.storeCluster(cluster, members.constFirst(), copies));
        for (const qint64 id : std::as_const(members))
            QVERIFY(!clusters.assign(id, cluster));
    }
    QVERIFY(repo.setRead(read, true).ok());
}

void tst_ArticlePaging::pagesAgreeWithSql_data()
{
    QTest::addColumn<QStringList>("markets");
    QTest::addColumn<QStringList>("regions");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("unread");
    QTest::addColumn<bool>("collapse");
    QTest::addColumn<int>("sort");
    const int newest = int(ArticleQuery::Sort::Newest);
    const int relevance = int(ArticleQuery::Sort::Relevance);
    // Broad: walked newest first and stopped after a page.
    QTest::newRow("one market") << QStringList{u"KZ"_s} << QStringList{} << QString() << false << false << newest;
    QTest::newRow("one market, stories") << QStringList{u"KZ"_s} << QStringList{} << QString() << false << true
                                         << newest;
    QTest::newRow("unread, stories") << QStringList{} << QStringList{} << QString() << true << true << newest;
    QTest::newRow("two markets, text") << QStringList{u"MN"_s, u"UZ"_s} << QStringList{} << u"협약"_s << false << false
                                       << newest;
    // Narrow: too few matches to walk for; one pass in id order.
    QTest::newRow("market, region, rare text")
        << QStringList{u"RU"_s} << QStringList{u"KR-41"_s} << u"설명회"_s << false << false << newest;
    QTest::newRow("market, region, rare text, unread, stories")
        << QStringList{u"RU"_s} << QStringList{u"KR-41"_s} << u"설명회"_s << true << true << newest;
    QTest::newRow("exclusion") << QStringList{} << QStringList{u"KR-30"_s} << u"-설명회"_s << false << false << newest;
    // Another sort: every match sorted.
    QTest::newRow("relevance") << QStringList{u"VN"_s} << QStringList{} << QString() << false << false << relevance;
    QTest::newRow("relevance, stories") << QStringList{} << QStringList{u"KR-11"_s} << QString() << false << true
                                        << relevance;
}

void tst_ArticlePaging::pagesAgreeWithSql()
{
    QFETCH(QStringList, markets);
    QFETCH(QStringList, regions);
    QFETCH(QString, text);
    QFETCH(bool, unread);
    QFETCH(bool, collapse);
    QFETCH(int, sort);
    ArticleQuery q;
    q.selected(FacetKind::Market) = markets;
    q.selected(FacetKind::Region) = regions;
    q.text = text;
    q.unreadOnly = unread;
    q.collapseClusters = collapse;
    q.sort = ArticleQuery::Sort(sort);
    const QList<qint64> expected = sqlOrder(m_db, q);
    QVERIFY(expected.size() > 10);
    ArticleRepository repo(m_db);
    for (const int pageSize : {7, 50, 200})
        QCOMPARE(pagedOrder(repo, q, pageSize), expected);
    QCOMPARE(mustRead(repo.count(q)), int(expected.size()));
}

void tst_ArticlePaging::pagesFollowChanges()
{
    // Tags and relevance change under a loaded index: the next pages see the change.
    ArticleQuery q;
    q.selected(FacetKind::Market) = {u"US"_s};
    ArticleRepository repo(m_db);
    const QList<qint64> before = pagedOrder(repo, q, 50);
    QCOMPARE(before, sqlOrder(m_db, q));
    const QList<ArticleSummary> newest = mustRead(repo.page({}, {}, 3));
    FacetRepository facets(m_db);
    for (const ArticleSummary &row : newest)
        QVERIFY(!facets.setTags(row.id, {{u"market"_s, u"US"_s}}));
    const QList<qint64> after = pagedOrder(repo, q, 50);
    QCOMPARE(after, sqlOrder(m_db, q));
    for (const ArticleSummary &row : newest)
        QVERIFY(after.contains(row.id));
    QCOMPARE(after.mid(0, 3), QList<qint64>({newest[0].id, newest[1].id, newest[2].id}));
}

QTEST_GUILESS_MAIN(tst_ArticlePaging)
#include "tst_articlepaging.moc"
