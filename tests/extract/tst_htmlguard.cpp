// SPDX-License-Identifier: GPL-3.0-or-later
// HtmlGuard keeps gumbo's work bounded: real pages pass untouched, hostile nesting and attribute floods are cut,
// and blanking never creates markup.
#include "html/htmlguard.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_HtmlGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordinaryMarkupIsUntouched_data();
    void ordinaryMarkupIsUntouched();
    void hostileNestingIsCut_data();
    void hostileNestingIsCut();
    void attributeFloodIsCut();
    void startTagCap();
    void rawTextIsNotParsed();
};

namespace {

QByteArray repeat(const QByteArray &piece, int times)
{
    QByteArray out;
    out.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

int startTags(const QByteArray &html)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < html.size(); ++i) {
        const char c = html[i + 1];
        count += html[i] == '<' && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ? 1 : 0;
    }
    return count;
}

} // namespace

void tst_HtmlGuard::ordinaryMarkupIsUntouched_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::newRow("article") << QByteArray("<html><body><div class=a><p>one<p>two<ul><li>x<li>y</ul></div></body>");
    QTest::newRow("unclosed font soup") << repeat(
        "<table><tr><td><font color=red><b>cell</font></td></tr></table><p><font>t</p>", 500);
    QTest::newRow("inline svg icons") << repeat("<a><svg><use href=#i/><path d=x/></svg>menu</a>", 2000);
    QTest::newRow("script with markup inside") << repeat("<script>var s='<div><div><!--';</script><p>x</p>", 500);
    QTest::newRow("misnested formatting") << repeat("<b><i>a</b>b</i><p>c</p>", 2000);
}

void tst_HtmlGuard::ordinaryMarkupIsUntouched()
{
    QFETCH(QByteArray, html);
    HtmlGuard::Report report;
    const QByteArray out = HtmlGuard::bound(html, {}, &report);
    QCOMPARE(report.blankedTags, 0);
    QVERIFY(out.isSharedWith(html)); // not even copied
    QVERIFY2(report.maxEstimatedDepth < 50, qPrintable(QString::number(report.maxEstimatedDepth)));
}

void tst_HtmlGuard::hostileNestingIsCut_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::newRow("divs") << repeat("<div>", 100000);
    QTest::newRow("spans") << repeat("<span>", 100000);
    QTest::newRow("formatting with distinct attributes") << repeat("<p><b a=1><b a=2><b a=3><b a=4></p>x", 20000);
    QTest::newRow("form trick") << repeat("<form><div></form>", 50000);
    QTest::newRow("svg break-out then self-closing") << "<svg><div>" + repeat("<path/>", 100000);
    QTest::newRow("nested tables") << repeat("<table><tr><td>", 30000);
    QTest::newRow("escaped script then markup")
        << "<script><!--<script></script> <!-- </script>" + repeat("<i>", 50000);
}

void tst_HtmlGuard::hostileNestingIsCut()
{
    QFETCH(QByteArray, html);
    const HtmlGuard::Limits limits;
    HtmlGuard::Report report;
    QElapsedTimer timer;
    timer.start();
    const QByteArray out = HtmlGuard::bound(html, limits, &report);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    QVERIFY(report.blankedTags > 0);
    QVERIFY(report.maxEstimatedDepth <= limits.maxDepth + 2);
    QCOMPARE(out.size(), html.size()); // blanked with spaces, nothing removed
    QVERIFY(startTags(out) < startTags(html));
}

void tst_HtmlGuard::attributeFloodIsCut()
{
    QByteArray html = "<div ";
    for (int i = 0; i < 50000; ++i)
        html += "a" + QByteArray::number(i) + "=1 ";
    html += "id=last>text</div>";
    HtmlGuard::Report report;
    const QByteArray out = HtmlGuard::bound(html, {}, &report);
    QCOMPARE(report.blankedAttributes, 50001 - HtmlGuard::Limits{}.maxAttributes);
    QVERIFY(out.endsWith(">text</div>"));
    QVERIFY(out.contains("a63=1"));
    QVERIFY(!out.contains("a64=1"));
}

void tst_HtmlGuard::startTagCap()
{
    HtmlGuard::Limits limits;
    limits.maxStartTags = 100;
    HtmlGuard::Report report;
    const QByteArray out = HtmlGuard::bound(repeat("<br>x", 1000), limits, &report);
    QCOMPARE(report.startTags, 1000);
    QCOMPARE(report.blankedTags, 900);
    QCOMPARE(startTags(out), 100);
    QCOMPARE(out.count('x'), 1000);
}

void tst_HtmlGuard::rawTextIsNotParsed()
{
    // Tags inside <script>, <style>, <textarea> and <title> are text to gumbo and must not count.
    const QByteArray html = "<title>" + repeat("<div>", 1000) + "</title><textarea>" + repeat("<b>", 1000) +
                            "</textarea><style>" + repeat("<i>", 1000) + "</style><p>ok";
    HtmlGuard::Report report;
    HtmlGuard::Limits limits;
    limits.maxDepth = 20;
    const QByteArray out = HtmlGuard::bound(html, limits, &report);
    QCOMPARE(report.blankedTags, 0);
    QVERIFY(out.isSharedWith(html));
}

QTEST_GUILESS_MAIN(tst_HtmlGuard)
#include "tst_htmlguard.moc"
