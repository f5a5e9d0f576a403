// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrich/duplicatesignature.h"
#include "enrich/nearduplicateindex.h"
#include "enrichtestdata.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstdio>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

using Articles = QList<EnrichTestData::Article>;

Articles clusteringSet()
{
    QString error;
    const Articles articles = EnrichTestData::load(u"clustering.json"_s, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return articles;
}

/// Adds the articles in the given order (article id = index in the file + 1) and returns each one's cluster.
QList<qint64> cluster(const Articles &articles, const QList<int> &order, NearDuplicateIndex &index)
{
    for (const int i : order)
        index.add(i + 1, articles[i].title, articles[i].text, articles[i].published);
    QList<qint64> clusters;
    for (qsizetype i = 0; i < articles.size(); ++i)
        clusters.append(index.clusterOf(i + 1));
    return clusters;
}

QList<QString> storiesOf(const Articles &articles)
{
    QList<QString> out;
    for (const auto &a : articles)
        out.append(a.story);
    return out;
}

} // namespace

class tst_NearDuplicateIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signatureRoundTrip();
    void signatureRejectsGarbage_data();
    void signatureRejectsGarbage();
    void cleanTextDropsOutletBoilerplate();
    void similarities();
    void labelledSet_data();
    void labelledSet();
    void lookAlikesStayApart();
    void restoreAfterRestart();
    void chooseRepresentative_data();
    void chooseRepresentative();
    void representativesOfLabelledClusters();
    void representativeKeptUpToDate();
    void pairRules_data();
    void pairRules();
    void titleOnlyItems();
    void clustersDoNotGrowForMonths();
    void sampleFeed();
    void removeAndReAdd();
};

void tst_NearDuplicateIndex::signatureRoundTrip()
{
    const Articles articles = clusteringSet();
    QVERIFY(!articles.isEmpty());
    const DuplicateSignature sig = DuplicateSignature::compute(articles[0].title, articles[0].text);
    const QByteArray bytes = sig.toBytes();
    QVERIFY(bytes.size() < 700);
    const std::optional<DuplicateSignature> back = DuplicateSignature::fromBytes(bytes);
    QVERIFY(back.has_value());
    QCOMPARE(back->toBytes(), bytes);
    QCOMPARE(back->jaccard(sig), 1.0);
    QCOMPARE(back->titleSimilarity(sig), 1.0);
    QCOMPARE(back->shingleCount(), sig.shingleCount());
    QCOMPARE(back->unitCount(), sig.unitCount());
}

void tst_NearDuplicateIndex::signatureRejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good =
        DuplicateSignature::compute(u"제목"_s, u"대전시는 카자흐스탄에서 설명회를 열었다."_s).toBytes();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << good.left(good.size() - 1);
    QTest::newRow("extended") << good + QByteArray(1, '\0');
    QByteArray wrongMagic = good;
    wrongMagic[0] = 'X';
    QTest::newRow("wrong magic") << wrongMagic;
    QByteArray wrongVersion = good;
    wrongVersion[4] = char(99);
    QTest::newRow("unknown version") << wrongVersion;
    QByteArray hugeTitle = good;
    hugeTitle[24] = char(0xFF); // the title-hash count follows magic, version, sizes, counts and the title key
    hugeTitle[25] = char(0xFF);
    QTest::newRow("title count out of range") << hugeTitle;
}

void tst_NearDuplicateIndex::signatureRejectsGarbage()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!DuplicateSignature::fromBytes(bytes).has_value());
    NearDuplicateIndex index;
    QVERIFY(!index.restore(1, 1, bytes, QDateTime()));
    QCOMPARE(index.articleCount(), 0);
}

void tst_NearDuplicateIndex::cleanTextDropsOutletBoilerplate()
{
    const QString text =
        u"[대전=가람일보] 박서윤 기자 = 대전시는 설명회를 연다고 밝혔다. ▲ 대전시청 전경. (사진=대전시 제공) 방문단은 "
        u"18명이다. "
        "박서윤 기자 psy@garam.example.kr 저작권자 © 가람일보 무단전재 및 재배포 금지 (끝) https://garam.example.kr/news/1"_s;
    const QString clean = DuplicateSignature::cleanText(text);
    QVERIFY2(clean.contains(u"대전시는 설명회를 연다고 밝혔다."_s), qPrintable(clean));
    QVERIFY2(clean.contains(u"방문단은 18명이다."_s), qPrintable(clean));
    for (const QString &gone : {u"가람일보"_s, u"박서윤"_s, u"@"_s, u"무단전재"_s, u"사진="_s, u"(끝)"_s, u"https"_s})
        QVERIFY2(!clean.contains(gone), qPrintable(u"%1 left in: %2"_s.arg(gone, clean)));
    // Words that merely contain 기자 stay.
    QVERIFY(DuplicateSignature::cleanText(u"시장은 기자회견에서 말했다"_s).contains(u"기자회견"_s));
}

void tst_NearDuplicateIndex::similarities()
{
    const QString a =
        u"대전시는 지역 의료기관 6곳과 함께 카자흐스탄 알마티를 방문해 의료관광 홍보설명회를 연다고 밝혔다. "
        "방문단은 현지 여행사와 에이전시를 대상으로 설명회를 열고 중증질환 환자를 상담한다. "
        "시는 하반기 현지 의료진을 초청한 연수 프로그램도 운영할 계획이다."_s;
    const DuplicateSignature full = DuplicateSignature::compute(u"대전시 설명회"_s, a);
    const DuplicateSignature spaced = DuplicateSignature::compute(
        u"대전시 설명회"_s, QString(a).replace(u"의료관광"_s, u"의료 관광"_s).replace(u'.', u','));
    QCOMPARE(full.jaccard(spaced), 1.0); // spacing and punctuation do not matter
    const DuplicateSignature cut = DuplicateSignature::compute(u"대전시 설명회"_s, a.left(a.indexOf(u"시는 하반기"_s)));
    QVERIFY(full.jaccard(cut) < 0.9);
    QVERIFY2(full.containment(cut) > 0.85, qPrintable(QString::number(full.containment(cut))));
    const DuplicateSignature other = DuplicateSignature::compute(
        u"부산시 크루즈"_s,
        u"부산시는 크루즈 관광객을 위한 반나절 건강검진 상품을 판매한다. 검진은 4시간 안에 끝난다."_s);
    QVERIFY(full.jaccard(other) < 0.1);
    QVERIFY(full.titleSimilarity(other) < 0.2);
    const DuplicateSignature empty = DuplicateSignature::compute(QString(), QString());
    QCOMPARE(empty.shingleCount(), 0);
    QCOMPARE(empty.jaccard(full), 0.0);

    // Shingles are counted once however often they recur: 4 units in a row make one shingle, and a
    // text that says the same thing three times has the shingles of once plus the seams between.
    const DuplicateSignature four = DuplicateSignature::compute(QString(), u"가나다라"_s);
    QCOMPARE(four.shingleCount(), 1);
    const DuplicateSignature once = DuplicateSignature::compute(QString(), u"가나다라마바사아자차"_s);
    QCOMPARE(once.shingleCount(), 7); // 10 units, windows of 4
    const DuplicateSignature thrice = DuplicateSignature::compute(QString(), u"가나다라마바사아자차"_s.repeated(3));
    QCOMPARE(thrice.shingleCount(), 10); // the 7 of one copy and the 3 windows across each seam (alike)
    QVERIFY(thrice.jaccard(once) > 0.5);
}

void tst_NearDuplicateIndex::labelledSet_data()
{
    QTest::addColumn<QString>("orderName");
    QTest::newRow("publication order") << u"publication"_s;
    QTest::newRow("reverse order") << u"reverse"_s;
    QTest::newRow("shuffled, seed 1") << u"seed1"_s;
    QTest::newRow("shuffled, seed 2") << u"seed2"_s;
    QTest::newRow("shuffled, seed 3") << u"seed3"_s;
    QTest::newRow("worst of 50 shuffles") << u"many"_s;
}

void tst_NearDuplicateIndex::labelledSet()
{
    QFETCH(QString, orderName);
    const Articles articles = clusteringSet();
    QVERIFY(articles.size() >= 60);
    const QList<QString> stories = storiesOf(articles);
    QVERIFY(QSet<QString>(stories.cbegin(), stories.cend()).size() >= 12);

    QList<int> order(articles.size());
    std::iota(order.begin(), order.end(), 0);
    if (orderName == u"reverse")
        std::reverse(order.begin(), order.end());
    else if (orderName.startsWith(u"seed")) {
        QRandomGenerator random(orderName.mid(4).toUInt());
        std::shuffle(order.begin(), order.end(), random);
    }
    if (orderName == u"many") {
        double worstPrecision = 1;
        double worstRecall = 1;
        for (quint32 seed = 100; seed < 150; ++seed) {
            QRandomGenerator random(seed);
            std::shuffle(order.begin(), order.end(), random);
            NearDuplicateIndex index;
            const EnrichTestData::PairScore s = EnrichTestData::pairScore(stories, cluster(articles, order, index));
            worstPrecision = std::min(worstPrecision, s.precision());
            worstRecall = std::min(worstRecall, s.recall());
        }
        std::printf("Clustering in 50 random orders: worst pairwise precision %.3f, worst recall %.3f\n",
                    worstPrecision, worstRecall);
        QVERIFY(worstPrecision >= 0.95);
        QVERIFY(worstRecall >= 0.95);
        return;
    }
    NearDuplicateIndex index;
    const QList<qint64> clusters = cluster(articles, order, index);
    const EnrichTestData::PairScore score = EnrichTestData::pairScore(stories, clusters);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        for (qsizetype j = i + 1; j < articles.size(); ++j) {
            const bool same = stories[i] == stories[j];
            if (same != (clusters[i] == clusters[j]))
                std::printf("  %s pair: %s | %s\n", same ? "missed" : "wrong", qPrintable(articles[i].id),
                            qPrintable(articles[j].id));
        }
    }
    std::printf("Clustering %d articles of %d stories (%s): %d clusters, pairwise precision %.3f recall %.3f "
                "(%lld true pairs, %lld predicted, %lld correct)\n",
                int(articles.size()), int(QSet<QString>(stories.cbegin(), stories.cend()).size()),
                qPrintable(orderName), index.clusterCount(), score.precision(), score.recall(), score.truePairs,
                score.predictedPairs, score.correctPairs);
    std::fflush(stdout);
    QVERIFY2(score.precision() >= 0.95, qPrintable(QString::number(score.precision())));
    QVERIFY2(score.recall() >= 0.95, qPrintable(QString::number(score.recall())));
}

void tst_NearDuplicateIndex::lookAlikesStayApart()
{
    const Articles articles = clusteringSet();
    QList<int> order(articles.size());
    std::iota(order.begin(), order.end(), 0);
    NearDuplicateIndex index;
    const QList<qint64> clusters = cluster(articles, order, index);
    const QList<QPair<QString, QString>> pairs = {{u"daejeon-kz-briefing"_s, u"daejeon-uz-mou"_s},
                                                  {u"busan-cruise-checkup"_s, u"busan-jci-hospital"_s},
                                                  {u"daegu-stats"_s, u"daejeon-stats"_s},
                                                  {u"en-daegu-jci"_s, u"en-daegu-tashkent-consult"_s}};
    for (const auto &[a, b] : pairs) {
        QSet<qint64> ca, cb;
        for (qsizetype i = 0; i < articles.size(); ++i) {
            if (articles[i].story == a)
                ca.insert(clusters[i]);
            if (articles[i].story == b)
                cb.insert(clusters[i]);
        }
        QVERIFY2(!ca.intersects(cb), qPrintable(u"%1 and %2 share a cluster"_s.arg(a, b)));
    }
}

void tst_NearDuplicateIndex::restoreAfterRestart()
{
    const Articles articles = clusteringSet();
    const qsizetype half = articles.size() / 2;
    NearDuplicateIndex continuous;
    struct Stored
    {
        qint64 id;
        qint64 cluster;
        QByteArray signature;
        QDateTime published;
    };
    QList<Stored> stored;
    for (qsizetype i = 0; i < half; ++i) {
        const ClusterAssignment a = continuous.add(i + 1, articles[i].title, articles[i].text, articles[i].published);
        for (Stored &s : stored) // what storage does with mergedClusterIds
            if (a.mergedClusterIds.contains(s.cluster))
                s.cluster = a.clusterId;
        stored.append({i + 1, a.clusterId, a.signature, articles[i].published});
    }
    NearDuplicateIndex restarted;
    for (const Stored &s : std::as_const(stored))
        QVERIFY(restarted.restore(s.id, s.cluster, s.signature, s.published));
    QCOMPARE(restarted.articleCount(), int(half));
    for (qsizetype i = half; i < articles.size(); ++i) {
        const ClusterAssignment a = continuous.add(i + 1, articles[i].title, articles[i].text, articles[i].published);
        const ClusterAssignment b = restarted.add(i + 1, articles[i].title, articles[i].text, articles[i].published);
        QCOMPARE(b.clusterId, a.clusterId);
        QCOMPARE(b.signature, a.signature);
    }
    for (qsizetype i = 0; i < articles.size(); ++i)
        QCOMPARE(restarted.clusterOf(i + 1), continuous.clusterOf(i + 1));
    // Adding an article twice changes nothing.
    const ClusterAssignment again = restarted.add(1, articles[0].title, articles[0].text, articles[0].published);
    QCOMPARE(again.clusterId, restarted.clusterOf(1));
    QCOMPARE(restarted.articleCount(), int(articles.size()));
}

void tst_NearDuplicateIndex::chooseRepresentative_data()
{
    QTest::addColumn<QList<ClusterMember>>("members");
    QTest::addColumn<qint64>("expected");
    const QDateTime t0 = QDateTime::fromString(u"2026-03-10T09:00:00+09:00"_s, Qt::ISODate);
    QTest::newRow("earliest full version")
        << QList<ClusterMember>{{1, t0.addSecs(3600), 500}, {2, t0, 480}, {3, t0.addSecs(60), 520}} << qint64(2);
    QTest::newRow("an earlier cut copy does not win")
        << QList<ClusterMember>{{1, t0, 150}, {2, t0.addSecs(600), 500}, {3, t0.addSecs(900), 510}} << qint64(2);
    QTest::newRow("same time: the longer") << QList<ClusterMember>{{1, t0, 450}, {2, t0, 500}} << qint64(2);
    QTest::newRow("unknown dates go last")
        << QList<ClusterMember>{{1, QDateTime(), 500}, {2, t0.addDays(1), 500}} << qint64(2);
    QTest::newRow("all unknown: longest, then lowest id")
        << QList<ClusterMember>{{5, QDateTime(), 500}, {3, QDateTime(), 500}, {4, QDateTime(), 300}} << qint64(3);
    QTest::newRow("empty") << QList<ClusterMember>{} << qint64(-1);
}

void tst_NearDuplicateIndex::chooseRepresentative()
{
    QFETCH(QList<ClusterMember>, members);
    QFETCH(qint64, expected);
    QCOMPARE(NearDuplicateIndex::chooseRepresentative(members), expected);
}

void tst_NearDuplicateIndex::representativesOfLabelledClusters()
{
    const Articles articles = clusteringSet();
    QList<int> order(articles.size());
    std::iota(order.begin(), order.end(), 0);
    NearDuplicateIndex index;
    cluster(articles, order, index);
    QSet<qint64> seen;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const qint64 c = index.clusterOf(i + 1);
        if (seen.contains(c))
            continue;
        seen.insert(c);
        const QList<ClusterMember> members = index.members(c);
        const qint64 rep = index.representative(c);
        const EnrichTestData::Article &chosen = articles[rep - 1];
        // Every story has uncut copies, so the representative is never a cut copy…
        QVERIFY2(!chosen.variant.startsWith(u"cut"_s) && !chosen.variant.startsWith(u"rewrite-cut"_s),
                 qPrintable(chosen.id + u' ' + chosen.variant));
        // …and no uncut copy was published before it.
        for (const ClusterMember &m : members) {
            const EnrichTestData::Article &other = articles[m.articleId - 1];
            if (!other.variant.contains(u"cut"_s))
                QVERIFY2(!(other.published < chosen.published), qPrintable(other.id + u" before " + chosen.id));
        }
    }
}

void tst_NearDuplicateIndex::representativeKeptUpToDate()
{
    // The index keeps each cluster's representative as members come, merge and go; at every step
    // it must be what choosing from all members gives.
    const Articles articles = clusteringSet();
    for (quint32 seed = 1; seed <= 5; ++seed) {
        QList<int> order(articles.size());
        std::iota(order.begin(), order.end(), 0);
        QRandomGenerator random(seed);
        std::shuffle(order.begin(), order.end(), random);
        NearDuplicateIndex index;
        QList<qint64> present;
        QHash<qint64, int> articleOf; // id in the index → position in `articles`
        qint64 nextId = 1000;
        const auto check = [&](const char *when) {
            for (const qint64 id : std::as_const(present)) {
                const qint64 c = index.clusterOf(id);
                QVERIFY2(index.representative(c) == NearDuplicateIndex::chooseRepresentative(index.members(c)), when);
                QCOMPARE(index.clusterSize(c), int(index.members(c).size()));
            }
        };
        for (const int i : std::as_const(order)) {
            const EnrichTestData::Article &a = articles[i];
            index.add(i + 1, a.title, a.text, a.published);
            present << i + 1;
            articleOf.insert(i + 1, i);
            check("after an add");
            if (random.bounded(4) == 0) { // now and then one goes, to come back later
                const qint64 gone = present.takeAt(random.bounded(int(present.size())));
                index.remove(gone);
                check("after a removal");
                const EnrichTestData::Article &b = articles[articleOf.value(gone)];
                index.add(++nextId, b.title, b.text, b.published);
                present << nextId;
                articleOf.insert(nextId, articleOf.value(gone));
                check("after adding again");
            }
        }
    }
}

void tst_NearDuplicateIndex::pairRules_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("same");
    QTest::newRow("cut copy joins its full version") << u"en-korea-stats/52"_s << u"en-korea-stats/54"_s << true;
    QTest::newRow("rewritten lead joins the original")
        << u"daejeon-kz-briefing/00"_s << u"daejeon-kz-briefing/02"_s << true;
    QTest::newRow("cut copy and rewritten lead, same headline")
        << u"busan-jci-hospital/17"_s << u"busan-jci-hospital/18"_s << true;
    QTest::newRow("copy with caption, related list and edits")
        << u"daejeon-stats/25"_s << u"daejeon-stats/28"_s << true;
    QTest::newRow("two city statistics releases, same day and template")
        << u"daegu-stats/20"_s << u"daejeon-stats/25"_s << false;
    QTest::newRow("same city, same day, shared background")
        << u"daejeon-kz-briefing/00"_s << u"daejeon-uz-mou/06"_s << false;
    QTest::newRow("same city, same day, shared background, rewritten")
        << u"busan-cruise-checkup/12"_s << u"busan-jci-hospital/18"_s << false;
    QTest::newRow("English releases of one city, same day")
        << u"en-daegu-jci/56"_s << u"en-daegu-tashkent-consult/60"_s << false;
}

void tst_NearDuplicateIndex::pairRules()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, same);
    const Articles articles = clusteringSet();
    const auto find = [&articles](const QString &id) {
        return std::find_if(articles.cbegin(), articles.cend(), [&id](const auto &a) { return a.id == id; });
    };
    const auto a = find(first);
    const auto b = find(second);
    QVERIFY(a != articles.cend() && b != articles.cend());
    NearDuplicateIndex index;
    index.add(1, a->title, a->text, a->published);
    const ClusterAssignment second_ = index.add(2, b->title, b->text, b->published);
    QCOMPARE(second_.clusterId == 1, same);
    QCOMPARE(second_.isNew, !same);
}

void tst_NearDuplicateIndex::titleOnlyItems()
{
    // Aggregator items often carry a title and no body; " - 매체" is the aggregator's suffix.
    const QDateTime t = QDateTime::fromString(u"2026-03-10T09:00:00+09:00"_s, Qt::ISODate);
    NearDuplicateIndex index;
    index.add(1, u"대전시, 카자흐스탄서 의료관광 설명회 - 가람일보"_s, QString(), t);
    QCOMPARE(
        index.add(2, u"대전시, 카자흐스탄서 의료관광 설명회 - 중부경제신문"_s, QString(), t.addSecs(3600)).clusterId,
        1);
    QVERIFY(index.add(3, u"대전시, 우즈베키스탄 병원과 협약 - 가람일보"_s, QString(), t).isNew);
    QVERIFY(index.add(4, u"대전시, 카자흐스탄서 의료관광 설명회"_s, QString(), t.addDays(30)).isNew); // a month later
}

void tst_NearDuplicateIndex::clustersDoNotGrowForMonths()
{
    const Articles articles = clusteringSet();
    const auto find = [&articles](const QString &id) {
        return *std::find_if(articles.cbegin(), articles.cend(), [&id](const auto &a) { return a.id == id; });
    };
    const EnrichTestData::Article original = find(u"daejeon-kz-briefing/00"_s);
    const EnrichTestData::Article edited = find(u"daejeon-kz-briefing/01"_s);
    const EnrichTestData::Article rewritten = find(u"daejeon-kz-briefing/02"_s);
    const QDateTime t0 = original.published;
    NearDuplicateIndex index;
    index.add(1, original.title, original.text, t0);
    QCOMPARE(index.add(2, edited.title, edited.text, t0.addDays(3)).clusterId, 1);
    // Beyond a story's span (a week) a rewritten copy is a new story; a verbatim reprint still
    // joins while the story stays within a month…
    QVERIFY(index.add(3, rewritten.title, rewritten.text, t0.addDays(20)).isNew);
    QCOMPARE(index.add(4, original.title, original.text, t0.addDays(25)).clusterId, 1);
    // …and no story, however alike its copies, spans two months.
    QVERIFY(index.add(5, original.title, original.text, t0.addDays(61)).isNew);
    QCOMPARE(index.clusterSize(1), 3);
}

void tst_NearDuplicateIndex::sampleFeed()
{
    QString error;
    const Articles items = EnrichTestData::sample(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    Articles byTime = items;
    std::sort(byTime.begin(), byTime.end(), [](const auto &a, const auto &b) { return a.published < b.published; });
    NearDuplicateIndex index;
    QHash<QString, qint64> clusterOf;
    for (qsizetype i = 0; i < byTime.size(); ++i)
        clusterOf.insert(byTime[i].id,
                         index.add(i + 1, byTime[i].title, byTime[i].text, byTime[i].published).clusterId);
    const qint64 release = clusterOf.value(u"medtour-sample-0012"_s);
    QCOMPARE(clusterOf.value(u"medtour-sample-0013"_s), release);
    QCOMPARE(clusterOf.value(u"medtour-sample-0014"_s), release);
    QCOMPARE(index.members(release).size(), 3);
    // The follow-up from the same city and the English feature on the same campaign are other stories.
    QVERIFY(clusterOf.value(u"medtour-sample-0018"_s) != release);
    QVERIFY(clusterOf.value(u"medtour-sample-0010"_s) != release);
    QCOMPARE(index.clusterCount(), int(items.size()) - 2);
}

void tst_NearDuplicateIndex::removeAndReAdd()
{
    const Articles articles = clusteringSet();
    NearDuplicateIndex index;
    for (qsizetype i = 0; i < articles.size(); ++i)
        index.add(i + 1, articles[i].title, articles[i].text, articles[i].published);
    const qint64 c = index.clusterOf(1);
    const int before = int(index.members(c).size());
    QVERIFY(before >= 2);
    index.remove(1);
    QCOMPARE(index.clusterOf(1), qint64(-1));
    QCOMPARE(int(index.members(c).size()), before - 1);
    QCOMPARE(index.articleCount(), int(articles.size()) - 1);
    const ClusterAssignment back = index.add(1, articles[0].title, articles[0].text, articles[0].published);
    QCOMPARE(back.clusterId, c);
    QVERIFY(!back.isNew);
    index.remove(12345); // unknown: no effect
    QCOMPARE(index.articleCount(), int(articles.size()));
}

QTEST_GUILESS_MAIN(tst_NearDuplicateIndex)
#include "tst_nearduplicateindex.moc"
