// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedparser.h"
#include "mustread.h"
#include "storage/articlerepository.h"
#include "storage/bulkrows.h"
#include "storage/contentcodec.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/schemamigrator.h"
#include "storage/sourcerepository.h"
#include "sync/articlepreparer.h"
#include "sync/feedingester.h"
#include "text/languageguess.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

FeedItem makeItem(const QString &id, const QString &title, qint64 secs)
{
    FeedItem item;
    item.id = id;
    item.title = title;
    item.link = QUrl(u"https://news.example.com/"_s + id);
    item.published = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    item.summary = title + u" lead"_s;
    item.contentHtml = u"<p>"_s + title + u"</p>"_s;
    return item;
}

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.db());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class tst_Storage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void openSetsPragmasAndSchema();
    void upsertIsIdempotent();
    void upsertFindsAFeedsRowsInChunks();
    void updateKeepsUserState();
    void undatedItemsFallBackToFetchTime();
    void duplicateUrlAcrossSources();
    void keysetPaging();
    void filters();
    void sampleImportOnlyWhenEmpty();
    void sampleDatesFollowTheImportDay_data();
    void sampleDatesFollowTheImportDay();
    void refusesNewerSchema();
    void reopenKeepsData();
    void retentionKeepsMarkedArticles();
    void integrityAndStats();
    void languageGuess_data();
    void languageGuess();
    void longTextIsStoredCompressed();
    void bulkRowsReadAlikeBothWays();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_source = 0;
};

void tst_Storage::init()
{
    m_db = std::make_unique<Database>(u"test"_s);
    const Error error = m_db->open(m_dir.filePath(u"cache.sqlite"_s));
    QVERIFY2(!error, qPrintable(error.detail));
    Source source;
    source.url = QUrl(u"https://news.example.com/rss"_s);
    source.name = u"Example"_s;
    const Result<qint64> id = SourceRepository(*m_db).ensure(source);
    QVERIFY(id.ok());
    m_source = *id;
}

void tst_Storage::cleanup()
{
    m_db.reset();
    QFile::remove(m_dir.filePath(u"cache.sqlite"_s));
    QFile::remove(m_dir.filePath(u"cache.sqlite-wal"_s));
    QFile::remove(m_dir.filePath(u"cache.sqlite-shm"_s));
}

void tst_Storage::openSetsPragmasAndSchema()
{
    QCOMPARE(scalar(*m_db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(*m_db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(*m_db, u"PRAGMA user_version"_s).toInt(), SchemaMigrator::latestVersion());
    QCOMPARE(scalar(*m_db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
}

void tst_Storage::upsertIsIdempotent()
{
    ArticleRepository repo(*m_db);
    const QList<FeedItem> items = {makeItem(u"a"_s, u"A"_s, 1000), makeItem(u"b"_s, u"B"_s, 2000)};
    const auto first =
        repo.upsert(m_source, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items));
    QVERIFY(first.ok());
    QCOMPARE(first->added, 2);
    const auto second =
        repo.upsert(m_source, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items));
    QVERIFY(second.ok());
    QCOMPARE(second->added, 0);
    QCOMPARE(second->unchanged, 2);
    QCOMPARE(mustRead(repo.count({})), 2);
}

void tst_Storage::upsertFindsAFeedsRowsInChunks()
{
    // A feed's rows are looked up by guid a few hundred at a time (padded to a few lengths): a feed
    // longer than a chunk, seen again, is unchanged item by item; an item repeated in the same feed
    // finds the row its first copy wrote, as if looked up one by one.
    ArticleRepository repo(*m_db);
    QList<FeedItem> items;
    for (int i = 0; i < 600; ++i)
        items << makeItem(u"g%1"_s.arg(i), u"Story %1"_s.arg(i), 1000 + i);
    const auto first =
        repo.upsert(m_source, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items));
    QVERIFY(first.ok());
    QCOMPARE(first->added, 600);
    items[599].title = u"Story 599 corrected"_s;
    const auto second =
        repo.upsert(m_source, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items));
    QVERIFY(second.ok());
    QCOMPARE(second->unchanged, 599);
    QCOMPARE(second->updated, 1);
    QCOMPARE(second->added, 0);

    const QList<FeedItem> repeated = {makeItem(u"r"_s, u"Mongolia briefing"_s, 5000),
                                      makeItem(u"r"_s, u"Uzbekistan briefing"_s, 5000),
                                      makeItem(u"r"_s, u"Uzbekistan briefing"_s, 5000)};
    const auto third =
        repo.upsert(m_source, repeated, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(repeated));
    QVERIFY(third.ok());
    QCOMPARE(third->added, 1);
    QCOMPARE(third->updated, 1);
    QCOMPARE(third->unchanged, 1);
    QCOMPARE(mustRead(repo.count({})), 601);
    ArticleQuery q;
    q.text = u"Mongolia"_s;
    QCOMPARE(mustRead(repo.count(q)), 0); // the first copy's words left the index with it
    q.text = u"Uzbekistan"_s;
    QCOMPARE(mustRead(repo.count(q)), 1);
    q.text = u"corrected"_s;
    QCOMPARE(mustRead(repo.count(q)), 1);
}

void tst_Storage::updateKeepsUserState()
{
    ArticleRepository repo(*m_db);
    QVERIFY(repo.upsert(m_source, {makeItem(u"a"_s, u"Old title"_s, 1000)}, QDateTime::currentDateTimeUtc(),
                        ArticlePreparer::prepareAll({makeItem(u"a"_s, u"Old title"_s, 1000)}))
                .ok());
    const qint64 id = mustRead(repo.page({}, {}, 10)).constFirst().id;
    QVERIFY(repo.setStarred({id}, true).ok());
    QVERIFY(repo.setRead({id}, true).ok());
    QVERIFY(repo.setNote(id, u"call the agency"_s).ok());

    const auto stats = repo.upsert(m_source, {makeItem(u"a"_s, u"New title"_s, 1000)}, QDateTime::currentDateTimeUtc(),
                                   ArticlePreparer::prepareAll({makeItem(u"a"_s, u"New title"_s, 1000)}));
    QVERIFY(stats.ok());
    QCOMPARE(stats->updated, 1);
    const Result<Article> article = repo.article(id);
    QVERIFY(article);
    QCOMPARE(article->summary.title, u"New title"_s);
    QVERIFY(article->summary.state.starred);
    QVERIFY(article->summary.state.read);
    QCOMPARE(article->summary.state.note, u"call the agency"_s);
}

void tst_Storage::undatedItemsFallBackToFetchTime()
{
    ArticleRepository repo(*m_db);
    FeedItem item = makeItem(u"nodate"_s, u"No date"_s, 0);
    item.published = {};
    const QDateTime fetched = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    QVERIFY(repo.upsert(m_source, {item}, fetched, ArticlePreparer::prepareAll({item})).ok());
    const ArticleSummary row = mustRead(repo.page({}, {}, 1)).constFirst();
    QVERIFY(row.dateGuessed);
    QCOMPARE(row.published, fetched); // flagged, and never 1970
}

void tst_Storage::duplicateUrlAcrossSources()
{
    Source other;
    other.url = QUrl(u"https://other.example.com/rss"_s);
    const qint64 otherId = *SourceRepository(*m_db).ensure(other);
    ArticleRepository repo(*m_db);
    FeedItem item = makeItem(u"x"_s, u"Same story"_s, 5000);
    QVERIFY(repo.upsert(m_source, {item}, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll({item})).ok());
    item.id = u"other-guid"_s;
    item.link = QUrl(u"https://NEWS.example.com/x?utm_source=feed#top"_s);
    const auto stats =
        repo.upsert(otherId, {item}, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll({item}));
    QVERIFY(stats.ok());
    QCOMPARE(stats->duplicates, 1);
    QCOMPARE(mustRead(repo.count({})), 1);
}

void tst_Storage::keysetPaging()
{
    ArticleRepository repo(*m_db);
    QList<FeedItem> items;
    for (int i = 0; i < 25; ++i)
        items << makeItem(u"id%1"_s.arg(i), u"T%1"_s.arg(i), 1000 + (i % 5)); // ties in time on purpose
    QVERIFY(repo.upsert(m_source, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items)).ok());
    QList<qint64> seen;
    PageCursor cursor;
    for (;;) {
        const QList<ArticleSummary> page = mustRead(repo.page({}, cursor, 7));
        for (const ArticleSummary &row : page)
            seen << row.id;
        if (page.size() < 7)
            break;
        cursor = ArticleRepository::cursorAfter(page.constLast());
    }
    QCOMPARE(seen.size(), 25);
    QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), 25);
}

void tst_Storage::filters()
{
    ArticleRepository repo(*m_db);
    QVERIFY(repo.upsert(m_source,
                        {makeItem(u"k"_s, u"Daejeon targets Kazakhstan"_s, 3000),
                         makeItem(u"m"_s, u"몽골 환자 유치"_s, 4000)},
                        QDateTime::currentDateTimeUtc(),
                        ArticlePreparer::prepareAll({makeItem(u"k"_s, u"Daejeon targets Kazakhstan"_s, 3000),
                                                     makeItem(u"m"_s, u"몽골 환자 유치"_s, 4000)}))
                .ok());
    ArticleQuery q;
    q.text = u"kazakhstan"_s;
    QCOMPARE(mustRead(repo.count(q)), 1);
    q.text = u"몽골"_s;
    QCOMPARE(mustRead(repo.count(q)), 1);
    q = {};
    const qint64 id = mustRead(repo.page({}, {}, 1)).constFirst().id;
    QVERIFY(repo.setStarred({id}, true).ok());
    q.starredOnly = true;
    QCOMPARE(mustRead(repo.count(q)), 1);
    q = {};
    q.unreadOnly = true;
    QCOMPARE(mustRead(repo.count(q)), 2);
    QVERIFY(repo.setRead({id}, true).ok());
    QCOMPARE(mustRead(repo.count(q)), 1);
    q = {};
    q.since = QDateTime::fromSecsSinceEpoch(3500, Qt::UTC);
    QCOMPARE(mustRead(repo.count(q)), 1);
}

void tst_Storage::sampleImportOnlyWhenEmpty()
{
    Database fresh(u"fresh"_s);
    QVERIFY(!fresh.open(m_dir.filePath(u"fresh.sqlite"_s)));
    const Result<int> imported = SampleData::importIfEmpty(fresh);
    QVERIFY2(imported.ok(), qPrintable(imported.error().detail));
    QVERIFY(*imported >= 30);
    const QList<Source> sources = mustRead(SourceRepository(fresh).all());
    QCOMPARE(sources.size(), 1);
    QVERIFY(sources[0].name.contains(u"Sample"_s));
    QCOMPARE(*SampleData::importIfEmpty(fresh), 0);
}

void tst_Storage::sampleDatesFollowTheImportDay_data()
{
    QTest::addColumn<QDateTime>("now");
    // Before, inside and long after the months the sample was written in; late and early in a
    // local day (then the articles must move back by more than whole days, not into the future).
    QTest::newRow("2024 morning") << QDateTime(QDate(2024, 2, 29), QTime(7, 5), Qt::LocalTime);
    QTest::newRow("2026 evening") << QDateTime(QDate(2026, 11, 20), QTime(22, 30), Qt::LocalTime);
    QTest::newRow("2031 after midnight") << QDateTime(QDate(2031, 6, 1), QTime(0, 20), Qt::LocalTime);
    QTest::newRow("2040 noon") << QDateTime(QDate(2040, 12, 31), QTime(12, 0), Qt::LocalTime);
}

void tst_Storage::sampleDatesFollowTheImportDay()
{
    QFETCH(QDateTime, now);
    // The sample as written: its dates, newest first.
    QFile file(QString::fromLatin1(SampleData::kResourcePath));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<qint64> written;
    for (const FeedItem &item : FeedParser::parse(file.readAll()).items) {
        if (item.published.isValid())
            written << item.published.toSecsSinceEpoch();
    }
    std::sort(written.begin(), written.end(), std::greater<>());
    QVERIFY(written.size() >= 30);

    Database db(u"dated"_s);
    QVERIFY(!db.open(
        m_dir.filePath(u"dated-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'))));
    QVERIFY(SampleData::importIfEmpty(db, now).ok());
    QList<qint64> stored;
    for (const ArticleSummary &row : mustRead(ArticleRepository(db).page({}, {}, 1000))) { // newest first
        if (!row.dateGuessed)
            stored << row.published.toSecsSinceEpoch();
    }
    QCOMPARE(stored.size(), written.size());
    // The newest lies within the import day, not after the import; order and spacing are kept.
    const QDateTime newest = QDateTime::fromSecsSinceEpoch(stored.first()).toLocalTime();
    QCOMPARE(newest.date(), now.date());
    QVERIFY(newest <= now);
    for (qsizetype i = 1; i < stored.size(); ++i)
        QCOMPARE(stored[i - 1] - stored[i], written[i - 1] - written[i]);
    // So the quick views a newcomer clicks first are not empty.
    ArticleQuery today;
    today.since = QDateTime(now.date(), QTime(0, 0), Qt::LocalTime).toUTC();
    QVERIFY(mustRead(ArticleRepository(db).count(today)) >= 1);
    ArticleQuery week;
    week.since = QDateTime(now.date().addDays(-6), QTime(0, 0), Qt::LocalTime).toUTC();
    QVERIFY(mustRead(ArticleRepository(db).count(week)) > mustRead(ArticleRepository(db).count(today)));
}

void tst_Storage::refusesNewerSchema()
{
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
    m_db->close();
    const Error error = m_db->open(m_dir.filePath(u"cache.sqlite"_s));
    QCOMPARE(error.code, Error::TooNew);
}

void tst_Storage::reopenKeepsData()
{
    ArticleRepository repo(*m_db);
    QVERIFY(repo.upsert(m_source, {makeItem(u"a"_s, u"A"_s, 1000)}, QDateTime::currentDateTimeUtc(),
                        ArticlePreparer::prepareAll({makeItem(u"a"_s, u"A"_s, 1000)}))
                .ok());
    QVERIFY(repo.setStarred({mustRead(repo.page({}, {}, 1)).constFirst().id}, true).ok());
    m_db->close();
    QVERIFY(!m_db->open(m_dir.filePath(u"cache.sqlite"_s)));
    ArticleQuery starred;
    starred.starredOnly = true;
    QCOMPARE(mustRead(ArticleRepository(*m_db).count(starred)), 1);
}

void tst_Storage::retentionKeepsMarkedArticles()
{
    ArticleRepository repo(*m_db);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<FeedItem> items;
    for (int i = 0; i < 10; ++i) // one a day, i days old
        items << makeItem(u"r%1"_s.arg(i), u"Old story %1"_s.arg(i), now - i * 86400 - 60);
    QVERIFY(repo.upsert(m_source, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items)).ok());
    const QList<ArticleSummary> rows = mustRead(repo.page({}, {}, 20));
    const qint64 oldest = rows.last().id;   // 9 days old
    const qint64 secondOldest = rows[8].id; // 8 days old
    QVERIFY(repo.setStarred({oldest}, true).ok());
    QVERIFY(repo.setNote(secondOldest, u"keep"_s).ok());

    RetentionPolicy byAge;
    byAge.maxAgeDays = 5; // removes the 5..9-day-old ones except the starred and noted
    const Result<int> removed = Maintenance::prune(*m_db, byAge);
    QVERIFY(removed.ok());
    QCOMPARE(*removed, 3);
    QCOMPARE(mustRead(repo.count({})), 7);
    QVERIFY(repo.article(oldest));
    QVERIFY(repo.article(secondOldest));

    RetentionPolicy perSource;
    perSource.maxPerSource = 2;
    QCOMPARE(*Maintenance::prune(*m_db, perSource), 3); // keeps the newest two plus the two marked
    QCOMPARE(mustRead(repo.count({})), 4);
    // Pruned articles leave no trace in the search index.
    ArticleQuery q;
    q.text = u"story"_s;
    QCOMPARE(mustRead(repo.search(q, 50)).size(), 4);
    QVERIFY(Maintenance::integrityProblems(*m_db).isEmpty());
}

void tst_Storage::integrityAndStats()
{
    ArticleRepository repo(*m_db);
    QVERIFY(repo.upsert(m_source, {makeItem(u"a"_s, u"A"_s, 1000)}, QDateTime::currentDateTimeUtc(),
                        ArticlePreparer::prepareAll({makeItem(u"a"_s, u"A"_s, 1000)}))
                .ok());
    QVERIFY(Maintenance::integrityProblems(*m_db).isEmpty());
    const QJsonObject stats = Maintenance::stats(*m_db);
    QCOMPARE(stats.value(u"articles").toInt(), 1);
    QCOMPARE(stats.value(u"sources").toInt(), 1);
    QCOMPARE(stats.value(u"unread").toInt(), 1);
    QVERIFY(!Maintenance::optimize(*m_db, true));
    QCOMPARE(mustRead(repo.count({})), 1);
}

void tst_Storage::languageGuess_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("expected");
    QTest::newRow("korean declared and written") << u"대전시는 몽골 환자 유치에 나섰다"_s << u"ko-KR"_s << u"ko"_s;
    QTest::newRow("english item in a korean feed") << u"Busan signs an MOU with Almaty"_s << u"ko"_s << u"en"_s;
    QTest::newRow("korean item with english declared") << u"부산시 의료관광 홍보"_s << u"en"_s << u"ko"_s;
    QTest::newRow("russian undeclared") << u"Медицинский туризм в Корее"_s << QString() << u"ru"_s;
    QTest::newRow("kazakh keeps its cyrillic tag") << u"Медициналық туризм"_s << u"kk"_s << u"kk"_s;
    QTest::newRow("german stays german") << u"Medizintourismus in Korea wächst"_s << u"de"_s << u"de"_s;
    QTest::newRow("no letters keeps declaration") << u"2026 12 01"_s << u"ko"_s << u"ko"_s;
    QTest::newRow("korean with english terms") << u"대전 MOU 체결, JCI 인증 병원 참여"_s << u"ko"_s << u"ko"_s;
}

void tst_Storage::languageGuess()
{
    QFETCH(QString, text);
    QFETCH(QString, declared);
    QFETCH(QString, expected);
    QCOMPARE(LanguageGuess::of(text, declared), expected);
}

void tst_Storage::longTextIsStoredCompressed()
{
    ArticleRepository repo(*m_db);
    // A real article's length of Korean text with its HTML: stored as a BLOB far smaller than the
    // text, read back exactly, and searchable.
    QString html;
    for (int i = 0; i < 12; ++i)
        html +=
            u"<p>대전시는 %1일 카자흐스탄 알마티에서 의료관광 설명회를 열고 현지 에이전시와 협약을 맺었다.</p>"_s.arg(
                i);
    FeedItem item = makeItem(u"long"_s, u"대전 의료관광 설명회"_s, 1000);
    item.contentHtml = html;
    QVERIFY(repo.upsert(m_source, {item}, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll({item})).ok());
    const qint64 id = mustRead(repo.page({}, {}, 1)).constFirst().id;
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(u"SELECT typeof(body_html), length(body_html), typeof(clean_text), length(clean_text) FROM "
                   u"article_content WHERE article_id = %1"_s.arg(id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"blob"_s);
    QCOMPARE(q.value(2).toString(), u"blob"_s);
    QVERIFY2(q.value(1).toInt() * 3 < html.toUtf8().size(), qPrintable(q.value(1).toString()));
    const Article stored = mustRead(repo.article(id));
    QCOMPARE(stored.bodyHtml, html);
    QVERIFY(stored.cleanText.contains(u"11일 카자흐스탄 알마티에서"_s));
    ArticleQuery search;
    search.text = u"알마티"_s;
    QCOMPARE(mustRead(repo.search(search, 10)).size(), 1);
    // An update takes the old text's words out of the search index (read back from the BLOB).
    item.contentHtml = html.replace(u"알마티"_s, u"타슈켄트"_s);
    QVERIFY(repo.upsert(m_source, {item}, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll({item})).ok());
    QCOMPARE(mustRead(repo.search(search, 10)).size(), 0);
    search.text = u"타슈켄트"_s;
    QCOMPARE(mustRead(repo.search(search, 10)).size(), 1);

    // Short text stays TEXT; a cache written before compression reads as it is.
    FeedItem shortItem = makeItem(u"short"_s, u"짧은 기사"_s, 2000);
    QVERIFY(
        repo.upsert(m_source, {shortItem}, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll({shortItem}))
            .ok());
    const qint64 shortId = mustRead(repo.page({}, {}, 1)).constFirst().id;
    QCOMPARE(scalar(*m_db, u"SELECT typeof(clean_text) FROM article_content WHERE article_id = %1"_s.arg(shortId))
                 .toString(),
             u"text"_s);
    const QString old = u"예전 캐시의 본문 "_s.repeated(40);
    QVERIFY(q.exec(u"UPDATE article_content SET clean_text = '%1' WHERE article_id = %2"_s.arg(old).arg(shortId)));
    QCOMPARE(mustRead(repo.article(shortId)).cleanText, old);

    // A damaged value reads as no text, not as a crash or a huge allocation.
    QByteArray damaged = ContentCodec::pack(old).toByteArray();
    QVERIFY(!damaged.isEmpty());
    damaged[0] = char(0x7f); // claims two gigabytes unpacked
    q.prepare(u"UPDATE article_content SET clean_text = ? WHERE article_id = ?"_s);
    q.addBindValue(damaged);
    q.addBindValue(shortId);
    QVERIFY(q.exec());
    QCOMPARE(mustRead(repo.article(shortId)).cleanText, QString());
    damaged = ContentCodec::pack(old).toByteArray();
    damaged.chop(damaged.size() / 2);
    QCOMPARE(ContentCodec::unpack(damaged), QString());
    damaged = ContentCodec::pack(old).toByteArray();
    damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 0x5a); // the frame's checks fail
    QVERIFY(ContentCodec::unpack(damaged) != old);
    damaged = ContentCodec::pack(old).toByteArray();
    qToBigEndian<quint32>(quint32(old.toUtf8().size() + 1), damaged.data()); // a size that does not add up
    QCOMPARE(ContentCodec::unpack(damaged), QString());

    // Text packed with zlib, as the caches of the versions before zstd hold it, reads as it was.
    q.prepare(u"UPDATE article_content SET clean_text = ? WHERE article_id = ?"_s);
    q.addBindValue(qCompress(old.toUtf8(), 1));
    q.addBindValue(shortId);
    QVERIFY(q.exec());
    QCOMPARE(mustRead(repo.article(shortId)).cleanText, old);
    QCOMPARE(ContentCodec::unpack(ContentCodec::pack(old)), old);
    const QByteArray packed = ContentCodec::pack(old).toByteArray(); // the size, then a zstd frame
    QCOMPARE(qFromBigEndian<quint32>(packed.constData()), quint32(old.toUtf8().size()));
    QCOMPARE(packed.mid(4, 4), QByteArray("\x28\xb5\x2f\xfd"));
}

void tst_Storage::bulkRowsReadAlikeBothWays()
{
    // The in-memory index's load reads through SQLite's API where Qt's driver shares the library,
    // through QtSql elsewhere: the same rows, values and bytes either way (Korean text included).
    Database sample(u"bulk"_s);
    QVERIFY(!sample.open(m_dir.filePath(u"bulk.sqlite"_s)));
    QVERIFY(mustRead(SampleData::importIfEmpty(sample)) >= 30);
    if (BulkRows::builtDirect()) // a Debian build: Qt's driver runs the system SQLite, as we do
        QVERIFY(BulkRows::directAvailable(sample.db()));
    const auto readAll = [&sample](const char *sql, BulkRows::Via via, bool *direct) {
        BulkRows rows(sample.db(), sql, via);
        *direct = rows.isDirect();
        QStringList out;
        while (rows.next()) {
            out << u"%1|%2|%3|%4"_s.arg(rows.int64(0))
                       .arg(rows.real(1), 0, 'g', 17)
                       .arg(QString::fromUtf8(rows.bytes(2)), QString::fromUtf8(rows.bytes(3)));
        }
        if (const Error e = rows.error("reading"))
            out << e.detail;
        return out;
    };
    for (const char *sql : {"SELECT id, relevance, CAST(language AS BLOB), title FROM articles ORDER BY id",
                            "SELECT article_id, 0.5, CAST(kind AS BLOB), CAST(value AS BLOB) FROM tags ORDER BY 1"}) {
        bool direct = false;
        bool viaQt = true;
        const QStringList fastest = readAll(sql, BulkRows::Via::Fastest, &direct);
        const QStringList qtSql = readAll(sql, BulkRows::Via::QtSql, &viaQt);
        QCOMPARE(direct, BulkRows::builtDirect());
        QVERIFY(!viaQt);
        QVERIFY(fastest.size() >= 30);
        QCOMPARE(fastest, qtSql);
    }
    bool direct = false;
    const QStringList tags =
        readAll("SELECT article_id, 0, kind, value FROM tags WHERE kind = 'market'", BulkRows::Via::Fastest, &direct);
    QVERIFY(!tags.isEmpty());
    // A statement SQLite refuses is an error with its reason, the same way through both.
    for (const BulkRows::Via via : {BulkRows::Via::Fastest, BulkRows::Via::QtSql}) {
        BulkRows broken(sample.db(), "SELECT id FROM no_such_table", via);
        QVERIFY(!broken.next());
        const Error error = broken.error("reading nowhere");
        QCOMPARE(error.code, Error::Database);
        QVERIFY2(error.detail.startsWith(u"reading nowhere: "_s) && error.detail.contains(u"no such table"_s),
                 qPrintable(error.detail));
    }
}

QTEST_GUILESS_MAIN(tst_Storage)
#include "tst_storage.moc"
