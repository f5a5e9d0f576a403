// SPDX-License-Identifier: GPL-3.0-or-later
// Replays every input the fuzzers (tests/fuzz) ever found a problem with, kept in tests/data/feeds/fuzz/:
// feed-* through FeedParser::parse, date-* through DateParser::parse, decode-* through TextDecoder::decode,
// with the options the fuzz target derived from the first byte. Each must parse without crashing and keep the parsers'
// contracts.
#include "fuzzinput.h"
#include "testdata.h"
#include "text/dateparser.h"
#include "text/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

class tst_FuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data();
    void replay();
};

void tst_FuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(TestData::path(QStringLiteral("feeds/fuzz")));
    const QStringList files = dir.entryList({u"feed-*"_s, u"date-*"_s, u"decode-*"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("no fuzz findings recorded in tests/data/feeds/fuzz", SkipAll);
    for (const QString &name : files)
        QTest::newRow(name.toUtf8().constData()) << dir.filePath(name);
}

void tst_FuzzRegressions::replay()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray input = file.readAll();
    QVERIFY(!input.isEmpty());
    const auto selector = static_cast<unsigned char>(input.at(0));
    const QByteArray rest = input.sliced(1);
    if (QFileInfo(path).fileName().startsWith(u"feed-"_s)) {
        const ParsedFeed feed = FeedParser::parse(rest, FuzzInput::feedOptions(selector));
        QVERIFY2(feed.isFeed() || !feed.errors.isEmpty(), "a rejected document must say why");
        for (const FeedItem &item : feed.items) {
            if (item.published.isValid())
                QCOMPARE(item.published.timeSpec(), Qt::UTC);
        }
    } else if (QFileInfo(path).fileName().startsWith(u"decode-"_s)) {
        const FuzzInput::DecoderOptions options = FuzzInput::decoderOptions(selector);
        const DecodedText decoded = TextDecoder::decode(rest, options.contentType, options.kind);
        QCOMPARE(TextDecoder::canonicalName(decoded.encoding), decoded.encoding);
        QVERIFY(!decoded.encoding.isEmpty());
        QVERIFY(decoded.text.isValidUtf16());
        if (decoded.source != EncodingSource::Bom) {
            bool ok = false;
            QCOMPARE(TextDecoder::decodeAs(rest, decoded.encoding, &ok), decoded.text);
            QCOMPARE(ok, !decoded.hadErrors);
        }
    } else {
        const QDateTime parsed = DateParser::parse(QString::fromUtf8(rest), FuzzInput::dateZone(selector));
        if (parsed.isValid()) {
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
            QCOMPARE(parsed.time().msec(), 0);
        }
    }
}

QTEST_GUILESS_MAIN(tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
