// SPDX-License-Identifier: GPL-3.0-or-later
// The search rules of the cache: Korean words of 1, 2 and 3+ syllables inside longer runs,
// NFD Hangul, full-width Latin, case, phrases, exclusions and OR — each with hits and non-hits.
#include "mustread.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/searchindex.h"
#include "storage/sourcerepository.h"
#include "storage/transaction.h"
#include "sync/articlepreparer.h"
#include "text/searchquery.h"
#include "text/snippetbuilder.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

struct Doc
{
    const char *key;
    const char16_t *title;
    const char16_t *body;
};

// Each article has a short key the expectations refer to.
const Doc kDocs[] = {
    {"daejeon", u"대전시는 카자흐스탄 환자 유치에 나섰다", u"대전시는 알마티에서 의료관광 설명회를 열었다."},
    {"cancer", u"암치료 전문 병원, 몽골 환자 증가", u"울란바토르에서 온 환자들이 암치료를 받았다."},
    {"busan", u"부산 의료관광 홍보", u"부산시는 러시아 블라디보스토크에서 홍보했다. 외국인 환자 유치 실적도 발표했다."},
    {"spacing", u"외국인환자 통계 발표", u"보건복지부는 외국인환자 유치 실적이 역대 최대라고 밝혔다."},
    {"english", u"Daejeon signs MOU with Kazakh agency", u"The city signed a memorandum with an agency in Almaty."},
    {"medical", u"Medical tourism in Korea grows", u"International patients keep coming to Seoul clinics."},
    {"staff", u"대전 병원 간호사 채용", u"대전의 한 병원이 간호사 120명을 새로 채용했다."},
    {"fullwidth", u"ＭＯＵ 체결한 인천", u"인천시는 ＵＡＥ 보건청과 협약을 맺었다."},
    {"nfd", u"\u1103\u1162\u1100\u116e \u1106\u1166\u1103\u1175\u1109\u1175\u1110\u1175", u"대구 메디시티 홍보."},
    // 설명 and 명회 side by side in two runs, and 설 명회 across a space: no 설명회 here.
    {"apart", u"사업 설명 명회 기록", u"설명은 짧았다. 설 명회라는 이름."},
};

QStringList keys(const QList<SearchHit> &hits, const QHash<qint64, QString> &keyOf)
{
    QStringList out;
    for (const SearchHit &hit : hits)
        out << keyOf.value(hit.article.id);
    out.sort();
    return out;
}

/// Opens a cache in `dir` with one source; the source's id.
qint64 openWithSource(Database &db, const QTemporaryDir &dir, const QString &name)
{
    if (db.open(dir.filePath(name + u".sqlite"_s)))
        return 0;
    Source source;
    source.url = QUrl(u"https://%1.example/rss"_s.arg(name));
    const Result<qint64> id = SourceRepository(db).ensure(source);
    return id ? *id : 0;
}

/// How many segments the search index has: the second number of FTS5's structure record (after
/// its four-byte cookie, and the marker newer SQLite writes there), -1 when it cannot be read.
int searchSegments(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT block FROM article_fts_data WHERE id = 10"_s) || !q.next())
        return -1;
    const QByteArray record = q.value(0).toByteArray();
    qsizetype at = record.mid(4, 4) == QByteArray("\xff\x00\x00\x01", 4) ? 8 : 4;
    const auto varint = [&record, &at] {
        quint64 value = 0;
        for (int i = 0; i < 9 && at < record.size(); ++i) {
            const auto byte = quint8(record.at(at++));
            if (i == 8)
                return (value << 8) | byte;
            value = (value << 7) | (byte & 0x7f);
            if (!(byte & 0x80))
                break;
        }
        return value;
    };
    varint(); // levels
    return int(varint());
}

} // namespace

class tst_Search : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rules_data();
    void rules();
    void filterUsesSameRules();
    void trigramsMatchAsBigramPhrases();
    void parse();
    void snippetMarksHits();
    void survivesUpdates();
    void removedSourceLeavesNoTokens();
    void batchesOfManyArticles();
    void indexedLaterCatchesUp();
    void catchUpWritesOneSegment();
    void broadSearchRanksTitleHits_data();
    void broadSearchRanksTitleHits();

private:
    QTemporaryDir m_dir;
    Database m_db{u"search"_s};
    QHash<qint64, QString> m_keyOf;
    qint64 m_source = 0;
    Database m_broad{u"broad"_s};
    QHash<qint64, QString> m_broadKeyOf;
};

void tst_Search::initTestCase()
{
    QVERIFY(!m_db.open(m_dir.filePath(u"s.sqlite"_s)));
    Source source;
    source.url = QUrl(u"https://s.example/rss"_s);
    m_source = *SourceRepository(m_db).ensure(source);
    QList<FeedItem> items;
    qint64 t = 1'760'000'000;
    for (const Doc &doc : kDocs) {
        FeedItem item;
        item.id = QString::fromLatin1(doc.key);
        item.title = QString::fromUtf16(doc.title);
        item.contentHtml = u"<p>"_s + QString::fromUtf16(doc.body) + u"</p>"_s;
        item.published = QDateTime::fromSecsSinceEpoch(t += 3600, Qt::UTC);
        items << item;
    }
    ArticleRepository repo(m_db);
    QVERIFY(repo.upsert(m_source, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items)).ok());
    for (const ArticleSummary &row : mustRead(repo.page({}, {}, 100))) {
        const Doc *doc = std::find_if(std::begin(kDocs), std::end(kDocs),
                                      [&](const Doc &d) { return QString::fromUtf16(d.title) == row.title; });
        QVERIFY(doc != std::end(kDocs));
        m_keyOf.insert(row.id, QString::fromLatin1(doc->key));
    }
    QCOMPARE(m_keyOf.size(), int(std::size(kDocs)));
}

void tst_Search::rules_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    using L = QStringList;
    QTest::newRow("2 syllables inside a run (대전 in 대전시는)") << u"대전"_s << L{u"daejeon"_s, u"staff"_s};
    QTest::newRow("1 syllable inside a run (암 in 암치료)") << u"암"_s << L{u"cancer"_s};
    QTest::newRow("3 syllables") << u"블라디"_s << L{u"busan"_s};
    QTest::newRow("3 syllables before a particle") << u"설명회"_s << L{u"daejeon"_s};
    QTest::newRow("3 syllables in a title only") << u"카자흐"_s << L{u"daejeon"_s};
    QTest::newRow("3 syllables whole run") << u"울란바"_s << L{u"cancer"_s};
    QTest::newRow("3 syllables at a run's start") << u"명회라"_s << L{u"apart"_s};
    QTest::newRow("3 syllables with a star") << u"설명회*"_s << L{u"daejeon"_s};
    QTest::newRow("exclusion of 3 syllables") << u"대전 -설명회"_s << L{u"staff"_s};
    QTest::newRow("4 syllables across particles") << u"의료관광"_s << L{u"busan"_s, u"daejeon"_s};
    QTest::newRow("non-hit: syllables not adjacent") << u"대시"_s << L{};
    QTest::newRow("two words AND") << u"대전 카자흐스탄"_s << L{u"daejeon"_s};
    QTest::newRow("english case-insensitive") << u"KAZAKH"_s << L{u"english"_s};
    QTest::newRow("english whole words only") << u"kaza"_s << L{};
    QTest::newRow("english prefix with star") << u"kaza*"_s << L{u"english"_s};
    QTest::newRow("mixed script query") << u"Almaty 설명회"_s << L{};
    QTest::newRow("mixed script across docs") << u"Almaty OR 설명회"_s << L{u"daejeon"_s, u"english"_s};
    QTest::newRow("phrase english") << u"\"medical tourism\""_s << L{u"medical"_s};
    QTest::newRow("phrase english non-hit") << u"\"tourism medical\""_s << L{};
    QTest::newRow("phrase korean with space matches both spacings")
        << u"\"외국인 환자\""_s << L{u"busan"_s, u"spacing"_s};
    QTest::newRow("exclusion") << u"대전 -간호사"_s << L{u"daejeon"_s};
    QTest::newRow("exclusion of a phrase") << u"유치 -\"외국인 환자\""_s << L{u"daejeon"_s};
    QTest::newRow("only an exclusion") << u"-대전"_s << L{u"apart"_s,     u"busan"_s,   u"cancer"_s, u"english"_s,
                                                          u"fullwidth"_s, u"medical"_s, u"nfd"_s,    u"spacing"_s};
    QTest::newRow("OR") << u"몽골 OR 러시아"_s << L{u"busan"_s, u"cancer"_s};
    QTest::newRow("OR binds tighter than AND") << u"몽골 OR 러시아 홍보"_s << L{u"busan"_s};
    QTest::newRow("full-width query finds half-width text") << u"ｍｅｍｏｒａｎｄｕｍ"_s << L{u"english"_s};
    QTest::newRow("half-width query finds full-width text") << u"mou"_s << L{u"english"_s, u"fullwidth"_s};
    QTest::newRow("NFC query finds NFD text") << u"대구"_s << L{u"nfd"_s};
    QTest::newRow("NFD query finds NFC text")
        << u"\u1107\u116e\u1109\u1161\u11ab"_s << L{u"busan"_s}; // 부산 in conjoining jamo
    QTest::newRow("punctuation only is no filter") << u"!!!"_s << L{};
}

void tst_Search::rules()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    ArticleQuery q;
    q.text = query;
    const QList<SearchHit> hits = mustRead(ArticleRepository(m_db).search(q, 100));
    if (query.startsWith(u'-') || query == u"!!!") {
        // Exclusion-only and empty queries are filters, not searches: check through count().
        const int count = mustRead(ArticleRepository(m_db).count(q));
        QCOMPARE(count, query == u"!!!" ? int(std::size(kDocs)) : int(expected.size()));
        return;
    }
    QCOMPARE(keys(hits, m_keyOf), expected);
}

void tst_Search::filterUsesSameRules()
{
    ArticleRepository repo(m_db);
    ArticleQuery q;
    q.text = u"암"_s;
    QCOMPARE(mustRead(repo.count(q)), 1);
    q.text = u"대전 -간호사"_s;
    const QList<ArticleSummary> rows = mustRead(repo.page(q, {}, 10));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(m_keyOf.value(rows[0].id), u"daejeon"_s);
}

void tst_Search::trigramsMatchAsBigramPhrases()
{
    // A filter of three-syllable words is looked up as trigrams (schema 17). A trigram must find
    // exactly what the phrase of its two bigrams finds: try every three syllables of the documents'
    // text in a row, read across spaces and punctuation too, so that many of them are non-hits;
    // count() filters through the in-memory index, which reads the trigrams.
    const auto trigrams = [](const QString &text) {
        return SearchIndex::trigramExpression(SearchQuery::parse(text));
    };
    QCOMPARE(trigrams(u"설명회"_s), u"\"설명회\""_s);
    QCOMPARE(trigrams(u"설명회 팸투어"_s), u"\"설명회\" AND \"팸투어\""_s);
    for (const QString &other : {u"설명회*"_s, u"설명회 대전"_s, u"설명회 OR 팸투어"_s, u"설명회 -대전"_s,
                                 u"\"설명회 개최\""_s, u"의료관광"_s, u"abc"_s})
        QCOMPARE(trigrams(other), QString());
    QSet<QString> words;
    for (const Doc &doc : kDocs) {
        for (const QString &text : {QString::fromUtf16(doc.title), QString::fromUtf16(doc.body)}) {
            QString syllables;
            for (const QChar c : text) {
                if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
                    syllables += c;
            }
            for (qsizetype i = 0; i + 3 <= syllables.size(); ++i)
                words.insert(syllables.mid(i, 3));
        }
    }
    QVERIFY(words.size() > 100);
    const auto rowsOf = [this](const QString &match, const QString &table) {
        QSqlQuery q(m_db.db());
        q.prepare(u"SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid"_s.arg(table));
        q.addBindValue(match);
        QList<qint64> rows;
        if (!q.exec())
            qWarning() << match << q.lastError().text();
        while (q.next())
            rows << q.value(0).toLongLong();
        return rows;
    };
    int hits = 0;
    int misses = 0;
    for (const QString &word : std::as_const(words)) {
        const QList<qint64> bigrams = rowsOf(u"\""_s + word.left(2) + u' ' + word.mid(1) + u'"', u"article_fts"_s);
        QCOMPARE(rowsOf(u"\""_s + word + u'"', u"article_trigrams"_s), bigrams);
        ArticleQuery q;
        q.text = word;
        QCOMPARE(mustRead(ArticleRepository(m_db).count(q)), int(bigrams.size()));
        ++(bigrams.isEmpty() ? misses : hits);
    }
    QVERIFY(hits > 50);
    QVERIFY(misses > 20);
}

void tst_Search::parse()
{
    const SearchQuery q = SearchQuery::parse(u"a \"b c\" OR d -e -\"f g\" h*"_s);
    QCOMPARE(q.clauses.size(), 3);
    QCOMPARE(q.clauses[0].size(), 1);
    QCOMPARE(q.clauses[1].size(), 2);
    QVERIFY(q.clauses[1][0].phrase);
    QCOMPARE(q.clauses[1][0].text, u"b c"_s);
    QCOMPARE(q.clauses[1][1].text, u"d"_s);
    QVERIFY(q.clauses[2][0].prefix);
    QCOMPARE(q.excluded.size(), 2);
    QVERIFY(q.excluded[1].phrase);
    QVERIFY(SearchQuery::parse(u"   "_s).isEmpty());
    QCOMPARE(SearchQuery::parse(u"OR OR x"_s).clauses.size(), 1); // a leading OR joins nothing
}

void tst_Search::snippetMarksHits()
{
    const QString text = u"부산시는 러시아 블라디보스토크에서 홍보했다. <script> & Kazakh"_s;
    const QString snippet = SnippetBuilder::build(text, {u"블라디"_s, u"kazakh"_s});
    QVERIFY(snippet.contains(u"<mark>블라디</mark>"_s));
    QVERIFY(snippet.contains(u"<mark>Kazakh</mark>"_s));
    QVERIFY(snippet.contains(u"&lt;script&gt; &amp;"_s)); // the rest is escaped
}

void tst_Search::survivesUpdates()
{
    // An updated article is found by its new words and no longer by its old ones.
    Database db(u"upd"_s);
    const qint64 sid = openWithSource(db, m_dir, u"u"_s);
    QVERIFY(sid > 0);
    ArticleRepository repo(db);
    FeedItem item;
    item.id = u"1"_s;
    item.title = u"몽골 환자"_s;
    item.published = QDateTime::currentDateTimeUtc();
    QVERIFY(repo.upsert(sid, {item}, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll({item})).ok());
    item.title = u"베트남 환자"_s;
    QVERIFY(repo.upsert(sid, {item}, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll({item})).ok());
    ArticleQuery q;
    q.text = u"몽골"_s;
    QCOMPARE(mustRead(repo.search(q, 10)).size(), 0);
    q.text = u"베트남"_s;
    QCOMPARE(mustRead(repo.search(q, 10)).size(), 1);
    q.text = u"환자"_s;
    QCOMPARE(mustRead(repo.search(q, 10)).size(), 1);
}

void tst_Search::removedSourceLeavesNoTokens()
{
    // A removed source's articles go with it; their tokens must too. Ids are reused (the highest
    // ones, after a delete), so a new article with such an id would otherwise be found by the old
    // article's words. The starred one is kept (moved to "Starred from removed sources"), indexed.
    Database db(u"removed"_s);
    const qint64 doomed = openWithSource(db, m_dir, u"removed"_s);
    QVERIFY(doomed > 0);
    ArticleRepository repo(db);
    QList<FeedItem> items;
    for (int i = 0; i < 3; ++i) {
        FeedItem item;
        item.id = QString::number(i);
        item.title = i == 0 ? u"울란바토르 설명회 kept"_s : u"울란바토르 설명회 gone%1"_s.arg(i);
        item.contentHtml = u"<p>타슈켄트 협약 본문</p>"_s;
        item.published = QDateTime::fromSecsSinceEpoch(1'760'000'000 + i, Qt::UTC);
        items << item;
    }
    QVERIFY(repo.upsert(doomed, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items)).ok());
    ArticleQuery q;
    q.text = u"kept"_s;
    const QList<SearchHit> kept = mustRead(repo.search(q, 10));
    QCOMPARE(kept.size(), 1);
    QVERIFY(repo.setStarred({kept.constFirst().article.id}, true).ok());
    QList<qint64> gone;
    for (const QString &word : {u"gone1"_s, u"gone2"_s}) {
        q.text = word;
        gone << mustRead(repo.search(q, 10)).constFirst().article.id;
    }
    std::sort(gone.begin(), gone.end());

    int keptStarred = 0;
    QVERIFY(!SourceRepository(db).remove(doomed, &keptStarred));
    QCOMPARE(keptStarred, 1);
    q.text = u"울란바토르"_s;
    QCOMPARE(mustRead(repo.search(q, 10)).size(), 1); // the starred one, still found

    // New articles of another source take the freed ids.
    Source other;
    other.url = QUrl(u"https://other.example/rss"_s);
    const qint64 next = mustRead(SourceRepository(db).ensure(other));
    QList<FeedItem> fresh;
    for (int i = 0; i < 2; ++i) {
        FeedItem item;
        item.id = u"n"_s + QString::number(i);
        item.title = u"부산 검진 new%1"_s.arg(i);
        item.published = QDateTime::fromSecsSinceEpoch(1'760'100'000 + i, Qt::UTC);
        fresh << item;
    }
    QVERIFY(repo.upsert(next, fresh, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(fresh)).ok());
    q.text = u"검진"_s;
    QList<qint64> freshIds;
    for (const SearchHit &hit : mustRead(repo.search(q, 10)))
        freshIds << hit.article.id;
    std::sort(freshIds.begin(), freshIds.end());
    QCOMPARE(freshIds, gone); // the ids were reused: the case that matters
    for (const QString &old : {u"울란바토르"_s, u"타슈켄트"_s, u"gone1"_s, u"gone2"_s}) {
        q.text = old;
        const QList<SearchHit> hits = mustRead(repo.search(q, 10));
        QVERIFY2(std::none_of(hits.cbegin(), hits.cend(),
                              [&](const SearchHit &h) { return freshIds.contains(h.article.id); }),
                 qPrintable(old));
    }
}

void tst_Search::batchesOfManyArticles()
{
    // The index is queued SearchIndex::kBatchRows rows at a time: a feed of several batches,
    // then an update of all of it in one upsert, mixing deletes and inserts across batch limits.
    Database db(u"many"_s);
    const qint64 sid = openWithSource(db, m_dir, u"many"_s);
    QVERIFY(sid > 0);
    ArticleRepository repo(db);
    const int n = SearchIndex::kBatchRows * 2 + 7;
    QList<FeedItem> items;
    for (int i = 0; i < n; ++i) {
        FeedItem item;
        item.id = QString::number(i);
        item.title = u"환자 item%1"_s.arg(i);
        item.contentHtml = u"<p>몽골 word%1</p>"_s.arg(i);
        item.published = QDateTime::fromSecsSinceEpoch(1'760'000'000 + i, Qt::UTC);
        items << item;
    }
    const Result<IngestStats> added =
        repo.upsert(sid, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items));
    QVERIFY(added.ok());
    QCOMPARE(added->added, n);
    ArticleQuery q;
    q.text = u"몽골"_s;
    QCOMPARE(mustRead(repo.search(q, n + 10)).size(), n);
    for (const int i : {0, SearchIndex::kBatchRows - 1, SearchIndex::kBatchRows, n - 1}) {
        q.text = u"word%1"_s.arg(i);
        QCOMPARE(mustRead(repo.search(q, 10)).size(), 1);
    }
    for (FeedItem &item : items)
        item.contentHtml.replace(u"몽골"_s, u"베트남"_s);
    const Result<IngestStats> updated =
        repo.upsert(sid, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items));
    QVERIFY(updated.ok());
    QCOMPARE(updated->updated, n);
    q.text = u"몽골"_s;
    QCOMPARE(mustRead(repo.search(q, n + 10)).size(), 0);
    q.text = u"베트남"_s;
    QCOMPARE(mustRead(repo.search(q, n + 10)).size(), n);
    q.text = u"item%1"_s.arg(SearchIndex::kBatchRows + 1);
    QCOMPARE(mustRead(repo.search(q, 10)).size(), 1);
}

void tst_Search::indexedLaterCatchesUp()
{
    // A sync stores its articles first and indexes them after (SearchIndex::indexPending()). Until
    // then they are not found; what changes or goes meanwhile must leave the index exact once it
    // has caught up (deleting tokens a contentless index never got fails: SQLite calls it damaged).
    Database db(u"later"_s);
    const qint64 sid = openWithSource(db, m_dir, u"later"_s);
    QVERIFY(sid > 0);
    ArticleRepository repo(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto item = [&now](const QString &id, const QString &title, const QString &body, int daysAgo = 0) {
        FeedItem out;
        out.id = id;
        out.title = title;
        out.contentHtml = u"<p>"_s + body + u"</p>"_s;
        out.published = now.addDays(-daysAgo);
        return out;
    };
    const auto found = [&](const QString &text) {
        ArticleQuery q;
        q.text = text;
        return int(mustRead(repo.search(q, 1000)).size());
    };
    const auto store = [&](const QList<FeedItem> &items, ArticleRepository::SearchIndexing indexing) {
        return repo.upsert(sid, items, now, ArticlePreparer::prepareAll(items), indexing).ok();
    };
    using Indexing = ArticleRepository::SearchIndexing;
    QVERIFY(store({item(u"a"_s, u"몽골 환자"_s, u"울란바토르 설명회"_s)}, Indexing::Now));
    QList<FeedItem> later = {item(u"b"_s, u"카자흐스탄 환자"_s, u"알마티 협약"_s),
                             item(u"c"_s, u"베트남 환자"_s, u"하노이 홍보"_s),
                             item(u"d"_s, u"러시아 환자"_s, u"블라디보스토크 검진"_s, 4000)};
    const int fillers = SearchIndex::kBatchRows * 2 + 5; // more than one statement, and one catch-up batch
    for (int i = 0; i < fillers; ++i)
        later << item(u"f%1"_s.arg(i), u"filler%1"_s.arg(i), u"건강검진 패키지"_s);
    QVERIFY(store(later, Indexing::Later));
    QCOMPARE(found(u"카자흐스탄"_s), 0);
    QCOMPARE(found(u"환자"_s), 1);
    QCOMPARE(mustRead(SearchIndex::pendingCount(db.db())), 3 + fillers);

    // Meanwhile: "a" (indexed) changes, "b" (waiting) changes, "d" (waiting) is pruned.
    QVERIFY(store({item(u"a"_s, u"우즈베키스탄 환자"_s, u"타슈켄트 설명회"_s)}, Indexing::Later));
    QVERIFY(store({item(u"b"_s, u"카자흐스탄 환자"_s, u"아스타나 협약"_s)}, Indexing::Later));
    QCOMPARE(found(u"몽골"_s), 0); // the old words of "a" left the index at once
    QCOMPARE(mustRead(Maintenance::prune(db, RetentionPolicy{365, 0})), 1);
    QCOMPARE(mustRead(SearchIndex::pendingCount(db.db())), 3 + fillers - 1 + 1);

    int indexed = 0;
    for (int round = 0;; ++round) {
        QVERIFY(round < 100);
        TransactionScope transaction(db);
        QVERIFY(transaction.began());
        const int batch = mustRead(SearchIndex::indexPending(db.db(), 100));
        QVERIFY(!transaction.commit());
        db.noteContentChanged();
        if (batch == 0)
            break;
        QVERIFY(batch <= 100);
        indexed += batch;
    }
    QCOMPARE(indexed, 3 + fillers);
    QCOMPARE(mustRead(SearchIndex::pendingCount(db.db())), 0);
    QCOMPARE(found(u"우즈베키스탄"_s), 1);
    QCOMPARE(found(u"몽골"_s), 0);
    QCOMPARE(found(u"아스타나"_s), 1);
    QCOMPARE(found(u"알마티"_s), 0);
    QCOMPARE(found(u"베트남"_s), 1);
    QCOMPARE(found(u"블라디보스토크"_s), 0);
    QCOMPARE(found(u"환자"_s), 3);
    QCOMPARE(found(u"건강검진"_s), fillers);
    QCOMPARE(found(u"filler%1"_s.arg(fillers - 1)), 1);
    // Updated once more, now indexed at once: its waiting-time words go, as any indexed article's.
    QVERIFY(store({item(u"c"_s, u"베트남 환자"_s, u"호찌민 홍보"_s)}, Indexing::Now));
    QCOMPARE(found(u"하노이"_s), 0);
    QCOMPARE(found(u"호찌민"_s), 1);
    QSqlQuery check(db.db());
    QVERIFY2(check.exec(u"INSERT INTO article_fts (article_fts) VALUES ('integrity-check')"_s),
             qPrintable(check.lastError().text()));
}

void tst_Search::catchUpWritesOneSegment()
{
    // FTS5 holds what a transaction adds in memory and writes it out as one segment at the commit,
    // unless a statement of several rows opens a statement journal first: then it writes out what
    // it holds, and a sync's catch-up left a segment per statement for the merges to write again.
    Database db(u"segments"_s);
    const qint64 sid = openWithSource(db, m_dir, u"segments"_s);
    QVERIFY(sid > 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<FeedItem> items;
    const int n = SearchIndex::kBatchRows * 3 + 5;
    for (int i = 0; i < n; ++i) {
        FeedItem item;
        item.id = u"s%1"_s.arg(i);
        item.title = u"세종시 의료관광 %1"_s.arg(i);
        item.contentHtml = u"<p>아랍에미리트 환자 유치 설명회 item%1</p>"_s.arg(i);
        item.published = now.addSecs(-i);
        items << item;
    }
    ArticleRepository repo(db);
    QVERIFY(repo.upsert(sid, items, now, ArticlePreparer::prepareAll(items), ArticleRepository::SearchIndexing::Later)
                .ok());
    QCOMPARE(searchSegments(db.db()), 0);
    QCOMPARE(mustRead(SearchIndex::indexPendingBatch(db, 1000)), n);
    QCOMPARE(searchSegments(db.db()), 1);
    ArticleQuery q;
    q.text = u"아랍에미리트"_s;
    QCOMPARE(mustRead(repo.count(q)), n);
    q.text = u"item%1"_s.arg(n - 1);
    QCOMPARE(mustRead(repo.count(q)), 1);
}

void tst_Search::broadSearchRanksTitleHits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("titleHits"); // the keys ranked first, in any order
    // Every article has both words in its body; some have them in the title too.
    QTest::newRow("two words") << u"외국인 환자"_s << QStringList{u"both"_s, u"joined"_s, u"phrase"_s, u"reversed"_s};
    QTest::newRow("phrase") << u"\"외국인 환자\""_s << QStringList{u"joined"_s, u"phrase"_s};
    QTest::newRow("OR") << u"몽골 OR 외국인"_s
                        << QStringList{u"both"_s, u"joined"_s, u"one"_s, u"phrase"_s, u"reversed"_s};
    QTest::newRow("prefix") << u"환*"_s << QStringList{u"both"_s, u"joined"_s, u"phrase"_s, u"reversed"_s};
}

void tst_Search::broadSearchRanksTitleHits()
{
    // More matches than the candidate window: the title is the signal, matched by the index's
    // own rules (tokens in sequence, a phrase with or without the space), not by bm25.
    QFETCH(QString, text);
    QFETCH(QStringList, titleHits);
    Database &db = m_broad;
    QHash<qint64, QString> &keyOf = m_broadKeyOf;
    if (!db.isOpen()) {
        QVERIFY(!db.open(m_dir.filePath(u"broad.sqlite"_s)));
        Source source;
        source.url = QUrl(u"https://broad.example/rss"_s);
        const qint64 sid = *SourceRepository(db).ensure(source);
        const QList<std::pair<QString, QString>> titled = {
            {u"phrase"_s, u"외국인 환자 유치 설명회"_s},
            {u"joined"_s, u"외국인환자 유치"_s},
            {u"both"_s, u"환자 늘어난 외국인 병원"_s},
            {u"reversed"_s, u"환자 외국인 통계"_s},
            {u"one"_s, u"외국인 관광객"_s},
        };
        QList<FeedItem> items;
        const int n = 1700;
        for (int i = 0; i < n; ++i) {
            FeedItem item;
            item.id = QString::number(i);
            item.title = u"의료관광 소식 %1"_s.arg(i);
            // The titled ones sit among the newest 1500 matches, behind hundreds of newer ones.
            if (i >= 1000 && i - 1000 < titled.size())
                item.title = titled[i - 1000].second;
            item.contentHtml = u"<p>몽골 외국인 환자가 늘었다. 병원 %1</p>"_s.arg(i);
            item.published = QDateTime::fromSecsSinceEpoch(1'760'000'000 + i, Qt::UTC);
            items << item;
        }
        ArticleRepository repo(db);
        QVERIFY(repo.upsert(sid, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items)).ok());
        QSqlQuery q(db.db());
        QVERIFY(q.exec(u"SELECT id, title FROM articles"_s));
        while (q.next()) {
            for (const auto &[key, title] : titled) {
                if (q.value(1).toString() == title)
                    keyOf.insert(q.value(0).toLongLong(), key);
            }
        }
        QCOMPARE(keyOf.size(), titled.size());
    }
    ArticleQuery q;
    q.text = text;
    const QList<SearchHit> hits = mustRead(ArticleRepository(db).search(q, 20));
    QCOMPARE(hits.size(), 20);
    QStringList first;
    for (const SearchHit &hit : hits.mid(0, titleHits.size()))
        first << keyOf.value(hit.article.id, u"other"_s);
    first.sort();
    QCOMPARE(first, titleHits);
    for (const SearchHit &hit : hits.mid(titleHits.size()))
        QVERIFY2(!titleHits.contains(keyOf.value(hit.article.id)), qPrintable(hit.article.title));
}

QTEST_GUILESS_MAIN(tst_Search)
#include "tst_search.moc"
