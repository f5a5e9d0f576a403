// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"

#include "storage/database.h"
#include "storage/querysql.h"
#include "storage/searchindex.h"
#include "text/htmltext.h"
#include "text/languageguess.h"
#include "text/searchquery.h"
#include "text/snippetbuilder.h"
#include "text/textnormalizer.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Medtour {

namespace {

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

/// The link without fragment and tracking parameters, so copies of one URL compare equal.
QString canonicalUrl(const QUrl &link)
{
    if (link.isEmpty() || !link.isValid())
        return {};
    QUrl url = link.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    for (const auto &[key, value] : items) {
        Q_UNUSED(value)
        if (key.startsWith(u"utm_") || key == u"fbclid" || key == u"gclid")
            query.removeAllQueryItems(key);
    }
    url.setQuery(query);
    url.setHost(url.host().toLower());
    return url.toString(QUrl::FullyEncoded);
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

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

} // namespace

ArticleRepository::ArticleRepository(const Database &database)
    : m_connection(database.connectionName())
{}

Result<IngestStats> ArticleRepository::upsert(qint64 sourceId, const QList<FeedItem> &items, const QDateTime &fetched)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    IngestStats stats;
    if (!db.transaction())
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
    insert.prepare(QStringLiteral("INSERT INTO articles (source_id, guid, url, canonical_url, title, summary, authors, "
                                  "published, updated, fetched, sort_time, date_guessed, language, content_hash) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE articles SET url = ?, canonical_url = ?, title = ?, summary = ?, "
        "authors = ?, published = ?, updated = ?, sort_time = ?, date_guessed = ?, language = ?, content_hash = ? "
        "WHERE id = ?"));
    QSqlQuery content(db);
    content.prepare(
        QStringLiteral("INSERT OR REPLACE INTO article_content (article_id, body_html, clean_text) VALUES (?, ?, ?)"));
    const qint64 fetchedSecs = fetched.toSecsSinceEpoch();

    for (const FeedItem &item : items) {
        const QString guid = guidFor(item);
        const QString canonical = canonicalUrl(item.link);
        const QString hash = contentHash(item);
        const QDateTime published = item.published.isValid() ? item.published : item.updated;
        const bool guessed = !published.isValid();
        const qint64 sortTime = guessed ? fetchedSecs : published.toSecsSinceEpoch();
        const QString cleanText = TextNormalizer::nfc(HtmlText::toPlainText(item.contentHtml));
        const QString authors = item.authors.join(u'\n');
        const QString language = LanguageGuess::of(QString(item.title + u' ' + cleanText), item.language);

        find.addBindValue(sourceId);
        find.addBindValue(guid);
        if (!find.exec()) {
            Error e = sqlError(find, "finding an article");
            db.rollback();
            return e;
        }
        if (find.next()) {
            const qint64 id = find.value(0).toLongLong();
            const bool same = find.value(1).toString() == hash;
            const QString oldTitle = find.value(2).toString();
            const QString oldSummary = find.value(3).toString();
            const QString oldText = find.value(4).toString();
            find.finish();
            if (same) {
                ++stats.unchanged;
                continue;
            }
            if (!index.remove(id, oldTitle, oldSummary, oldText) ||
                !index.add(id, item.title, item.summary, cleanText)) {
                db.rollback();
                return Error{Error::Database, QStringLiteral("updating the search index: %1").arg(index.lastError())};
            }
            for (const QVariant &v :
                 {text(item.link.toString()), text(canonical), text(item.title), text(item.summary), text(authors),
                  secsOrNull(published), secsOrNull(item.updated), QVariant(sortTime), QVariant(guessed),
                  text(language), text(hash), QVariant(id)}) {
                update.addBindValue(v);
            }
            if (!update.exec()) {
                Error e = sqlError(update, "updating an article");
                db.rollback();
                return e;
            }
            content.addBindValue(id);
            content.addBindValue(text(item.contentHtml));
            content.addBindValue(text(cleanText));
            if (!content.exec()) {
                Error e = sqlError(content, "updating an article's text");
                db.rollback();
                return e;
            }
            ++stats.updated;
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
              text(item.summary), text(authors), secsOrNull(published), secsOrNull(item.updated), QVariant(fetchedSecs),
              QVariant(sortTime), QVariant(guessed), text(language), text(hash)}) {
            insert.addBindValue(v);
        }
        if (!insert.exec()) {
            Error e = sqlError(insert, "adding an article");
            db.rollback();
            return e;
        }
        const qint64 newId = insert.lastInsertId().toLongLong();
        content.addBindValue(newId);
        content.addBindValue(text(item.contentHtml));
        content.addBindValue(text(cleanText));
        if (!content.exec()) {
            Error e = sqlError(content, "storing an article's text");
            db.rollback();
            return e;
        }
        if (!index.add(newId, item.title, item.summary, cleanText)) {
            db.rollback();
            return Error{Error::Database, QStringLiteral("indexing an article: %1").arg(index.lastError())};
        }
        ++stats.added;
    }
    if (!db.commit()) {
        db.rollback();
        return Error{Error::Database, QStringLiteral("cannot commit the batch")};
    }
    return stats;
}

QList<ArticleSummary> ArticleRepository::page(const ArticleQuery &query, const PageCursor &after, int limit) const
{
    QList<ArticleSummary> rows;
    SqlFilter filter = QuerySql::filterFor(query);
    if (after.valid) {
        filter.where << QStringLiteral("(a.sort_time < ? OR (a.sort_time = ? AND a.id < ?))");
        filter.binds << after.sortTime << after.sortTime << after.id;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.source_id, s.name, a.title, a.url, a.sort_time, a.date_guessed, "
                             "a.relevance, coalesce(st.read, 0), coalesce(st.starred, 0) "
                             "FROM articles a JOIN sources s ON s.id = a.source_id "
                             "LEFT JOIN article_state st ON st.article_id = a.id ") +
              filter.whereClause() + QStringLiteral(" ORDER BY a.sort_time DESC, a.id DESC LIMIT ?"));
    for (const QVariant &v : std::as_const(filter.binds))
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec()) {
        sqlError(q, "reading a page of articles");
        return rows;
    }
    while (q.next()) {
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
        rows << s;
    }
    return rows;
}

int ArticleRepository::count(const ArticleQuery &query) const
{
    const SqlFilter filter = QuerySql::filterFor(query);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM articles a LEFT JOIN article_state st ON st.article_id = a.id ") +
              filter.whereClause());
    for (const QVariant &v : filter.binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<Article> ArticleRepository::article(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "SELECT a.id, a.source_id, s.name, a.title, a.url, a.sort_time, a.date_guessed, a.relevance, "
        "coalesce(st.read, 0), coalesce(st.starred, 0), coalesce(st.note, ''), a.guid, a.canonical_url, a.summary, "
        "coalesce(c.body_html, ''), coalesce(c.clean_text, ''), a.authors, a.emails, a.updated, a.fetched, a.language "
        "FROM articles a JOIN sources s ON s.id = a.source_id LEFT JOIN article_state st ON st.article_id = a.id "
        "LEFT JOIN article_content c ON c.article_id = a.id "
        "WHERE a.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Article a;
    a.summary.id = q.value(0).toLongLong();
    a.summary.sourceId = q.value(1).toLongLong();
    a.summary.sourceName = q.value(2).toString();
    a.summary.title = q.value(3).toString();
    a.summary.link = QUrl(q.value(4).toString());
    a.summary.published = fromSecs(q.value(5));
    a.summary.dateGuessed = q.value(6).toBool();
    a.summary.relevance = q.value(7).toDouble();
    a.summary.state.read = q.value(8).toBool();
    a.summary.state.starred = q.value(9).toBool();
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
    return a;
}

Result<int> ArticleRepository::updateState(const QList<qint64> &ids, const char *column, const QVariant &value)
{
    if (ids.isEmpty())
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
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
        db.rollback();
        return e;
    }
    q.prepare(QStringLiteral("UPDATE article_state SET %1 = ?, changed = ? WHERE article_id IN (%2)")
                  .arg(QLatin1StringView(column), list));
    q.addBindValue(value);
    q.addBindValue(now);
    if (!q.exec()) {
        Error e = sqlError(q, "recording user state");
        db.rollback();
        return e;
    }
    const int affected = q.numRowsAffected();
    if (!db.commit()) {
        db.rollback();
        return Error{Error::Database, QStringLiteral("cannot commit user state")};
    }
    return affected;
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
    return updateState({id}, "note", note);
}

QList<SearchHit> ArticleRepository::search(const ArticleQuery &query, int limit) const
{
    QList<SearchHit> hits;
    const SearchQuery parsed = SearchQuery::parse(query.text);
    const QString match = SearchIndex::matchExpression(parsed);
    if (match.isEmpty())
        return hits;
    ArticleQuery filters = query;
    filters.text.clear(); // the MATCH below carries the text
    const SqlFilter filter = QuerySql::filterFor(filters);
    // bm25 favours title hits (weight 4); recency divides the score so last month's story
    // outranks a similar one from two years ago. FTS5 streams matches in rowid order, so the
    // candidates are the newest kSearchWindow matches (rowids grow with arrival): a query
    // matching half the cache costs what a narrow one does. Filters then apply to them.
    constexpr int kSearchWindow = 1500;
    constexpr int kFilteredSearchWindow = 6000;
    const int window = filter.where.isEmpty() ? kSearchWindow : kFilteredSearchWindow;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("WITH c AS (SELECT rowid AS id, bm25(article_fts, 4.0, 1.0) AS b FROM article_fts "
                       "WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT ?) "
                       "SELECT a.id, a.source_id, s.name, a.title, a.url, a.sort_time, a.date_guessed, a.relevance, "
                       "coalesce(st.read, 0), coalesce(st.starred, 0), a.summary, "
                       "-c.b / (1.0 + max(0, ? - a.sort_time) / 7776000.0) AS score "
                       "FROM c JOIN articles a ON a.id = c.id "
                       "JOIN sources s ON s.id = a.source_id LEFT JOIN article_state st ON st.article_id = a.id ") +
        filter.whereClause() + QStringLiteral(" ORDER BY score DESC, a.id DESC LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(window);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    for (const QVariant &v : filter.binds)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec()) {
        sqlError(q, "searching");
        return hits;
    }
    const QStringList terms = parsed.highlightTerms();
    // Bodies are read for the final hits only, to cut their snippets.
    QSqlQuery body(QSqlDatabase::database(m_connection, false));
    body.prepare(QStringLiteral("SELECT clean_text FROM article_content WHERE article_id = ?"));
    while (q.next()) {
        SearchHit hit;
        ArticleSummary &s = hit.article;
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
        const QString lead = q.value(10).toString();
        body.addBindValue(s.id);
        const QString text = body.exec() && body.next() ? body.value(0).toString() : QString();
        body.finish();
        hit.snippet = SnippetBuilder::build(text, terms);
        if (!hit.snippet.contains(u"<mark>"))
            hit.snippet = SnippetBuilder::build(lead, terms); // the hit was in the lead only
        hit.score = q.value(11).toDouble();
        hits << hit;
    }
    return hits;
}

PageCursor ArticleRepository::cursorAfter(const ArticleSummary &row)
{
    return {row.published.toSecsSinceEpoch(), row.id, true};
}

} // namespace Medtour
