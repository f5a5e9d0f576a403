// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrich/tagger.h"
#include "enrich/taxonomy.h"
#include "enrichtestdata.h"

#include <QTest>

#include <cstdio>
#include <numeric>
#include <thread>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

const QStringList kKinds = {u"markets"_s, u"regions"_s, u"specialties"_s, u"hospitals"_s, u"events"_s};

QStringList valuesOf(const Tags &tags, const QString &kind)
{
    static const QHash<QString, TagKind> kinds = {{u"markets"_s, TagKind::Market},
                                                  {u"regions"_s, TagKind::Region},
                                                  {u"specialties"_s, TagKind::Specialty},
                                                  {u"hospitals"_s, TagKind::Hospital},
                                                  {u"events"_s, TagKind::Event}};
    return tags.values(kinds.value(kind));
}

} // namespace

class tst_Tagger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tablesLoad();
    void rules_data();
    void rules();
    void evidencePointsAtText();
    void labelledSet();
    void sampleFeed();
    void sharedAcrossThreads();
    void hostileInput();
};

void tst_Tagger::tablesLoad()
{
    const auto taxonomy = Taxonomy::builtin();
    QVERIFY2(taxonomy->errors().isEmpty(), qPrintable(taxonomy->errors().join(u"; "_s)));
    QVERIFY(taxonomy->gazetteer().patternCount() > 1000);
    QCOMPARE(taxonomy->labels(TagKind::Region).size(), 17);
    for (const TaxonomyLabel &market : taxonomy->labels(TagKind::Market)) {
        QCOMPARE(market.id.size(), 2);
        QVERIFY2(market.names.contains(u"ko"_s) && market.names.contains(u"en"_s), qPrintable(market.id));
    }
    QVERIFY(taxonomy->labels(TagKind::Specialty).size() >= 15);
    QVERIFY(taxonomy->labels(TagKind::Event).size() >= 10);
    QVERIFY(!taxonomy->marketGroups().isEmpty());
    QCOMPARE(Taxonomy::builtin().get(), taxonomy.get()); // loaded once

    const auto broken = Taxonomy::fromTables({{u"markets"_s, QByteArray("{not json")}});
    QVERIFY(!broken->errors().isEmpty());
    QVERIFY(Tagger(broken).tag(u"카자흐스탄"_s, QString()).markets.isEmpty());
}

void tst_Tagger::rules_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    const QString none;
    QTest::newRow("city → country: 알마티, 쉼켄트")
        << none << u"알마티와 쉼켄트에서 설명회"_s << u"markets"_s << QStringList{u"KZ"_s} << QStringList{};
    QTest::newRow("both spellings of Tashkent")
        << none << u"타쉬켄트 방문단, 타슈켄트 병원"_s << u"markets"_s << QStringList{u"UZ"_s} << QStringList{};
    QTest::newRow("울란바토르 → MN") << none << u"울란바토르시 보건국과 협약"_s << u"markets"_s << QStringList{u"MN"_s}
                                     << QStringList{};
    QTest::newRow("particle glued to a country")
        << none << u"카자흐스탄에서 온 환자"_s << u"markets"_s << QStringList{u"KZ"_s} << QStringList{};
    QTest::newRow("Russian case endings") << none << u"Пациенты из Казахстана и Узбекистане"_s << u"markets"_s
                                          << QStringList{u"KZ"_s, u"UZ"_s} << QStringList{};
    QTest::newRow("hanja 美 in a Korean headline")
        << u"美 환자 급증…中 의료관광객도"_s << none << u"markets"_s << QStringList{u"US"_s, u"CN"_s} << QStringList{};
    QTest::newRow("hanja 中 in body text is not a market")
        << none << u"환자 中 일부는 귀국했다"_s << u"markets"_s << QStringList{} << QStringList{u"CN"_s};
    QTest::newRow("中 inside 中企 is not China")
        << u"中企 지원 확대"_s << none << u"markets"_s << QStringList{} << QStringList{u"CN"_s};
    QTest::newRow("LA with a Korean community")
        << none << u"LA 한인타운에서 설명회"_s << u"markets"_s << QStringList{u"US"_s} << QStringList{};
    QTest::newRow("LA갈비 is food") << none << u"점심 메뉴는 LA갈비"_s << u"markets"_s << QStringList{}
                                    << QStringList{u"US"_s};
    QTest::newRow("lower-case la is not LA")
        << none << u"la 한인 교포"_s << u"markets"_s << QStringList{} << QStringList{u"US"_s};
    QTest::newRow("US only in capitals") << none << u"Let us help. The US market grows."_s << u"markets"_s
                                         << QStringList{u"US"_s} << QStringList{};
    QTest::newRow("us alone is not a market")
        << none << u"Join us in Seoul."_s << u"markets"_s << QStringList{} << QStringList{u"US"_s};
    QTest::newRow("재미동포 → US") << none << u"재미동포 건강검진"_s << u"markets"_s << QStringList{u"US"_s}
                                   << QStringList{};
    QTest::newRow("러시아어 is a language")
        << none << u"러시아어 통역 서비스"_s << u"markets"_s << QStringList{} << QStringList{u"RU"_s};
    QTest::newRow("중국어 is a language")
        << none << u"중국어 통역 서비스"_s << u"markets"_s << QStringList{} << QStringList{u"CN"_s};
    QTest::newRow("인도네시아 is not India")
        << none << u"인도네시아 환자"_s << u"markets"_s << QStringList{u"ID"_s} << QStringList{u"IN"_s};
    QTest::newRow("인도 with a particle is India")
        << none << u"인도에서 온 환자"_s << u"markets"_s << QStringList{u"IN"_s} << QStringList{};
    QTest::newRow("인도적 is humanitarian")
        << none << u"인도적 지원"_s << u"markets"_s << QStringList{} << QStringList{u"IN"_s};
    QTest::newRow("English adjective") << none << u"Kazakh agents met Uzbek doctors."_s << u"markets"_s
                                       << QStringList{u"KZ"_s, u"UZ"_s} << QStringList{};
    QTest::newRow("Latin America is not the US")
        << none << u"patients from Latin America"_s << u"markets"_s << QStringList{} << QStringList{u"US"_s};

    QTest::newRow("대전시는") << none << u"대전시는 22일 밝혔다"_s << u"regions"_s << QStringList{u"KR-30"_s}
                              << QStringList{};
    QTest::newRow("세계대전 is not Daejeon")
        << none << u"2차 세계대전 이후"_s << u"regions"_s << QStringList{} << QStringList{u"KR-30"_s};
    QTest::newRow("대전환 is not Daejeon")
        << none << u"디지털 대전환 시대"_s << u"regions"_s << QStringList{} << QStringList{u"KR-30"_s};
    QTest::newRow("대구탕 is soup") << none << u"생대구로 끓인 대구탕"_s << u"regions"_s << QStringList{}
                                    << QStringList{u"KR-27"_s};
    QTest::newRow("광주 alone is Gwangju city")
        << none << u"광주 지역 병원"_s << u"regions"_s << QStringList{u"KR-29"_s} << QStringList{u"KR-41"_s};
    QTest::newRow("경기 광주 is in Gyeonggi") << none << u"경기 광주 척추병원, 경기도 광주시 소재"_s << u"regions"_s
                                              << QStringList{u"KR-41"_s} << QStringList{u"KR-29"_s};
    QTest::newRow("경기 침체 is the economy")
        << none << u"경기 침체가 길어진다"_s << u"regions"_s << QStringList{} << QStringList{u"KR-41"_s};
    QTest::newRow("cities inside provinces")
        << none << u"수원, 천안, 창원, 포항, 전주, 청주, 춘천"_s << u"regions"_s
        << QStringList{u"KR-41"_s, u"KR-44"_s, u"KR-48"_s, u"KR-47"_s, u"KR-45"_s, u"KR-43"_s, u"KR-42"_s}
        << QStringList{};
    QTest::newRow("전주 대비 means last week")
        << none << u"판매량이 전주 대비 5% 늘었다"_s << u"regions"_s << QStringList{} << QStringList{u"KR-45"_s};
    QTest::newRow("dateline place is ignored") << none << u"[세종=뉴스] 홍길동 기자 = 복지부는 부산시와 협의했다"_s
                                               << u"regions"_s << QStringList{u"KR-26"_s} << QStringList{u"KR-50"_s};
    QTest::newRow("dateline in a title is ignored") << u"[세종=정책일보] 외국인 환자 진료비 3조원"_s << none
                                                    << u"regions"_s << QStringList{} << QStringList{u"KR-50"_s};
    QTest::newRow("section tag in a title says where")
        << u"[대전] 의료관광 설명회"_s << none << u"regions"_s << QStringList{u"KR-30"_s} << QStringList{};
    QTest::newRow("outlet name in a dateline is no evidence")
        << none << u"(의료관광정책신문) 병원 주차장 신축"_s << u"events"_s << QStringList{} << QStringList{u"policy"_s};
    QTest::newRow("English dateline is ignored") << none << u"SEOUL, Sept. 9 (Wire) -- Officials in Busan said"_s
                                                 << u"regions"_s << QStringList{u"KR-26"_s} << QStringList{u"KR-11"_s};
    QTest::newRow("충남대병원 stands in Daejeon")
        << none << u"충남대병원 의료진"_s << u"regions"_s << QStringList{u"KR-30"_s} << QStringList{u"KR-44"_s};
    QTest::newRow("서울아산병원 is not Asan")
        << none << u"서울아산병원 간이식팀"_s << u"regions"_s << QStringList{u"KR-11"_s} << QStringList{u"KR-44"_s};

    QTest::newRow("비뇨기과 = 비뇨의학과 = urology")
        << none << u"비뇨기과와 비뇨의학과"_s << u"specialties"_s << QStringList{u"urology"_s} << QStringList{};
    QTest::newRow("심장내과 is cardiology only") << none << u"심장내과 전문의"_s << u"specialties"_s
                                                 << QStringList{u"cardiology"_s} << QStringList{u"internal-medicine"_s};
    QTest::newRow("방안과 is not ophthalmology")
        << none << u"활성화 방안과 대책"_s << u"specialties"_s << QStringList{} << QStringList{u"ophthalmology"_s};
    QTest::newRow("안과 after a separator") << none << u"피부과·안과 진료"_s << u"specialties"_s
                                            << QStringList{u"ophthalmology"_s, u"dermatology"_s} << QStringList{};
    QTest::newRow("화상 상담 is video, not burns")
        << none << u"입국 전 화상 상담"_s << u"specialties"_s << QStringList{} << QStringList{u"burns"_s};
    QTest::newRow("암 needs a word edge")
        << none << u"암 환자와 위암, 암호 해독"_s << u"specialties"_s << QStringList{u"oncology"_s} << QStringList{};
    QTest::newRow("암호 is not cancer") << none << u"암호 해독과 암시"_s << u"specialties"_s << QStringList{}
                                        << QStringList{u"oncology"_s};
    QTest::newRow("hair transplant is not organ transplant")
        << none << u"모발이식 수술, hair transplant"_s << u"specialties"_s << QStringList{u"hair-transplant"_s}
        << QStringList{u"transplant"_s};
    QTest::newRow("specialty inside a hospital name")
        << none << u"팔공척추병원 관계자"_s << u"specialties"_s << QStringList{} << QStringList{u"spine"_s};

    QTest::newRow("Korean hospital names")
        << none << u"대전한빛대학교병원은 유성하늘검진센터, 대전온누리한방병원과 함께"_s << u"hospitals"_s
        << QStringList{u"대전한빛대학교병원"_s, u"유성하늘검진센터"_s, u"대전온누리한방병원"_s} << QStringList{};
    QTest::newRow("known short forms") << none << u"충남대병원과 선병원, 건양대병원"_s << u"hospitals"_s
                                       << QStringList{u"충남대학교병원"_s, u"대전선병원"_s, u"건양대학교병원"_s}
                                       << QStringList{u"선병원"_s};
    QTest::newRow("abbreviated university hospital")
        << none << u"경상대병원 의료진"_s << u"hospitals"_s << QStringList{u"경상대학교병원"_s} << QStringList{};
    QTest::newRow("generic mentions are not names")
        << none << u"지역 대학병원과 A병원, 6개병원, 대형병원, 동네의원, 국회의원"_s << u"hospitals"_s << QStringList{}
        << QStringList{u"A병원"_s, u"대형병원"_s, u"국회의원"_s, u"6개병원"_s};
    QTest::newRow("association is not a hospital")
        << none << u"대한병원협회는 밝혔다"_s << u"hospitals"_s << QStringList{} << QStringList{u"대한병원"_s};
    QTest::newRow("English name") << none << u"Doctors at Daegu Nuri University Hospital said"_s << u"hospitals"_s
                                  << QStringList{u"Daegu Nuri University Hospital"_s} << QStringList{};
    QTest::newRow("English possessive place") << none << u"Seoul's Gangnam Sky Clinic opened."_s << u"hospitals"_s
                                              << QStringList{u"Gangnam Sky Clinic"_s} << QStringList{};
    QTest::newRow("generic English hospitals")
        << none << u"Korean hospitals and the University Hospital staff"_s << u"hospitals"_s << QStringList{}
        << QStringList{u"University Hospital"_s};
    QTest::newRow("Title Case headline names no hospital")
        << u"Daegu Hospital Earns First Accreditation Award"_s << none << u"hospitals"_s << QStringList{}
        << QStringList{u"Daegu Hospital"_s};

    QTest::newRow("MOU in Korean and English")
        << none << u"업무협약(MOU)을 체결했다"_s << u"events"_s << QStringList{u"mou"_s} << QStringList{};
    QTest::newRow("registration category is not an attraction drive")
        << none << u"외국인환자 유치의료기관으로 등록된 병원"_s << u"events"_s << QStringList{}
        << QStringList{u"patient-attraction"_s};
    QTest::newRow("attraction drive") << none << u"외국인 환자 유치에 나섰다"_s << u"events"_s
                                      << QStringList{u"patient-attraction"_s} << QStringList{};
    QTest::newRow("연수구 is a district")
        << none << u"인천 연수구 보건소"_s << u"events"_s << QStringList{} << QStringList{u"exchange"_s};
    QTest::newRow("exchange rate is not an exchange")
        << none << u"The exchange rate fell."_s << u"events"_s << QStringList{} << QStringList{u"exchange"_s};
    QTest::newRow("fam tour spellings") << none << u"팸 투어와 familiarisation tour"_s << u"events"_s
                                        << QStringList{u"fam-tour"_s} << QStringList{};
    QTest::newRow("full-width MOU folds")
        << none << u"ＭＯＵ 체결"_s << u"events"_s << QStringList{u"mou"_s} << QStringList{};
}

void tst_Tagger::rules()
{
    QFETCH(QString, title);
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const Tags tags = Tagger().tag(title, text);
    const QStringList got = valuesOf(tags, kind);
    for (const QString &v : std::as_const(present))
        QVERIFY2(got.contains(v), qPrintable(u"missing %1 in [%2]"_s.arg(v, got.join(u", "_s))));
    for (const QString &v : std::as_const(absent))
        QVERIFY2(!got.contains(v), qPrintable(u"unexpected %1 in [%2]"_s.arg(v, got.join(u", "_s))));
}

void tst_Tagger::evidencePointsAtText()
{
    const QString title = u"대전시, 카자흐스탄서 ＭＯＵ"_s;
    const QString text =
        u"[대전=뉴스] 대전시는  알마티\u00a0보건국과 업무협약을 맺었다. Daejeon’s hospitals signed an MOU."_s;
    const Tags tags = Tagger().tag(title, text);
    QVERIFY(tags.evidence.size() >= 6);
    for (const TagEvidence &e : tags.evidence) {
        const QString &source = e.inTitle ? title : text;
        QCOMPARE(source.mid(e.position, e.length), e.term);
    }
    QCOMPARE(tags.markets, QStringList{u"KZ"_s});
    QCOMPARE(tags.regions, QStringList{u"KR-30"_s});
}

void tst_Tagger::labelledSet()
{
    QString error;
    const QList<EnrichTestData::Article> articles = EnrichTestData::load(u"tagging.json"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(articles.size() >= 40);
    QVERIFY(std::any_of(articles.cbegin(), articles.cend(), [](const auto &a) { return a.lang == u"en"; }));
    QVERIFY(std::any_of(articles.cbegin(), articles.cend(), [](const auto &a) { return a.lang == u"ko"; }));

    const Tagger tagger;
    QHash<QString, int> tp, fp, fn;
    for (const EnrichTestData::Article &a : articles) {
        const Tags tags = tagger.tag(a.title, a.text, a.lang);
        for (const QString &kind : kKinds) {
            const QStringList got = valuesOf(tags, kind);
            const QStringList want = a.expected.value(kind);
            for (const QString &v : got) {
                if (want.contains(v))
                    ++tp[kind];
                else {
                    ++fp[kind];
                    std::printf("  FP %-12s %-40s %s\n", qPrintable(kind), qPrintable(a.id), qPrintable(v));
                }
            }
            for (const QString &v : want) {
                if (!got.contains(v)) {
                    ++fn[kind];
                    std::printf("  FN %-12s %-40s %s\n", qPrintable(kind), qPrintable(a.id), qPrintable(v));
                }
            }
        }
    }
    std::printf("\nTagging on %d labelled articles\n%-12s %5s %5s %5s %9s %9s\n", int(articles.size()), "kind", "TP",
                "FP", "FN", "precision", "recall");
    for (const QString &kind : kKinds) {
        const double p = tp[kind] + fp[kind] ? double(tp[kind]) / (tp[kind] + fp[kind]) : 1.0;
        const double r = tp[kind] + fn[kind] ? double(tp[kind]) / (tp[kind] + fn[kind]) : 1.0;
        std::printf("%-12s %5d %5d %5d %9.3f %9.3f\n", qPrintable(kind), tp[kind], fp[kind], fn[kind], p, r);
    }
    std::fflush(stdout);
    for (const QString &kind : kKinds) {
        QVERIFY2(tp[kind] * 10 >= 9 * (tp[kind] + fp[kind]), qPrintable(u"precision of %1 below 0.9"_s.arg(kind)));
        QVERIFY2(tp[kind] * 10 >= 9 * (tp[kind] + fn[kind]), qPrintable(u"recall of %1 below 0.9"_s.arg(kind)));
    }
}

void tst_Tagger::sampleFeed()
{
    QString error;
    const QList<EnrichTestData::Article> items = EnrichTestData::sample(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QHash<QString, Tags> byGuid;
    const Tagger tagger;
    for (const EnrichTestData::Article &a : items)
        byGuid.insert(a.id, tagger.tag(a.title, a.text));
    // The Daejeon Central Asia briefing, as carried by three outlets.
    for (const char16_t *guid : {u"medtour-sample-0012", u"medtour-sample-0013", u"medtour-sample-0014"}) {
        const Tags &t = byGuid[QString::fromUtf16(guid)];
        QVERIFY2(t.markets.contains(u"KZ"_s) && t.markets.contains(u"UZ"_s), qPrintable(t.markets.join(u',')));
        QCOMPARE(t.regions.value(0), u"KR-30"_s);
        QVERIFY(t.events.contains(u"briefing"_s));
        QVERIFY(t.hospitals.contains(u"대전한빛대학교병원"_s));
    }
    QVERIFY(byGuid[u"medtour-sample-0032"_s].markets.contains(u"MN"_s));
    QVERIFY(byGuid[u"medtour-sample-0032"_s].regions.contains(u"KR-49"_s));
    QVERIFY(byGuid[u"medtour-sample-0021"_s].markets.contains(u"US"_s));
    QVERIFY(byGuid[u"medtour-sample-0008"_s].markets.isEmpty());
}

void tst_Tagger::sharedAcrossThreads()
{
    QString error;
    const QList<EnrichTestData::Article> articles = EnrichTestData::load(u"tagging.json"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Tagger tagger;
    QList<QJsonObject> expected;
    for (const auto &a : articles)
        expected.append(tagger.tag(a.title, a.text).toJson());
    std::vector<std::thread> threads;
    std::vector<int> mismatches(4, 0);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 3; ++round)
                for (qsizetype i = 0; i < articles.size(); ++i)
                    if (tagger.tag(articles[i].title, articles[i].text).toJson() != expected[i])
                        ++mismatches[size_t(t)];
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(std::accumulate(mismatches.begin(), mismatches.end(), 0), 0);
}

void tst_Tagger::hostileInput()
{
    const Tagger tagger;
    QString junk;
    junk.reserve(300000);
    for (quint32 i = 0; i < 300000; ++i)
        junk.append(QChar(char16_t((i * 7919u) % 0xFFFFu + 1)));
    const Tags tags = tagger.tag(junk.left(5000), junk);
    Q_UNUSED(tags)
    const Tags empty = tagger.tag(QString(), QString());
    QVERIFY(empty.evidence.isEmpty());
    const QString highSurrogate(QChar(char16_t(0xD800)));
    const QString lowSurrogate(QChar(char16_t(0xDC00)));
    const Tags lone = tagger.tag(highSurrogate, lowSurrogate + u" 대전 \u0301"_s);
    QCOMPARE(lone.regions, QStringList{u"KR-30"_s});
}

QTEST_GUILESS_MAIN(tst_Tagger)
#include "tst_tagger.moc"
