// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedxmltokenizer.h"

#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

/// The token stream as text: <name a=v> for start tags, </name> for end tags, [text] for characters,
/// and !error or !truncated at the end when the tokenizer stopped with an error.
QString tokens(const QString &xml, int *repairs = nullptr)
{
    FeedXmlTokenizer t(xml);
    QString out;
    while (!t.atEnd()) {
        switch (t.next()) {
        case FeedXmlTokenizer::Token::StartElement:
            out += u'<' + t.name();
            for (const FeedXmlTokenizer::Attribute &a : t.attributes())
                out += u' ' + a.name + u'=' + a.value;
            out += u'>';
            break;
        case FeedXmlTokenizer::Token::EndElement:
            out += u"</" + t.name() + u'>';
            break;
        case FeedXmlTokenizer::Token::Characters:
            out += u'[' + t.text() + u']';
            break;
        case FeedXmlTokenizer::Token::Invalid:
            out += t.prematureEnd() ? u"!truncated"_s : u"!error"_s;
            break;
        case FeedXmlTokenizer::Token::EndDocument:
            break;
        }
    }
    if (repairs)
        *repairs = t.repairs();
    return out;
}

} // namespace

class tst_FeedXmlTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
    void entityBombIsRefused();
    void lineNumber();
};

void tst_FeedXmlTokenizer::tokens_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("repairs");
    QTest::newRow("well-formed") << u"<?xml version='1.0'?><a x='1' y=\"2\">t<b/></a>"_s
                                 << u"<a x=1 y=2>[t]<b></b></a>"_s << 0;
    QTest::newRow("XML and numeric references") << u"<a>&lt;&amp;&#65;&#x42;&apos;</a>"_s << u"<a>[<&AB']</a>"_s << 0;
    QTest::newRow("upper-case &#X") << u"<a>&#X41;</a>"_s << u"<a>[A]</a>"_s << 1;
    QTest::newRow("HTML entity") << u"<a>&nbsp;&copy;</a>"_s << u"<a>[\u00a0©]</a>"_s << 2;
    QTest::newRow("bare and unknown ampersands") << u"<a>AT&T &bogus; &</a>"_s << u"<a>[AT&T &bogus; &]</a>"_s << 3;
    QTest::newRow("reference to a forbidden character") << u"<a>x&#1;y</a>"_s << u"<a>[xy]</a>"_s << 1;
    QTest::newRow("forbidden control character") << u"<a>ab\u0001cd</a>"_s << u"<a>[abcd]</a>"_s << 1;
    QTest::newRow("CDATA is raw, pairs survive")
        << u"<a><![CDATA[<b>&amp; 🙆\t</b>]]></a>"_s << u"<a>[<b>&amp; 🙆\t</b>]</a>"_s << 0;
    QTest::newRow("CDATA with a control character") << u"<a><![CDATA[🙆\u0002x]]></a>"_s << u"<a>[🙆x]</a>"_s << 1;
    QTest::newRow("unclosed br closed by its parent")
        << u"<d><p>one<br>two</p></d>"_s << u"<d><p>[one]<br>[two]</br></p></d>"_s << 1;
    QTest::newRow("stray end tag ignored") << u"<d>x</span>y</d>"_s << u"<d>[x][y]</d>"_s << 1;
    QTest::newRow("end tag in other case") << u"<d><P>x</p></d>"_s << u"<d><P>[x]</P></d>"_s << 1;
    QTest::newRow("unquoted and empty attributes")
        << u"<a href=x.html checked>t</a>"_s << u"<a href=x.html checked=>[t]</a>"_s << 2;
    QTest::newRow("literal <") << u"<a>1 < 2</a>"_s << u"<a>[1 ][< 2]</a>"_s << 1;
    QTest::newRow("white space before the declaration") << u"\n  <?xml version='1.0'?><a/>"_s << u"<a></a>"_s << 0;
    QTest::newRow("comments, PIs and DOCTYPE skipped")
        << u"<!DOCTYPE r [<!ENTITY e 'ok'>]><!-- c --><r><?pi x?>&e;</r>"_s << u"<r>[ok]</r>"_s << 0;
    QTest::newRow("content after the root ignored") << u"<a/><b/>junk"_s << u"<a></a>"_s << 0;
    QTest::newRow("text before the root") << u"hello <a/>"_s << u"!error"_s << 0;
    QTest::newRow("empty document") << u"  "_s << u"!error"_s << 0;
    QTest::newRow("truncated inside an element") << u"<a><b>te"_s << u"<a><b>[te]!truncated"_s << 0;
    QTest::newRow("truncated inside a tag") << u"<a><b x='1"_s << u"<a>!truncated"_s << 0;
    QTest::newRow("unterminated CDATA") << u"<a><![CDATA[x"_s << u"<a>!truncated"_s << 0;
}

void tst_FeedXmlTokenizer::tokens()
{
    QFETCH(QString, xml);
    QFETCH(QString, expected);
    QFETCH(int, repairs);
    int counted = -1;
    QCOMPARE(::tokens(xml, &counted), expected);
    QCOMPARE(counted, repairs);
}

void tst_FeedXmlTokenizer::entityBombIsRefused()
{
    const QString xml = u"<!DOCTYPE r [<!ENTITY a 'aaaaaaaaaa'><!ENTITY b '&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;'>]>"
                        u"<r>&b;</r>"_s;
    FeedXmlTokenizer t(xml);
    QCOMPARE(t.next(), FeedXmlTokenizer::Token::StartElement);
    QCOMPARE(t.next(), FeedXmlTokenizer::Token::Invalid);
    QVERIFY(t.errorString().contains(u"entity expansion refused"_s));
    QVERIFY(!t.prematureEnd());
}

void tst_FeedXmlTokenizer::lineNumber()
{
    FeedXmlTokenizer t(u"<a>\n<b>\n</a"_s);
    while (!t.atEnd())
        t.next();
    QVERIFY(t.prematureEnd());
    QCOMPARE(t.lineNumber(), 3);
}

QTEST_GUILESS_MAIN(tst_FeedXmlTokenizer)
#include "tst_feedxmltokenizer.moc"
