// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/htmltext.h"
#include "text/textnormalizer.h"

#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_HtmlText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodeEntities_data();
    void decodeEntities();
    void toPlainText_data();
    void toPlainText();
    void normalization_data();
    void normalization();
};

void tst_HtmlText::decodeEntities_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("named") << u"AT&amp;T &lt;b&gt;"_s << u"AT&T <b>"_s;
    QTest::newRow("decoded once, not twice") << u"&amp;amp; &amp;lt;"_s << u"&amp; &lt;"_s;
    QTest::newRow("decimal and hex") << u"&#54620;&#xAD6D;"_s << u"한국"_s;
    QTest::newRow("astral via hex") << u"&#x1F600;"_s << u"😀"_s;
    QTest::newRow("windows-1252 range") << u"&#150;&#147;x&#148;"_s << u"–“x”"_s;
    QTest::newRow("nbsp without semicolon") << u"a&nbspb"_s << u"a\u00a0b"_s;
    QTest::newRow("unknown stays") << u"&bogus; & fish"_s << u"&bogus; & fish"_s;
    QTest::newRow("surrogate reference replaced") << u"&#xD800;"_s << u"\ufffd"_s;
}

void tst_HtmlText::decodeEntities()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HtmlText::decodeEntities(input), expected);
}

void tst_HtmlText::toPlainText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tags") << u"<p>Hello <b>world</b></p>"_s << u"Hello world"_s;
    QTest::newRow("blocks separate words") << u"<p>one</p><p>two</p>"_s << u"one two"_s;
    QTest::newRow("script dropped") << u"a<script>alert('x<b>')</script>b"_s << u"ab"_s;
    QTest::newRow("style dropped") << u"<style>p{color:red}</style>text"_s << u"text"_s;
    QTest::newRow("comment dropped") << u"x<!-- <p>hidden</p> -->y"_s << u"xy"_s;
    QTest::newRow("lone less-than is text") << u"1 < 2 and 3 > 2"_s << u"1 < 2 and 3 > 2"_s;
    QTest::newRow("attribute with >") << u"<a title=\"a>b\">link</a>"_s << u"link"_s;
    QTest::newRow("entities after tags") << u"<i>AT&amp;T</i>&nbsp;&nbsp;x"_s << u"AT&T x"_s;
    QTest::newRow("ideographic space collapsed") << u"대전\u3000\u3000시"_s << u"대전 시"_s;
    QTest::newRow("unterminated tag") << u"text <b"_s << u"text"_s;
    // Hostile pages (tests/data/hostile): what the sanitiser drops is not article text in the PDF either.
    QTest::newRow("iframe fallback dropped") << u"a<iframe src=x>IFRAME</iframe>b"_s << u"ab"_s;
    QTest::newRow("form controls dropped")
        << u"<p>a</p><textarea>T</textarea><select><option>O</option></select><button>B</button><p>b</p>"_s << u"a b"_s;
    QTest::newRow("media and plugin fallback dropped")
        << u"a<video src=v>V</video><audio>A</audio><object data=o>O</object><applet>P</applet>b"_s << u"ab"_s;
    QTest::newRow("svg text dropped") << u"a<svg><text>S</text></svg>b"_s << u"ab"_s;
    QTest::newRow("unclosed video keeps the rest") << u"a <video src=v> b"_s << u"a b"_s;
    QTest::newRow("unclosed textarea drops the rest") << u"a <textarea> b"_s << u"a"_s;
}

void tst_HtmlText::toPlainText()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(HtmlText::toPlainText(html), expected);
}

void tst_HtmlText::normalization_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("nfc");
    QTest::addColumn<QString>("folded");
    // 대 as conjoining jamo (NFD, as some macOS sources send it) must become one syllable.
    QTest::newRow("hangul NFD") << u"\u1103\u1162\u110c\u1165\u11ab"_s << u"대전"_s << u"대전"_s;
    QTest::newRow("full-width latin") << u"ＭＯＵ"_s << u"ＭＯＵ"_s << u"mou"_s;
    QTest::newRow("case") << u"Kazakhstan"_s << u"Kazakhstan"_s << u"kazakhstan"_s;
}

void tst_HtmlText::normalization()
{
    QFETCH(QString, input);
    QFETCH(QString, nfc);
    QFETCH(QString, folded);
    QCOMPARE(TextNormalizer::nfc(input), nfc);
    QCOMPARE(TextNormalizer::foldForSearch(input), folded);
}

QTEST_GUILESS_MAIN(tst_HtmlText)
#include "tst_htmltext.moc"
