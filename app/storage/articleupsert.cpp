// SPDX-License-Identifier: GPL-3.0-or-later
// ArticleRepository::upsert: storing a source's items (articlerepository.cpp has the reads).
#include "articlerepository.h"
#include "storage/articleindex.h"
#include "storage/articlesql_p.h"
#include "storage/contentcodec.h"
#include "storage/database.h"
#include "storage/pgarray_p.h"
#include "storage/searchindex.h"
#include "storage/transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <future>
#include <optional>

namespace Medtour {

namespace {
/// How far after its fetch an article's date may lie (time zones, clocks a little ahead); beyond it,
/// the date is taken for a mistake.
constexpr qint64 kMaxSecsAhead = 24 * 3600;

/// A row found by guid: what an update compares and takes out of the search index (on a team
/// server only the id and hash: its search rows are replaced by id).
struct Existing
{
    qint64 id = 0;
    QString contentHash;
    QString title;
    QString summary;
    QVariant storedText; ///< as stored (ContentCodec): unpacked only for a row that changed
};

/// Runs `head` + "IN (?, …)" + `tail` over `values` a chunk at a time, binding `first` before each
/// chunk's values, and hands each row to `onRow`. A chunk's list is padded (with its last value) to
/// one of four lengths, so that the connection keeps four statements prepared, not one per length.
Error selectIn(const Database &database, const QString &head, const QString &tail, const QVariant &first,
               const QStringList &values, const std::function<void(QSqlQuery &)> &onRow, const char *what)
{
    static constexpr int kLengths[] = {8, 32, 128, 512};
    for (qsizetype done = 0; done < values.size();) {
        const qsizetype count = std::min<qsizetype>(values.size() - done, kLengths[3]);
        const int length =
            *std::find_if(std::begin(kLengths), std::end(kLengths), [count](int l) { return l >= count; });
        QString sql = head + QStringLiteral("IN (?");
        for (int i = 1; i < length; ++i)
            sql += QStringLiteral(", ?");
        QSqlQuery &q = database.statement(sql + u')' + tail);
        q.addBindValue(first);
        for (int i = 0; i < length; ++i)
            q.addBindValue(values.at(done + std::min<qsizetype>(i, count - 1)));
        if (!q.exec())
            return sqlError(q, what);
        while (q.next())
            onRow(q);
        q.finish();
        done += count;
    }
    return {};
}

/// New rows of one feed for a team server, sent as arrays in one statement per table.
struct PendingRows
{
    QStringList guids, urls, canonicals, titles, summaries, authors, languages, hashes, outlets, reasons, bodies, texts;
    QList<std::optional<qint64>> published, updated;
    QList<qint64> sortTimes, guessed;
    QList<double> relevances;
    QList<qsizetype> items; ///< their positions in the feed
};
} // namespace

using namespace ArticleSql;

Result<IngestStats> ArticleRepository::upsert(qint64 sourceId, const QList<FeedItem> &items, const QDateTime &fetched,
                                              const QList<PreparedArticle> &prepared, SearchIndexing indexing)
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
    // Each statement is prepared when it is first needed: a team server's feed needs few of them,
    // and there a prepare is a round trip, and so is the DEALLOCATE when the query goes.
    const auto ready = [](QSqlQuery &q, const QString &sql) {
        if (q.lastQuery().isEmpty())
            q.prepare(sql);
    };
    SearchIndex index(m_database);
    QSqlQuery insert(db);
    const QString insertSql =
        QStringLiteral("INSERT INTO articles (source_id, guid, url, canonical_url, title, summary, authors, "
                       "published, updated, fetched, sort_time, date_guessed, language, content_hash, outlet, "
                       "relevance, relevance_reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QSqlQuery update(db);
    const QString updateSql = QStringLiteral(
        "UPDATE articles SET url = ?, canonical_url = ?, title = ?, summary = ?, "
        "authors = ?, published = ?, updated = ?, sort_time = ?, date_guessed = ?, language = ?, content_hash = ?, "
        "outlet = ? WHERE id = ?");
    QSqlQuery content(db);
    const QString contentSql =
        QStringLiteral("INSERT INTO article_content (article_id, body_html, clean_text) VALUES (?, ?, ?) "
                       "ON CONFLICT (article_id) DO UPDATE SET body_html = excluded.body_html, "
                       "clean_text = excluded.clean_text");
    const qint64 fetchedSecs = fetched.toSecsSinceEpoch();

    // On a team server every round trip counts: the feed's rows are looked up, and its new rows
    // written, in one statement each (PgArray) instead of one per item.
    const bool server = m_database.isServer();
    const bool later = indexing == SearchIndexing::Later && !server; // a team server indexes as it stores
    const auto indexed = [&index, later](qint64 id, const PreparedArticle &p, const FeedItem &item) {
        return later         ? index.defer(id)
               : p.hasTokens ? index.addTokens(id, p.titleTokens, p.bodyTokens)
                             : index.add(id, item.title, item.summary, p.cleanText);
    };
    // The cache keeps long text compressed; a team server keeps it as text.
    const auto stored = [server](const QString &s, const QVariant &packed) {
        return server ? text(s) : packed.isValid() ? packed : ContentCodec::pack(s);
    };
    QHash<QString, Existing> existing;
    QSet<QString> elsewhere;
    PendingRows pending;
    QStringList guids, canonicals;
    for (const PreparedArticle &p : prepared) {
        guids << p.guid;
        if (!p.canonicalUrl.isEmpty())
            canonicals << p.canonicalUrl;
    }
    if (!server) {
        // The feed's rows by guid, and its canonical URLs that another source has, a few hundred
        // per statement: one statement per item cost more than the inserts themselves.
        if (Error e = selectIn(
                m_database,
                QStringLiteral("SELECT a.guid, a.id, a.content_hash, a.title, a.summary, coalesce(c.clean_text, '') "
                               "FROM articles a LEFT JOIN article_content c ON c.article_id = a.id "
                               "WHERE a.source_id = ? AND a.guid "),
                {}, sourceId, guids,
                [&existing](QSqlQuery &q) {
                    existing.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString(),
                                                            q.value(3).toString(), q.value(4).toString(), q.value(5)});
                },
                "finding articles"))
            return e;
        if (Error e = selectIn(
                m_database,
                QStringLiteral("SELECT DISTINCT canonical_url FROM articles "
                               "WHERE canonical_url <> '' AND source_id <> ? AND canonical_url "),
                {}, sourceId, canonicals, [&elsewhere](QSqlQuery &q) { elsewhere.insert(q.value(0).toString()); },
                "finding copies of articles"))
            return e;
    } else {
        // Only what tells a changed item from an unchanged one: a team server's search row is
        // replaced by id, so the old text is not needed to take its tokens out (SearchIndex::remove),
        // and a routine pass over feeds that answer in full would read every article's text again.
        // The server's statements stay prepared from feed to feed (Database::statement()).
        QSqlQuery &q = m_database.statement(QStringLiteral("SELECT guid, id, content_hash FROM articles "
                                                           "WHERE source_id = ? AND guid = ANY (CAST(? AS text[]))"));
        q.addBindValue(sourceId);
        q.addBindValue(PgArray::text(guids));
        if (!q.exec())
            return sqlError(q, "finding articles");
        while (q.next())
            existing.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString(), {}, {}, {}});
        q.finish();
        if (!canonicals.isEmpty()) {
            QSqlQuery &copies = m_database.statement(QStringLiteral(
                "SELECT DISTINCT canonical_url FROM articles WHERE canonical_url = ANY (CAST(? AS text[])) "
                "AND canonical_url <> '' AND source_id <> ?")); // <> '': the partial index's own condition
            copies.addBindValue(PgArray::text(canonicals));
            copies.addBindValue(sourceId);
            if (!copies.exec())
                return sqlError(copies, "finding copies of articles");
            while (copies.next())
                elsewhere.insert(copies.value(0).toString());
            copies.finish();
        }
    }

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

        std::optional<Existing> found;
        if (const auto it = existing.constFind(p.guid); it != existing.constEnd())
            found = *it;
        if (found) {
            const qint64 id = found->id;
            const bool same = found->contentHash == p.contentHash;
            if (same && !p.rewrite) {
                ++stats.unchanged;
                continue;
            }
            const QString &oldTitle = found->title;
            const QString &oldSummary = found->summary;
            const QString oldText = server ? QString() : ContentCodec::unpack(found->storedText);
            ready(update, updateSql);
            for (const QVariant &v :
                 {text(item.link.toString()), text(p.canonicalUrl), text(item.title), text(item.summary), text(authors),
                  secsOrNull(published), secsOrNull(updated), QVariant(sortTime), QVariant(int(guessed)),
                  text(p.language), text(p.contentHash), text(item.sourceTitle), QVariant(id)}) {
                update.addBindValue(v);
            }
            if (!update.exec())
                return sqlError(update, "updating an article");
            // On a team server an editor may have removed the article's source since it was looked
            // up; its text, tags and search terms must not outlive it (no foreign key checks them).
            if (server && update.numRowsAffected() == 0)
                continue;
            if (!index.remove(id, oldTitle, oldSummary, oldText) || !indexed(id, p, item))
                return Error{Error::Database, QStringLiteral("updating the search index: %1").arg(index.lastError())};
            ready(content, contentSql);
            content.addBindValue(id);
            content.addBindValue(stored(item.contentHtml, p.packedHtml));
            content.addBindValue(stored(p.cleanText, p.packedText));
            if (!content.exec())
                return sqlError(content, "updating an article's text");
            ++stats.updated;
            // A later item of the feed with the same guid finds the row as this one left it.
            existing.insert(p.guid, {id, p.contentHash, item.title, item.summary, QVariant(p.cleanText)});
            stats.stored.append(
                {id, false, p.cleanText, p.language, item.title, QDateTime::fromSecsSinceEpoch(sortTime, Qt::UTC), i});
            continue;
        }
        if (server) {
            if (!p.canonicalUrl.isEmpty() && elsewhere.contains(p.canonicalUrl)) {
                ++stats.duplicates;
                continue;
            }
            pending.guids << p.guid;
            pending.urls << item.link.toString();
            pending.canonicals << p.canonicalUrl;
            pending.titles << item.title;
            pending.summaries << item.summary;
            pending.authors << authors;
            pending.published << (published.isValid() ? std::optional<qint64>(published.toSecsSinceEpoch())
                                                      : std::nullopt);
            pending.updated << (updated.isValid() ? std::optional<qint64>(updated.toSecsSinceEpoch()) : std::nullopt);
            pending.sortTimes << sortTime;
            pending.guessed << qint64(guessed);
            pending.languages << p.language;
            pending.hashes << p.contentHash;
            pending.outlets << item.sourceTitle;
            pending.relevances << (p.hasRelevance ? p.relevance : 0.0);
            pending.reasons << p.relevanceReasons;
            pending.bodies << item.contentHtml;
            pending.texts << p.cleanText;
            pending.items << i;
            continue;
        }
        if (!p.canonicalUrl.isEmpty() && elsewhere.contains(p.canonicalUrl)) {
            ++stats.duplicates;
            continue;
        }
        ready(insert, insertSql);
        for (const QVariant &v :
             {QVariant(sourceId), text(p.guid), text(item.link.toString()), text(p.canonicalUrl), text(item.title),
              text(item.summary), text(authors), secsOrNull(published), secsOrNull(updated), QVariant(fetchedSecs),
              QVariant(sortTime), QVariant(int(guessed)), text(p.language), text(p.contentHash), text(item.sourceTitle),
              QVariant(p.hasRelevance ? p.relevance : 0.0), text(p.relevanceReasons)}) {
            insert.addBindValue(v);
        }
        // The new id as SQLite's last insert rowid: with RETURNING, SQLite 3.40 gathers the returned
        // rows in a temporary table first, which doubled the insert's cost.
        if (!insert.exec())
            return sqlError(insert, "adding an article");
        const qint64 newId = insert.lastInsertId().toLongLong();
        if (newId <= 0)
            return Error{Error::Database, QStringLiteral("adding an article: no id came back")};
        ready(content, contentSql);
        content.addBindValue(newId);
        content.addBindValue(stored(item.contentHtml, p.packedHtml));
        content.addBindValue(stored(p.cleanText, p.packedText));
        if (!content.exec())
            return sqlError(content, "storing an article's text");
        if (!indexed(newId, p, item))
            return Error{Error::Database, QStringLiteral("indexing an article: %1").arg(index.lastError())};
        existing.insert(p.guid, {newId, p.contentHash, item.title, item.summary, QVariant(p.cleanText)});
        ++stats.added;
        stats.stored.append(
            {newId, true, p.cleanText, p.language, item.title, QDateTime::fromSecsSinceEpoch(sortTime, Qt::UTC), i});
    }
    if (!pending.items.isEmpty()) {
        // Their search terms are made on another thread meanwhile: the server parses and stores the
        // rows as they are made, instead of waiting for them (and the core it does not use, idle).
        std::future<QList<std::pair<QString, QString>>> vectors =
            std::async(std::launch::async, [&items, &prepared, &pending] {
                QList<std::pair<QString, QString>> out; // tsVector() and tsJunctions() of each
                out.reserve(pending.items.size());
                for (const qsizetype i : std::as_const(pending.items)) {
                    const PreparedArticle &p = prepared.at(i);
                    const QString title = p.hasTokens ? p.titleTokens : SearchIndex::titleTokens(items.at(i).title);
                    const QString body =
                        p.hasTokens ? p.bodyTokens : SearchIndex::bodyTokens(items.at(i).summary, p.cleanText);
                    out.append({SearchIndex::tsVector(title, body), SearchIndex::tsJunctions(title, body)});
                }
                return out;
            });
        // The feed's new rows in one statement, their texts in another.
        QSqlQuery &q = m_database.statement(QStringLiteral(
            "INSERT INTO articles (source_id, guid, url, canonical_url, title, summary, authors, published, updated, "
            "fetched, sort_time, date_guessed, language, content_hash, outlet, relevance, relevance_reasons) "
            "SELECT ?, g, u, cu, t, s, au, pu, up, ?, st, dg, l, h, o, r, rr FROM unnest(CAST(? AS text[]), "
            "CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), "
            "CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS int[]), CAST(? AS text[]), "
            "CAST(? AS text[]), CAST(? AS text[]), CAST(? AS double precision[]), CAST(? AS text[])) "
            "WITH ORDINALITY AS x(g, u, cu, t, s, au, pu, up, st, dg, l, h, o, r, rr, n) ORDER BY n "
            "RETURNING guid, id"));
        for (const QVariant &v :
             {QVariant(sourceId), QVariant(fetchedSecs), QVariant(PgArray::text(pending.guids)),
              QVariant(PgArray::text(pending.urls)), QVariant(PgArray::text(pending.canonicals)),
              QVariant(PgArray::text(pending.titles)), QVariant(PgArray::text(pending.summaries)),
              QVariant(PgArray::text(pending.authors)), QVariant(PgArray::integers(pending.published)),
              QVariant(PgArray::integers(pending.updated)), QVariant(PgArray::integers(pending.sortTimes)),
              QVariant(PgArray::integers(pending.guessed)), QVariant(PgArray::text(pending.languages)),
              QVariant(PgArray::text(pending.hashes)), QVariant(PgArray::text(pending.outlets)),
              QVariant(PgArray::reals(pending.relevances)), QVariant(PgArray::text(pending.reasons))})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, "adding articles");
        QHash<QString, qint64> ids;
        while (q.next())
            ids.insert(q.value(0).toString(), q.value(1).toLongLong());
        q.finish();
        QList<qint64> newIds;
        newIds.reserve(pending.items.size());
        for (qsizetype n = 0; n < pending.items.size(); ++n) {
            const qint64 id = ids.value(pending.guids.at(n));
            if (id <= 0)
                return Error{Error::Database,
                             QStringLiteral("adding articles: no id came back for %1").arg(pending.guids.at(n))};
            newIds << id;
        }
        QSqlQuery &texts = m_database.statement(
            QStringLiteral("INSERT INTO article_content (article_id, body_html, clean_text) SELECT * FROM "
                           "unnest(CAST(? AS bigint[]), CAST(? AS text[]), CAST(? AS text[]))"));
        texts.addBindValue(PgArray::integers(newIds));
        texts.addBindValue(PgArray::text(pending.bodies));
        texts.addBindValue(PgArray::text(pending.texts));
        if (!texts.exec())
            return sqlError(texts, "storing the articles' text");
        const QList<std::pair<QString, QString>> searchVectors = vectors.get();
        for (qsizetype n = 0; n < pending.items.size(); ++n) {
            const qsizetype i = pending.items.at(n);
            const PreparedArticle &p = prepared.at(i);
            if (!index.addVector(newIds.at(n), searchVectors.at(n).first, searchVectors.at(n).second))
                return Error{Error::Database, QStringLiteral("indexing an article: %1").arg(index.lastError())};
            ++stats.added;
            stats.stored.append({newIds.at(n), true, p.cleanText, p.language, items.at(i).title,
                                 QDateTime::fromSecsSinceEpoch(pending.sortTimes.at(n), Qt::UTC), i});
        }
        // As the loop would have listed them: in the feed's order.
        std::stable_sort(stats.stored.begin(), stats.stored.end(),
                         [](const StoredArticle &a, const StoredArticle &b) { return a.item < b.item; });
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
