// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleRepository::upsert: storing a source's items (articlerepository.cpp has the reads).
#include "articlerepository.h"
#include "storage/articleindex.h"
#include "storage/articlesql_p.h"
#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace Medtour {

namespace {
/// How far after its fetch an article's date may lie (time zones, clocks a little ahead); beyond it,
/// the date is taken for a mistake.
constexpr qint64 kMaxSecsAhead = 24 * 3600;
} // namespace


using namespace ArticleSql;

Result<IngestStats> ArticleRepository::upsert(qint64 sourceId, const QList<FeedItem> &items, const QDateTime &fetched,
                                              const QList<PreparedArticle> &prepared)
{
    if (prepared.size() != items.size())
        return Error{Error::InvalidInput, QStringLiteral("%1 items but %2 prepared articles (ArticlePreparer)")
                                              .arg(items.size())
                                              .arg(prepared.size())};
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
                       "relevance, relevance_reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE articles SET url = ?, canonical_url = ?, title = ?, summary = ?, "
        "authors = ?, published = ?, updated = ?, sort_time = ?, date_guessed = ?, language = ?, content_hash = ?, "
        "outlet = ? WHERE id = ?"));
    QSqlQuery content(db);
    content.prepare(QStringLiteral("INSERT INTO article_content (article_id, body_html, clean_text) VALUES (?, ?, ?) "
                                   "ON CONFLICT (article_id) DO UPDATE SET body_html = excluded.body_html, "
                                   "clean_text = excluded.clean_text"));
    const qint64 fetchedSecs = fetched.toSecsSinceEpoch();

    for (qsizetype i = 0; i < items.size(); ++i) {
        const FeedItem &item = items.at(i);
        const PreparedArticle &p = prepared.at(i);
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
        find.addBindValue(p.guid);
        if (!find.exec())
            return sqlError(find, "finding an article");
        if (find.next()) {
            const qint64 id = find.value(0).toLongLong();
            const bool same = find.value(1).toString() == p.contentHash;
            const QString oldTitle = find.value(2).toString();
            const QString oldSummary = find.value(3).toString();
            const QString oldText = find.value(4).toString();
            find.finish();
            if (same && !p.rewrite) {
                ++stats.unchanged;
                continue;
            }
            if (!index.remove(id, oldTitle, oldSummary, oldText) || !index.addTokens(id, p.titleTokens, p.bodyTokens))
                return Error{Error::Database, QStringLiteral("updating the search index: %1").arg(index.lastError())};
            for (const QVariant &v :
                 {text(item.link.toString()), text(p.canonicalUrl), text(item.title), text(item.summary), text(authors),
                  secsOrNull(published), secsOrNull(updated), QVariant(sortTime), QVariant(int(guessed)),
                  text(p.language), text(p.contentHash), text(item.sourceTitle), QVariant(id)}) {
                update.addBindValue(v);
            }
            if (!update.exec())
                return sqlError(update, "updating an article");
            content.addBindValue(id);
            content.addBindValue(text(item.contentHtml));
            content.addBindValue(text(p.cleanText));
            if (!content.exec())
                return sqlError(content, "updating an article's text");
            ++stats.updated;
            stats.stored.append(
                {id, false, p.cleanText, p.language, item.title, QDateTime::fromSecsSinceEpoch(sortTime, Qt::UTC), i});
            continue;
        }
        find.finish();
        if (!p.canonicalUrl.isEmpty()) {
            findCanonical.addBindValue(p.canonicalUrl);
            findCanonical.addBindValue(sourceId);
            if (!findCanonical.exec())
                return sqlError(findCanonical, "finding a copy of an article");
            const bool elsewhere = findCanonical.next();
            findCanonical.finish();
            if (elsewhere) {
                ++stats.duplicates;
                continue;
            }
        }
        for (const QVariant &v :
             {QVariant(sourceId), text(p.guid), text(item.link.toString()), text(p.canonicalUrl), text(item.title),
              text(item.summary), text(authors), secsOrNull(published), secsOrNull(updated), QVariant(fetchedSecs),
              QVariant(sortTime), QVariant(int(guessed)), text(p.language), text(p.contentHash), text(item.sourceTitle),
              QVariant(p.hasRelevance ? p.relevance : 0.0), text(p.relevanceReasons)}) {
            insert.addBindValue(v);
        }
        if (!insert.exec() || !insert.next())
            return sqlError(insert, "adding an article");
        const qint64 newId = insert.value(0).toLongLong();
        insert.finish();
        content.addBindValue(newId);
        content.addBindValue(text(item.contentHtml));
        content.addBindValue(text(p.cleanText));
        if (!content.exec())
            return sqlError(content, "storing an article's text");
        if (!index.addTokens(newId, p.titleTokens, p.bodyTokens))
            return Error{Error::Database, QStringLiteral("indexing an article: %1").arg(index.lastError())};
        ++stats.added;
        stats.stored.append(
            {newId, true, p.cleanText, p.language, item.title, QDateTime::fromSecsSinceEpoch(sortTime, Qt::UTC), i});
    }
    if (!index.flush())
        return Error{Error::Database, QStringLiteral("indexing articles: %1").arg(index.lastError())};
    if (Error error = transaction.commit())
        return error;
    if (stats.added > 0 || stats.updated > 0)
        m_database.noteContentChanged();
    return stats;
}

} // namespace Medtour
