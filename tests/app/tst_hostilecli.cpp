// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 21 ("hostile world, round two"), what the real medtour-cli does with hostile documents and
// arguments (the file-system cases are in tst_hostilefiles, the network ones in tst_hostilesync):
//  2. `note ID ""` clears the note, as the help says;
//  7. fifty items sharing one guid are fifty articles, one warning, and 0 updates when re-read;
// 10. a date far in the future is treated as no date (fetch time, guessed);
//  and the smaller ones: stderr holds the one error line unless --verbose; `search -word` is a
//  query; --min-relevance (and --timeout) refuse nan, inf and what is out of range; `recover` puts
//  back stars and notes from the backup file; `show` of an article in a huge cluster lists a
//  bounded number of the others and says how many more there are.
#include "clirun.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

/// An RSS document whose items all carry the guid "same": distinct links and titles, one date.
QByteArray sharedGuidFeed(int items)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>One guid</title>"
                     "<link>https://cms.example/</link>";
    for (int i = 0; i < items; ++i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><guid isPermaLink=\"false\">same</guid><title>대전 의료관광 소식 " + n +
               "</title><link>https://cms.example/news/" + n +
               "</link><pubDate>Mon, 02 Nov 2026 09:00:00 +0900</pubDate><description>본문 " + n +
               "</description></item>";
    }
    // The same item twice more: one article, not two.
    xml += "<item><guid isPermaLink=\"false\">same</guid><title>대전 의료관광 소식 0</title>"
           "<link>https://cms.example/news/0</link><pubDate>Mon, 02 Nov 2026 09:00:00 +0900</pubDate>"
           "<description>본문 0</description></item>";
    return xml + "</channel></rss>";
}

/// The ids of a search's hits, in order (scores carry a recency discount that moves with the clock).
QList<qint64> hitIds(const CliRun &run)
{
    QList<qint64> ids;
    for (const QJsonValue &hit : run.json().array())
        ids << hit.toObject().value(u"id").toInteger();
    return ids;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_HostileCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyNoteClears();
    void sharedGuidsAreToldApart();
    void futureDatesAreGuessed();
    void stderrIsOneLineUnlessVerbose();
    void searchWordWithDash();
    void numbersAreFinite_data();
    void numbersAreFinite();
    void recoverRestoresFromBackup();
    void showBoundsAHugeCluster();

private:
    CliRun cli(const QStringList &args, const QString &db = {});
    QTemporaryDir m_dir;
    QString m_db;
};

CliRun tst_HostileCli::cli(const QStringList &args, const QString &db)
{
    CliOptions options;
    options.environment.remove(u"QT_LOGGING_RULES"_s); // the CLI's own defaults are under test
    return runCli(QStringList{u"--db"_s, db.isEmpty() ? m_db : db} + args, options);
}

void tst_HostileCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"cache.sqlite"_s);
    QCOMPARE(cli({u"ingest"_s, TestData::sampleFeed()}).code, 0);
}

void tst_HostileCli::emptyNoteClears()
{
    QCOMPARE(cli({u"note"_s, u"4"_s, u"전화할 것"_s}).code, 0);
    QCOMPARE(cli({u"show"_s, u"4"_s}).json().object().value(u"note").toString(), u"전화할 것"_s);
    const CliRun cleared = cli({u"note"_s, u"4"_s, u""_s});
    QVERIFY2(cleared.code == 0, cleared.err.constData());
    QCOMPARE(cleared.json().object().value(u"changed").toInt(), 1);
    QCOMPARE(cli({u"show"_s, u"4"_s}).json().object().value(u"note").toString(), QString());
    QVERIFY(cli({u"stats"_s}).json().object().value(u"noted").toInt() == 0);
}

void tst_HostileCli::sharedGuidsAreToldApart()
{
    const QString db = m_dir.filePath(u"guids.sqlite"_s);
    const QString feed = m_dir.filePath(u"one-guid.xml"_s);
    QVERIFY(writeFile(feed, sharedGuidFeed(50)));
    const CliRun first = cli({u"ingest"_s, feed}, db);
    QCOMPARE(first.code, 0);
    const QJsonObject report = first.json().array().first().toObject();
    QCOMPARE(report.value(u"added").toInt(), 50);
    QCOMPARE(report.value(u"updated").toInt(), 0);
    const QJsonArray errors = report.value(u"errors").toArray();
    QCOMPARE(errors.size(), 1); // one warning for the document, not one per item
    QVERIFY2(errors.first().toString().contains(u"share their guid"), qPrintable(errors.first().toString()));
    QCOMPARE(cli({u"list"_s, u"--limit"_s, u"100"_s}, db).json().array().size(), 50);

    const CliRun again = cli({u"ingest"_s, feed}, db);
    const QJsonObject second = again.json().array().first().toObject();
    QCOMPARE(second.value(u"added").toInt(), 0);
    QCOMPARE(second.value(u"updated").toInt(), 0);
    QCOMPARE(second.value(u"unchanged").toInt(), 50);
}

void tst_HostileCli::futureDatesAreGuessed()
{
    const QString db = m_dir.filePath(u"future.sqlite"_s);
    const QString feed = m_dir.filePath(u"future.xml"_s);
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(3600); // within a day: kept
    QVERIFY(writeFile(feed, "<rss version=\"2.0\"><channel><title>Future</title>"
                            "<item><guid>far</guid><title>From 2099</title><link>https://f.example/1</link>"
                            "<pubDate>Thu, 31 Dec 2099 09:00:00 GMT</pubDate></item>"
                            "<item><guid>farther</guid><title>From 9999</title><link>https://f.example/2</link>"
                            "<pubDate>Fri, 31 Dec 9999 09:00:00 GMT</pubDate></item>"
                            "<item><guid>soon</guid><title>In an hour</title><link>https://f.example/3</link>"
                            "<pubDate>" +
                                soon.toString(Qt::RFC2822Date).toLatin1() +
                                "</pubDate></item>"
                                "<item><guid>past</guid><title>Last year</title><link>https://f.example/4</link>"
                                "<pubDate>Mon, 02 Nov 2020 09:00:00 GMT</pubDate></item>"
                                "</channel></rss>"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    QCOMPARE(cli({u"ingest"_s, feed}, db).code, 0);
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(2);
    const QJsonArray rows = cli({u"list"_s}, db).json().array();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).toObject().value(u"title").toString(), u"In an hour"_s);
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        const QDateTime published = QDateTime::fromString(o.value(u"published").toString(), Qt::ISODate);
        const QJsonObject shown = cli({u"show"_s, QString::number(o.value(u"id").toInt())}, db).json().object();
        if (o.value(u"title").toString().startsWith(u"From")) {
            QVERIFY2(published >= before && published <= after, qPrintable(o.value(u"published").toString()));
            QVERIFY(shown.value(u"date_guessed").toBool());
        } else {
            QVERIFY(!shown.value(u"date_guessed").toBool());
        }
    }
    // Pruning reaches them like any article of that age.
    QCOMPARE(cli({u"list"_s, u"--since"_s, u"2100-01-01"_s}, db).json().array().size(), 0);
}

void tst_HostileCli::stderrIsOneLineUnlessVerbose()
{
    // Recovering a damaged cache logs what it did (a warning each); a script sees only the JSON.
    const QString db = m_dir.filePath(u"damaged.sqlite"_s);
    QVERIFY(QFile::copy(m_db, db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    {
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(40000));
        file.write(QByteArray(14000, 'g'));
    }
    const QString copy = m_dir.filePath(u"damaged-copy.sqlite"_s);
    QVERIFY(QFile::copy(db, copy));
    const CliRun quiet = cli({u"recover"_s}, db);
    QCOMPARE(quiet.code, 0);
    QVERIFY(quiet.json().object().value(u"recovered").toBool());
    QVERIFY2(quiet.err.isEmpty(), quiet.err.constData());
    const CliRun verbose = cli({u"recover"_s, u"--verbose"_s}, copy);
    QCOMPARE(verbose.code, 0);
    QVERIFY2(verbose.err.contains("damaged"), verbose.err.constData());

    // An error is one line, whatever was logged on the way to it.
    const CliRun missing = cli({u"show"_s, u"99999"_s});
    QCOMPARE(missing.code, 1);
    QCOMPARE(missing.errLines().size(), 1);
}

void tst_HostileCli::searchWordWithDash()
{
    const CliRun plain = cli({u"search"_s, u"대전 -간호사"_s});
    QCOMPARE(plain.code, 0);
    const QList<qint64> expected = hitIds(plain);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < hitIds(cli({u"search"_s, u"대전"_s})).size()); // the exclusion excludes
    // The exclusion first, as its own argument: a query word, not an unknown option.
    const CliRun dashFirst = cli({u"search"_s, u"-간호사"_s, u"대전"_s});
    QVERIFY2(dashFirst.code == 0, dashFirst.err.constData());
    QCOMPARE(hitIds(dashFirst), expected);
    const CliRun oneArgument = cli({u"search"_s, u"-간호사 대전"_s});
    QVERIFY2(oneArgument.code == 0, oneArgument.err.constData());
    QCOMPARE(hitIds(oneArgument), expected);
    // Options still work around the words.
    const CliRun limited = cli({u"search"_s, u"-간호사"_s, u"--limit"_s, u"1"_s, u"대전"_s});
    QVERIFY2(limited.code == 0, limited.err.constData());
    QCOMPARE(hitIds(limited), expected.mid(0, 1));
    // Elsewhere an unknown option is still an error.
    QCOMPARE(cli({u"list"_s, u"-x"_s}).code, 2);
}

void tst_HostileCli::numbersAreFinite_data()
{
    QTest::addColumn<QStringList>("args");
    for (const QString &value : {u"nan"_s, u"NaN"_s, u"inf"_s, u"-inf"_s, u"1.5"_s, u"-0.1"_s, u"1e999"_s}) {
        QTest::addRow("list --min-relevance %s", qPrintable(value))
            << QStringList{u"list"_s, u"--min-relevance"_s, value};
    }
    QTest::newRow("search --min-relevance nan") << QStringList{u"search"_s, u"대전"_s, u"--min-relevance"_s, u"nan"_s};
    for (const QString &value : {u"nan"_s, u"inf"_s, u"1e300"_s})
        QTest::addRow("sync --timeout %s", qPrintable(value)) << QStringList{u"sync"_s, u"--timeout"_s, value};
}

void tst_HostileCli::numbersAreFinite()
{
    QFETCH(QStringList, args);
    const CliRun run = cli(args);
    QCOMPARE(run.code, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.out.isEmpty());
}

void tst_HostileCli::recoverRestoresFromBackup()
{
    const QString db = m_dir.filePath(u"lost/cache.sqlite"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"lost"_s)));
    QCOMPARE(cli({u"ingest"_s, TestData::sampleFeed()}, db).code, 0);
    QCOMPARE(cli({u"star"_s, u"2,5"_s}, db).code, 0);
    QCOMPARE(cli({u"note"_s, u"7"_s, u"MOU 확인"_s}, db).code, 0);
    QVERIFY(QFile::exists(db + u".userstate.json"_s));
    // The cache is lost (deleted, or replaced by an old copy) and built again from the feed: the
    // articles are back, the stars and the note only in the backup beside it.
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(db + suffix);
    QCOMPARE(cli({u"ingest"_s, TestData::sampleFeed()}, db).code, 0);
    QCOMPARE(cli({u"list"_s, u"--starred"_s}, db).json().array().size(), 0);

    const CliRun recovered = cli({u"recover"_s}, db);
    QVERIFY2(recovered.code == 0, recovered.err.constData());
    const QJsonObject report = recovered.json().object();
    QCOMPARE(report.value(u"recovered").toBool(), false); // the cache is sound: not rebuilt
    QCOMPARE(report.value(u"restored_from_backup").toInt(), 3);
    QCOMPARE(cli({u"list"_s, u"--starred"_s}, db).json().array().size(), 2);
    QCOMPARE(cli({u"show"_s, u"7"_s}, db).json().object().value(u"note").toString(), u"MOU 확인"_s);
    // Once more: nothing left to restore, nothing newer overwritten.
    QCOMPARE(cli({u"unstar"_s, u"5"_s}, db).code, 0);
    QCOMPARE(cli({u"recover"_s}, db).json().object().value(u"restored_from_backup").toInt(), 0);
    QCOMPARE(cli({u"list"_s, u"--starred"_s}, db).json().array().size(), 1);
}

void tst_HostileCli::showBoundsAHugeCluster()
{
    // 3000 copies of one story: a cluster made directly in the cache, as the clustering would store it.
    const QString db = m_dir.filePath(u"cluster.sqlite"_s);
    QCOMPARE(cli({u"ingest"_s, TestData::sampleFeed()}, db).code, 0);
    constexpr int kCopies = 3000;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cluster"_s);
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(sql.transaction());
        QVERIFY(q.exec(
            u"INSERT INTO clusters (id, representative_id, size, created) VALUES (900, 1, %1, 0)"_s.arg(kCopies + 1)));
        QVERIFY(q.prepare(u"INSERT INTO articles (source_id, guid, url, title, fetched, sort_time, cluster_id) "
                          "VALUES (1, ?, ?, ?, 0, ?, 900)"_s));
        for (int i = 0; i < kCopies; ++i) {
            q.addBindValue(u"copy-%1"_s.arg(i));
            q.addBindValue(u"https://copies.example/%1"_s.arg(i));
            q.addBindValue(u"같은 기사 %1"_s.arg(i));
            q.addBindValue(1700000000 + i);
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(u"UPDATE articles SET cluster_id = 900 WHERE id = 1"_s));
        // Placed, as the clustering leaves them: each with a signature (the original's: they are copies).
        QVERIFY(
            q.exec(u"INSERT INTO article_signatures (article_id, signature) SELECT a.id, s.signature FROM "
                   "articles a, article_signatures s WHERE s.article_id = 1 AND a.cluster_id = 900 AND a.id <> 1"_s));
        QVERIFY(sql.commit());
        q = QSqlQuery();
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"cluster"_s);
    const CliRun shown = cli({u"show"_s, u"1"_s}, db);
    QVERIFY2(shown.code == 0, shown.err.constData());
    QVERIFY2(shown.out.size() < 64 * 1024, qPrintable(QString::number(shown.out.size())));
    const QJsonObject cluster = shown.json().object().value(u"cluster").toObject();
    const int listed = int(cluster.value(u"articles").toArray().size());
    QVERIFY(listed > 0 && listed <= 50);
    QCOMPARE(cluster.value(u"total").toInt(), kCopies + 1);
    QCOMPARE(cluster.value(u"more").toInt(), kCopies + 1 - listed);
}

QTEST_GUILESS_MAIN(tst_HostileCli)
#include "tst_hostilecli.moc"
