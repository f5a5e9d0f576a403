// SPDX-License-Identifier: GPL-3.0-or-later
// A read that fails is an error, never an empty answer. A real cache is broken after it opened (its
// articles table renamed away, as a damaged or foreign file would have it): every read of the article
// list, its counts and the search says so through Result<>, and `medtour-cli list` exits with the storage
// code and one error line instead of printing an empty list.
#include "clirun.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"
#include "storage/sourcerepository.h"
#include "sync/articlepreparer.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

/// A source with three Korean articles about medical tourism in the cache at `path`.
bool fill(Database &db)
{
    Source source;
    source.url = QUrl(u"https://news.example.kr/rss"_s);
    source.name = u"Example news"_s;
    const Result<qint64> id = SourceRepository(db).add(source);
    if (!id)
        return false;
    QList<FeedItem> items;
    for (int i = 1; i <= 3; ++i) {
        FeedItem item;
        item.id = u"item-%1"_s.arg(i);
        item.title = u"의료관광 설명회 %1"_s.arg(i);
        item.summary = u"카자흐스탄 환자 유치를 위한 의료관광 설명회가 열렸다."_s;
        item.link = QUrl(u"https://news.example.kr/%1"_s.arg(i));
        item.language = u"ko"_s;
        item.published = QDateTime::currentDateTimeUtc().addSecs(-3600 * i);
        items << item;
    }
    return ArticleRepository(db)
        .upsert(*id, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items))
        .ok();
}

/// Renames the articles table on `db`'s own connection: every statement that reads it fails from now on.
bool breakArticles(QSqlDatabase db)
{
    return QSqlQuery(db).exec(u"ALTER TABLE articles RENAME TO articles_moved_away"_s);
}

ArticleQuery inKorean()
{
    ArticleQuery q;
    q.selected(FacetKind::Language) = QStringList{u"ko"_s};
    return q;
}

} // namespace

class tst_FailedReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOfABrokenCacheAreErrors();
    void aMissingArticleIsNotFoundNotAFailure();
    void cliListFailsInsteadOfPrintingNothing();
};

void tst_FailedReads::readsOfABrokenCacheAreErrors()
{
    QTemporaryDir dir;
    Database db(u"broken"_s);
    QVERIFY(!db.open(dir.filePath(u"cache.sqlite"_s)));
    QVERIFY(fill(db));
    ArticleRepository articles(db);
    ArticleQuery search;
    search.text = u"의료관광"_s;

    // Before: every read answers, with rows.
    QCOMPARE(articles.page({}, {}, 10)->size(), 3);
    QCOMPARE(articles.page(inKorean(), {}, 10)->size(), 3); // through the in-memory index
    QCOMPARE(*articles.count({}), 3);
    QCOMPARE(articles.search(search, 10)->size(), 3);
    QVERIFY(articles.article(articles.page({}, {}, 1)->constFirst().id));

    QVERIFY(breakArticles(db.db()));

    // After: errors with SQLite's words, not empty lists or zeros.
    const Result<QList<ArticleSummary>> plain = articles.page({}, {}, 10);
    QVERIFY(!plain);
    QCOMPARE(plain.error().code, Error::Database);
    QVERIFY2(plain.error().detail.contains(u"no such table"_s), qPrintable(plain.error().detail));
    const Result<QList<ArticleSummary>> filtered = articles.page(inKorean(), {}, 10);
    QVERIFY(!filtered);
    QVERIFY2(filtered.error().detail.contains(u"articles"_s), qPrintable(filtered.error().detail));
    QVERIFY(!articles.count({}));
    QVERIFY(!articles.count(inKorean()));
    const Result<QList<SearchHit>> hits = articles.search(search, 10);
    QVERIFY(!hits);
    QVERIFY2(hits.error().detail.contains(u"no such table"_s), qPrintable(hits.error().detail));
    const Result<Article> article = articles.article(1);
    QVERIFY(!article);
    QVERIFY(article.error().code != Error::NotFound); // it may well exist: the read failed
    QVERIFY(!FacetRepository(db).counts({}));
}

void tst_FailedReads::aMissingArticleIsNotFoundNotAFailure()
{
    Database db(u"missing"_s);
    QVERIFY(!db.open(u":memory:"_s));
    QVERIFY(fill(db));
    const Result<Article> article = ArticleRepository(db).article(999);
    QVERIFY(!article);
    QCOMPARE(article.error().code, Error::NotFound);
    QCOMPARE(article.error().detail, u"no article with id 999"_s);
    const Result<QList<ArticleSummary>> none = ArticleRepository(db).page({}, {}, 0);
    QVERIFY(none.ok()); // an empty answer that is one
    QVERIFY(none->isEmpty());
}

void tst_FailedReads::cliListFailsInsteadOfPrintingNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cache.sqlite"_s);
    {
        Database db(u"setup"_s);
        QVERIFY(!db.open(path));
        QVERIFY(fill(db));
    }
    const CliRun before = runCli({u"--db"_s, path, u"list"_s});
    QCOMPARE(before.code, 0);
    QCOMPARE(before.json().array().size(), 3);

    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QVERIFY(breakArticles(raw));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);

    for (const QStringList &command : {QStringList{u"list"_s}, QStringList{u"search"_s, u"의료관광"_s}}) {
        const CliRun after = runCli(QStringList{u"--db"_s, path} + command);
        QCOMPARE(after.code, 3);                              // Exit::Storage, as a failed write exits
        QVERIFY2(after.out.isEmpty(), after.out.constData()); // no "[]": that would say the cache is empty
        QCOMPARE(after.errLines().size(), 1);
        QVERIFY2(after.errLines().constFirst().startsWith("medtour-cli: "), after.err.constData());
        QVERIFY2(after.err.contains("no such table"), after.err.constData());
    }
}

QTEST_GUILESS_MAIN(tst_FailedReads)
#include "tst_failedreads.moc"
