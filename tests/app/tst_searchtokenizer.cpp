// SPDX-License-Identifier: GPL-3.0-or-later
// The search index's own tokens: what a document is indexed as and how a query term splits.
#include "text/searchtokenizer.h"

#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_SearchTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentTokens_data();
    void documentTokens();
    void longDocumentsAreCut();
    void queryRuns();
    void trigrams_data();
    void trigrams();
};

void tst_SearchTokenizer::documentTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("tokens");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only separators") << u" ,.!·  "_s << QString();
    // A Hangul run: its overlapping bigrams, then its last syllable.
    QTest::newRow("Korean words") << u"외국인 환자 유치"_s << u"외국 국인 인 환자 자 유치 치"_s;
    QTest::newRow("one syllable") << u"암"_s << u"암"_s;
    // Latin and digits: one folded word per run.
    QTest::newRow("English") << u"Medical TOURISM, 2024!"_s << u"medical tourism 2024"_s;
    QTest::newRow("full-width Latin") << u"ＭＯＵ"_s << u"mou"_s;
    // Script changes end runs even without a space.
    QTest::newRow("mixed scripts") << u"대전시Daejeon의료"_s << u"대전 전시 시 daejeon 의료 료"_s;
    QTest::newRow("Han and Kana") << u"首尔 ソウル"_s << u"首尔 尔 ソウ ウル ル"_s;
    QTest::newRow("Russian") << u"Пациенты из Казахстана"_s << u"пациенты из казахстана"_s;
}

void tst_SearchTokenizer::documentTokens()
{
    QFETCH(QString, text);
    QFETCH(QString, tokens);
    QCOMPARE(SearchTokenizer::documentTokens(text), tokens);
}

void tst_SearchTokenizer::longDocumentsAreCut()
{
    const QString text = u"의료관광 "_s.repeated(10);
    const QString cut = SearchTokenizer::documentTokens(text, 7); // "의료관광 의료"
    QCOMPARE(cut, u"의료 료관 관광 광 의료 료"_s);
    QCOMPARE(SearchTokenizer::documentTokens(text).count(u"의료"_s), 10);
}

void tst_SearchTokenizer::queryRuns()
{
    const QList<SearchTokenizer::Run> runs = SearchTokenizer::runs(u"외국인 환자 MOU·협약"_s);
    QCOMPARE(runs.size(), 4);
    QCOMPARE(runs[0].text, u"외국인"_s);
    QVERIFY(runs[0].cjk);
    QCOMPARE(runs[1].text, u"환자"_s);
    QCOMPARE(runs[2].text, u"mou"_s);
    QVERIFY(!runs[2].cjk);
    QCOMPARE(runs[3].text, u"협약"_s);
    QVERIFY(runs[3].cjk);
    QVERIFY(SearchTokenizer::runs(u" - "_s).isEmpty());
}

void tst_SearchTokenizer::trigrams_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("trigrams");
    QTest::newRow("runs of 1, 2, 3 and 4 syllables") << u"암 환자 외국인 의료관광"_s << u"외국인 의료관 료관광"_s;
    // A run's last syllable stands alone after its bigrams, so no trigram joins two runs.
    QTest::newRow("runs side by side") << u"설명 명회·대전시"_s << u"대전시"_s;
    QTest::newRow("script changes") << u"대전시Daejeon의료관"_s << u"대전시 의료관"_s;
    QTest::newRow("Han and Kana") << u"首尔市 ソウル"_s << u"首尔市 ソウル"_s;
    QTest::newRow("Latin words are never trigrams") << u"abc MOU de"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_SearchTokenizer::trigrams()
{
    QFETCH(QString, text);
    QFETCH(QString, trigrams);
    QCOMPARE(SearchTokenizer::documentTrigrams(SearchTokenizer::documentTokens(text)), trigrams);
    // A query of three such characters is one trigram; anything else is left to the bigrams.
    QCOMPARE(SearchTokenizer::trigramOf({u"설명"_s, u"명회"_s}), u"설명회"_s);
    QCOMPARE(SearchTokenizer::trigramOf({u"설명"_s, u"회의"_s}), QString());
    QCOMPARE(SearchTokenizer::trigramOf({u"의료"_s, u"료관"_s, u"관광"_s}), QString());
    QCOMPARE(SearchTokenizer::trigramOf({u"ab"_s, u"bc"_s}), QString());
}

QTEST_GUILESS_MAIN(tst_SearchTokenizer)
#include "tst_searchtokenizer.moc"
