// SPDX-License-Identifier: GPL-3.0-or-later
// tst_teamserver, search on the server: the search terms the service writes, and searches that read
// the newest rows first.
#include "storage/searchindex.h"
#include "storage/searchranking.h"
#include "text/searchquery.h"
#include "tst_teamserver.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace MedtourTest;
using namespace Qt::StringLiterals;

namespace {

/// The search terms as one `'token':position` entry per occurrence, as SearchIndex wrote them
/// before it merged each token's positions: what tsVector() must stay equal to once PostgreSQL has
/// parsed both.
QString occurrenceVector(const QString &titleTokens, const QString &bodyTokens)
{
    QStringList entries;
    int position = 0;
    const auto add = [&](const QString &tokens, const QString &weight) {
        for (QString token : tokens.split(u' ', Qt::SkipEmptyParts)) {
            if (++position > 16383)
                return;
            token.replace(u'\\', u"\\\\"_s).replace(u'\'', u"''"_s);
            entries << u"'%1':%2%3"_s.arg(token, QString::number(position), weight);
        }
    };
    add(titleTokens, u"A"_s);
    ++position;
    add(bodyTokens, QString());
    return entries.isEmpty() ? u""_s : entries.join(u' '); // '' (not NULL) for a document without tokens
}

} // namespace

void tst_TeamServer::searchTermsAreWhatPostgresMakesOfEachOccurrence()
{
    using Medtour::SearchIndex;
    // Documents: the articles the service stored (Korean and English), and token lists no article
    // has — quotes and backslashes, a lexeme that is another's prefix, a non-BMP letter that UTF-16
    // sorts below U+FFxx but UTF-8 above, a token repeated past PostgreSQL's 256 positions, and
    // documents past its 16383rd position in the body and in the title.
    QList<std::pair<QString, QString>> documents;
    QSqlDatabase db = QSqlDatabase::database(u"admin"_s);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT a.title, a.summary, coalesce(c.clean_text, '') FROM articles a "
                   u"LEFT JOIN article_content c ON c.article_id = a.id ORDER BY a.id LIMIT 300"_s));
    while (q.next())
        documents.append({SearchIndex::titleTokens(q.value(0).toString()),
                          SearchIndex::bodyTokens(q.value(1).toString(), q.value(2).toString())});
    QVERIFY(documents.size() >= 300);
    const QString odd = u"it's o'clock back\\slash \\ '' \\' ab a abc a 병원 병 병원 𝐀 Ａ ａ 𝐀 it's"_s;
    documents.append({odd, odd});
    documents.append({QString(), odd});
    documents.append({odd, QString()});
    documents.append({QString(), QString()});
    documents.append({u"  spaced   out  "_s, u" double  spaces "_s});
    QStringList many;
    for (int i = 0; i < 20000; ++i)
        many << (i % 3 == 0 ? u"의료"_s : u"w%1"_s.arg(i % 700));
    documents.append({u"의료 관광"_s, many.join(u' ')});
    documents.append({many.join(u' '), u"never reached"_s});
    documents.append({many.mid(0, 16382).join(u' '), u"의료 body"_s});

    QSqlQuery check(db);
    QVERIFY(check.prepare(u"SELECT CAST(? AS tsvector) = CAST(? AS tsvector), CAST(CAST(? AS tsvector) AS text), "
                          u"CAST(? AS tsvector) = medtour_junctions(CAST(? AS tsvector)), "
                          u"length(CAST(? AS tsvector))"_s));
    int withJunctions = 0;
    for (const auto &[title, body] : std::as_const(documents)) {
        const QString merged = SearchIndex::tsVector(title, body);
        const QString occurrences = occurrenceVector(title, body);
        const QString junctions = SearchIndex::tsJunctions(title, body);
        check.addBindValue(merged);
        check.addBindValue(occurrences);
        check.addBindValue(occurrences);
        check.addBindValue(junctions);
        check.addBindValue(merged);
        check.addBindValue(junctions);
        QVERIFY2(check.exec() && check.next(), qPrintable(check.lastError().text()));
        QVERIFY(!merged.isNull()); // bound as NULL, it would break article_search's NOT NULL
        QVERIFY(!junctions.isNull());
        QVERIFY2(check.value(0).toBool(), qPrintable(merged.left(300)));
        // Written as PostgreSQL writes it back: sorted its way, each lexeme once.
        QCOMPARE(merged, check.value(1).toString());
        // Where the tokens meet: what the service writes is what schema step 7 made of the rows
        // stored before it, from their tokens (positions past PostgreSQL's limits included).
        QVERIFY2(check.value(2).toBool(), qPrintable(junctions.left(300)));
        withJunctions += check.value(3).toInt() > 0 ? 1 : 0;
    }
    QVERIFY(withJunctions >= 300);
    // Both spellings of a phrase give the same pair, where its words meet.
    const QString spaced = SearchIndex::tsJunctions({}, SearchIndex::bodyTokens(u"카자흐스탄 협약"_s, {}));
    const QString joined = SearchIndex::tsJunctions({}, SearchIndex::bodyTokens(u"카자흐스탄협약"_s, {}));
    QVERIFY2(spaced.contains(u"'탄|협약'"_s) && joined.contains(u"'탄|협약'"_s),
             qPrintable(spaced + u" / "_s + joined));
}

QString tst_TeamServer::differsFromIndex(const QString &text, int window, qsizetype *expected) const
{
    const QString match = Medtour::SearchIndex::tsQuery(Medtour::SearchQuery::parse(text));
    QSqlQuery ref(QSqlDatabase::database(u"admin"_s));
    ref.prepare(u"SELECT article_id FROM article_search WHERE tokens @@ CAST(? AS tsquery) ORDER BY article_id DESC "
                u"LIMIT ?"_s);
    ref.addBindValue(match);
    ref.addBindValue(window);
    if (match.isEmpty() || !ref.exec())
        return u"%1: no index search (%2)"_s.arg(text, ref.lastError().text());
    QList<qint64> fromIndex;
    while (ref.next())
        fromIndex << ref.value(0).toLongLong();
    *expected = fromIndex.size();
    const CliRun hits = as(u"alice"_s, {u"search"_s, text, u"--limit"_s, QString::number(window)});
    if (hits.code != 0)
        return u"%1: %2"_s.arg(text, QString::fromUtf8(hits.err));
    QList<qint64> got;
    for (const QJsonValue &id : idsOf(hits))
        got << id.toInteger();
    std::sort(got.begin(), got.end(), std::greater<>());
    return got == fromIndex ? QString() : u"%1: %2 hits, %3 expected"_s.arg(text).arg(got.size()).arg(fromIndex.size());
}

void tst_TeamServer::searchOnTheServer()
{
    const CliRun listed = as(u"alice"_s, {u"list"_s, u"--limit"_s, u"5"_s});
    QCOMPARE(listed.code, 0);
    QVERIFY(!listed.json().array().isEmpty());
    const QJsonObject first = listed.json().array().first().toObject();
    // A word of its title (Korean or English): the article is among the hits.
    const QStringList words = first.value(u"title"_s).toString().split(u' ', Qt::SkipEmptyParts);
    QVERIFY(!words.isEmpty());
    QString word = words.first();
    for (const QString &w : words) {
        if (w.size() > word.size())
            word = w;
    }
    const CliRun hits = as(u"alice"_s, {u"search"_s, word, u"--limit"_s, u"500"_s});
    QVERIFY2(hits.code == 0, hits.err.constData());
    QVERIFY2(idsOf(hits).contains(first.value(u"id"_s)), qPrintable(word));
}

void tst_TeamServer::searchFindsTheNewestMatches()
{
    // The server reads the newest rows first and goes to the index only for a rare word's older
    // matches: whichever way, a search's candidates are exactly the newest matches, as PostgreSQL's
    // own index search gives them. Words of the newest and oldest titles (common ones), and three
    // words given to chosen articles' search terms: one article among the oldest; every tenth of
    // the oldest 3000; every twentieth of all.
    constexpr int kWindow = 1500; // what the server considers for a search without filters
    QSqlDatabase db = QSqlDatabase::database(u"admin"_s);
    QSqlQuery q(db);
    QStringList words{u"zqxjv"_s, u"qvzkx"_s, u"xkqzw"_s};
    QVERIFY(q.exec(u"(SELECT title FROM articles ORDER BY id DESC LIMIT 3) UNION ALL "
                   u"(SELECT title FROM articles ORDER BY id LIMIT 10)"_s));
    while (q.next()) {
        for (const QString &w : q.value(0).toString().split(u' ', Qt::SkipEmptyParts)) {
            if (w.size() >= 2 && !words.contains(w))
                words << w;
        }
    }
    const qint64 oldest = adminScalar(u"SELECT min(article_id) FROM article_search"_s);
    const qint64 newest = adminScalar(u"SELECT max(article_id) FROM article_search"_s);
    QVERIFY(newest - oldest > 8000);
    QVERIFY(q.prepare(u"UPDATE article_search SET tokens = tokens || CAST(? AS tsvector) WHERE article_id = ?"_s));
    q.addBindValue(u"zqxjv:1"_s);
    q.addBindValue(oldest + 7);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(u"UPDATE article_search SET tokens = tokens || 'qvzkx:1'::tsvector WHERE article_id < %1 AND "
                   u"article_id % 10 = 0"_s.arg(oldest + 3000)));
    QVERIFY(q.exec(u"UPDATE article_search SET tokens = tokens || 'xkqzw:1'::tsvector WHERE article_id % 20 = 0"_s));

    int full = 0;
    for (const QString &word : std::as_const(words)) {
        qsizetype expected = 0;
        const QString differs = differsFromIndex(word, kWindow, &expected);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        if (expected == kWindow)
            ++full;
    }
    QVERIFY(full > 0); // some word filled the window
    QVERIFY(q.exec(u"UPDATE article_search SET tokens = ts_delete(tokens, ARRAY['zqxjv', 'qvzkx', 'xkqzw'])"_s));
}

void tst_TeamServer::phraseSearchesTestWhereTheWordsMeet()
{
    // Rows read in order test a phrase's junctions first (SearchIndex::tsScanQuery()). Made-up
    // words go into the search terms: the phrase spaced in every 50th article, joined in every
    // 70th, and the two words apart (the rows the junction turns away) in every 3rd. Whichever way
    // the server reads, the candidates must be exactly the newest matches of PostgreSQL's own
    // index search with the plain query.
    constexpr int kWindow = 1500;
    QSqlDatabase db = QSqlDatabase::database(u"admin"_s);
    QSqlQuery q(db);
    const auto add = [&](const QString &text, const QString &where) {
        const QString vector = Medtour::SearchIndex::tsVector({}, Medtour::SearchIndex::bodyTokens(text, {}));
        // The junctions as schema step 7 makes them from the tokens (compared with the service's in
        // searchTermsAreWhatPostgresMakesOfEachOccurrence).
        q.prepare(u"UPDATE article_search SET tokens = tokens || CAST(? AS tsvector), "
                  u"junctions = medtour_junctions(tokens || CAST(? AS tsvector)) WHERE "_s +
                  where);
        q.addBindValue(vector);
        q.addBindValue(vector);
        return q.exec() && q.numRowsAffected() > 0;
    };
    QVERIFY(adminScalar(u"SELECT count(*) FROM article_search"_s) > 8000); // the corpus synced
    QVERIFY2(add(u"뷁뚫 꿻쀍"_s, u"article_id % 50 = 0"_s), qPrintable(q.lastError().text()));
    QVERIFY2(add(u"뷁뚫꿻쀍"_s, u"article_id % 70 = 1"_s), qPrintable(q.lastError().text()));
    QVERIFY2(add(u"뷁뚫 그리고 꿻쀍 또 꿻 뷁"_s, u"article_id % 3 = 2"_s), qPrintable(q.lastError().text()));
    // Three words, the middle one a lone syllable: spaced, joined, partly joined, and apart.
    QVERIFY2(add(u"꿻쀍 뙇 뷁뚫"_s, u"article_id % 40 = 3"_s), qPrintable(q.lastError().text()));
    QVERIFY2(add(u"꿻쀍뙇뷁뚫"_s, u"article_id % 90 = 5"_s), qPrintable(q.lastError().text()));
    QVERIFY2(add(u"꿻쀍뙇 뷁뚫함"_s, u"article_id % 110 = 7"_s), qPrintable(q.lastError().text()));
    QVERIFY2(add(u"뙇 그리고 꿻쀍 뷁뚫 또 뙇뷁"_s, u"article_id % 7 = 4"_s), qPrintable(q.lastError().text()));
    for (const QString &phrase :
         {u"\"뷁뚫 꿻쀍\""_s, u"\"뷁뚫꿻쀍\""_s, u"\"뷁뚫 꿻\""_s, u"\"뚫 꿻쀍\""_s, u"\"그리고 꿻쀍\""_s,
          u"\"꿻쀍 뙇 뷁뚫\""_s, u"\"꿻쀍뙇 뷁뚫\""_s, u"\"꿻쀍 뙇\""_s, u"\"쀍 뙇 뷁\""_s, u"\"뙇 뷁뚫\""_s,
          u"\"꿻쀍 뙇 뷁뚫\" OR 그리고"_s, u"\"꿻쀍 뙇\" 뷁뚫"_s}) {
        qsizetype expected = 0;
        const QString differs = differsFromIndex(phrase, kWindow, &expected);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));
        QVERIFY2(expected > 0, qPrintable(phrase));
        // A text filter (here the counts') takes the junctions' index too: the same matches.
        const QString match = Medtour::SearchIndex::tsQuery(Medtour::SearchQuery::parse(phrase));
        const qint64 all =
            adminScalar(u"SELECT count(*) FROM article_search WHERE tokens @@ CAST('%1' AS tsquery)"_s.arg(
                QString(match).replace(u'\'', u"''"_s)));
        const CliRun counts = as(u"alice"_s, {u"facets"_s, phrase});
        QVERIFY2(counts.code == 0, counts.err.constData());
        QCOMPARE(counts.json().object().value(u"total"_s).toInteger(), all);
    }
    // The junctions a phrase's matches must have (SearchIndex::tsJunctionQuery()): a lone syllable
    // on the right may go on in a joined spelling, so it is a prefix; a word alone, or a phrase in
    // an OR with one, asks for none.
    using Medtour::SearchIndex;
    using Medtour::SearchQuery;
    QCOMPARE(SearchIndex::tsJunctionQuery(SearchQuery::parse(u"\"뷁뚫 꿻쀍\""_s)), u"'뚫|꿻쀍'"_s);
    QCOMPARE(SearchIndex::tsJunctionQuery(SearchQuery::parse(u"\"꿻쀍 뙇 뷁뚫\""_s)), u"('쀍|뙇':* & '뙇|뷁뚫')"_s);
    QCOMPARE(SearchIndex::tsJunctionQuery(SearchQuery::parse(u"\"꿻쀍 뙇\" 뷁뚫"_s)), u"'쀍|뙇':*"_s);
    QVERIFY(SearchIndex::tsJunctionQuery(SearchQuery::parse(u"뷁뚫 꿻쀍"_s)).isEmpty());
    QVERIFY(SearchIndex::tsJunctionQuery(SearchQuery::parse(u"\"꿻쀍 뙇 뷁뚫\" OR 그리고"_s)).isEmpty());
    // Where the spaced phrase's words meet, and only there, the scan tests the junction first.
    const QString scan = Medtour::SearchIndex::tsScanQuery(Medtour::SearchQuery::parse(u"\"뷁뚫 꿻쀍\""_s));
    QVERIFY2(scan.startsWith(u"((('뚫' <-> '꿻쀍') | '뚫꿻') & "_s), qPrintable(scan));
    QCOMPARE(Medtour::SearchIndex::tsScanQuery(Medtour::SearchQuery::parse(u"뷁뚫"_s)),
             Medtour::SearchIndex::tsQuery(Medtour::SearchQuery::parse(u"뷁뚫"_s)));
    QVERIFY(q.exec(u"UPDATE article_search SET tokens = ts_delete(tokens, ARRAY['뷁뚫', '뚫', '꿻쀍', '쀍', '뚫꿻', "
                   u"'꿻', '뷁', '그리', '리고', '고', '또', '뙇', '쀍뙇', '뙇뷁', '뚫함', '함'])"_s));
    QVERIFY(q.exec(u"UPDATE article_search SET junctions = medtour_junctions(tokens)"_s));
}

void tst_TeamServer::broadSearchesRankByTitleHits()
{
    // A word with more matches than the server considers (1500 without filters) is a broad search:
    // as on the desktop, a hit's text score is SearchRanking::kTitleHit when its title matches and
    // kBodyHit otherwise. A rarer word's hits keep PostgreSQL's ts_rank. The score printed is
    // that text score over 1 + age / 90 days.
    using Medtour::SearchIndex;
    using Medtour::SearchQuery;
    QSqlDatabase db = QSqlDatabase::database(u"admin"_s);
    QSqlQuery q(db);
    QSqlQuery count(db);
    QVERIFY(count.prepare(u"SELECT count(*) FROM article_search WHERE tokens @@ CAST(? AS tsquery)"_s));
    QString broad;
    QString rare;
    QVERIFY(q.exec(u"SELECT title FROM articles ORDER BY id DESC LIMIT 200"_s));
    while (q.next() && (broad.isEmpty() || rare.isEmpty())) {
        for (const QString &w : q.value(0).toString().split(u' ', Qt::SkipEmptyParts)) {
            const QString match = SearchIndex::tsQuery(SearchQuery::parse(w));
            if (w.size() < 2 || match.isEmpty())
                continue;
            count.addBindValue(match);
            QVERIFY2(count.exec() && count.next(), qPrintable(count.lastError().text()));
            const qint64 n = count.value(0).toLongLong();
            if (n > 1600 && broad.isEmpty())
                broad = w;
            else if (n >= 5 && n <= 200 && rare.isEmpty())
                rare = w;
        }
    }
    QVERIFY2(!broad.isEmpty() && !rare.isEmpty(), qPrintable(broad + u" / "_s + rare));
    // A one-syllable word is a prefix: its title query marks both, as PostgreSQL reads them back.
    QSqlQuery prefix(db);
    QVERIFY(prefix.prepare(u"SELECT CAST(CAST(? AS tsquery) AS text)"_s));
    prefix.addBindValue(SearchIndex::tsTitleQuery(SearchQuery::parse(u"암 병원"_s)));
    QVERIFY2(prefix.exec() && prefix.next(), qPrintable(prefix.lastError().text()));
    QCOMPARE(prefix.value(0).toString(), u"'암':*A & '병원':A"_s);

    QSqlQuery row(db);
    QVERIFY(row.prepare(u"SELECT a.sort_time, s.tokens @@ CAST(? AS tsquery), "
                        u"ts_rank('{0.25, 0.25, 0.25, 1.0}', s.tokens, CAST(? AS tsquery)) "
                        u"FROM articles a JOIN article_search s ON s.article_id = a.id WHERE a.id = ?"_s));
    for (const QString &word : {broad, rare}) {
        const SearchQuery parsed = SearchQuery::parse(word);
        const CliRun hits = as(u"alice"_s, {u"search"_s, word, u"--limit"_s, u"40"_s});
        QVERIFY2(hits.code == 0, hits.err.constData());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QJsonArray found = hits.json().array();
        QVERIFY(found.size() >= 5);
        int titleHits = 0;
        for (const QJsonValue &hit : found) {
            row.addBindValue(SearchIndex::tsTitleQuery(parsed));
            row.addBindValue(SearchIndex::tsQuery(parsed));
            row.addBindValue(hit[u"id"_s].toInteger());
            QVERIFY2(row.exec() && row.next(), qPrintable(row.lastError().text()));
            const double age = double(std::max<qint64>(0, now - row.value(0).toLongLong()));
            const double match = hit[u"score"_s].toDouble() * (1.0 + age / Medtour::SearchRanking::kHalfScoreAgeSecs);
            const bool inTitle = row.value(1).toBool();
            titleHits += inTitle ? 1 : 0;
            const double expected =
                word == broad ? (inTitle ? Medtour::SearchRanking::kTitleHit : Medtour::SearchRanking::kBodyHit)
                              : row.value(2).toDouble();
            QVERIFY2(std::abs(match - expected) <= 1e-3 * expected,
                     qPrintable(u"%1, article %2: %3, expected %4"_s.arg(word)
                                    .arg(hit[u"id"_s].toInteger())
                                    .arg(match)
                                    .arg(expected)));
        }
        QVERIFY2(titleHits > 0, qPrintable(word));
    }
}

void tst_TeamServer::editedArticleIsFoundByItsNewText()
{
    // An outlet edits an article after the service stored it: the same guid, a new title and text.
    // The server's row and its search terms are replaced, by id: the old words no longer find it.
    // The route outlives this function (later tests' services fetch every source): it shares the word.
    const auto version = std::make_shared<QString>(u"qalpha"_s);
    m_http.route("/edited.xml", [version](const HttpRequest &) {
        HttpResponse r;
        r.headers = {{"Content-Type", "application/rss+xml"}};
        r.body = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Edited</title>"
                 "<item><guid>edited-1</guid><link>https://edited.example/1</link><title>%1 의료관광 설명회</title>"
                 "<description>대구시는 %1 환자 유치를 위한 설명회를 열었다.</description></item></channel></rss>"_s
                     .arg(*version)
                     .toUtf8();
        return r;
    });
    const CliRun added = as(u"bob"_s, {u"sources"_s, u"add"_s, m_http.url(u"/edited.xml"_s).toString()});
    QVERIFY2(added.code == 0, added.err.constData());
    const QString source = QString::number(added.json().object().value(u"id"_s).toInteger());
    const auto syncAndFind = [this, &source](const QString &word) {
        const CliRun synced = as(u"svc"_s, {u"sync"_s, u"--once"_s, u"--source"_s, source});
        if (synced.code != 0)
            qWarning() << synced.err;
        return idsOf(as(u"alice"_s, {u"search"_s, word}));
    };
    const QJsonArray first = syncAndFind(u"qalpha"_s);
    QCOMPARE(first.size(), 1);
    const qint64 id = first.at(0).toInteger();
    *version = u"qbravo"_s;
    QCOMPARE(syncAndFind(u"qbravo"_s), first); // the same article, by its new words
    QVERIFY(idsOf(as(u"alice"_s, {u"search"_s, u"qalpha"_s})).isEmpty());
    QCOMPARE(adminScalar(u"SELECT count(*) FROM articles WHERE guid = 'edited-1'"_s), 1);
    QCOMPARE(adminScalar(u"SELECT count(*) FROM article_search WHERE article_id = %1 AND tokens @@ "
                         "to_tsquery('simple', 'qbravo') AND NOT tokens @@ to_tsquery('simple', 'qalpha')"_s.arg(id)),
             1);
    const CliRun shown = as(u"alice"_s, {u"show"_s, QString::number(id)});
    QVERIFY(shown.json().object().value(u"title"_s).toString().startsWith(u"qbravo"_s));
}
