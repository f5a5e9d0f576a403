// SPDX-License-Identifier: GPL-3.0-or-later
// A cache at every earlier schema version upgrades with every row and all user state kept.
#include "mustread.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"
#include "storage/schemamigrator.h"
#include "storage/searchindex.h"
#include "storage/sourcerepository.h"
#include "text/searchtokenizer.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

/// Rows written with plain SQL valid at schema version `version`, as an old build would.
bool fill(QSqlDatabase db, int version)
{
    const bool bodiesApart = version >= 3; // v3 moved bodies to article_content
    return exec(db,
                u"INSERT INTO sources (id, name, url, created) VALUES (1, 'Old', 'https://old.example/rss', 1)"_s) &&
           exec(db, bodiesApart
                        ? u"INSERT INTO articles (id, source_id, guid, url, title, summary, fetched, sort_time, "
                          "language) VALUES (1, 1, 'g1', 'https://old.example/1', '대전시 몽골 환자 유치', "
                          "'lead', 100, 100, 'ko')"_s
                        : u"INSERT INTO articles (id, source_id, guid, url, title, summary, clean_text, fetched, "
                          "sort_time, language) VALUES (1, 1, 'g1', 'https://old.example/1', "
                          "'대전시 몽골 환자 유치', 'lead', '울란바토르에서 설명회', 100, 100, 'ko')"_s) &&
           (!bodiesApart ||
            exec(db, u"INSERT INTO article_content (article_id, clean_text) VALUES (1, '울란바토르에서 설명회')"_s)) &&
           exec(db, u"INSERT INTO articles (id, source_id, guid, title, fetched, sort_time) "
                    "VALUES (2, 1, 'g2', 'Busan MOU', 200, 200)"_s) &&
           exec(db, u"INSERT INTO article_state (article_id, read, starred, note, changed) "
                    "VALUES (1, 1, 1, 'keep me', 5)"_s) &&
           exec(db, u"INSERT INTO tags (article_id, kind, value) VALUES (1, 'market', 'MN')"_s);
}

/// A raw connection `name` to a cache at schema `version` (SchemaMigrator alone, as an older
/// release left it); with fill()'s rows unless `empty`. Invalid when a step fails. Close it, and
/// remove the connection, before Database opens the file.
QSqlDatabase rawCacheAt(const QString &path, const QString &name, int version, bool empty = false)
{
    QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    raw.setDatabaseName(path);
    if (!raw.open() || SchemaMigrator::migrateTo(raw, version) || SchemaMigrator::currentVersion(raw) != version ||
        (!empty && !fill(raw, version)))
        return {};
    return raw;
}

} // namespace

class tst_Migrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upgradesFromEveryVersion_data();
    void upgradesFromEveryVersion();
    void failedStepRollsBack();
    void farFutureDatesAreTakenForNoneOnUpgrade();
    void staleSearchTokensGoOnUpgrade();

private:
    QTemporaryDir m_dir;
};

void tst_Migrations::upgradesFromEveryVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 1; v < SchemaMigrator::latestVersion(); ++v)
        QTest::addRow("from v%d", v) << v;
}

void tst_Migrations::upgradesFromEveryVersion()
{
    QFETCH(int, from);
    const QString path = m_dir.filePath(u"v%1.sqlite"_s.arg(from));
    {
        QSqlDatabase raw = rawCacheAt(path, u"raw"_s, from);
        QVERIFY(raw.isOpen());
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);

    Database db(u"migrated"_s);
    const Error error = db.open(path);
    QVERIFY2(!error, qPrintable(error.detail));
    QCOMPARE(SchemaMigrator::currentVersion(db.db()), SchemaMigrator::latestVersion());
    // v15: the search index merges its segments eight at a time (it writes less as it grows).
    QSqlQuery merge(db.db());
    QVERIFY(merge.exec(u"SELECT v FROM article_fts_config WHERE k = 'automerge'"_s) && merge.next());
    QCOMPARE(merge.value(0).toInt(), 8);
    // v16: what a transaction adds to it is written out in one segment up to 16 MB, not 1 MB each.
    QVERIFY(merge.exec(u"SELECT v FROM article_fts_config WHERE k = 'hashsize'"_s) && merge.next());
    QCOMPARE(merge.value(0).toInt(), 16 * 1024 * 1024);
    merge.finish();
    ArticleRepository repo(db);
    QCOMPARE(mustRead(repo.count({})), 2);
    const Result<Article> a = repo.article(1);
    QVERIFY(a);
    QCOMPARE(a->summary.title, u"대전시 몽골 환자 유치"_s);
    QVERIFY(a->summary.state.read);
    QVERIFY(a->summary.state.starred);
    QCOMPARE(a->summary.state.note, u"keep me"_s);
    QCOMPARE(a->outlet, QString()); // v5: articles from before have no outlet
    QCOMPARE(mustRead(FacetRepository(db).tags(1)), (QList<Tag>{{u"market"_s, u"MN"_s}}));
    // Rows written before the search index existed are searchable after the upgrade.
    ArticleQuery q;
    q.text = u"울란바토르"_s;
    QCOMPARE(mustRead(repo.search(q, 10)).size(), 1);
    q.text = u"몽골"_s;
    QCOMPARE(mustRead(repo.count(q)), 1);
    // v17: a three-syllable word is found by its trigram once any articles still waiting are
    // indexed.
    q.text = u"설명회"_s;
    QCOMPARE(mustRead(repo.count(q)), 1);
    while (mustRead(SearchIndex::indexPendingBatch(db, 100)) > 0) {
    }
    QCOMPARE(mustRead(repo.count(q)), 1);
    QCOMPARE(mustRead(repo.search(q, 10)).size(), 1);
    QSqlQuery trigram(db.db());
    QVERIFY(trigram.exec(u"SELECT rowid FROM article_trigrams WHERE article_trigrams MATCH '설명회'"_s));
    QVERIFY(trigram.next());
    QCOMPARE(trigram.value(0).toLongLong(), 1);
    trigram.finish();
    // v5 gave sources a folder: old sources are at the top level, and keep their status columns.
    SourceRepository sources(db);
    const Result<Source> old = sources.byId(1);
    QVERIFY(old);
    QCOMPARE(old->url, QUrl(u"https://old.example/rss"_s));
    QCOMPARE(old->folder, QString());
    QVERIFY(!mustRead(sources.status(1)).lastAttempt.isValid());
    QCOMPARE(sources.due(QDateTime::currentDateTimeUtc()), (QList<qint64>{1}));
}

void tst_Migrations::staleSearchTokensGoOnUpgrade()
{
    // A v13 cache whose index is current but holds a removed article's tokens under an id a newer
    // article took (removing a source left them there): after the upgrade the old words find
    // nothing, and the article is found by its own once its waiting turn is indexed.
    const QString path = m_dir.filePath(u"v13-orphans.sqlite"_s);
    {
        QSqlDatabase raw = rawCacheAt(path, u"raw13"_s, 13);
        QVERIFY(raw.isOpen());
        // The index as a v13 cache has it, current, and the removed article's tokens on id 2.
        QSqlQuery add(raw);
        QVERIFY(add.prepare(u"INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)"_s));
        const QStringList rows[] = {{u"1"_s, u"대전시 몽골 환자 유치"_s, u"lead"_s, u"울란바토르에서 설명회"_s},
                                    {u"2"_s, u"Busan MOU"_s, {}, {}},
                                    {u"2"_s, u"타슈켄트 removed"_s, {}, {}}};
        for (const QStringList &row : rows) {
            add.addBindValue(row[0].toLongLong());
            add.addBindValue(SearchIndex::titleTokens(row[1]));
            add.addBindValue(SearchIndex::bodyTokens(row[2], row[3]));
            QVERIFY2(add.exec(), qPrintable(add.lastError().text()));
        }
        add.finish();
        QVERIFY(add.prepare(u"UPDATE meta SET value = ? WHERE key = 'search_tokenizer'"_s));
        add.addBindValue(QString::number(SearchTokenizer::kVersion));
        QVERIFY(add.exec());
        add.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw13"_s);

    Database db(u"migrated13"_s);
    const Error error = db.open(path);
    QVERIFY2(!error, qPrintable(error.detail));
    QCOMPARE(mustRead(SearchIndex::pendingCount(db.db())), 2);
    QCOMPARE(mustRead(SearchIndex::indexPendingBatch(db, 100)), 2);
    ArticleRepository repo(db);
    ArticleQuery q;
    for (const QString &old : {u"타슈켄트"_s, u"removed"_s}) {
        q.text = old;
        QCOMPARE(mustRead(repo.search(q, 10)).size(), 0);
    }
    q.text = u"busan"_s;
    QCOMPARE(mustRead(repo.search(q, 10)).size(), 1);
    q.text = u"울란바토르"_s;
    QCOMPARE(mustRead(repo.search(q, 10)).size(), 1);
}

void tst_Migrations::failedStepRollsBack()
{
    // A cache whose v1 tables clash with what step 2 creates stays at v1, untouched.
    const QString path = m_dir.filePath(u"clash.sqlite"_s);
    {
        QSqlDatabase raw = rawCacheAt(path, u"clash"_s, 1);
        QVERIFY(raw.isOpen());
        QVERIFY(exec(raw, u"CREATE TABLE meta (x)"_s)); // step 2 creates 'meta' too
        const Error error = SchemaMigrator::migrate(raw);
        QCOMPARE(error.code, Error::Database);
        QCOMPARE(SchemaMigrator::currentVersion(raw), 1);
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"SELECT count(*) FROM articles"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(!q.exec(u"SELECT * FROM article_fts"_s)); // nothing of step 2 remains
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"clash"_s);
}

void tst_Migrations::farFutureDatesAreTakenForNoneOnUpgrade()
{
    // Issue 21: a cache from before schema 9 may hold articles dated in 2099 above all the news; the
    // step dates them when they were fetched, marked as guessed, and leaves plausible dates alone.
    constexpr qint64 kFetched = 1780000000; // in 2026
    constexpr qint64 kYear2099 = 4070908800;
    const QString path = m_dir.filePath(u"future.sqlite"_s);
    {
        QSqlDatabase raw = rawCacheAt(path, u"future"_s, 8, true);
        QVERIFY(raw.isOpen());
        QVERIFY(
            exec(raw, u"INSERT INTO sources (id, name, url, created) VALUES (1, 'S', 'https://s.example/rss', 1)"_s));
        QVERIFY(exec(
            raw, u"INSERT INTO articles (id, source_id, guid, title, published, fetched, sort_time) VALUES "
                 "(1, 1, 'far', 'From 2099', %1, %2, %1), (2, 1, 'near', 'An hour ahead', %3, %2, %3)"_s.arg(kYear2099)
                     .arg(kFetched)
                     .arg(kFetched + 3600)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"future"_s);
    Database db(u"future-migrated"_s);
    QVERIFY(!db.open(path));
    const Result<Article> far = ArticleRepository(db).article(1);
    const Result<Article> near = ArticleRepository(db).article(2);
    QVERIFY(far && near);
    QVERIFY(far->summary.dateGuessed);
    QCOMPARE(far->summary.published.toSecsSinceEpoch(), kFetched);
    QVERIFY(!near->summary.dateGuessed);
    QCOMPARE(near->summary.published.toSecsSinceEpoch(), kFetched + 3600);
}

QTEST_GUILESS_MAIN(tst_Migrations)
#include "tst_migrations.moc"
