// SPDX-License-Identifier: GPL-3.0-or-later
// The report model alone: order, groups, numbering, lead vs full text, captions, "also reported
// by", tag labels and search-term marking. No QtGui and no database.
#include "export/highlighter.h"
#include "export/pdflinks.h"
#include "export/reportbuilder.h"
#include "exporttestdata.h"

#include <QCollator>
#include <QLocale>
#include <QTest>

using namespace Medtour;
using namespace Medtour::Export;

class tst_ReportBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestFirstAndNumbered();
    void groupByMarket();
    void groupByOutlet();
    void aggregatedItemShowsItsOutlet();
    void russianLabels();
    void groupByDate();
    void leadOnly();
    void captionsSetApart();
    void alsoReportedBy();
    void highlightTerms_data();
    void highlightTerms();
    void searchTermsMarkedInArticles();
    void defaults();
    void untrustedTextIsEscaped();
    void pdfLinksRewrittenInPlace();
};

void tst_ReportBuilder::newestFirstAndNumbered()
{
    const ReportModel model = ReportBuilder::build(ExportTestData::articles(5, ExportTestData::Mix::Mixed), {});
    QCOMPARE(model.articleCount, 5);
    QCOMPARE(model.groups.size(), 1);
    const QList<const ReportArticle *> articles = model.articles();
    QCOMPARE(articles.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(articles[i]->id, qint64(5 - i));
        QCOMPARE(articles[i]->number, i + 1);
    }
    QCOMPARE(model.periodStart, ExportTestData::article(1, QStringLiteral("ko")).article.summary.published);
    QCOMPARE(model.periodEnd, ExportTestData::article(5, QStringLiteral("ko")).article.summary.published);
}

void tst_ReportBuilder::groupByMarket()
{
    ReportOptions options;
    options.groupBy = GroupBy::Market;
    options.labelLanguage = QStringLiteral("ko");
    QList<ReportInput> inputs = ExportTestData::articles(5, ExportTestData::Mix::Korean);
    inputs[0].tags.clear(); // article 1: no market
    const ReportModel model = ReportBuilder::build(inputs, options);
    // KZ has 3, 5 (article 1 lost its tags); UZ has 2, 4; then "Other".
    QCOMPARE(model.groups.size(), 3);
    QCOMPARE(model.groups[0].label, QString::fromUtf8("카자흐스탄"));
    QCOMPARE(model.groups[0].articles.size(), 2);
    QCOMPARE(model.groups[1].label, QString::fromUtf8("우즈베키스탄"));
    QCOMPARE(model.groups[2].label, QStringLiteral("Other"));
    QCOMPARE(model.groups[2].articles.constFirst().id, qint64(1));
    // Numbers run across groups in report order.
    QCOMPARE(model.groups[1].articles.constFirst().number, 3);
    QVERIFY(model.groups[0].articles.constFirst().tags.contains(QString::fromUtf8("대전광역시")));
    // Counts: largest first, ties by name.
    QCOMPARE(model.byMarket.size(), 2);
    QCOMPARE(model.byMarket[0].label, QString::fromUtf8("우즈베키스탄"));
    QCOMPARE(model.byMarket[0].count, 2);
    QCOMPARE(model.byMarket[1].count, 2);
}

void tst_ReportBuilder::groupByOutlet()
{
    ReportOptions options;
    options.groupBy = GroupBy::Outlet;
    const ReportModel model = ReportBuilder::build(ExportTestData::articles(30, ExportTestData::Mix::Mixed), options);
    QStringList labels;
    for (const ReportGroup &g : model.groups) {
        labels << g.label;
        for (const ReportArticle &a : g.articles)
            QCOMPARE(a.outlet, g.label);
    }
    QStringList sorted = labels;
    QCollator collator{QLocale(QLocale::English)};
    std::sort(sorted.begin(), sorted.end(),
              [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    QCOMPARE(labels.size(), 15); // 5 outlets per language
    QCOMPARE(labels, sorted);
    // The cover lists the largest outlets and sums up the rest.
    QCOMPARE(model.byOutlet.size(), ReportBuilder::kMaxSummaryRows + 1);
    QCOMPARE(model.byOutlet.constLast().label, QStringLiteral("Other"));
    int total = 0;
    for (const ReportCount &c : model.byOutlet)
        total += c.count;
    QCOMPARE(total, 30);
}

void tst_ReportBuilder::aggregatedItemShowsItsOutlet()
{
    // A Google News item (or one whose feed credited a wire as author) names its outlet; the source is the search.
    QList<ReportInput> inputs = {ExportTestData::article(3, QStringLiteral("ko"))};
    inputs[0].article.summary.sourceName = QStringLiteral("Google News: 의료관광");
    inputs[0].article.outlet = QStringLiteral("연합뉴스");
    QCOMPARE(ReportBuilder::build(inputs, {}).articles().constFirst()->outlet, QStringLiteral("연합뉴스"));
    inputs[0].article.outlet.clear();
    QCOMPARE(ReportBuilder::build(inputs, {}).articles().constFirst()->outlet, QStringLiteral("Google News: 의료관광"));
}

void tst_ReportBuilder::russianLabels()
{
    // In a Russian UI the report names markets, regions and specialties in Russian, and its dates too.
    ReportOptions options;
    options.groupBy = GroupBy::Date;
    options.labelLanguage = QStringLiteral("ru");
    QList<ReportInput> inputs = {ExportTestData::article(3, QStringLiteral("ru"))};
    inputs[0].tags.append({QStringLiteral("specialty"), QStringLiteral("urology")});
    const ReportModel model = ReportBuilder::build(inputs, options);
    const QStringList tags = model.articles().constFirst()->tags;
    QVERIFY2(tags.contains(QString::fromUtf8("Казахстан")), qPrintable(tags.join(u',')));
    QVERIFY2(tags.contains(QString::fromUtf8("Тэджон")), qPrintable(tags.join(u',')));
    QVERIFY2(tags.contains(QString::fromUtf8("Урология")), qPrintable(tags.join(u',')));
    QVERIFY2(model.groups.constFirst().label.endsWith(QString::fromUtf8("(вс)")), qPrintable(model.groups[0].label));
}

void tst_ReportBuilder::groupByDate()
{
    ReportOptions options;
    options.groupBy = GroupBy::Date;
    options.timeZone = QTimeZone::utc();
    // 30 hourly articles from 2026-11-01 01:00 to 11-02 06:00 UTC: two days, newest first.
    const ReportModel model = ReportBuilder::build(ExportTestData::articles(30, ExportTestData::Mix::Korean), options);
    QCOMPARE(model.groups.size(), 2);
    QVERIFY(model.groups[0].label.startsWith(QStringLiteral("2026.11.02")));
    QVERIFY(model.groups[1].label.startsWith(QStringLiteral("2026.11.01")));
    QCOMPARE(model.groups[0].articles.size(), 7);
    QCOMPARE(model.groups[1].articles.size(), 23);
}

void tst_ReportBuilder::leadOnly()
{
    ReportOptions options;
    options.leadOnly = true;
    QList<ReportInput> inputs = {ExportTestData::article(7, QStringLiteral("en"))};
    ReportModel model = ReportBuilder::build(inputs, options);
    const ReportArticle &a = *model.articles().constFirst();
    QVERIFY(a.leadOnly);
    QCOMPARE(a.blocks.size(), 1);
    QCOMPARE(a.blocks.constFirst().html,
             ExportTestData::paragraphs(7, QStringLiteral("en")).constFirst().toHtmlEscaped());

    // Without a lead, the first paragraph stands in.
    inputs[0].article.lead.clear();
    model = ReportBuilder::build(inputs, options);
    QCOMPARE(model.articles().constFirst()->blocks.size(), 1);

    // Full text: every paragraph.
    model = ReportBuilder::build(inputs, {});
    QCOMPARE(model.articles().constFirst()->blocks.size(), ExportTestData::paragraphs(7, QStringLiteral("en")).size());
}

void tst_ReportBuilder::captionsSetApart()
{
    ReportInput input = ExportTestData::article(1, QStringLiteral("ko"));
    input.article.cleanText = QString::fromUtf8("첫 문단이다.\n▲ 대전시청 전경. ⓒ대전시\n\n둘째 문단이다.");
    const QList<ReportBlock> blocks = ReportBuilder::blocks(input.article, false, {});
    QCOMPARE(blocks.size(), 3);
    QCOMPARE(blocks[0].kind, ReportBlock::Kind::Paragraph);
    QCOMPARE(blocks[1].kind, ReportBlock::Kind::Caption);
    QCOMPARE(blocks[2].kind, ReportBlock::Kind::Paragraph);
}

void tst_ReportBuilder::alsoReportedBy()
{
    ReportInput input = ExportTestData::article(1, QStringLiteral("ko"));
    input.article.summary.sourceName = QString::fromUtf8("뉴스티앤티");
    input.cluster.id = 9;
    input.cluster.members = {
        {1, {}, {}, {}, QString::fromUtf8("뉴스티앤티"), {}}, {2, {}, {}, {}, QString::fromUtf8("불교공뉴스"), {}},
        {3, {}, {}, {}, QString::fromUtf8("뉴스티앤티"), {}}, // the same outlet again
        {4, {}, {}, {}, QString::fromUtf8("대전일보"), {}},   {5, {}, {}, {}, QString::fromUtf8("불교공뉴스"), {}},
    };
    const ReportModel model = ReportBuilder::build({input}, {});
    QCOMPARE(model.articles().constFirst()->alsoReportedBy,
             QStringList({QString::fromUtf8("불교공뉴스"), QString::fromUtf8("대전일보")}));
}

void tst_ReportBuilder::highlightTerms_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");
    QTest::newRow("korean OR, exclusion ignored")
        << QString::fromUtf8("카자흐스탄 OR 우즈벡 -광고") << QString::fromUtf8("카자흐스탄·우즈벡 광고")
        << QString::fromUtf8("<span class=\"hl\">카자흐스탄</span>·<span class=\"hl\">우즈벡</span> 광고");
    QTest::newRow("case-insensitive latin") << QStringLiteral("almaty") << QStringLiteral("Almaty & almaty")
                                            << QStringLiteral("<span class=\"hl\">Almaty</span> &amp; "
                                                              "<span class=\"hl\">almaty</span>");
    QTest::newRow("phrase") << QStringLiteral("\"fam tour\"") << QStringLiteral("a fam tour.")
                            << QStringLiteral("a <span class=\"hl\">fam tour</span>.");
    QTest::newRow("overlapping terms merge") << QStringLiteral("의료관광 관광") << QString::fromUtf8("의료관광객")
                                             << QString::fromUtf8("<span class=\"hl\">의료관광</span>객");
    QTest::newRow("no search") << QString() << QStringLiteral("<b>") << QStringLiteral("&lt;b&gt;");
}

void tst_ReportBuilder::highlightTerms()
{
    QFETCH(QString, search);
    QFETCH(QString, text);
    QFETCH(QString, html);
    QCOMPARE(Highlighter::toHtml(text, Highlighter::termsOf(search)), html);
}

void tst_ReportBuilder::searchTermsMarkedInArticles()
{
    ReportOptions options;
    options.searchText = QStringLiteral("Almaty");
    const ReportModel model = ReportBuilder::build({ExportTestData::article(2, QStringLiteral("en"))}, options);
    QCOMPARE(model.highlightTerms, QStringList{QStringLiteral("Almaty")});
    const ReportArticle &a = *model.articles().constFirst();
    for (const ReportBlock &block : a.blocks)
        QVERIFY2(block.html.contains(QStringLiteral("<span class=\"hl\">Almaty</span>")), qPrintable(block.html));
    QVERIFY(!a.titleHtml.contains(u'<'));
}

void tst_ReportBuilder::defaults()
{
    QCOMPARE(defaultTitle(QStringLiteral("ko_KR")), QString::fromUtf8("의료관광 뉴스 클리핑"));
    QCOMPARE(defaultTitle(QStringLiteral("en_US")), QStringLiteral("Medical tourism news clipping"));
    ReportOptions options;
    options.labelLanguage = QStringLiteral("ko");
    QCOMPARE(ReportBuilder::build({}, options).title, QString::fromUtf8("의료관광 뉴스 클리핑"));
    options.title = QStringLiteral("  Daily clips  ");
    QCOMPARE(ReportBuilder::build({}, options).title, QStringLiteral("Daily clips"));
    GroupBy g = GroupBy::None;
    QVERIFY(groupByFromName(u"Market", &g) && g == GroupBy::Market);
    QVERIFY(!groupByFromName(u"weekday", &g));
    PageSize s = PageSize::A4;
    QVERIFY(pageSizeFromName(u"letter", &s) && s == PageSize::Letter);
    QVERIFY(!pageSizeFromName(u"A3", &s));
}

void tst_ReportBuilder::untrustedTextIsEscaped()
{
    ReportInput input = ExportTestData::article(1, QStringLiteral("en"));
    input.article.summary.title = QStringLiteral("<script>alert(1)</script> & co");
    input.article.cleanText = QStringLiteral("<img src=x onerror=y>\n") + QString(300 * 1000, u'x');
    const ReportModel model = ReportBuilder::build({input}, {});
    const ReportArticle &a = *model.articles().constFirst();
    QCOMPARE(a.titleHtml, QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
    QCOMPARE(a.blocks.constFirst().html, QStringLiteral("&lt;img src=x onerror=y&gt;"));
    QVERIFY(a.blocks.last().html.size() <= ReportBuilder::kMaxTextChars);
}

void tst_ReportBuilder::pdfLinksRewrittenInPlace()
{
    const QByteArray annot =
        "<<\n/Type /Annot\n/A <<\n/Type /Action\n/S /URI\n/URI (" + PdfLinks::pageHref(1).toLatin1() + ")\n>>\n>>\n";
    const QByteArray external = "/S /URI\n/URI (https://example.com/)\n";
    QByteArray pdf = "%PDF-1.4\n" + annot + external + "3 0 obj\n<<\n/Type /Pages\n/Kids \n[\n6 0 R\n15 0 R\n]\n>>\n";
    const qsizetype size = pdf.size();
    QCOMPARE(PdfLinks::resolve(pdf), 1);
    QCOMPARE(pdf.size(), size); // byte offsets unchanged: the xref stays valid
    QVERIFY(pdf.contains("/S /GoTo\n/D [15 0 R /XYZ null null null]"));
    QVERIFY(!pdf.contains("medtour-page:"));
    QVERIFY(pdf.contains(external));

    QByteArray noTree = "%PDF-1.4\n" + annot;
    QCOMPARE(PdfLinks::resolve(noTree), -1);
}

QTEST_GUILESS_MAIN(tst_ReportBuilder)
#include "tst_reportbuilder.moc"
