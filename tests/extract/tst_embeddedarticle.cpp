// SPDX-License-Identifier: GPL-3.0-or-later
// Articles carried as data for a page's scripts (JSON-LD articleBody, __NEXT_DATA__, Fusion.globalContent): what is
// read, what wins over the markup, and the bounds that keep a hostile page from making the reader recurse or
// allocate without limit. The realistic pages are in tests/data/pages (arc-fusion-globalcontent, nextjs-next-data,
// jsonld-articlebody), checked by tst_koreanpages.
#include "extract/embeddedarticle.h"
#include "extract/embeddedjson.h"
#include "extract/pageextractor.h"
#include "html/htmldom.h"
#include "text/dateparser.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_EmbeddedArticle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void depthIsBoundedBeforeParsing();
    void assignedObjectRespectsStrings();
    void assignedIgnoresComparisonsAndBrokenLiterals();
    void longestBodyWinsWithItsMetadata();
    void epochDatesAndArcCredits();
    void markupWinsWhenItHoldsTheArticle();
    void dataFillsAnEmptyBody();
    void hostileScriptsAreBounded();
};

namespace {

QString nested(int levels)
{
    return QString(levels, u'[') + QString(levels, u']');
}

QString paragraph(int n)
{
    return u"대전시가 카자흐스탄 의료관광객 유치를 위해 알마티에서 설명회를 열었다고 밝혔다. 문단 %1."_s.arg(n);
}

} // namespace

void tst_EmbeddedArticle::depthIsBoundedBeforeParsing()
{
    EmbeddedJson::Limits limits;
    limits.maxDepth = 64;
    QCOMPARE(EmbeddedJson::depth(nested(64), 100), 64);
    QVERIFY(EmbeddedJson::parse(nested(64), limits).isArray());
    QVERIFY(EmbeddedJson::parse(nested(65), limits).isUndefined());
    QCOMPARE(EmbeddedJson::depth(u"[[]"_s, 100), -1);       // unbalanced
    QCOMPARE(EmbeddedJson::depth(u"[\"]]]]\"]"_s, 100), 1); // brackets in strings do not count
    limits.maxChars = 10;
    QVERIFY(EmbeddedJson::parse(u"{\"a\":\"0123456789\"}"_s, limits).isUndefined());
    QVERIFY(EmbeddedJson::parse(u"<!-- {\"a\":1} -->"_s).isObject()); // template wrappers come off
}

void tst_EmbeddedArticle::assignedObjectRespectsStrings()
{
    const QString script =
        u"window.Fusion=window.Fusion||{};Fusion.globalContent={\"a\":\"}{\\\"\",\"b\":{\"c\":[1,2]}};"
        "Fusion.globalContentConfig={\"source\":\"x\"};"_s;
    const QJsonObject object = EmbeddedJson::assigned(script, u"Fusion.globalContent").toObject();
    QCOMPARE(object.value(u"a"_s).toString(), u"}{\""_s);
    QCOMPARE(object.value(u"b"_s).toObject().value(u"c"_s).toArray().size(), 2);
}

void tst_EmbeddedArticle::assignedIgnoresComparisonsAndBrokenLiterals()
{
    QVERIFY(EmbeddedJson::assigned(u"if (Fusion.globalContent == {}) {}"_s, u"Fusion.globalContent").isUndefined());
    QVERIFY(EmbeddedJson::assigned(u"Fusion.globalContent={\"a\":[1,2"_s, u"Fusion.globalContent").isUndefined());
    QVERIFY(EmbeddedJson::assigned(u"Fusion.globalContent={a:1}"_s, u"Fusion.globalContent").isUndefined());
}

void tst_EmbeddedArticle::longestBodyWinsWithItsMetadata()
{
    // A Next.js page: the story and, beside it, related items whose summaries are shorter.
    QString body;
    for (int n = 1; n <= 4; ++n)
        body += u"<p>%1</p>"_s.arg(paragraph(n));
    const QJsonObject article{
        {u"title"_s, u"대전 의료관광 설명회"_s},
        {u"content"_s, body},
        {u"publishedAt"_s, u"2024-04-11 09:30:00"_s},
        {u"reporters"_s, QJsonArray{QJsonObject{{u"name"_s, u"홍길동"_s}, {u"email"_s, u"Hong@Example.com"_s}}}}};
    const QJsonObject related{{u"title"_s, u"다른 기사"_s}, {u"content"_s, paragraph(9).repeated(3)}};
    const QJsonObject root{{u"props"_s, QJsonObject{{u"pageProps"_s, QJsonObject{{u"related"_s, QJsonArray{related}},
                                                                                 {u"article"_s, article}}}}}};
    const EmbeddedArticle found =
        EmbeddedArticle::find(root, EmbeddedArticle::Origin::NextData, EmbeddedArticle::Limits{});
    QCOMPARE(found.origin, EmbeddedArticle::Origin::NextData);
    QCOMPARE(found.paragraphs.size(), 4);
    QCOMPARE(found.paragraphs.constFirst(), paragraph(1));
    QCOMPARE(found.title, u"대전 의료관광 설명회"_s);
    QCOMPARE(found.publishedText, u"2024-04-11 09:30:00"_s);
    QCOMPARE(found.authors, QStringList{u"홍길동"_s});
    QCOMPARE(found.emails, QStringList{u"hong@example.com"_s});
}

void tst_EmbeddedArticle::epochDatesAndArcCredits()
{
    const QJsonObject story{
        {u"headlines"_s, QJsonObject{{u"basic"_s, u"제목"_s}}},
        {u"first_publish_date"_s, 1709616000000.0}, // milliseconds
        {u"credits"_s,
         QJsonObject{
             {u"by"_s, QJsonArray{QJsonObject{
                           {u"name"_s, u"김부산"_s},
                           {u"additional_properties"_s,
                            QJsonObject{{u"original"_s, QJsonObject{{u"email"_s, u"kim@busan.example"_s}}}}}}}}}},
        {u"content_elements"_s,
         QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"content"_s, paragraph(1)}},
                    QJsonObject{{u"type"_s, u"image"_s}, {u"caption"_s, u"▲ 설명회 모습"_s}},
                    QJsonObject{{u"type"_s, u"interstitial_link"_s}, {u"content"_s, u"관련기사"_s}},
                    QJsonObject{{u"type"_s, u"text"_s}, {u"content"_s, paragraph(2)}}}}};
    const EmbeddedArticle found = EmbeddedArticle::find(story, EmbeddedArticle::Origin::Script, {});
    QCOMPARE(found.paragraphs, (QStringList{paragraph(1), paragraph(2)}));
    QCOMPARE(found.captions, QStringList{u"▲ 설명회 모습"_s});
    QCOMPARE(found.title, u"제목"_s);
    QCOMPARE(found.publishedText, u"2024-03-05T05:20:00Z"_s);
    QCOMPARE(found.authors, QStringList{u"김부산"_s});
    QCOMPARE(found.emails, QStringList{u"kim@busan.example"_s});
}

void tst_EmbeddedArticle::markupWinsWhenItHoldsTheArticle()
{
    // The markup has the whole article; the JSON-LD body is a paywall's teaser. The markup stays.
    QString markup;
    for (int n = 1; n <= 6; ++n)
        markup += u"<p>%1</p>"_s.arg(paragraph(n));
    const QString html = u"<html lang=\"ko\"><head><script "
                         u"type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"%1\"}"
                         "</script></head><body><div id=\"article-view-content-div\">%2</div></body></html>"_s.arg(
                             u"짧은 요약입니다. "_s.repeated(25), markup);
    const ExtractedPage page = PageExtractor().extractHtml(html, QUrl(u"https://news.example.kr/a/1"_s));
    QCOMPARE(page.paragraphs.size(), 6);
    QVERIFY(!page.text().contains(u"짧은 요약"_s));
}

void tst_EmbeddedArticle::dataFillsAnEmptyBody()
{
    QString body;
    QStringList expected;
    for (int n = 1; n <= 5; ++n) {
        body += paragraph(n) + u"\\n"_s;
        expected << paragraph(n);
    }
    const QString html =
        u"<html lang=\"ko\"><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"datePublished\":\"2024-02-20 14:05\",\"author\":{\"@type\":\"Person\",\"name\":\"박광주 기자\"},"
        "\"articleBody\":\"%1\"}</script></head><body><div id=\"app\"></div></body></html>"_s.arg(body);
    const ExtractedPage page = PageExtractor().extractHtml(html, QUrl(u"https://news.example.kr/a/2"_s));
    QCOMPARE(page.paragraphs, expected);
    QCOMPARE(page.authors, QStringList{u"박광주"_s});
    // No zone in the data: read in Asia/Seoul.
    QCOMPARE(DateParser::toIsoUtc(page.published), u"2024-02-20T05:05:00Z"_s);
}

void tst_EmbeddedArticle::hostileScriptsAreBounded()
{
    // Deep nesting, an unterminated literal and a script over the size limit: refused quickly, nothing read (the
    // over-long body would be read if the size limit did not hold: it is a long "content" string).
    const QString deep = u"Fusion.globalContent="_s + QString(20000, u'{').replace(u"{"_s, u"{\"a\":"_s);
    const QString unterminated = u"window.__INITIAL_STATE__={\"content\":\""_s + QString(100000, u'x');
    const QString huge = u"{\"content\":\""_s + QString(70000, u'y') + u"\"}"_s;
    const QString html =
        u"<html><body><p>짧은 글.</p><script>%1</script><script>%2</script>"
        "<script id=\"__NEXT_DATA__\" type=\"application/json\">%3</script>"
        "<script type=\"application/json\">%4</script></body></html>"_s.arg(deep, unterminated, huge, nested(20000));
    QElapsedTimer timer;
    timer.start();
    const HtmlDom dom(html);
    EmbeddedArticle::Limits limits;
    limits.json.maxChars = 65536; // the default is 4 MiB; the test keeps its page small
    QVERIFY(EmbeddedArticle::read(dom, limits).isEmpty());
    // Within the default limits the long "content" is read: the size limit is what refused it above.
    QCOMPARE(EmbeddedArticle::read(dom).chars(), 70000);
    const ExtractedPage page = PageExtractor().extractHtml(html, QUrl(u"https://news.example.kr/a/3"_s));
    QVERIFY(page.ok());
    qInfo("hostile scripts read and refused in %lld ms", static_cast<long long>(timer.elapsed()));
}

QTEST_GUILESS_MAIN(tst_EmbeddedArticle)
#include "tst_embeddedarticle.moc"
