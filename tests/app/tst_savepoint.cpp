// SPDX-License-Identifier: GPL-3.0-or-later
// Savepoint: a part of an open transaction that can fail alone, while what came before commits.
// And what follows a commit: a writer's WAL checkpointed on a thread of its own (WalCheckpointer).
#include "mustread.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/walcheckpointer.h"
#include "sync/feedingester.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

const QString kKeyCount = u"SELECT count(*) FROM meta WHERE key = ?"_s;

int scalar(const Database &db, const QString &sql, const QString &arg = {})
{
    QSqlQuery q(db.db());
    q.prepare(sql);
    if (!arg.isNull())
        q.addBindValue(arg);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

/// Rows of `table` in the cache file itself, read past its WAL: what has been checkpointed.
int inCacheFile(const QString &path, const QString &table)
{
    const QString name = u"immutable-view"_s;
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(u"immutable=1"_s); // SQLite then reads neither the WAL nor its index
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT count(*) FROM "_s + table) && q.next())
                n = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

/// Writes `rows` rows of 4 KB each (a page apiece) into table `pages` in one transaction.
bool writePages(const Database &db, int rows)
{
    TransactionScope transaction(db);
    QSqlQuery q(db.db());
    for (int i = 0; i < rows; ++i) {
        if (!q.exec(u"INSERT INTO pages (data) VALUES (randomblob(4000))"_s))
            return false;
    }
    return !transaction.commit();
}

} // namespace

class tst_Savepoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nothingWithoutTransaction();
    void rollbackUndoesOnlyThePart();
    void releaseKeepsThePart();
    void destructionRollsBack();
    void innerFailureDoomsOnlyThePart();
    void twoPartsInSequence();
    void feedRolledBackLeavesNoArticlesOrPostings();
    void checkpointApartCopiesCommitsToTheCacheFile();
    void walApartStartsOverPastItsBound();

private:
    bool put(const QString &key) const; // on the tested connection
    int committed(const QString &sql, const QString &arg = {}) const { return scalar(m_reader, sql, arg); }
    bool has(const QString &key) const { return committed(kKeyCount, key) == 1; }
    bool seesOwn(const QString &key) const { return scalar(m_db, kKeyCount, key) == 1; } // in its transaction
    QTemporaryDir m_dir;
    Database m_db{u"savepoint"_s};
    Database m_reader{u"reader"_s};
};

bool tst_Savepoint::put(const QString &key) const
{
    QSqlQuery q(m_db.db());
    q.prepare(u"INSERT INTO meta (key, value) VALUES (?, 'x')"_s);
    q.addBindValue(key);
    return q.exec();
}

void tst_Savepoint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!m_db.open(m_dir.filePath(u"s.sqlite"_s)));
    QVERIFY(!m_reader.open(m_dir.filePath(u"s.sqlite"_s)));
}

void tst_Savepoint::nothingWithoutTransaction()
{
    {
        Savepoint part(m_db);
        QVERIFY(!part.began());
        QVERIFY(put(u"auto"_s)); // autocommits: no SAVEPOINT opened a transaction around it
        QCOMPARE(committed(u"SELECT count(*) FROM meta WHERE key = 'auto'"_s), 1);
        QVERIFY(part.release()); // an error: nothing to keep
        part.rollback();
    }
    QVERIFY(has(u"auto"_s));
    // A transaction afterwards is still the outermost one and commits.
    TransactionScope transaction(m_db);
    QVERIFY(transaction.began());
    QVERIFY(put(u"auto2"_s));
    QVERIFY(!has(u"auto2"_s));
    QVERIFY(!transaction.commit());
    QVERIFY(has(u"auto2"_s));
}

void tst_Savepoint::rollbackUndoesOnlyThePart()
{
    TransactionScope transaction(m_db);
    QVERIFY(put(u"r.a"_s));
    Savepoint part(m_db);
    QVERIFY(part.began());
    QVERIFY(put(u"r.b"_s));
    part.rollback();
    QVERIFY(!seesOwn(u"r.b"_s));
    QVERIFY(seesOwn(u"r.a"_s));
    QVERIFY(!transaction.commit());
    QVERIFY(has(u"r.a"_s));
    QVERIFY(!has(u"r.b"_s));
}

void tst_Savepoint::releaseKeepsThePart()
{
    TransactionScope transaction(m_db);
    QVERIFY(put(u"k.a"_s));
    Savepoint part(m_db);
    QVERIFY(part.began());
    QVERIFY(put(u"k.b"_s));
    QVERIFY(!part.release());
    QVERIFY(!has(u"k.b"_s)); // kept in the transaction, not committed yet
    QVERIFY(!transaction.commit());
    QVERIFY(has(u"k.a"_s));
    QVERIFY(has(u"k.b"_s));
}

void tst_Savepoint::destructionRollsBack()
{
    TransactionScope transaction(m_db);
    QVERIFY(put(u"d.a"_s));
    {
        Savepoint part(m_db);
        QVERIFY(part.began());
        QVERIFY(put(u"d.b"_s));
    }
    QVERIFY(!transaction.commit());
    QVERIFY(has(u"d.a"_s));
    QVERIFY(!has(u"d.b"_s));
}

void tst_Savepoint::innerFailureDoomsOnlyThePart()
{
    {
        TransactionScope transaction(m_db);
        QVERIFY(put(u"f.a"_s));
        Savepoint part(m_db);
        QVERIFY(part.began());
        {
            TransactionScope inner(m_db); // a repository step that fails: never committed
            QVERIFY(inner.began());
            QVERIFY(put(u"f.b"_s));
        }
        const Error error = part.release();
        QVERIFY(error);
        QCOMPARE(error.code, Error::Database);
        QVERIFY(!seesOwn(u"f.b"_s)); // rolled back at once
        const Error outer = transaction.commit();
        QVERIFY2(!outer, qPrintable(outer.detail));
    }
    QVERIFY(has(u"f.a"_s));
    QVERIFY(!has(u"f.b"_s));

    // Without a savepoint the same failure dooms the whole transaction.
    {
        TransactionScope transaction(m_db);
        QVERIFY(put(u"g.a"_s));
        {
            TransactionScope inner(m_db);
            QVERIFY(put(u"g.b"_s));
        }
        QVERIFY(transaction.commit());
    }
    QVERIFY(!has(u"g.a"_s));
    QVERIFY(!has(u"g.b"_s));
}

void tst_Savepoint::twoPartsInSequence()
{
    TransactionScope transaction(m_db);
    QVERIFY(put(u"s.a"_s));
    Savepoint first(m_db);
    QVERIFY(first.began());
    QVERIFY(put(u"s.b"_s));
    QVERIFY(!first.release());
    Savepoint second(m_db);
    QVERIFY(second.began());
    QVERIFY(put(u"s.c"_s));
    second.rollback();
    QVERIFY(!transaction.commit());
    QVERIFY(has(u"s.a"_s));
    QVERIFY(has(u"s.b"_s));
    QVERIFY(!has(u"s.c"_s));
}

void tst_Savepoint::feedRolledBackLeavesNoArticlesOrPostings()
{
    const auto rss = [](const QString &site, const QString &word) {
        QString items;
        for (int i = 1; i <= 3; ++i)
            items += u"<item><title>%1 clinic %2</title><link>https://%3/a%2</link><guid>%3-%2</guid><pubDate>Mon, "
                     "02 Nov 2026 1%2:00:00 GMT</pubDate><description>%1 patients arrive</description></item>"_s.arg(
                         word, QString::number(i), site);
        const QString head = u"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>%1</title>"_s.arg(site);
        return (head + items + u"</channel></rss>"_s).toUtf8();
    };
    Source one;
    one.url = QUrl(u"https://one.example/rss"_s);
    Source two;
    two.url = QUrl(u"https://two.example/rss"_s);
    FeedIngester ingester(m_db);
    TransactionScope transaction(m_db);
    {
        Savepoint part(m_db);
        QVERIFY(part.began());
        const Result<IngestReport> report = ingester.ingest(rss(u"one.example"_s, u"zebracorn"_s), one);
        QVERIFY2(report.ok(), qPrintable(report.error().detail));
        QCOMPARE(report->stats.added, 3);
        part.rollback();
    }
    {
        Savepoint part(m_db);
        const Result<IngestReport> report = ingester.ingest(rss(u"two.example"_s, u"quokkafeed"_s), two);
        QVERIFY2(report.ok(), qPrintable(report.error().detail));
        QCOMPARE(report->stats.added, 3);
        QVERIFY(!part.release());
    }
    const Error error = transaction.commit();
    QVERIFY2(!error, qPrintable(error.detail));

    QCOMPARE(committed(u"SELECT count(*) FROM articles"_s), 3);
    QCOMPARE(committed(u"SELECT count(*) FROM sources WHERE url = ?"_s, one.url.toString()), 0);
    QCOMPARE(committed(u"SELECT count(*) FROM sources WHERE url = ?"_s, two.url.toString()), 1);
    QCOMPARE(mustRead(ArticleRepository(m_db).count({})), 3);
    // The index itself, not only through the articles that remain: the second feed's rows may
    // reuse the first one's rowids, and stale postings would then find them by the first's words.
    QCOMPARE(committed(u"SELECT count(*) FROM article_fts WHERE article_fts MATCH 'zebracorn'"_s), 0);
    QCOMPARE(committed(u"SELECT count(*) FROM article_fts WHERE article_fts MATCH 'quokkafeed'"_s), 3);
    ArticleQuery q;
    q.text = u"zebracorn"_s;
    QCOMPARE(mustRead(ArticleRepository(m_db).search(q, 10)).size(), 0);
    q.text = u"quokkafeed"_s;
    QCOMPARE(mustRead(ArticleRepository(m_db).search(q, 10)).size(), 3);
    QSqlQuery check(m_db.db());
    QVERIFY(check.exec(u"INSERT INTO article_fts (article_fts) VALUES ('integrity-check')"_s));
}

void tst_Savepoint::checkpointApartCopiesCommitsToTheCacheFile()
{
    // 300 pages: under the 1000 after which SQLite's own checkpoint would copy them, inside the commit.
    for (const bool apart : {false, true}) {
        const QString path = m_dir.filePath(apart ? u"apart.sqlite"_s : u"inline.sqlite"_s);
        Database writer(u"writer"_s);
        writer.setCheckpointApart(apart);
        QVERIFY(!writer.open(path));
        QSqlQuery q(writer.db());
        QVERIFY(q.exec(u"CREATE TABLE pages (id INTEGER PRIMARY KEY, data BLOB)"_s));
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s)); // the schema in the file, the WAL empty
        q.finish();
        QCOMPARE(inCacheFile(path, u"pages"_s), 0);
        QVERIFY(writePages(writer, 300));
        if (!apart) {
            QTest::qWait(2 * int(WalCheckpointer::kFeedPause.count()));
            QCOMPARE(inCacheFile(path, u"pages"_s), 0);
            continue;
        }
        // The writer did not wait for it: its thread copies what was committed, soon after.
        QTRY_COMPARE_WITH_TIMEOUT(inCacheFile(path, u"pages"_s), 300, 10000);
        QVERIFY(writePages(writer, 300));
        QTRY_COMPARE_WITH_TIMEOUT(inCacheFile(path, u"pages"_s), 600, 10000);
        const QString checkpointer = writer.connectionName() + u"-checkpoint"_s;
        QVERIFY(QSqlDatabase::contains(checkpointer));
        writer.close(); // the checkpointer stops, and its connection goes, before the writer's
        QVERIFY(!QSqlDatabase::contains(checkpointer));
    }
}

void tst_Savepoint::walApartStartsOverPastItsBound()
{
    // SQLite starts a WAL over only when a writer begins while all of it is copied, which a writer
    // that commits back to back hardly ever does while another thread copies: past a bound the
    // writer checkpoints itself between transactions. 96 MB are written; without that the WAL would
    // hold them all. The command line's bound is 32 MB; the reader's sync keeps near 4 MB, where
    // the GUI connection's own commits would start checkpointing.
    for (const bool reader : {false, true}) {
        const QString path = m_dir.filePath(reader ? u"bound-reader.sqlite"_s : u"bound.sqlite"_s);
        Database writer(u"writer"_s);
        writer.setCheckpointApart(true);
        writer.setBackgroundWriter(reader);
        QVERIFY(!writer.open(path));
        QSqlQuery q(writer.db());
        QVERIFY(q.exec(u"CREATE TABLE pages (id INTEGER PRIMARY KEY, data BLOB)"_s));
        qint64 largest = 0;
        for (int i = 0; i < 96; ++i) {
            QVERIFY(writePages(writer, 256)); // 1 MB
            largest = std::max(largest, QFileInfo(path + u"-wal"_s).size());
        }
        QCOMPARE(scalar(writer, u"SELECT count(*) FROM pages"_s), 96 * 256);
        const qint64 most = (reader ? 16 : 72) * 1024 * 1024;
        QVERIFY2(largest < most, qPrintable(u"the WAL grew to %1 bytes"_s.arg(largest)));
        writer.close();
        QCOMPARE(inCacheFile(path, u"pages"_s), 96 * 256);
    }
}

QTEST_GUILESS_MAIN(tst_Savepoint)
#include "tst_savepoint.moc"
