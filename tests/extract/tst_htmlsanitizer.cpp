// SPDX-License-Identifier: GPL-3.0-or-later
// HtmlSanitizer against hostile input: whatever goes in, the output holds only allow-listed tags and attributes,
// only http(s)/mailto links with rel="noopener noreferrer", no remote loads unless allowed, and the text survives.
#include "html/htmlsanitizer.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_HtmlSanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostile_data();
    void hostile();
    void kept_data();
    void kept();
    void noControlCharacters();
    void remoteImagesAllowed();
    void relativeLinksNeedBase();
    void deepNestingIsBoundedAndFast();
    void outputOnlyUsesAllowList();
    void safeUrl_data();
    void safeUrl();
};

void tst_HtmlSanitizer::hostile_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("forbidden"); // a regular expression that must not match the output
    QTest::addColumn<QString>("kept");      // text that must survive (may be empty)

    QTest::newRow("script element") << u"<p>hi<script>alert(1)</script></p>"_s << u"script|alert"_s << u"hi"_s;
    QTest::newRow("script in svg") << u"<svg><script>alert(1)</script><text>x</text></svg>ok"_s << u"svg|script|alert"_s
                                   << u"ok"_s;
    QTest::newRow("event handler") << u"<p onclick=\"steal()\" onmouseover=x>text</p>"_s << u"on\\w+=|steal"_s
                                   << u"text"_s;
    QTest::newRow("img onerror") << u"<img src=x onerror=alert(1)>after"_s << u"onerror|alert|<img"_s << u"after"_s;
    QTest::newRow("javascript link") << u"<a href=\"javascript:alert(1)\">click</a>"_s << u"javascript|href"_s
                                     << u"click"_s;
    QTest::newRow("javascript link with tab and case")
        << u"<a href=\"  JaVa&#09;Script:alert(1)\">x</a>"_s << u"(?i)javascript|href"_s << u"x"_s;
    QTest::newRow("vbscript link") << u"<a href=\"vbscript:msgbox\">v</a>"_s << u"vbscript|href"_s << u"v"_s;
    QTest::newRow("data link") << u"<a href=\"data:text/html;base64,PHNjcmlwdD4=\">d</a>"_s << u"data:|href"_s
                               << u"d"_s;
    QTest::newRow("data image") << u"<img src=\"data:image/svg+xml,<svg onload=alert(1)>\" alt=\"pic\">"_s
                                << u"data:|<img|onload"_s << u"[image: pic]"_s;
    QTest::newRow("remote image becomes placeholder")
        << u"<img src=\"https://tracker.example/p.gif\" alt=\"대전시청\">"_s << u"<img|tracker"_s
        << u"[image: 대전시청]"_s;
    QTest::newRow("style element and attribute")
        << u"<style>body{background:url(https://x.example/a)}</style><p style=\"background:url(javascript:x)\">s</p>"_s
        << u"style|url\\(|javascript"_s << u"s"_s;
    QTest::newRow("css url in attribute of unknown tag")
        << u"<x-widget style=\"x:expression(alert(1))\">w</x-widget>"_s << u"expression|style|x-widget"_s << u"w"_s;
    QTest::newRow("iframe object embed") << u"<iframe src=//evil></iframe><object data=x></object><embed src=y>z"_s
                                         << u"iframe|object|embed|evil"_s << u"z"_s;
    QTest::newRow("nested forms")
        << u"<form action=/a><form action=/b><input name=q><button>go</button></form></form>t"_s
        << u"form|input|button|action"_s << u"t"_s;
    QTest::newRow("template and math") << u"<template><img src=x onerror=1></template><math><mi>x</mi></math>m"_s
                                       << u"template|math|onerror"_s << u"m"_s;
    QTest::newRow("meta refresh and base")
        << u"<meta http-equiv=refresh content=\"0;url=//evil\"><base href=//evil>b"_s << u"meta|base|evil"_s << u"b"_s;
    QTest::newRow("comment and conditional comment")
        << u"<!--[if IE]><script>x</script><![endif]-->c"_s << u"<!--|script|endif"_s << u"c"_s;
    QTest::newRow("attribute breaking out")
        << u"<p title='\"><script>alert(1)</script>'>q</p>"_s << u"<script|\"><"_s << u"q"_s;
    QTest::newRow("markup in text is escaped") << u"1 &lt;script&gt; 2"_s << u"<script"_s << u"&lt;script&gt;"_s;
    QTest::newRow("rtl override stripped, dir attribute only from list")
        << u"<p dir=\"rtl;x\">abc\u202Egnp.exe</p>"_s << u"dir=|\u202E"_s << u"abcgnp.exe"_s;
    QTest::newRow("class and id dropped") << u"<p class=\"x\" id=\"y\">k</p>"_s << u"class=\"x\"|id="_s << u"k"_s;
    QTest::newRow("noscript content dropped")
        << u"<noscript><img src=//t.example/p></noscript>n"_s << u"noscript|t\\.example"_s << u"n"_s;
}

void tst_HtmlSanitizer::hostile()
{
    QFETCH(QString, html);
    QFETCH(QString, forbidden);
    QFETCH(QString, kept);
    const QString out = HtmlSanitizer::sanitize(html);
    const QRegularExpression bad(forbidden);
    QVERIFY2(!out.contains(bad), qPrintable(u"output: "_s + out));
    if (!kept.isEmpty())
        QVERIFY2(out.contains(kept), qPrintable(u"output: "_s + out));
}

void tst_HtmlSanitizer::kept_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("paragraph and emphasis")
        << u"<p>대전 <b>의료</b> <em>관광</em></p>"_s << u"<p>대전 <b>의료</b> <em>관광</em></p>"_s;
    QTest::newRow("https link gets rel")
        << u"<a href=\"https://www.daejeon.go.kr/\" target=_blank>시청</a>"_s
        << u"<a href=\"https://www.daejeon.go.kr/\" rel=\"noopener noreferrer\">시청</a>"_s;
    QTest::newRow("mailto kept") << u"<a href=\"mailto:hong@example.com\">mail</a>"_s
                                 << u"<a href=\"mailto:hong@example.com\" rel=\"noopener noreferrer\">mail</a>"_s;
    QTest::newRow("figcaption becomes caption") << u"<figure><figcaption>대전시청 전경</figcaption></figure>"_s
                                                << u"<div><p class=\"caption\">대전시청 전경</p></div>"_s;
    QTest::newRow("triangle line becomes caption") << u"<p>▲ 협약식 모습. ⓒ대전시</p><p>본문</p>"_s
                                                   << u"<p class=\"caption\">▲ 협약식 모습. ⓒ대전시</p><p>본문</p>"_s;
    QTest::newRow("table with spans") << u"<table><tr><td colspan=2 style=x>a</td></tr></table>"_s
                                      << u"<table><tbody><tr><td colspan=\"2\">a</td></tr></tbody></table>"_s;
    QTest::newRow("unknown wrapper unwrapped") << u"<custom-box><p>x</p></custom-box>"_s << u"<p>x</p>"_s;
    QTest::newRow("br and hr") << u"a<br>b<hr>"_s << u"a<br>b<hr>"_s;
    // tests/data/hostile: a refused link is plain text (QTextDocument reads a bare <a> as an anchor), and
    // bidi overrides, embeddings and isolates go from text and attributes; the dir attribute stays.
    QTest::newRow("refused link is text") << u"<a href=\"javascript:alert(1)\">t</a>"_s << u"t"_s;
    QTest::newRow("bidi controls stripped")
        << u"<p dir=rtl title=\"a\u202Eb\">x\u202Etxt.exe\u202C \u2066y\u2069 \u202Bz\u202A</p>"_s
        << u"<p dir=\"rtl\" title=\"ab\">xtxt.exe y z</p>"_s;
}

void tst_HtmlSanitizer::kept()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::sanitize(html), expected);
}

void tst_HtmlSanitizer::noControlCharacters()
{
    const QString out = HtmlSanitizer::sanitize(u"<p title=\"t\u0007x\">a\u0001b\u0008c\u0000d</p>"_s);
    for (const QChar c : out)
        QVERIFY2(c.unicode() >= 0x20 || c == u'\n' || c == u'\t' || c == u'\r', out.toUtf8().toHex().constData());
    QVERIFY(out.startsWith(u"<p title=\"t"_s) && out.endsWith(u"d</p>"_s));
}

void tst_HtmlSanitizer::remoteImagesAllowed()
{
    HtmlSanitizer::Options options;
    options.allowRemoteImages = true;
    const QString out = HtmlSanitizer::sanitize(
        u"<img src=\"https://cdn.example/a.jpg\" alt=\"a\" width=\"640\" height=\"99999\" onload=x>"
        "<img src=\"data:image/png;base64,AAAA\" alt=\"b\">"_s,
        options);
    QCOMPARE(
        out,
        u"<img src=\"https://cdn.example/a.jpg\" alt=\"a\" width=\"640\"><span class=\"remote-image\">[image: b]</span>"_s);
}

void tst_HtmlSanitizer::relativeLinksNeedBase()
{
    QCOMPARE(HtmlSanitizer::sanitize(u"<a href=\"/news/1\">n</a>"_s), u"n"_s); // no base: not a link
    HtmlSanitizer::Options options;
    options.baseUrl = QUrl(u"https://news.example/section/"_s);
    QCOMPARE(HtmlSanitizer::sanitize(u"<a href=\"/news/1\">n</a>"_s, options),
             u"<a href=\"https://news.example/news/1\" rel=\"noopener noreferrer\">n</a>"_s);
}

void tst_HtmlSanitizer::deepNestingIsBoundedAndFast()
{
    // 10^5 nested elements of several kinds: the output nests at most maxDepth levels and the text survives.
    QString html;
    for (int i = 0; i < 100000; ++i)
        html += (i % 3 == 0) ? u"<div>"_s : (i % 3 == 1 ? u"<b>"_s : u"<blockquote>"_s);
    html += u"deep text"_s;
    QElapsedTimer timer;
    timer.start();
    const QString out = HtmlSanitizer::sanitize(html);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    QVERIFY(out.contains(u"deep text"_s));
    int depth = 0;
    int maxDepth = 0;
    static const QRegularExpression tag(u"<(/?)([a-z0-9]+)[^>]*>"_s);
    for (auto it = tag.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(2);
        if (name == u"br" || name == u"hr" || name == u"img")
            continue;
        depth += m.captured(1).isEmpty() ? 1 : -1;
        maxDepth = std::max(maxDepth, depth);
    }
    QVERIFY2(maxDepth <= HtmlSanitizer::Options{}.maxDepth, qPrintable(QString::number(maxDepth)));
    QCOMPARE(depth, 0);
}

void tst_HtmlSanitizer::outputOnlyUsesAllowList()
{
    const QString html = u"<html><head><title>t</title><link rel=stylesheet href=x></head><body>"
                         "<article><h2 onclick=1>h</h2><section><p><font color=red face=x>f</font>"
                         "<a href='https://a.example/' onmouseover=1 style=x>a</a><iframe></iframe>"
                         "<svg><a xlink:href=javascript:1>s</a></svg><select><option>o</select>"
                         "<video src=v.mp4 poster=p.jpg></video><u>u</u><q cite=x>q</q></p></section></article>"_s;
    const QString out = HtmlSanitizer::sanitize(html);
    static const QRegularExpression tag(u"<\\/?([a-z0-9]+)((?:\\s+[a-z]+=\"[^\"]*\")*)\\s*>"_s);
    static const QStringList allowed = {
        u"p"_s,     u"div"_s,        u"br"_s,    u"hr"_s,    u"h1"_s,  u"h2"_s,   u"h3"_s,  u"h4"_s,      u"h5"_s,
        u"h6"_s,    u"blockquote"_s, u"pre"_s,   u"ul"_s,    u"ol"_s,  u"li"_s,   u"dl"_s,  u"dt"_s,      u"dd"_s,
        u"table"_s, u"thead"_s,      u"tbody"_s, u"tfoot"_s, u"tr"_s,  u"td"_s,   u"th"_s,  u"caption"_s, u"a"_s,
        u"b"_s,     u"strong"_s,     u"i"_s,     u"em"_s,    u"u"_s,   u"s"_s,    u"del"_s, u"ins"_s,     u"sub"_s,
        u"sup"_s,   u"small"_s,      u"big"_s,   u"code"_s,  u"kbd"_s, u"samp"_s, u"var"_s, u"tt"_s,      u"cite"_s,
        u"q"_s,     u"abbr"_s,       u"span"_s,  u"img"_s};
    QString rest = out;
    for (auto it = tag.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        QVERIFY2(allowed.contains(m.captured(1)), qPrintable(m.captured(0)));
        QVERIFY2(!m.captured(2).contains(u"on"_s + u"mouseover"_s) && !m.captured(2).contains(u"style"_s),
                 qPrintable(m.captured(0)));
        rest.remove(m.captured(0));
    }
    QVERIFY2(!rest.contains(u'<'), qPrintable(u"unmatched markup in: "_s + out));
    QVERIFY(out.contains(u"<u>u</u>"_s));
    QVERIFY(!out.contains(u"javascript"_s));
}

void tst_HtmlSanitizer::safeUrl_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("https") << u"https://a.example/x?y=1"_s << u"https://a.example/x?y=1"_s;
    QTest::newRow("leading controls") << u"\u0001 https://a.example/"_s << u"https://a.example/"_s;
    QTest::newRow("javascript split by newline") << u"java\nscript:alert(1)"_s << QString();
    QTest::newRow("file") << u"file:///etc/passwd"_s << QString();
    QTest::newRow("protocol-relative without base") << u"//evil.example/x"_s << QString();
    QTest::newRow("http without host") << u"http:///x"_s << QString();
}

void tst_HtmlSanitizer::safeUrl()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::safeUrl(value, QUrl(), true).toString(), expected);
}

QTEST_GUILESS_MAIN(tst_HtmlSanitizer)
#include "tst_htmlsanitizer.moc"
