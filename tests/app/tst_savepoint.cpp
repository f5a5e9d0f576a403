// SPDX-License-Identifier: GPL-3.0-or-later
// Savepoint: a part of an open transaction that can fail alone, while what came before commits.
#include "mustread.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "sync/feedingester.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_GUILESS_MAIN(tst_Savepoint)
#include "tst_savepoint.moc"
