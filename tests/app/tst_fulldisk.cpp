// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk while ingesting: simulated with PRAGMA max_page_count on the ingesting connection. The
// ingest must fail with a clear error, write nothing of the document, keep everything stored before
// (articles, stars, notes) and leave a cache that passes the integrity check and takes the next ingest.
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "sync/feedingester.h"
#include "testdata.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

/// An RSS feed of `items` articles of about 6 KB each: more than a few free pages can hold.
QByteArray bigFeed(int items)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                     "<title>Big outlet</title><link>https://big.example/</link>";
    for (int i = 0; i < items; ++i) {
        QByteArray body;
        for (int p = 0; p < 12; ++p)
            body += "<p>대전시는 카자흐스탄 알마티에서 의료관광 설명회를 열고 건강검진 상품을 소개했다. 항목 " +
                    QByteArray::number(i * 100 + p) + "</p>";
        xml += "<item><guid>big-" + QByteArray::number(i) + "</guid><title>의료관광 기사 " + QByteArray::number(i) +
               "</title><link>https://big.example/" + QByteArray::number(i) +
               "</link><pubDate>Mon, 02 Nov 2026 09:00:00 +0900</pubDate><description><![CDATA[" + body +
               "]]></description></item>";
    }
    return xml + "</channel></rss>";
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class tst_FullDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ingestOnAFullDiskLosesNothing();
};

void tst_FullDisk::ingestOnAFullDiskLosesNothing()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(!db.open(dir.filePath(u"cache.sqlite"_s)));
    QFile sample(TestData::sampleFeed());
    QVERIFY(sample.open(QIODevice::ReadOnly));
    Source sampleSource;
    sampleSource.url = QUrl(u"https://sample.example/rss"_s);
    QVERIFY(FeedIngester(db).ingest(sample.readAll(), sampleSource).ok());
    const qint64 before = scalar(db, u"SELECT count(*) FROM articles"_s);
    QVERIFY(before >= 30);
    ArticleRepository articles(db);
    QVERIFY(articles.setStarred({1, 2}, true).ok());
    QVERIFY(articles.setNote(3, u"전화할 것"_s).ok());

    // Leave room for a handful of pages only.
    const qint64 pages = scalar(db, u"PRAGMA page_count"_s);
    QVERIFY(scalar(db, u"PRAGMA max_page_count = %1"_s.arg(pages + 4)) > 0);

    Source big;
    big.url = QUrl(u"https://big.example/rss"_s);
    const Result<IngestReport> full = FeedIngester(db).ingest(bigFeed(300), big);
    QVERIFY(!full.ok());
    QCOMPARE(full.error().code, Error::DiskFull);
    QVERIFY2(full.error().detail.contains(u"full"), qPrintable(full.error().detail));

    // Nothing of the failed document, everything from before.
    QCOMPARE(scalar(db, u"SELECT count(*) FROM articles"_s), before);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM sources WHERE url = 'https://big.example/rss'"_s), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM article_state WHERE starred = 1"_s), 2);
    QVERIFY(articles.article(3)->summary.state.note == u"전화할 것"_s);
    QVERIFY(Maintenance::integrityProblems(db).isEmpty());

    // Room again: the same document goes in, and search finds it.
    QVERIFY(scalar(db, u"PRAGMA max_page_count = 1073741823"_s) > 0);
    const Result<IngestReport> again = FeedIngester(db).ingest(bigFeed(300), big);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().detail));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM articles"_s), before + 300);
    QVERIFY(Maintenance::integrityProblems(db).isEmpty());
}

QTEST_GUILESS_MAIN(tst_FullDisk)
#include "tst_fulldisk.moc"
