// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrich/relevancescorer.h"
#include "enrich/tagger.h"
#include "enrichtestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cstdio>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

const QString kMouTitle = u"대전시, 카자흐스탄 알마티시와 외국인 환자 유치 업무협약"_s;
const QString kMouText =
    u"대전시는 카자흐스탄 알마티시 보건국과 외국인 환자 유치와 의료관광 활성화를 위한 업무협약을 체결했다고 10일 "
    u"밝혔다. "
    "협약에 따라 알마티 보건국은 중증 환자를 대전 지역 외국인환자 유치의료기관에 의뢰하고, 시는 현지 의료진 연수를 지원한다."_s;
const QString kStaffingTitle = u"대전새봄병원, 간호사 120명 신규 채용"_s;
const QString kStaffingText =
    u"대전새봄병원은 하반기 공개채용을 통해 신규 간호사 120명을 채용한다고 12일 밝혔다. "
    "병원은 간호·간병통합서비스 병동을 늘리고 야간 전담 간호사 제도를 도입한다. 원서는 병원 누리집에서 받는다."_s;

/// The labelled list is judged at this threshold: relevant at or above it, irrelevant below.
constexpr double kThreshold = 0.35;
/// No article may be this far on the wrong side.
constexpr double kRelevantFloor = 0.25;
constexpr double kIrrelevantCeiling = 0.4;

} // namespace

class tst_RelevanceScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mouOutranksStaffing();
    void reasonsCarryTableWeights();
    void saturation();
    void gatedAndNegativeTerms_data();
    void gatedAndNegativeTerms();
    void labelledList();
    void sampleFeed();
    void compactJsonMatchesQJson();
};

void tst_RelevanceScorer::mouOutranksStaffing()
{
    const RelevanceScorer scorer;
    const Relevance mou = scorer.score(kMouTitle, kMouText);
    const Relevance staffing = scorer.score(kStaffingTitle, kStaffingText);
    QVERIFY2(mou.score >= 0.7, qPrintable(QString::number(mou.score)));
    QVERIFY2(staffing.score <= 0.2, qPrintable(QString::number(staffing.score)));
    QVERIFY(mou.score > staffing.score);
    QVERIFY(mou.score <= 1.0 && staffing.score >= 0.0);
}

void tst_RelevanceScorer::reasonsCarryTableWeights()
{
    const Relevance r = RelevanceScorer().score(kMouTitle, kMouText);
    const QJsonArray reasons = r.reasonsJson();
    QVERIFY(!reasons.isEmpty());
    bool core = false;
    bool market = false;
    bool headline = false;
    for (const QJsonValue &v : reasons) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.contains(u"term"_s) && o.contains(u"weight"_s));
        if (o.value(u"term"_s).toString() == u"외국인환자 유치"_s && o.value(u"kind"_s).toString() == u"core"_s) {
            QCOMPARE(o.value(u"weight"_s).toDouble(), 0.5);
            core = true;
        }
        market = market || o.value(u"kind"_s).toString() == u"market"_s;
        headline = headline || o.value(u"kind"_s).toString() == u"headline"_s;
    }
    QVERIFY(core);
    QVERIFY(market);
    QVERIFY(headline);
    // Strongest first.
    for (qsizetype i = 1; i < r.reasons.size(); ++i)
        QVERIFY(std::abs(r.reasons[i - 1].weight) >= std::abs(r.reasons[i].weight));
}

void tst_RelevanceScorer::saturation()
{
    const RelevanceScorer scorer;
    const double one = scorer.score(QString(), u"의료관광 활성화"_s).score;
    const double two = scorer.score(QString(), u"의료관광 활성화와 해외환자 유치"_s).score;
    const double many = scorer
                            .score(u"의료관광 medical tourism"_s,
                                   u"의료관광, 외국인 환자, 해외환자, medical tourism, international patients, "
                                   "медицинский туризм, 医疗旅游, 카자흐스탄, 몽골, 러시아, 팸투어, 업무협약"_s)
                            .score;
    QVERIFY(one > 0.3);
    QVERIFY(two > one);
    QVERIFY(many > two);
    QVERIFY(many <= 1.0);
    QCOMPARE(scorer.score(QString(), QString()).score, 0.0);
}

void tst_RelevanceScorer::gatedAndNegativeTerms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("atLeast");
    QTest::addColumn<double>("atMost");
    QTest::newRow("supporting term alone counts nothing") << u"병원 국제진료센터 리모델링"_s << 0.0 << 0.0;
    QTest::newRow("supporting term with a market") << u"몽골 환자를 위한 국제진료센터"_s << 0.5 << 1.0;
    QTest::newRow("foreign patients by nationality") << u"태국 환자 200명이 모발이식을 받았다"_s << 0.4 << 1.0;
    QTest::newRow("negative term damps domestic news") << u"간호사 채용 공고, 협약 병원"_s << 0.0 << 0.0;
    QTest::newRow("negative term ignored with a core term") << u"의료관광 코디네이터 채용"_s << 0.4 << 1.0;
}

void tst_RelevanceScorer::gatedAndNegativeTerms()
{
    QFETCH(QString, text);
    QFETCH(double, atLeast);
    QFETCH(double, atMost);
    const Relevance r = RelevanceScorer().score(QString(), text);
    QVERIFY2(r.score >= atLeast && r.score <= atMost,
             qPrintable(u"%1 not in [%2, %3]"_s.arg(r.score).arg(atLeast).arg(atMost)));
}

void tst_RelevanceScorer::labelledList()
{
    QString error;
    const QList<EnrichTestData::Article> articles = EnrichTestData::load(u"tagging.json"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Tagger tagger;
    const RelevanceScorer scorer;
    QList<double> relevant;
    QList<double> irrelevant;
    int wrong = 0;
    for (const EnrichTestData::Article &a : articles) {
        const double s = scorer.score(tagger.tag(a.title, a.text, a.lang)).score;
        (a.relevant ? relevant : irrelevant).append(s);
        if (a.relevant != (s >= kThreshold)) {
            ++wrong;
            std::printf("  %s scored %.3f: %s\n", a.relevant ? "relevant" : "irrelevant", s, qPrintable(a.id));
        }
    }
    // Area under the ROC curve: the chance that a relevant article outscores an irrelevant one.
    double wins = 0;
    for (const double r : std::as_const(relevant))
        for (const double i : std::as_const(irrelevant))
            wins += r > i ? 1.0 : (r == i ? 0.5 : 0.0);
    const double auc = wins / double(relevant.size() * irrelevant.size());
    const double lowest = *std::min_element(relevant.cbegin(), relevant.cend());
    const double highest = *std::max_element(irrelevant.cbegin(), irrelevant.cend());
    const double accuracy = 1.0 - double(wrong) / double(articles.size());
    std::printf("Relevance on %d relevant / %d irrelevant articles: accuracy %.3f at %.2f, ROC AUC %.3f, "
                "lowest relevant %.3f, highest irrelevant %.3f\n",
                int(relevant.size()), int(irrelevant.size()), accuracy, kThreshold, auc, lowest, highest);
    std::fflush(stdout);
    QVERIFY(relevant.size() >= 30 && irrelevant.size() >= 10);
    QVERIFY2(accuracy >= 0.95, qPrintable(QString::number(accuracy)));
    QVERIFY2(auc >= 0.97, qPrintable(QString::number(auc)));
    QVERIFY2(lowest >= kRelevantFloor, qPrintable(QString::number(lowest)));
    QVERIFY2(highest <= kIrrelevantCeiling, qPrintable(QString::number(highest)));
}

void tst_RelevanceScorer::sampleFeed()
{
    QString error;
    const QList<EnrichTestData::Article> items = EnrichTestData::sample(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const RelevanceScorer scorer;
    QHash<QString, double> score;
    for (const EnrichTestData::Article &a : items)
        score.insert(a.id, scorer.score(a.title, a.text).score);
    QVERIFY2(score.value(u"medtour-sample-0008"_s, 1) <= 0.2,
             qPrintable(QString::number(score.value(u"medtour-sample-0008"_s))));
    QVERIFY2(score.value(u"medtour-sample-0026"_s, 1) <= 0.2,
             qPrintable(QString::number(score.value(u"medtour-sample-0026"_s))));
    for (const char16_t *guid :
         {u"medtour-sample-0007", u"medtour-sample-0012", u"medtour-sample-0018", u"medtour-sample-0030"})
        QVERIFY2(score.value(QString::fromUtf16(guid)) >= 0.7, qPrintable(QString::fromUtf16(guid)));
    int high = 0;
    for (auto it = score.cbegin(); it != score.cend(); ++it)
        high += it.value() >= kThreshold ? 1 : 0;
    QVERIFY(high >= 28); // the sample is a medical-tourism feed with two off-topic items
}

void tst_RelevanceScorer::compactJsonMatchesQJson()
{
    // What the sync stores is written by hand; it must say what QJsonDocument would, for the
    // scorer's own output and for terms with characters JSON escapes.
    QList<Relevance> cases;
    const Tagger tagger;
    const RelevanceScorer scorer;
    cases << scorer.score(tagger.tag(kMouTitle, kMouText, u"ko"_s))
          << scorer.score(tagger.tag(kStaffingTitle, kStaffingText, u"ko"_s)) << Relevance{};
    Relevance odd;
    odd.reasons << RelevanceReason{u"\"quoted\" \\ back\nline\ttab\u0001 의료관광"_s, 0.1 + 0.2, u"core"_s}
                << RelevanceReason{u"negative"_s, -0.25, u"negative"_s} << RelevanceReason{QString(), 1.0, QString()}
                << RelevanceReason{u"tiny"_s, 0.0004, u"market"_s};
    cases << odd;
    QVERIFY(!cases.first().reasons.isEmpty());
    for (const Relevance &r : std::as_const(cases)) {
        const QByteArray expected = QJsonDocument(r.reasonsJson()).toJson(QJsonDocument::Compact);
        const QString mine = r.reasonsCompactJson();
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(mine.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.array(), r.reasonsJson());
        QCOMPARE(mine.toUtf8(), expected);
    }
}

QTEST_GUILESS_MAIN(tst_RelevanceScorer)
#include "tst_relevancescorer.moc"
