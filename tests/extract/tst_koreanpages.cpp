// SPDX-License-Identifier: GPL-3.0-or-later
// The realistic Korean article pages in tests/data/pages (synthetic, written in the layouts of Korean news CMSs:
// ndsoft articleView, Newsis, Yonhap, hankyung with the body twice, gnuboard boards, EUC-KR with and without a
// charset, a hospital's press board, an English page). Each NAME.html has NAME.json with what a reader would call
// the article; the main text must reach token F1 ≥ 0.95 and the metadata must match exactly.
#include "corpus.h"
#include "extract/pageextractor.h"
#include "testdata.h"
#include "text/dateparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_KoreanPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void page_data();
    void page();
};

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QString nullable(const QJsonValue &value)
{
    return value.isNull() ? QString() : value.toString();
}

} // namespace

void tst_KoreanPages::page_data()
{
    QTest::addColumn<QString>("name");
    const QDir dir(TestData::path(QStringLiteral("pages")));
    const QStringList expected = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY2(expected.size() >= 12, "tests/data/pages must hold at least 12 pages");
    for (const QString &file : expected) {
        const QString name = file.chopped(5);
        QTest::newRow(name.toUtf8().constData()) << name;
    }
}

void tst_KoreanPages::page()
{
    QFETCH(QString, name);
    QFile html(TestData::path(u"pages/%1.html"_s.arg(name)));
    QFile json(TestData::path(u"pages/%1.json"_s.arg(name)));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject want = QJsonDocument::fromJson(json.readAll()).object();
    QVERIFY(!want.isEmpty());

    const ExtractedPage page = PageExtractor().extract(html.readAll(), QUrl(want.value(u"url"_s).toString()),
                                                       want.value(u"content_type"_s).toString().toLatin1());
    QVERIFY2(page.ok(), qPrintable(page.error.detail));

    const QString expectedText = strings(want.value(u"paragraphs"_s)).join(u'\n');
    const double f1 = Corpus::tokenF1(page.text(), expectedText);
    qInfo("%s: token F1 %.4f", qPrintable(name), f1);
    QVERIFY2(f1 >= 0.95, qPrintable(u"token F1 %1 < 0.95; text was:\n%2"_s.arg(f1).arg(page.text())));

    QCOMPARE(page.title, want.value(u"title"_s).toString());
    QCOMPARE(DateParser::toIsoUtc(page.published), nullable(want.value(u"published"_s)));
    QCOMPARE(page.authors, strings(want.value(u"authors"_s)));
    QCOMPARE(page.emails, strings(want.value(u"emails"_s)));
    QCOMPARE(page.dateline, nullable(want.value(u"dateline"_s)));
    QCOMPARE(page.captions, strings(want.value(u"captions"_s)));
    QCOMPARE(page.lang, nullable(want.value(u"lang"_s)));
    QCOMPARE(page.encoding, want.value(u"encoding"_s).toString());
    QCOMPARE(page.canonicalUrl.toString(), nullable(want.value(u"canonical_url"_s)));
    if (want.contains(u"site_name"_s)) // the outlet, also when a page names it as author
        QCOMPARE(page.siteName, want.value(u"site_name"_s).toString());
}

QTEST_GUILESS_MAIN(tst_KoreanPages)
#include "tst_koreanpages.moc"
