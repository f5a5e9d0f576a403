// SPDX-License-Identifier: GPL-3.0-or-later
// Ingest end to end on the embedded sample: parse, store, tag, score and cluster in one go.
#include "mustread.h"
#include "storage/articlerepository.h"
#include "storage/clusterrepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"
#include "storage/transaction.h"
#include "sync/feedingester.h"
#include "testdata.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_Ingest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clustersCopiesOfOneRelease();
    void relevanceOrdersDomainNewsFirst();
    void tagsAreStoredAndFilter();
    void reingestKeepsStateAndClusters();
    void placedLaterOrAfterAStop();

private:
    qint64 idOf(const QString &guid) const;
    QTemporaryDir m_dir;
    Database m_db{u"ingest"_s};
    QByteArray m_sample;
};

qint64 tst_Ingest::idOf(const QString &guid) const
{
    for (const ArticleSummary &row : mustRead(ArticleRepository(m_db).page({}, {}, 1000))) {
        if (ArticleRepository(m_db).article(row.id)->guid == guid)
            return row.id;
    }
    return 0;
}

void tst_Ingest::initTestCase()
{
    QVERIFY(!m_db.open(m_dir.filePath(u"i.sqlite"_s)));
    QFile file(TestData::sampleFeed());
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_sample = file.readAll();
    Source source;
    source.url = QUrl(u"https://sample.example/rss"_s);
    const Result<IngestReport> report = FeedIngester(m_db).ingest(m_sample, source);
    QVERIFY2(report.ok(), qPrintable(report.error().detail));
    QCOMPARE(report->stats.added, 34);
}

void tst_Ingest::clustersCopiesOfOneRelease()
{
    const QList<StoryCluster> clusters = mustRead(ClusterRepository(m_db).clusters());
    QCOMPARE(clusters.size(), 1);
    QStringList guids;
    for (const StoryCluster::Member &m : clusters[0].members)
        guids << m.guid;
    guids.sort();
    QCOMPARE(guids, (QStringList{u"medtour-sample-0012"_s, u"medtour-sample-0013"_s, u"medtour-sample-0014"_s}));
    QCOMPARE(clusters[0].representative, idOf(u"medtour-sample-0012"_s)); // the earliest full version
    QCOMPARE(mustRead(ClusterRepository(m_db).clusterOf(idOf(u"medtour-sample-0013"_s))).id, clusters[0].id);
}

void tst_Ingest::relevanceOrdersDomainNewsFirst()
{
    ArticleRepository repo(m_db);
    const double staffing = repo.article(idOf(u"medtour-sample-0008"_s))->summary.relevance;
    const double mou = repo.article(idOf(u"medtour-sample-0018"_s))->summary.relevance;
    QVERIFY2(mou > 0.6, qPrintable(QString::number(mou)));
    QVERIFY2(staffing < 0.3, qPrintable(QString::number(staffing)));
    const Article article = *repo.article(idOf(u"medtour-sample-0018"_s));
    QVERIFY(article.relevanceReasons.contains("weight"));
    ArticleQuery relevant;
    relevant.minRelevance = 0.5;
    QVERIFY(mustRead(repo.count(relevant)) < mustRead(repo.count({})));
    QVERIFY(mustRead(repo.count(relevant)) > 20);
}

void tst_Ingest::tagsAreStoredAndFilter()
{
    const QList<Tag> tags = mustRead(FacetRepository(m_db).tags(idOf(u"medtour-sample-0012"_s)));
    QVERIFY(tags.contains(Tag{u"market"_s, u"KZ"_s}));
    QVERIFY(tags.contains(Tag{u"market"_s, u"UZ"_s}));
    QVERIFY(tags.contains(Tag{u"region"_s, u"KR-30"_s}));
    ArticleQuery kz;
    kz.selected(FacetKind::Market) = {u"KZ"_s};
    const int count = mustRead(ArticleRepository(m_db).count(kz));
    QVERIFY(count > 3);
    const FacetCounts facets = mustRead(FacetRepository(m_db).counts({}));
    bool found = false;
    for (const FacetValue &v : facets.values.at(FacetKind::Market))
        found = found || (v.value == u"KZ" && v.count == count);
    QVERIFY(found);
}

void tst_Ingest::reingestKeepsStateAndClusters()
{
    ArticleRepository repo(m_db);
    const qint64 id = idOf(u"medtour-sample-0013"_s);
    QVERIFY(repo.setStarred({id}, true).ok());
    QVERIFY(repo.setNote(id, u"forward to the director"_s).ok());
    // The same feed with one copy edited: it updates, keeps the user's state and stays clustered.
    QByteArray edited = m_sample;
    edited.replace("대전시, 카자흐·우즈벡 의료관광 홍보설명회 개최",
                   "대전시, 카자흐·우즈벡서 의료관광 홍보설명회 개최");
    Source source;
    source.url = QUrl(u"https://sample.example/rss"_s);
    const Result<IngestReport> report = FeedIngester(m_db).ingest(edited, source);
    QVERIFY(report.ok());
    QCOMPARE(report->stats.added, 0);
    QCOMPARE(report->stats.updated, 1);
    const Article article = *repo.article(id);
    QVERIFY(article.summary.title.contains(u"우즈벡서"_s));
    QVERIFY(article.summary.state.starred);
    QCOMPARE(article.summary.state.note, u"forward to the director"_s);
    QCOMPARE(mustRead(ClusterRepository(m_db).clusterOf(id)).members.size(), 3);
    QCOMPARE(mustRead(repo.count({})), 34);
}

void tst_Ingest::placedLaterOrAfterAStop()
{
    // The sync places articles in clusters on another thread after it stores them. Placed later,
    // the cache ends as an ingest that clusters at once leaves it; stopped in between (killed), the
    // next start places what was stored without clusters.
    const auto clusterRows = [](const Database &db) {
        QSqlQuery q(db.db());
        q.exec(
            u"SELECT group_concat(n) FROM (SELECT count(*) AS n FROM articles GROUP BY cluster_id ORDER BY n DESC)"_s);
        return q.next() ? q.value(0).toString() : QString();
    };
    const auto signatures = [](const Database &db) {
        QSqlQuery q(db.db());
        q.exec(u"SELECT count(*) FROM article_signatures"_s);
        return q.next() ? q.value(0).toInt() : -1;
    };
    Source source;
    source.url = QUrl(u"https://sample.example/rss"_s);
    const QString expected = clusterRows(m_db);
    QVERIFY(expected.startsWith(u"3,1,"_s));

    QTemporaryDir dir;
    Database later(u"ingest-later"_s);
    QVERIFY(!later.open(dir.filePath(u"later.sqlite"_s)));
    {
        FeedIngester ingester(later);
        ingester.setPlaceLater(true);
        QVERIFY(ingester.ingest(m_sample, source).ok());
        const QList<ArticleEnricher::ToPlace> toPlace = ingester.takeToPlace();
        QCOMPARE(toPlace.size(), 34);
        QCOMPARE(signatures(later), 0); // nothing placed yet
        TransactionScope transaction(later);
        QVERIFY(!ingester.enricher().record(ingester.enricher().place(toPlace)));
        QVERIFY(!transaction.commit());
        QVERIFY(ingester.takeToPlace().isEmpty());
    }
    QCOMPARE(clusterRows(later), expected);
    QCOMPARE(signatures(later), 34);

    Database stopped(u"ingest-stopped"_s);
    QVERIFY(!stopped.open(dir.filePath(u"stopped.sqlite"_s)));
    {
        FeedIngester ingester(stopped);
        ingester.setPlaceLater(true);
        QVERIFY(ingester.ingest(m_sample, source).ok());
        QCOMPARE(ingester.takeToPlace().size(), 34); // and dropped: the process "dies" here
    }
    QCOMPARE(signatures(stopped), 0);
    FeedIngester restarted(stopped);
    const Result<int> placed = restarted.enricher().placeUnplaced();
    QVERIFY(placed.ok());
    QCOMPARE(*placed, 34);
    QCOMPARE(clusterRows(stopped), expected);
    QCOMPARE(signatures(stopped), 34);
    QCOMPARE(*restarted.enricher().placeUnplaced(), 0); // nothing left
}

QTEST_GUILESS_MAIN(tst_Ingest)
#include "tst_ingest.moc"
