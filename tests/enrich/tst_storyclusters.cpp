// SPDX-License-Identifier: GPL-3.0-or-later
// Stories that cannot chain: named entities that disagree keep templated releases apart, an
// article joins a story only as a copy of the story as a whole, merges need the same evidence,
// and a story's size and time span are bounded.
#include "enrich/duplicatesignature.h"
#include "enrich/entityprofile.h"
#include "enrich/nearduplicateindex.h"
#include "enrich/tagger.h"
#include "enrichtestdata.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstdio>
#include <numeric>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

using Kind = EntityProfile::Kind;

struct Name
{
    Kind kind;
    QString value;
    int count;
    bool inTitle;
};

EntityProfile profileOf(const QList<Name> &names)
{
    EntityProfile p;
    for (const Name &n : names) {
        for (int i = 0; i < n.count; ++i)
            p.add(n.kind, n.value, n.inTitle && i == 0);
    }
    return p;
}

/// Distinct made-up Korean sentences (random syllables), the same for the same seed.
QStringList sentences(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QStringList out;
    for (int i = 0; i < count; ++i) {
        QString s;
        for (int k = 0; k < 12; ++k)
            s.append(QChar(char16_t(0xAC00 + random.bounded(11172))));
        out.append(s + u"다."_s);
    }
    return out;
}

DuplicateSignature textOnly(const QString &title, const QStringList &parts)
{
    return DuplicateSignature::compute(title, parts.join(u' '));
}

} // namespace

Q_DECLARE_METATYPE(Name)

class tst_StoryClusters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entityRules_data();
    void entityRules();
    void cannotConfirm();
    void sectionTagIsNoEvidence();
    void entitiesTravelWithTheSignature();
    void templatedReleases_data();
    void templatedReleases();
    void lookAlikeChainsStayShort();
    void copiesOfOneOriginalMerge();
    void roundupDoesNotMergeStories();
    void sizeIsBounded();
};

void tst_StoryClusters::entityRules_data()
{
    QTest::addColumn<QList<Name>>("a");
    QTest::addColumn<QList<Name>>("b");
    QTest::addColumn<bool>("disagree");
    const QString daejeon = u"KR-30"_s, busan = u"KR-26"_s, sejong = u"KR-50"_s, chungnam = u"KR-44"_s;
    QTest::newRow("the same names") << QList<Name>{{Kind::Region, daejeon, 3, true}, {Kind::Market, u"KZ"_s, 2, true}}
                                    << QList<Name>{{Kind::Region, daejeon, 3, true}, {Kind::Market, u"KZ"_s, 2, true}}
                                    << false;
    QTest::newRow("a cut copy names fewer")
        << QList<Name>{{Kind::Region, daejeon, 3, true},
                       {Kind::Market, u"KZ"_s, 2, true},
                       {Kind::Market, u"UZ"_s, 1, false}}
        << QList<Name>{{Kind::Region, daejeon, 2, true}, {Kind::Market, u"KZ"_s, 1, true}} << false;
    QTest::newRow("another city") << QList<Name>{{Kind::Region, daejeon, 3, true}}
                                  << QList<Name>{{Kind::Region, busan, 3, true}} << true;
    QTest::newRow("each mentions another city once in passing")
        << QList<Name>{{Kind::Region, daejeon, 3, true}, {Kind::Region, sejong, 1, false}}
        << QList<Name>{{Kind::Region, daejeon, 3, true}, {Kind::Region, chungnam, 1, false}} << false;
    QTest::newRow("each names another city twice")
        << QList<Name>{{Kind::Region, daejeon, 3, true}, {Kind::Region, sejong, 2, false}}
        << QList<Name>{{Kind::Region, daejeon, 3, true}, {Kind::Region, chungnam, 2, false}} << true;
    QTest::newRow("headlines name different markets")
        << QList<Name>{{Kind::Market, u"KZ"_s, 1, true}, {Kind::Market, u"UZ"_s, 1, false}}
        << QList<Name>{{Kind::Market, u"UZ"_s, 1, true}, {Kind::Market, u"KZ"_s, 1, false}} << true;
    QTest::newRow("a headline names what the other never mentions")
        << QList<Name>{{Kind::Specialty, u"health-screening"_s, 1, true}, {Kind::Specialty, u"spine"_s, 1, false}}
        << QList<Name>{{Kind::Specialty, u"spine"_s, 2, false}} << true;
    QTest::newRow("what each names most differs")
        << QList<Name>{{Kind::Specialty, u"orthopedics"_s, 4, false}, {Kind::Specialty, u"korean-medicine"_s, 3, false}}
        << QList<Name>{{Kind::Specialty, u"korean-medicine"_s, 5, true}} << true;
    QTest::newRow("another hospital") << QList<Name>{{Kind::Hospital, u"대전한빛대학교병원"_s, 1, false}}
                                      << QList<Name>{{Kind::Hospital, u"대전새봄병원"_s, 1, false}} << true;
    QTest::newRow("different kinds named")
        << QList<Name>{{Kind::Region, daejeon, 2, true}} << QList<Name>{{Kind::Market, u"KZ"_s, 2, true}} << false;
    QTest::newRow("one names nothing") << QList<Name>{{Kind::Region, daejeon, 2, true}} << QList<Name>{} << false;
}

void tst_StoryClusters::entityRules()
{
    QFETCH(QList<Name>, a);
    QFETCH(QList<Name>, b);
    QFETCH(bool, disagree);
    const EntityProfile pa = profileOf(a);
    const EntityProfile pb = profileOf(b);
    QCOMPARE(pa.disagrees(pb), disagree);
    QCOMPARE(pb.disagrees(pa), disagree); // the rules are symmetric
    QVERIFY(!pa.disagrees(pa));
}

void tst_StoryClusters::cannotConfirm()
{
    const EntityProfile screening =
        profileOf({{Kind::Region, u"KR-30"_s, 2, true}, {Kind::Specialty, u"health-screening"_s, 2, true}});
    const EntityProfile noSpecialty = profileOf({{Kind::Region, u"KR-30"_s, 2, true}});
    const EntityProfile spineInPassing =
        profileOf({{Kind::Region, u"KR-30"_s, 2, true}, {Kind::Specialty, u"spine"_s, 1, false}});
    QVERIFY(screening.cannotConfirm(noSpecialty)); // the headline's specialty: named or not?
    QVERIFY(noSpecialty.cannotConfirm(screening));
    QVERIFY(!screening.cannotConfirm(spineInPassing)); // there is something to compare (and they disagree)
    QVERIFY(screening.disagrees(spineInPassing));
    QVERIFY(!noSpecialty.cannotConfirm(spineInPassing)); // neither headline names a specialty
}

void tst_StoryClusters::sectionTagIsNoEvidence()
{
    // An outlet files a Busan release under its "[대전·충청]" section: the tag names no subject.
    const QString text = u"부산시는 카자흐스탄 알마티에서 의료관광 설명회를 열었다고 밝혔다. 부산시 관계자는 현지 환자 "
                         "유치를 늘리겠다고 말했다."_s;
    const QString plain = u"부산시, 카자흐스탄 의료관광 설명회"_s;
    const QString tagged = u"[대전·충청] "_s + plain;
    QCOMPARE(EntityProfile::leadingTagLength(tagged), int(tagged.indexOf(u']') + 1));
    QCOMPARE(EntityProfile::leadingTagLength(u"(종합)[포토] 부산"_s), 8);
    QCOMPARE(EntityProfile::leadingTagLength(plain), 0);
    const Tagger tagger;
    const Tags tags = tagger.tag(tagged, text);
    QVERIFY2(tags.regions.contains(u"KR-30"_s), "the tagger reads the tag; the profile must not");
    const EntityProfile withTag = EntityProfile::fromTags(tags, tagged);
    QCOMPARE(withTag, EntityProfile::fromTags(tagger.tag(plain, text), plain));
    const EntityProfile daejeon = EntityProfile::fromTags(
        tagger.tag(u"대전시, 카자흐스탄 의료관광 설명회"_s, QString(text).replace(u"부산"_s, u"대전"_s)),
        u"대전시, 카자흐스탄 의료관광 설명회"_s);
    QVERIFY(withTag.disagrees(daejeon));
}

void tst_StoryClusters::entitiesTravelWithTheSignature()
{
    const QString title = u"대전시, 카자흐스탄 의료관광 설명회"_s;
    const QString text = u"대전시는 카자흐스탄 알마티에서 대전한빛대학교병원과 함께 건강검진 설명회를 열었다."_s;
    const DuplicateSignature sig = DuplicateSignature::compute(title, text, Tagger().tag(title, text));
    QVERIFY(sig.entities().size() >= 4); // region, market, hospital, specialty
    const QByteArray bytes = sig.toBytes();
    const std::optional<DuplicateSignature> back = DuplicateSignature::fromBytes(bytes);
    QVERIFY(back);
    QCOMPARE(back->entities(), sig.entities());
    QCOMPARE(back->toBytes(), bytes);
    // The entity section is checked like the rest: cut short, extended, or out of range.
    QVERIFY(!DuplicateSignature::fromBytes(bytes.chopped(1)));
    QVERIFY(!DuplicateSignature::fromBytes(bytes + QByteArray(1, '\1')));
    const qsizetype countAt = bytes.size() - 1 - 6 * sig.entities().size();
    QByteArray tooMany = bytes;
    tooMany[countAt] = char(EntityProfile::kMaxEntities + 1);
    QVERIFY(!DuplicateSignature::fromBytes(tooMany));
    QByteArray zeroCount = bytes;
    zeroCount[countAt + 1 + 4] = 0; // the first entity's count
    QVERIFY(!DuplicateSignature::fromBytes(zeroCount));
}

void tst_StoryClusters::templatedReleases_data()
{
    QTest::addColumn<quint32>("seed"); // 0: publication order
    QTest::newRow("publication order") << quint32(0);
    for (quint32 seed = 1; seed <= 20; ++seed)
        QTest::addRow("shuffled, seed %u", seed) << seed;
}

void tst_StoryClusters::templatedReleases()
{
    QFETCH(quint32, seed);
    QString error;
    const QList<EnrichTestData::Article> articles = EnrichTestData::load(u"templated-releases.json"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(articles.size() >= 20);
    QList<int> order(articles.size());
    std::iota(order.begin(), order.end(), 0);
    if (seed > 0) {
        QRandomGenerator random(seed);
        std::shuffle(order.begin(), order.end(), random);
    }
    NearDuplicateIndex index;
    for (const int i : std::as_const(order))
        index.add(i + 1, articles[i].title, articles[i].text, articles[i].published);
    QList<QString> stories;
    QList<qint64> clusters;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        stories.append(articles[i].story);
        clusters.append(index.clusterOf(i + 1));
    }
    for (qsizetype i = 0; i < articles.size(); ++i) {
        for (qsizetype j = i + 1; j < articles.size(); ++j) {
            const bool same = stories[i] == stories[j];
            if (same != (clusters[i] == clusters[j]))
                std::printf("  %s pair: %s | %s\n", same ? "missed" : "wrong", qPrintable(articles[i].id),
                            qPrintable(articles[j].id));
        }
    }
    const EnrichTestData::PairScore score = EnrichTestData::pairScore(stories, clusters);
    if (seed == 0)
        std::printf("Templated releases, %d articles: pairwise precision %.3f recall %.3f\n", int(articles.size()),
                    score.precision(), score.recall());
    QCOMPARE(score.precision(), 1.0);
    QCOMPARE(score.recall(), 1.0);
}

void tst_StoryClusters::lookAlikeChainsStayShort()
{
    // Each article shares three of its four sentences with the next: every neighbour looks like
    // a copy, the first and the last have nothing in common. A chain must not make one story of them.
    const QStringList s = sentences(30, 7);
    const QDateTime t0 = QDateTime::fromString(u"2026-04-01T09:00:00+09:00"_s, Qt::ISODate);
    NearDuplicateIndex index;
    constexpr int n = 24;
    for (int k = 0; k < n; ++k) {
        const QString title = sentences(1, 1000 + k).constFirst(); // unrelated headlines
        index.add(k + 1, textOnly(title, s.mid(k, 4)), t0.addSecs(3600 * k));
    }
    QVERIFY2(index.clusterOf(1) != index.clusterOf(n), "a chain of look-alikes became one story");
    int largest = 0;
    for (int a = 1; a <= n; ++a) {
        largest = std::max(largest, index.clusterSize(index.clusterOf(a)));
        for (int b = a + 1; b <= n; ++b) {
            if (index.clusterOf(a) == index.clusterOf(b))
                QVERIFY2(b - a <= 2, qPrintable(u"articles %1 and %2 share no sentence but a story"_s.arg(a).arg(b)));
        }
    }
    QVERIFY2(largest <= 3, qPrintable(QString::number(largest)));
    QVERIFY(index.clusterCount() >= n / 3);
}

void tst_StoryClusters::copiesOfOneOriginalMerge()
{
    // Two outlets' cuts of one release that are not copies of each other (a rewritten lead and the
    // start; the start and the end) arrive first; the original, a copy of both, brings them together.
    const QStringList s = sentences(10, 11);
    const QString lead = sentences(1, 12).constFirst();
    const QDateTime t0 = QDateTime::fromString(u"2026-04-01T09:00:00+09:00"_s, Qt::ISODate);
    NearDuplicateIndex index;
    const ClusterAssignment a = index.add(1, textOnly(u"가"_s, QStringList{lead} + s.mid(0, 5)), t0.addSecs(3600));
    const ClusterAssignment b = index.add(2, textOnly(u"나"_s, s.mid(0, 3) + s.mid(6, 4)), t0.addSecs(7200));
    QVERIFY(a.isNew);
    QVERIFY(b.isNew); // not copies of each other
    const ClusterAssignment original = index.add(3, textOnly(u"다"_s, s), t0);
    QVERIFY(!original.isNew);
    QCOMPARE(original.mergedClusterIds.size(), 1);
    QCOMPARE(index.clusterOf(1), index.clusterOf(2));
    QCOMPARE(index.clusterOf(3), index.clusterOf(1));
    QCOMPARE(index.representative(index.clusterOf(3)), qint64(3)); // the earliest full version
}

void tst_StoryClusters::roundupDoesNotMergeStories()
{
    // A weekly round-up carries two whole releases: it is a copy of each, but the two stories have
    // nothing in common, so it must not make them one.
    const QStringList x = sentences(6, 21);
    const QStringList y = sentences(6, 22);
    const QDateTime t0 = QDateTime::fromString(u"2026-04-01T09:00:00+09:00"_s, Qt::ISODate);
    NearDuplicateIndex index;
    index.add(1, textOnly(u"가"_s, x), t0);
    index.add(2, textOnly(u"가"_s, x + QStringList{u"홍길동 기자"_s}), t0.addSecs(600));
    index.add(3, textOnly(u"나"_s, y), t0.addSecs(1200));
    index.add(4, textOnly(u"나"_s, y + QStringList{u"김철수 기자"_s}), t0.addSecs(1800));
    QCOMPARE(index.clusterOf(2), index.clusterOf(1));
    QCOMPARE(index.clusterOf(4), index.clusterOf(3));
    const ClusterAssignment roundup = index.add(5, textOnly(u"주간 소식"_s, x + y), t0.addSecs(3600));
    QVERIFY(roundup.mergedClusterIds.isEmpty());
    QVERIFY(index.clusterOf(1) != index.clusterOf(3));
}

void tst_StoryClusters::sizeIsBounded()
{
    NearDuplicateIndex::Options options;
    options.maxClusterSize = 5;
    NearDuplicateIndex index(options);
    const QStringList s = sentences(6, 31);
    const QDateTime t0 = QDateTime::fromString(u"2026-04-01T09:00:00+09:00"_s, Qt::ISODate);
    for (int k = 1; k <= 8; ++k)
        index.add(k, textOnly(u"같은 제목"_s, s), t0.addSecs(600 * k));
    QCOMPARE(index.clusterSize(index.clusterOf(1)), 5);
    QCOMPARE(index.clusterSize(index.clusterOf(8)), 3);
    QVERIFY(index.clusterOf(8) != index.clusterOf(1));
    // The defaults: no real story comes near them.
    QVERIFY(NearDuplicateIndex::Options().maxClusterSize >= 100);
    QVERIFY(NearDuplicateIndex::Options().spanSecs <= 14 * 86400);
}

QTEST_GUILESS_MAIN(tst_StoryClusters)
#include "tst_storyclusters.moc"
