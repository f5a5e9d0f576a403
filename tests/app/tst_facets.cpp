// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrich/facetlabels.h"
#include "mustread.h"
#include "storage/articleindex.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/facetrepository.h"
#include "storage/querysql.h"
#include "storage/sourcerepository.h"
#include "storage/transaction.h"
#include "sync/articlepreparer.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Medtour;
using namespace Qt::StringLiterals;

namespace {

/// The same query counted by plain SQL (QuerySql), the reference for the in-memory index.
int sqlCount(const Database &db, const ArticleQuery &query)
{
    const SqlFilter filter = QuerySql::filterFor(query);
    QSqlQuery q(db.db());
    q.prepare(u"SELECT count(*) FROM articles a LEFT JOIN article_state st ON st.article_id = a.id "_s +
              filter.whereClause());
    for (const QVariant &v : filter.binds)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

int countOf(const FacetCounts &c, FacetKind kind, const QString &value)
{
    const auto it = c.values.find(kind);
    if (it == c.values.end())
        return -1;
    for (const FacetValue &v : it->second) {
        if (v.value == value)
            return v.count;
    }
    return 0;
}

/// Opens a cache `file` in `dir` on `db` and adds one source: its id, 0 when either fails.
qint64 openWithSource(Database &db, const QTemporaryDir &dir, const QString &file, const QString &url)
{
    if (db.open(dir.filePath(file)))
        return 0;
    Source source;
    source.url = QUrl(url);
    source.name = QUrl(url).host();
    const Result<qint64> id = SourceRepository(db).ensure(source);
    return id ? *id : 0;
}

} // namespace

class tst_Facets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void counts_data();
    void counts();
    void tagFiltersNarrowTheList();
    void narrowedScansAgreeWithEveryRow();
    void searchInHalvesMatchesTheWhole();
    void tagsRoundTrip();
    void batchOfTagsAcrossStatements();
    void totalsAgreeWithSql_data();
    void totalsAgreeWithSql();
    void labelsAreLocalised();
    void backgroundIndexAdoptsSnapshots();
    void contentGenerationIsPerCache();
    void indexInsideATransactionSeesItsTags();

private:
    QTemporaryDir m_dir;
    Database m_db{u"facets"_s};
    qint64 m_sourceA = 0;
    qint64 m_sourceB = 0;
};

void tst_Facets::initTestCase()
{
    QVERIFY(!m_db.open(m_dir.filePath(u"f.sqlite"_s)));
    Source a;
    a.url = QUrl(u"https://a.example/rss"_s);
    a.name = u"A"_s;
    Source b;
    b.url = QUrl(u"https://b.example/rss"_s);
    b.name = u"B"_s;
    m_sourceA = *SourceRepository(m_db).ensure(a);
    m_sourceB = *SourceRepository(m_db).ensure(b);
    // Six articles: markets and regions in a known pattern.
    struct Spec
    {
        qint64 source;
        const char16_t *title;
        QStringList markets;
        QStringList regions;
    };
    const QList<Spec> specs = {
        {m_sourceA, u"대전 카자흐스탄 1", {u"KZ"_s}, {u"KR-30"_s}},
        {m_sourceA, u"대전 카자흐스탄 몽골 2", {u"KZ"_s, u"MN"_s}, {u"KR-30"_s}},
        {m_sourceA, u"부산 러시아 3", {u"RU"_s}, {u"KR-26"_s}},
        {m_sourceB, u"부산 카자흐스탄 4", {u"KZ"_s}, {u"KR-26"_s}},
        {m_sourceB, u"Seoul Mongolia 5", {u"MN"_s}, {u"KR-11"_s}},
        {m_sourceB, u"Nothing tagged 6", {}, {}},
    };
    ArticleRepository repo(m_db);
    FacetRepository facets(m_db);
    int n = 0;
    for (const Spec &spec : specs) {
        FeedItem item;
        item.id = QString::number(++n);
        item.title = QString::fromUtf16(spec.title);
        item.published = QDateTime::fromSecsSinceEpoch(1'760'000'000 + n * 60, Qt::UTC);
        QVERIFY(repo.upsert(spec.source, {item}, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll({item}))
                    .ok());
        const qint64 id = mustRead(repo.page({}, {}, 1)).constFirst().id;
        QList<Tag> tags;
        for (const QString &m : spec.markets)
            tags << Tag{u"market"_s, m};
        for (const QString &r : spec.regions)
            tags << Tag{u"region"_s, r};
        QVERIFY(!facets.setTags(id, tags));
    }
}

void tst_Facets::counts_data()
{
    QTest::addColumn<QStringList>("markets");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("kz");
    QTest::addColumn<int>("mn");
    QTest::addColumn<int>("daejeon");
    QTest::addColumn<int>("busan");
    QTest::addColumn<int>("sourceA");
    QTest::newRow("no filter") << QStringList{} << QString() << 6 << 3 << 2 << 2 << 2 << 3;
    // A dimension is counted without its own selection; the others are narrowed by it.
    QTest::newRow("market KZ") << QStringList{u"KZ"_s} << QString() << 3 << 3 << 2 << 2 << 1 << 2;
    QTest::newRow("market KZ or MN") << QStringList{u"KZ"_s, u"MN"_s} << QString() << 4 << 3 << 2 << 2 << 1 << 2;
    QTest::newRow("text 부산") << QStringList{} << u"부산"_s << 2 << 1 << 0 << 0 << 2 << 1;
    QTest::newRow("text and market") << QStringList{u"MN"_s} << u"카자흐스탄"_s << 1 << 3 << 1 << 1 << 0 << 1;
}

void tst_Facets::counts()
{
    QFETCH(QStringList, markets);
    QFETCH(QString, text);
    ArticleQuery q;
    q.selected(FacetKind::Market) = markets;
    q.text = text;
    const FacetCounts c = mustRead(FacetRepository(m_db).counts(q));
    QTEST(c.total, "total");
    QTEST(countOf(c, FacetKind::Market, u"KZ"_s), "kz");
    QTEST(countOf(c, FacetKind::Market, u"MN"_s), "mn");
    QTEST(countOf(c, FacetKind::Region, u"KR-30"_s), "daejeon");
    QTEST(countOf(c, FacetKind::Region, u"KR-26"_s), "busan");
    QTEST(countOf(c, FacetKind::Source, QString::number(m_sourceA)), "sourceA");
    QCOMPARE(c.total, mustRead(ArticleRepository(m_db).count(q)));
    QCOMPARE(c.total, sqlCount(m_db, q));
}

void tst_Facets::tagFiltersNarrowTheList()
{
    ArticleRepository repo(m_db);
    ArticleQuery q;
    q.selected(FacetKind::Market) = {u"KZ"_s};
    q.selected(FacetKind::Region) = {u"KR-26"_s};
    const QList<ArticleSummary> rows = mustRead(repo.page(q, {}, 10));
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows[0].title.startsWith(u"부산 카자흐스탄"_s));
    QCOMPARE(sqlCount(m_db, q), 1);
    q = {};
    q.sourceIds = {m_sourceB};
    q.selected(FacetKind::Market) = {u"MN"_s};
    QCOMPARE(mustRead(repo.count(q)), 1);
}

void tst_Facets::narrowedScansAgreeWithEveryRow()
{
    // Selections of one, two and three tag kinds, alone or with a time bound, a search, an
    // exclusion or the starred only: the index counts them with a bit per row (ArticleIndex::
    // rowSets), each tag's rows as bits where the tag is common and as a list where it is rare;
    // a query that selects nothing counts from totals. Counts and pages must be what looking at
    // every article gives.
    QTemporaryDir dir;
    Database db(u"facets-narrow"_s);
    const qint64 sourceId = openWithSource(db, dir, u"n.sqlite"_s, u"https://narrow.example/rss"_s);
    QVERIFY(sourceId > 0);
    const QList<FacetKind> kinds{FacetKind::Market, FacetKind::Region, FacetKind::Specialty};
    const QList<QStringList> vocabulary{{u"KZ"_s, u"MN"_s, u"UZ"_s, u"RU"_s, u"US"_s, u"VN"_s},
                                        {u"KR-11"_s, u"KR-26"_s, u"KR-30"_s, u"KR-41"_s},
                                        {u"oncology"_s, u"spine"_s, u"dermatology"_s}};
    // Of the articles each value is on; each kind's first value is on fewer than one in 32, which
    // the index keeps as a list of rows rather than as bits (ArticleIndex::buildTagBits).
    const double share[] = {0.04, 0.05, 0.06};
    const double rareShare = 0.015;
    QList<FeedItem> items;
    constexpr int kArticles = 600;
    for (int i = 0; i < kArticles; ++i) {
        FeedItem item;
        item.id = QString::number(i);
        item.title = (i % 25 == 0 ? u"설명회 기사 %1"_s : u"기사 %1"_s).arg(i);
        item.published = QDateTime::fromSecsSinceEpoch(1'760'000'000 + i * 3600, Qt::UTC);
        items << item;
    }
    const Result<IngestStats> stored = ArticleRepository(db).upsert(sourceId, items, QDateTime::currentDateTimeUtc(),
                                                                    ArticlePreparer::prepareAll(items));
    QVERIFY(stored.ok());
    QCOMPARE(stored->stored.size(), items.size());
    QRandomGenerator random(19);
    QHash<qint64, QList<QStringList>> tagsOf; // per article, per kind
    QHash<qint64, qint64> timeOf;
    QSet<qint64> titled; // "설명회" in the title
    QSet<qint64> starred;
    QList<QPair<qint64, QList<Tag>>> batch;
    for (const StoredArticle &a : stored->stored) {
        QList<QStringList> perKind(kinds.size());
        QList<Tag> tags;
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            for (const QString &value : vocabulary[k]) {
                if (random.generateDouble() < (value == vocabulary[k].first() ? rareShare : share[k])) {
                    perKind[k] << value;
                    tags << Tag{tagKindName(kinds[k]), value};
                }
            }
        }
        tagsOf.insert(a.id, perKind);
        timeOf.insert(a.id, a.published.toSecsSinceEpoch());
        if (a.item % 25 == 0)
            titled.insert(a.id);
        if (a.item % 31 == 0)
            starred.insert(a.id);
        batch.append({a.id, tags});
    }
    QVERIFY(!FacetRepository(db).addTags(batch));
    QVERIFY(ArticleRepository(db).setStarred(QList<qint64>(starred.cbegin(), starred.cend()), true).ok());

    // Rounds of two and three kinds, of one kind, and of none (the totals); every third one also
    // bounded in time, to the newest rows (a stretch of the list order) or the oldest.
    for (int round = 0; round < 80; ++round) {
        ArticleQuery q;
        QList<QStringList> selected(kinds.size());
        const bool searched = round % 4 == 3;
        const bool starredOnly = round % 5 == 4;
        const bool excluded = !searched && round % 7 == 5;
        const qsizetype selectedKinds = round < 60 ? 2 + round % 2 : searched || starredOnly ? 0 : round % 2;
        qint64 since = std::numeric_limits<qint64>::min();
        qint64 until = std::numeric_limits<qint64>::max();
        if (round % 3 == 1) {
            since = 1'760'000'000 + qint64(kArticles - 8 + random.bounded(8)) * 3600;
            q.since = QDateTime::fromSecsSinceEpoch(since, Qt::UTC);
        } else if (round % 3 == 2) {
            until = 1'760'000'000 + qint64(1 + random.bounded(8)) * 3600;
            q.until = QDateTime::fromSecsSinceEpoch(until, Qt::UTC);
        }
        // A search or the starred ones, in some rounds: then the index visits their rows only.
        if (searched)
            q.text = u"설명회"_s;
        else if (excluded)
            q.text = u"-설명회"_s;
        q.starredOnly = starredOnly;
        QList<qsizetype> chosen{0, 1, 2};
        while (chosen.size() > selectedKinds)
            chosen.removeAt(random.bounded(int(chosen.size())));
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            if (!chosen.contains(k))
                continue;
            const QStringList &values = vocabulary[k];
            selected[k] << values[random.bounded(int(values.size()))];
            if (random.bounded(3) == 0)
                selected[k] << values[random.bounded(int(values.size()))];
            q.selected(kinds[k]) = selected[k];
        }
        // The reference: every article, each kind counted without its own selection.
        int total = 0;
        QList<qint64> passing;
        QHash<QString, int> expected; // "kind\nvalue" → count
        for (auto it = tagsOf.cbegin(); it != tagsOf.cend(); ++it) {
            const qint64 time = timeOf.value(it.key());
            if (time < since || time >= until || (searched && !titled.contains(it.key())) ||
                (excluded && titled.contains(it.key())) || (starredOnly && !starred.contains(it.key())))
                continue; // counted nowhere
            int failures = 0;
            qsizetype failedKind = -1;
            for (qsizetype k = 0; k < kinds.size(); ++k) {
                const bool passes =
                    selected[k].isEmpty() || std::any_of(selected[k].cbegin(), selected[k].cend(),
                                                         [&](const QString &v) { return it.value()[k].contains(v); });
                if (!passes) {
                    ++failures;
                    failedKind = k;
                }
            }
            if (failures == 0) {
                ++total;
                passing << it.key();
            }
            for (qsizetype k = 0; k < kinds.size(); ++k) {
                if (failures == 0 || (failures == 1 && failedKind == k)) {
                    for (const QString &v : it.value()[k])
                        ++expected[tagKindName(kinds[k]) + u'\n' + v];
                }
            }
        }
        if (round == 0) {
            // Both ways of holding a tag's rows are in play.
            for (qsizetype k = 0; k < kinds.size(); ++k) {
                const auto carrying = [&](const QString &value) {
                    return std::count_if(tagsOf.cbegin(), tagsOf.cend(),
                                         [&](const QList<QStringList> &perKind) { return perKind[k].contains(value); });
                };
                QVERIFY(carrying(vocabulary[k].first()) * 32 < kArticles);
                QVERIFY(carrying(vocabulary[k].last()) * 32 >= kArticles);
            }
        }
        const FacetCounts c = mustRead(FacetRepository(db).counts(q));
        QCOMPARE(c.total, total);
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            for (const QString &v : vocabulary[k])
                QCOMPARE(countOf(c, kinds[k], v), expected.value(tagKindName(kinds[k]) + u'\n' + v));
        }
        // Neither is selected: all that pass are counted by source and by language.
        QCOMPARE(countOf(c, FacetKind::Source, QString::number(sourceId)), total);
        int languages = 0;
        for (const FacetValue &v : c.values.at(FacetKind::Language))
            languages += v.count;
        QCOMPARE(languages, total);
        QList<qint64> listed;
        for (const ArticleSummary &row : mustRead(ArticleRepository(db).page(q, {}, kArticles)))
            listed << row.id;
        std::sort(listed.begin(), listed.end());
        std::sort(passing.begin(), passing.end());
        QCOMPARE(listed, passing);
        QCOMPARE(sqlCount(db, q), total);
    }
}

void tst_Facets::searchInHalvesMatchesTheWhole()
{
    // A large cache reads a search's matches in two halves on two connections at once; here the
    // split starts at 10 articles. Pages and counts must be those of one connection, and of SQL.
    QTemporaryDir dir;
    Database db(u"facets-halves"_s);
    const qint64 sourceId = openWithSource(db, dir, u"h.sqlite"_s, u"https://halves.example/rss"_s);
    QVERIFY(sourceId > 0);
    QList<FeedItem> items;
    for (int i = 0; i < 301; ++i) {
        FeedItem item;
        item.id = QString::number(i);
        item.title = (i % 3 == 0   ? u"대전 외국인 환자 설명회 %1"_s
                      : i % 3 == 1 ? u"몽골 환자 %1"_s
                                   : u"기사 %1"_s)
                         .arg(i);
        item.published = QDateTime::fromSecsSinceEpoch(1'760'000'000 + i * 60, Qt::UTC);
        items << item;
    }
    QVERIFY(ArticleRepository(db)
                .upsert(sourceId, items, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll(items))
                .ok());
    ArticleRepository repo(db);
    FacetRepository facets(db);
    const QList<std::pair<QString, int>> searches = {
        {u"설명회"_s, 101}, {u"환자"_s, 201}, {u"\"외국인 환자\""_s, 101}, {u"환자 -몽골"_s, 101}, {u"없는말"_s, 0}};
    for (const auto &[text, expected] : searches) {
        ArticleQuery q;
        q.text = text;
        db.articleIndex().setSplitSearchFrom(size_t(-1));
        const int whole = mustRead(facets.counts(q)).total;
        QList<qint64> wholePage;
        for (const ArticleSummary &row : mustRead(repo.page(q, {}, 1000)))
            wholePage << row.id;
        db.articleIndex().setSplitSearchFrom(10); // and matched afresh
        QTest::ignoreMessage(QtDebugMsg,
                             QRegularExpression(u"search matched in two halves: %1 articles"_s.arg(expected)));
        QCOMPARE(mustRead(facets.counts(q)).total, whole);
        QList<qint64> halvesPage;
        for (const ArticleSummary &row : mustRead(repo.page(q, {}, 1000)))
            halvesPage << row.id;
        QCOMPARE(halvesPage, wholePage);
        QCOMPARE(whole, expected);
        QCOMPARE(sqlCount(db, q), expected);
    }
    db.articleIndex().setSplitSearchFrom(200000);
}

void tst_Facets::tagsRoundTrip()
{
    FacetRepository facets(m_db);
    const qint64 id = mustRead(ArticleRepository(m_db).page({}, {}, 1)).constFirst().id;
    const QList<Tag> tags = {{u"event"_s, u"mou"_s}, {u"market"_s, u"UZ"_s}};
    QVERIFY(!facets.setTags(id, tags));
    QCOMPARE(mustRead(facets.tags(id)), (QList<Tag>{{u"event"_s, u"mou"_s}, {u"market"_s, u"UZ"_s}}));
}

void tst_Facets::batchOfTagsAcrossStatements()
{
    // More rows than one statement takes, twice over and a remainder; a repeated tag is kept once.
    QTemporaryDir dir;
    Database db(u"facets-batch"_s);
    const qint64 sourceId = openWithSource(db, dir, u"b.sqlite"_s, u"https://batch.example/rss"_s);
    QVERIFY(sourceId > 0);
    QList<FeedItem> items;
    for (int i = 0; i < 45; ++i) {
        FeedItem item;
        item.id = QString::number(i);
        item.title = u"기사 %1"_s.arg(i);
        items << item;
    }
    const Result<IngestStats> stored = ArticleRepository(db).upsert(sourceId, items, QDateTime::currentDateTimeUtc(),
                                                                    ArticlePreparer::prepareAll(items));
    QVERIFY(stored.ok());
    QCOMPARE(stored->stored.size(), 45);
    QList<QPair<qint64, QList<Tag>>> batch;
    int rows = 0;
    for (const StoredArticle &a : stored->stored) {
        QList<Tag> tags;
        for (int t = 0; t < 7; ++t)
            tags << Tag{u"market"_s, u"M%1-%2"_s.arg(a.id).arg(t)};
        tags << Tag{u"market"_s, u"M%1-0"_s.arg(a.id)};
        rows += int(tags.size());
        batch.append({a.id, tags});
    }
    QVERIFY(rows > 2 * FacetRepository::kRowsPerInsert);
    FacetRepository facets(db);
    QVERIFY(!facets.addTags(batch));
    for (const auto &[id, tags] : std::as_const(batch)) {
        QList<Tag> expected = tags.mid(0, 7);
        std::sort(expected.begin(), expected.end(),
                  [](const Tag &a, const Tag &b) { return std::pair(a.kind, a.value) < std::pair(b.kind, b.value); });
        QCOMPARE(mustRead(facets.tags(id)), expected);
    }
    QVERIFY(!facets.addTags(QList<QPair<qint64, QList<Tag>>>{})); // nothing to write is no error
}

void tst_Facets::totalsAgreeWithSql_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("unread");
    QTest::addColumn<bool>("starred");
    QTest::addColumn<int>("sinceMinutes"); // after the first article's time, 0 = no bound
    QTest::newRow("exclusion only") << u"-부산"_s << false << false << 0;
    QTest::newRow("unread") << QString() << true << false << 0;
    QTest::newRow("starred") << QString() << false << true << 0;
    QTest::newRow("since") << QString() << false << false << 3;
    QTest::newRow("text, unread and since") << u"카자흐스탄"_s << true << false << 1;
}

void tst_Facets::totalsAgreeWithSql()
{
    QFETCH(QString, text);
    QFETCH(bool, unread);
    QFETCH(bool, starred);
    QFETCH(int, sinceMinutes);
    ArticleRepository repo(m_db);
    const QList<ArticleSummary> rows = mustRead(repo.page({}, {}, 10));
    QVERIFY(repo.setRead({rows[0].id, rows[2].id}, true).ok());
    QVERIFY(repo.setStarred({rows[1].id}, true).ok());
    ArticleQuery q;
    q.text = text;
    q.unreadOnly = unread;
    q.starredOnly = starred;
    if (sinceMinutes > 0)
        q.since = QDateTime::fromSecsSinceEpoch(1'760'000'000 + sinceMinutes * 60, Qt::UTC);
    FacetRepository facets(m_db);
    const FacetCounts c = mustRead(facets.counts(q));
    QCOMPARE(c.total, mustRead(repo.count(q)));
    QCOMPARE(c.total, sqlCount(m_db, q));
    int perSource = 0;
    for (const FacetValue &v : c.values.at(FacetKind::Source))
        perSource += v.count;
    QCOMPARE(perSource, c.total); // no source selected: the source counts add up to the total
}

void tst_Facets::backgroundIndexAdoptsSnapshots()
{
    ArticleIndex &index = m_db.articleIndex();
    const int before = mustRead(index.count({}));
    QVERIFY(before > 0);
    index.setLoadsInBackground(true);
    {
        Database writer(u"writer"_s); // another connection, as a sync worker has
        QVERIFY(!writer.open(m_dir.filePath(u"f.sqlite"_s)));
        FeedItem item;
        item.id = u"late"_s;
        item.title = u"Late arrival"_s;
        item.published = QDateTime::currentDateTimeUtc();
        QVERIFY(ArticleRepository(writer)
                    .upsert(m_sourceA, {item}, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll({item}))
                    .ok());
    }
    QCOMPARE(mustRead(index.count({})), before); // no reload on this thread...
    QVERIFY(index.isStale());                    // ...but it knows
    std::shared_ptr<ArticleIndex::Snapshot> snapshot;
    {
        Database loader(u"loader"_s);
        QVERIFY(!loader.open(m_dir.filePath(u"f.sqlite"_s)));
        snapshot = loader.articleIndex().takeSnapshot();
    }
    QVERIFY(index.adopt(snapshot));
    QVERIFY(!index.isStale());
    QCOMPARE(mustRead(index.count({})), before + 1);
    // A snapshot from before a change in this process is refused.
    std::shared_ptr<ArticleIndex::Snapshot> old;
    {
        Database loader(u"loader2"_s);
        QVERIFY(!loader.open(m_dir.filePath(u"f.sqlite"_s)));
        old = loader.articleIndex().takeSnapshot();
    }
    {
        // A change of content that adds no article (new tags), written through another connection
        // of this cache in this process, as the sync writes: the shared content generation tells.
        Database writer(u"writer2"_s);
        QVERIFY(!writer.open(m_dir.filePath(u"f.sqlite"_s)));
        const ArticleQuery all;
        const qint64 id = mustRead(ArticleRepository(writer).page(all, {}, 1)).value(0).id;
        QVERIFY(id > 0);
        QVERIFY(!FacetRepository(writer).setTags(id, {{u"market"_s, u"MN"_s}}));
    }
    QVERIFY(!index.adopt(old));
    index.setLoadsInBackground(false);
    QCOMPARE(mustRead(index.count({})), before + 1);
}

void tst_Facets::contentGenerationIsPerCache()
{
    ArticleIndex &index = m_db.articleIndex();
    QVERIFY(mustRead(index.count({})) > 0);
    index.setLoadsInBackground(true);
    {
        // Content written to another cache in this process says nothing about this one.
        Database other(u"other"_s);
        QVERIFY(!other.open(m_dir.filePath(u"other.sqlite"_s)));
        Source feed;
        feed.url = QUrl(u"https://other.example/feed"_s);
        feed.name = u"Other"_s;
        const Result<qint64> source = SourceRepository(other).ensure(feed);
        QVERIFY(source.ok());
        FeedItem item;
        item.id = u"elsewhere"_s;
        item.title = u"Elsewhere"_s;
        item.published = QDateTime::currentDateTimeUtc();
        QVERIFY(ArticleRepository(other)
                    .upsert(*source, {item}, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll({item}))
                    .ok());
    }
    mustRead(index.count({}));
    QVERIFY(!index.isStale()); // before each Database had its count, any write in the process made it stale
    index.setLoadsInBackground(false);
}

void tst_Facets::indexInsideATransactionSeesItsTags()
{
    // The index reads a file cache's tags on a second connection while its own reads the articles;
    // inside a transaction that connection would not see the tags just written, and the article
    // would count under no market. This one loads inside the transaction that tagged it.
    QTemporaryDir dir;
    Database db(u"in-transaction"_s);
    const qint64 source = openWithSource(db, dir, u"t.sqlite"_s, u"https://t.example/feed"_s);
    QVERIFY(source > 0);
    FacetRepository facets(db);
    QCOMPARE(mustRead(facets.counts({})).total, 0); // loaded once before, empty
    TransactionScope transaction(db);
    QVERIFY(transaction.began());
    ArticleRepository repo(db);
    for (int n = 1; n <= 3; ++n) {
        FeedItem item;
        item.id = QString::number(n);
        item.title = u"카자흐스탄 %1"_s.arg(n);
        item.published = QDateTime::fromSecsSinceEpoch(1'760'000'000 + n * 60, Qt::UTC);
        QVERIFY(repo.upsert(source, {item}, QDateTime::currentDateTimeUtc(), ArticlePreparer::prepareAll({item})).ok());
        const qint64 id = mustRead(repo.page({}, {}, 1)).constFirst().id;
        QVERIFY(!facets.setTags(id, {Tag{u"market"_s, n == 3 ? u"MN"_s : u"KZ"_s}}));
    }
    const FacetCounts c = mustRead(facets.counts({}));
    QCOMPARE(c.total, 3);
    QCOMPARE(countOf(c, FacetKind::Market, u"KZ"_s), 2);
    QCOMPARE(countOf(c, FacetKind::Market, u"MN"_s), 1);
    QVERIFY(!transaction.commit());
}

void tst_Facets::labelsAreLocalised()
{
    // Countries and languages from ICU's CLDR data; the rest from the taxonomy tables.
    QCOMPARE(FacetLabels::label(FacetKind::Market, u"KZ"_s, u"ko"_s), u"카자흐스탄"_s);
    QCOMPARE(FacetLabels::label(FacetKind::Market, u"KZ"_s, u"ru"_s), u"Казахстан"_s);
    QCOMPARE(FacetLabels::label(FacetKind::Market, u"MN"_s, u"en"_s), u"Mongolia"_s);
    QCOMPARE(FacetLabels::label(FacetKind::Market, u"not a code"_s, u"en"_s), u"not a code"_s);
    QCOMPARE(FacetLabels::label(FacetKind::Language, u"ko"_s, u"en"_s), u"Korean"_s);
    QCOMPARE(FacetLabels::label(FacetKind::Language, u"ru"_s, u"ko"_s), u"러시아어"_s);
    QCOMPARE(FacetLabels::label(FacetKind::Region, u"KR-30"_s, u"ko"_s), u"대전"_s);
    QCOMPARE(FacetLabels::label(FacetKind::Region, u"KR-11"_s, u"en"_s), u"Seoul"_s);
    QCOMPARE(FacetLabels::label(FacetKind::Region, u"KR-27"_s, u"ru"_s), u"Тэгу"_s);
    QCOMPARE(FacetLabels::label(FacetKind::Specialty, u"urology"_s, u"ru"_s), u"Урология"_s);
    QCOMPARE(FacetLabels::label(FacetKind::Specialty, u"urology"_s, u"xx"_s),
             FacetLabels::label(FacetKind::Specialty, u"urology"_s, u"en"_s)); // English when a language is missing
    QCOMPARE(FacetLabels::label(FacetKind::Hospital, u"충남대학교병원"_s, u"en"_s), u"충남대학교병원"_s);
}

QTEST_GUILESS_MAIN(tst_Facets)
#include "tst_facets.moc"
