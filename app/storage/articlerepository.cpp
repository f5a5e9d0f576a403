// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"

#include "storage/articleindex.h"
#include "storage/database.h"
#include "storage/querysql.h"
#include "storage/searchindex.h"
#include "storage/transaction.h"
#include "text/htmltext.h"
#include "text/languageguess.h"
#include "text/searchquery.h"
#include "text/snippetbuilder.h"
#include "text/textnormalizer.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace Medtour {

namespace {

/// How far after its fetch an article's date may lie (time zones, clocks a little ahead); beyond it,
/// the date is taken for a mistake.
constexpr qint64 kMaxSecsAhead = 24 * 3600;

QString contentHash(const FeedItem &item)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &part : {item.title, item.summary, item.contentHtml, item.link.toString(),
                                item.authors.join(u'\n'), item.categories.join(u'\n')}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    hash.addData(QByteArray::number(item.published.toSecsSinceEpoch()));
    return QString::fromLatin1(hash.result().toHex());
}

/// A stable identity for items whose feed gives no guid: the link, else a hash of the text.
QString guidFor(const FeedItem &item)
{
    if (!item.id.trimmed().isEmpty())
        return item.id.trimmed();
    if (!item.link.isEmpty())
        return item.link.toString();
    const QByteArray digest =
        QCryptographicHash::hash((item.title + u'\x1f' + item.summary).toUtf8(), QCryptographicHash::Sha1);
    return u"sha1:" + QString::fromLatin1(digest.toHex());
}

/// QtSql binds a null QString as NULL; our text columns are NOT NULL with '' meaning "none".
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(u""_s)) : QVariant(s);
}

QVariant secsOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromSecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

std::vector<qint64> idsOf(QSqlDatabase db, const QString &sql, const QVariantList &binds)
{
    std::vector<qint64> ids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        sqlError(q, "reading ids");
        return ids;
    }
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

// The columns of a list row, read by summaryFrom(): the row, the user state, and what the list
// shows besides (the cluster's size and the market tags, a few rows per page).
constexpr char kSummarySelect[] =
    "SELECT a.id, a.source_id, s.name, a.title, a.url, a.sort_time, a.date_guessed, a.relevance, "
    "coalesce(st.read, 0), coalesce(st.starred, 0), coalesce(a.cluster_id, 0), coalesce(cl.size, 1), "
    "(SELECT group_concat(t.value, ' ') FROM tags t WHERE t.article_id = a.id AND t.kind = 'market') "
    "FROM articles a JOIN sources s ON s.id = a.source_id "
    "LEFT JOIN article_state st ON st.article_id = a.id LEFT JOIN clusters cl ON cl.id = a.cluster_id ";

ArticleSummary summaryFrom(const QSqlQuery &q, bool withListColumns = true)
{
    ArticleSummary s;
    s.id = q.value(0).toLongLong();
    s.sourceId = q.value(1).toLongLong();
    s.sourceName = q.value(2).toString();
    s.title = q.value(3).toString();
    s.link = QUrl(q.value(4).toString());
    s.published = fromSecs(q.value(5));
    s.dateGuessed = q.value(6).toBool();
    s.relevance = q.value(7).toDouble();
    s.state.read = q.value(8).toBool();
    s.state.starred = q.value(9).toBool();
    if (withListColumns) {
        s.clusterId = q.value(10).toLongLong();
        s.copies = qMax(1, q.value(11).toInt());
        s.markets = q.value(12).toString().split(u' ', Qt::SkipEmptyParts);
        s.markets.sort();
    }
    return s;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

} // namespace

PreparedArticle PreparedArticle::prepare(const FeedItem &item)
{
    PreparedArticle p;
    p.guid = guidFor(item);
    p.canonicalUrl = Medtour::canonicalUrl(item.link);
    p.contentHash = Medtour::contentHash(item);
    p.cleanText = TextNormalizer::nfc(HtmlText::toPlainText(item.contentHtml));
    p.language = LanguageGuess::of(QString(item.title + u' ' + p.cleanText), item.language);
    p.titleTokens = SearchIndex::titleTokens(item.title);
    p.bodyTokens = SearchIndex::bodyTokens(item.summary, p.cleanText);
    return p;
}

QString PreparedArticle::guidOf(const FeedItem &item)
{
    return guidFor(item);
}

ArticleRepository::ArticleRepository(const Database &database)
    : m_database(database)
    , m_connection(database.connectionName())
{}

Result<IngestStats> ArticleRepository::upsert(qint64 sourceId, const QList<FeedItem> &items, const QDateTime &fetched,
                                              const QList<PreparedArticle> &prepared)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    IngestStats stats;
    TransactionScope transaction(m_database);
    if (!transaction.began())
        return Error{Error::Database, QStringLiteral("cannot begin a transaction")};
    QSqlQuery find(db);
    find.prepare(
        QStringLiteral("SELECT a.id, a.content_hash, a.title, a.summary, coalesce(c.clean_text, '') FROM articles a "
                       "LEFT JOIN article_content c ON c.article_id = a.id WHERE a.source_id = ? AND a.guid = ?"));
    SearchIndex index(db);
    QSqlQuery findCanonical(db);
    findCanonical.prepare(QStringLiteral(
        "SELECT id FROM articles WHERE canonical_url = ? AND canonical_url <> '' AND source_id <> ? LIMIT 1"));
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO articles (source_id, guid, url, canonical_url, title, summary, authors, "
                       "published, updated, fetched, sort_time, date_guessed, language, content_hash, outlet, "
                       "relevance, relevance_reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE articles SET url = ?, canonical_url = ?, title = ?, summary = ?, "
        "authors = ?, published = ?, updated = ?, sort_time = ?, date_guessed = ?, language = ?, content_hash = ?, "
        "outlet = ? WHERE id = ?"));
    QSqlQuery content(db);
    content.prepare(
        QStringLiteral("INSERT OR REPLACE INTO article_content (article_id, body_html, clean_text) VALUES (?, ?, ?)"));
    const qint64 fetchedSecs = fetched.toSecsSinceEpoch();

    const bool havePrepared = prepared.size() == items.size();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const FeedItem &item = items.at(i);
        const PreparedArticle p = havePrepared ? prepared.at(i) : PreparedArticle::prepare(item);
        const QString &guid = p.guid;
        const QString &canonical = p.canonicalUrl;
        const QString &hash = p.contentHash;
        const QString &cleanText = p.cleanText;
        const QString &language = p.language;
        QDateTime published = item.published.isValid() ? item.published : item.updated;
        // A date more than a day after the fetch (a pubDate in 2099) is no date: it would sit above
        // the news for ever and never be pruned. Such an item is dated like an undated one.
        if (published.isValid() && published.toSecsSinceEpoch() > fetchedSecs + kMaxSecsAhead)
            published = QDateTime();
        const bool guessed = !published.isValid();
        const QDateTime updated =
            item.updated.isValid() && item.updated.toSecsSinceEpoch() <= fetchedSecs + kMaxSecsAhead ? item.updated
                                                                                                     : QDateTime();
        const qint64 sortTime = guessed ? fetchedSecs : published.toSecsSinceEpoch();
        const QString authors = item.authors.join(u'\n');

        find.addBindValue(sourceId);
        find.addBindValue(guid);
        if (!find.exec()) {
            Error e = sqlError(find, "finding an article");
            return e;
        }
        if (find.next()) {
            const qint64 id = find.value(0).toLongLong();
            const bool same = find.value(1).toString() == hash;
            const QString oldTitle = find.value(2).toString();
            const QString oldSummary = find.value(3).toString();
            const QString oldText = find.value(4).toString();
            find.finish();
            if (same && !p.rewrite) {
                ++stats.unchanged;
                continue;
            }
            if (!index.remove(id, oldTitle, oldSummary, oldText) || !index.addTokens(id, p.titleTokens, p.bodyTokens)) {
                return Error{Error::Database, QStringLiteral("updating the search index: %1").arg(index.lastError())};
            }
            for (const QVariant &v :
                 {text(item.link.toString()), text(canonical), text(item.title), text(item.summary), text(authors),
                  secsOrNull(published), secsOrNull(updated), QVariant(sortTime), QVariant(guessed), text(language),
                  text(hash), text(item.sourceTitle), QVariant(id)}) {
                update.addBindValue(v);
            }
            if (!update.exec()) {
                Error e = sqlError(update, "updating an article");
                return e;
            }
            content.addBindValue(id);
            content.addBindValue(text(item.contentHtml));
            content.addBindValue(text(cleanText));
            if (!content.exec()) {
                Error e = sqlError(content, "updating an article's text");
                return e;
            }
            ++stats.updated;
            stats.stored.append(
                {id, false, cleanText, language, item.title, QDateTime::fromSecsSinceEpoch(sortTime, Qt::UTC), i});
            continue;
        }
        find.finish();
        if (!canonical.isEmpty()) {
            findCanonical.addBindValue(canonical);
            findCanonical.addBindValue(sourceId);
            if (findCanonical.exec() && findCanonical.next()) {
                findCanonical.finish();
                ++stats.duplicates;
                continue;
            }
            findCanonical.finish();
        }
        for (const QVariant &v :
             {QVariant(sourceId), text(guid), text(item.link.toString()), text(canonical), text(item.title),
              text(item.summary), text(authors), secsOrNull(published), secsOrNull(updated), QVariant(fetchedSecs),
              QVariant(sortTime), QVariant(guessed), text(language), text(hash), text(item.sourceTitle),
              QVariant(p.hasRelevance ? p.relevance : 0.0), text(p.relevanceReasons)}) {
            insert.addBindValue(v);
        }
        if (!insert.exec()) {
            Error e = sqlError(insert, "adding an article");
            return e;
        }
        const qint64 newId = insert.lastInsertId().toLongLong();
        content.addBindValue(newId);
        content.addBindValue(text(item.contentHtml));
        content.addBindValue(text(cleanText));
        if (!content.exec()) {
            Error e = sqlError(content, "storing an article's text");
            return e;
        }
        if (!index.addTokens(newId, p.titleTokens, p.bodyTokens)) {
            return Error{Error::Database, QStringLiteral("indexing an article: %1").arg(index.lastError())};
        }
        ++stats.added;
        stats.stored.append(
            {newId, true, cleanText, language, item.title, QDateTime::fromSecsSinceEpoch(sortTime, Qt::UTC), i});
    }
    if (!index.flush())
        return Error{Error::Database, QStringLiteral("indexing articles: %1").arg(index.lastError())};
    if (Error error = transaction.commit())
        return error;
    if (stats.added > 0 || stats.updated > 0)
        m_database.noteContentChanged();
    return stats;
}

QList<ArticleSummary> ArticleRepository::page(const ArticleQuery &query, const PageCursor &after, int limit) const
{
    // With filters, the in-memory index picks the page's ids in one pass; SQL then reads just
    // those rows. The plain newest-first list walks the time index directly.
    if (query != ArticleQuery())
        return rowsByIds(m_database.articleIndex().pageIds(query, after, limit));
    QList<ArticleSummary> rows;
    SqlFilter filter;
    if (after.valid) {
        filter.where << QStringLiteral("(a.sort_time < ? OR (a.sort_time = ? AND a.id < ?))");
        filter.binds << after.sortTime << after.sortTime << after.id;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kSummarySelect) + filter.whereClause() +
              QStringLiteral(" ORDER BY a.sort_time DESC, a.id DESC LIMIT ?"));
    for (const QVariant &v : std::as_const(filter.binds))
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec()) {
        sqlError(q, "reading a page of articles");
        return rows;
    }
    while (q.next())
        rows << summaryFrom(q);
    return rows;
}

QList<ArticleSummary> ArticleRepository::rowsByIds(const std::vector<qint64> &ids) const
{
    QList<ArticleSummary> rows;
    if (ids.empty())
        return rows;
    QStringList list;
    list.reserve(qsizetype(ids.size()));
    QHash<qint64, qsizetype> position;
    for (const qint64 id : ids) {
        position.insert(id, position.size());
        list << QString::number(id);
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kSummarySelect) + QStringLiteral("WHERE a.id IN (%1)").arg(list.join(u',')))) {
        sqlError(q, "reading articles by id");
        return rows;
    }
    while (q.next())
        rows << summaryFrom(q);
    // In the order asked for (the index has already sorted them by the query's sort).
    std::sort(rows.begin(), rows.end(), [&position](const ArticleSummary &a, const ArticleSummary &b) {
        return position.value(a.id) < position.value(b.id);
    });
    return rows;
}

int ArticleRepository::count(const ArticleQuery &query) const
{
    if (query != ArticleQuery())
        return m_database.articleIndex().count(query);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM articles")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<Article> ArticleRepository::article(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "SELECT a.id, a.source_id, s.name, a.title, a.url, a.sort_time, a.date_guessed, a.relevance, "
        "coalesce(st.read, 0), coalesce(st.starred, 0), coalesce(st.note, ''), a.guid, a.canonical_url, a.summary, "
        "coalesce(c.body_html, ''), coalesce(c.clean_text, ''), a.authors, a.emails, a.updated, a.fetched, a.language, "
        "a.relevance_reasons, a.cluster_id, a.outlet "
        "FROM articles a JOIN sources s ON s.id = a.source_id LEFT JOIN article_state st ON st.article_id = a.id "
        "LEFT JOIN article_content c ON c.article_id = a.id "
        "WHERE a.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Article a;
    a.summary = summaryFrom(q, false);
    a.summary.state.note = q.value(10).toString();
    a.guid = q.value(11).toString();
    a.canonicalUrl = QUrl(q.value(12).toString());
    a.lead = q.value(13).toString();
    a.bodyHtml = q.value(14).toString();
    a.cleanText = q.value(15).toString();
    a.authors = q.value(16).toString().split(u'\n', Qt::SkipEmptyParts);
    a.emails = q.value(17).toString().split(u'\n', Qt::SkipEmptyParts);
    a.updated = fromSecs(q.value(18));
    a.fetched = fromSecs(q.value(19));
    a.language = q.value(20).toString();
    a.relevanceReasons = q.value(21).toString().toUtf8();
    a.clusterId = q.value(22).isNull() ? 0 : q.value(22).toLongLong();
    a.outlet = q.value(23).toString();
    a.summary.clusterId = a.clusterId;
    return a;
}

Result<int> ArticleRepository::updateState(const QList<qint64> &ids, const char *column, const QVariant &value)
{
    if (ids.isEmpty())
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    TransactionScope transaction(m_database);
    if (!transaction.began())
        return Error{Error::Database, QStringLiteral("cannot begin a transaction")};
    const QString list = idList(ids);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(db);
    // Rows for articles that exist; unknown ids are simply not counted.
    q.prepare(QStringLiteral("INSERT INTO article_state (article_id, changed) SELECT id, ? FROM articles "
                             "WHERE id IN (%1) ON CONFLICT (article_id) DO NOTHING")
                  .arg(list));
    q.addBindValue(now);
    if (!q.exec()) {
        Error e = sqlError(q, "recording user state");
        return e;
    }
    q.prepare(QStringLiteral("UPDATE article_state SET %1 = ?, changed = ? WHERE article_id IN (%2)")
                  .arg(QLatin1StringView(column), list));
    q.addBindValue(value);
    q.addBindValue(now);
    if (!q.exec()) {
        Error e = sqlError(q, "recording user state");
        return e;
    }
    const int affected = q.numRowsAffected();
    if (Error error = transaction.commit())
        return error;
    return affected;
}

Error ArticleRepository::setRelevance(qint64 id, double relevance, const QByteArray &reasonsJson)
{
    QSqlQuery &q =
        m_database.statement(QStringLiteral("UPDATE articles SET relevance = ?, relevance_reasons = ? WHERE id = ?"));
    q.addBindValue(relevance);
    q.addBindValue(QString::fromUtf8(reasonsJson));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "storing relevance");
    m_database.noteContentChanged(); // the index filters and sorts by relevance
    return {};
}

QHash<qint64, double> ArticleRepository::relevances(const QList<qint64> &ids) const
{
    QHash<qint64, double> out;
    out.reserve(ids.size());
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    constexpr qsizetype kChunk = 500; // below SQLite's bound-parameter limit
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QList<qint64> chunk = ids.mid(start, kChunk);
        QString marks = QStringLiteral("?");
        for (qsizetype i = 1; i < chunk.size(); ++i)
            marks += QStringLiteral(",?");
        q.prepare(QStringLiteral("SELECT id, relevance FROM articles WHERE id IN (%1)").arg(marks));
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            continue;
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toDouble());
    }
    return out;
}

Result<int> ArticleRepository::setRead(const QList<qint64> &ids, bool read)
{
    return updateState(ids, "read", read);
}

Result<int> ArticleRepository::setStarred(const QList<qint64> &ids, bool starred)
{
    return updateState(ids, "starred", starred);
}

Result<int> ArticleRepository::setNote(qint64 id, const QString &note)
{
    // An empty note clears it: '' (a null QString would be bound as NULL, which the column refuses).
    return updateState({id}, "note", text(note));
}

QList<SearchHit> ArticleRepository::search(const ArticleQuery &query, int limit) const
{
    QList<SearchHit> hits;
    const SearchQuery parsed = SearchQuery::parse(query.text);
    const QString match = SearchIndex::matchExpression(parsed);
    if (match.isEmpty() || limit <= 0)
        return hits;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    ArticleIndex &index = m_database.articleIndex();

    // Candidates: the newest matches. FTS5 streams them in rowid order (rowids grow with arrival),
    // so this costs the same for a query matching ten articles or half the cache.
    ArticleQuery filters = query;
    filters.text.clear();
    const bool filtered = filters != ArticleQuery();
    const int window = filtered ? 6000 : 1500;
    std::vector<qint64> candidates = idsOf(db,
                                           QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ? "
                                                          "ORDER BY rowid DESC LIMIT ?"),
                                           {match, window + 1});
    const bool broad = int(candidates.size()) > window;
    if (broad)
        candidates.pop_back();
    if (filtered) {
        std::vector<qint64> allowed = index.pageIds(filters, {}, std::numeric_limits<int>::max());
        std::sort(allowed.begin(), allowed.end());
        candidates.erase(
            std::remove_if(candidates.begin(), candidates.end(),
                           [&](qint64 id) { return !std::binary_search(allowed.begin(), allowed.end(), id); }),
            candidates.end());
    }
    if (candidates.empty())
        return hits;

    // Relevance: bm25 (title ×4) when the query is selective. For a broad query bm25 would first
    // count every matching document to weigh the terms (FTS5's IDF step), which is what makes
    // broad searches slow; there a title hit is the relevance signal instead.
    QHash<qint64, double> relevance;
    if (!broad) {
        // Every match is among the candidates, so this returns them all, and bm25's term
        // weighting only has the few matching documents to count.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT rowid, -bm25(article_fts, 4.0, 1.0) FROM article_fts WHERE article_fts MATCH ? "
                           "ORDER BY rowid DESC LIMIT ?"));
        q.addBindValue(match);
        q.addBindValue(window);
        if (q.exec()) {
            while (q.next())
                relevance.insert(q.value(0).toLongLong(), q.value(1).toDouble());
        }
    } else {
        for (const qint64 id : idsOf(db,
                                     QStringLiteral("SELECT rowid FROM article_fts WHERE article_fts MATCH ? "
                                                    "ORDER BY rowid DESC LIMIT ?"),
                                     {QVariant(QString(u"{title} : (" + match + u')')), window})) {
            relevance.insert(id, 2.0);
        }
    }
    // Recency divides the score, so last month's story outranks a similar one from two years ago.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    std::vector<std::pair<double, qint64>> ranked;
    ranked.reserve(candidates.size());
    const std::vector<qint64> times = index.sortTimesOf(candidates);
    for (size_t i = 0; i < candidates.size(); ++i) {
        const double age = double(std::max<qint64>(0, now - times[i]));
        ranked.emplace_back(relevance.value(candidates[i], 1.0) / (1.0 + age / 7776000.0), candidates[i]);
    }
    const size_t n = std::min(ranked.size(), size_t(limit));
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(n), ranked.end(), std::greater<>());
    std::vector<qint64> top;
    QHash<qint64, double> scoreOf;
    for (size_t i = 0; i < n; ++i) {
        top.push_back(ranked[i].second);
        scoreOf.insert(ranked[i].second, ranked[i].first);
    }
    const QList<ArticleSummary> rows = rowsByIds(top);
    QHash<qint64, ArticleSummary> rowOf;
    for (const ArticleSummary &row : rows)
        rowOf.insert(row.id, row);

    // Bodies are read for the final hits only (in one statement), to cut their snippets.
    const QStringList terms = parsed.highlightTerms();
    QStringList topText;
    for (const qint64 id : top)
        topText << QString::number(id);
    QHash<qint64, QPair<QString, QString>> bodies; // lead, text
    QSqlQuery body(db);
    body.setForwardOnly(true);
    if (body.exec(QStringLiteral("SELECT a.id, a.summary, coalesce(c.clean_text, '') FROM articles a "
                                 "LEFT JOIN article_content c ON c.article_id = a.id WHERE a.id IN (%1)")
                      .arg(topText.join(u',')))) {
        while (body.next())
            bodies.insert(body.value(0).toLongLong(), {body.value(1).toString(), body.value(2).toString()});
    }
    for (const qint64 id : top) {
        if (!rowOf.contains(id))
            continue;
        SearchHit hit;
        hit.article = rowOf.value(id);
        hit.score = scoreOf.value(id);
        const QPair<QString, QString> text = bodies.value(id);
        hit.snippet = SnippetBuilder::build(text.second, terms);
        if (!hit.snippet.contains(u"<mark>"))
            hit.snippet = SnippetBuilder::build(text.first, terms); // the hit was in the lead
        hits << hit;
    }
    return hits;
}

PageCursor ArticleRepository::cursorAfter(const ArticleSummary &row)
{
    return {row.published.toSecsSinceEpoch(), row.id, true, row.relevance};
}

} // namespace Medtour
