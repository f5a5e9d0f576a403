// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "core/logging.h"
#include "storage/contentcodec.h"
#include "storage/database.h"
#include "storage/searchterms_p.h"
#include "storage/transaction.h"
#include "text/searchquery.h"
#include "text/searchtokenizer.h"

#include <QHash>
#include <QSqlError>
#include <QThread>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <future>
#include <vector>

namespace Medtour {

namespace {

QString bodyOf(const QString &summary, const QString &text)
{
    if (text.startsWith(summary.left(40)) && !summary.isEmpty())
        return text; // the lead is usually the body's first sentence
    return summary + u'\n' + text;
}

/// How one engine writes a search: FTS5's MATCH syntax for the cache, tsquery for a team server.
struct Syntax
{
    QString (*sequence)(const SearchTerms::Tokens &tokens);
    QLatin1StringView orOp;
    QLatin1StringView andOp;
    QLatin1StringView andNotOp;
    bool junctions = false; ///< a phrase tests where its Korean runs meet first (SearchTerms::junctionsOf)
};

/// FTS5: a quoted token sequence, with a prefix star.
QString fts5Sequence(const SearchTerms::Tokens &t)
{
    return u'"' + t.tokens.join(u' ') + u'"' + (t.prefix ? QStringLiteral(" *") : QString());
}

/// tsquery: lexemes taken as they are (our tokens, never PostgreSQL's parser), each next one
/// adjacent (<->), the last one a prefix (:*) when the term may continue; with `weights`, only
/// tokens of those weights match.
QString tsquerySequenceOf(const SearchTerms::Tokens &t, QStringView weights)
{
    QStringList lexemes;
    for (qsizetype i = 0; i < t.tokens.size(); ++i) {
        QString quoted = t.tokens.at(i);
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("''"));
        const QString marks = (t.prefix && i == t.tokens.size() - 1 ? QStringLiteral("*") : QString()) + weights;
        lexemes << u'\'' + quoted + u'\'' + (marks.isEmpty() ? QString() : u':' + marks);
    }
    return lexemes.size() > 1 ? u'(' + lexemes.join(QStringLiteral(" <-> ")) + u')' : lexemes.constFirst();
}

QString tsquerySequence(const SearchTerms::Tokens &t)
{
    return tsquerySequenceOf(t, {});
}

/// tsquerySequence() matching the title only (weight A, which tsVector() gives the title's tokens).
QString tsqueryTitleSequence(const SearchTerms::Tokens &t)
{
    return tsquerySequenceOf(t, u"A");
}

const Syntax kFts5{fts5Sequence, QLatin1StringView(" OR "), QLatin1StringView(" AND "), QLatin1StringView(" NOT ")};
const Syntax kTsquery{tsquerySequence, QLatin1StringView(" | "), QLatin1StringView(" & "), QLatin1StringView(" & !")};
const Syntax kTsqueryScan{tsquerySequence, QLatin1StringView(" | "), QLatin1StringView(" & "),
                          QLatin1StringView(" & !"), true};
const Syntax kTsqueryTitle{tsqueryTitleSequence, QLatin1StringView(" | "), QLatin1StringView(" & "),
                           QLatin1StringView(" & !")};

/// One word or phrase: its tokens in sequence.
QString termExpression(const SearchTerm &term, bool joinCjkRuns, const Syntax &syntax)
{
    const SearchTerms::Tokens t = SearchTerms::tokensOf(term, joinCjkRuns);
    if (t.tokens.isEmpty())
        return {};
    return syntax.sequence(t);
}

QString termOrVariants(const SearchTerm &term, const Syntax &syntax)
{
    const QString spaced = termExpression(term, false, syntax);
    if (!term.phrase || !term.text.contains(u' '))
        return spaced;
    // Korean spacing varies ("외국인 환자" / "외국인환자"): a phrase matches either way.
    const QString joined = termExpression(term, true, syntax);
    if (joined.isEmpty() || joined == spaced)
        return spaced;
    const QString either = u'(' + spaced + syntax.orOp + joined + u')';
    if (!syntax.junctions)
        return either;
    // PostgreSQL tests a row's phrase by merging the positions of all its tokens, and both
    // spellings of a phrase of common words ("우즈베키스탄 팸투어") for every row that holds the words
    // apart; the junctions first turn most of those rows away for a few tokens' lookups (on a
    // million-article server, reading the newest 1,445 matches took 42 ms instead of 106).
    QStringList checks;
    for (const SearchTerms::Junction &j : SearchTerms::junctionsOf(term))
        checks << u'(' + syntax.sequence(j.spaced) + syntax.orOp + syntax.sequence({{j.joined}, false}) + u')';
    if (checks.isEmpty())
        return either;
    return u'(' + checks.join(syntax.andOp) + syntax.andOp + either + u')';
}

QString orOf(const QList<SearchTerm> &terms, const Syntax &syntax)
{
    QStringList parts;
    for (const SearchTerm &term : terms) {
        const QString e = termOrVariants(term, syntax);
        if (!e.isEmpty())
            parts << e;
    }
    if (parts.size() > 1)
        return u'(' + parts.join(syntax.orOp) + u')';
    return parts.value(0);
}

QString expression(const SearchQuery &query, QString *exclusionOnly, const Syntax &syntax)
{
    QStringList clauses;
    for (const QList<SearchTerm> &clause : query.clauses) {
        const QString e = orOf(clause, syntax);
        if (!e.isEmpty())
            clauses << e;
    }
    const QString excluded = orOf(query.excluded, syntax);
    if (exclusionOnly)
        *exclusionOnly = excluded;
    if (clauses.isEmpty())
        return {};
    QString positive = clauses.join(syntax.andOp);
    if (!excluded.isEmpty())
        positive = u'(' + positive + u')' + syntax.andNotOp + excluded;
    return positive;
}

} // namespace

SearchIndex::SearchIndex(QSqlDatabase db)
    : m_db(db)
    , m_server(db.driverName() == u"QPSQL")
    , m_full(db)
    , m_trigrams(db)
    , m_defer(db)
    , m_undefer(db)
{
    m_pending.reserve(kBatchRows);
}

SearchIndex::SearchIndex(const Database &database)
    : SearchIndex(database.db())
{
    m_database = &database;
}

SearchIndex::~SearchIndex()
{
    if (!m_pending.isEmpty() && !flush())
        qCWarning(lcStorage) << "search index changes were lost:" << m_lastError;
}

QString SearchIndex::titleTokens(const QString &title)
{
    return SearchTokenizer::documentTokens(title);
}

QString SearchIndex::bodyTokens(const QString &summary, const QString &text)
{
    return SearchTokenizer::documentTokens(bodyOf(summary, text));
}

bool SearchIndex::add(qint64 id, const QString &title, const QString &summary, const QString &text)
{
    return queue({false, id, titleTokens(title), bodyTokens(summary, text), {}, {}});
}

bool SearchIndex::addTokens(qint64 id, const QString &titleTokens, const QString &bodyTokens)
{
    return queue({false, id, titleTokens, bodyTokens, {}, {}});
}

SearchIndex::CacheRow SearchIndex::cacheRow(const QString &titleTokens, const QString &bodyTokens)
{
    CacheRow row{titleTokens.toUtf8(), bodyTokens.toUtf8(), {}};
    const QString title = SearchTokenizer::documentTrigrams(titleTokens);
    const QString body = SearchTokenizer::documentTrigrams(bodyTokens);
    if (!title.isEmpty() || !body.isEmpty())
        row.trigrams = (title + u' ' + body).toUtf8();
    return row;
}

bool SearchIndex::addCacheRow(qint64 id, const CacheRow &row)
{
    Q_ASSERT(!m_server);
    return queue({false, id, {}, {}, {}, {}, row, true});
}

bool SearchIndex::addVector(qint64 id, const QString &tsVector, const QString &junctions)
{
    Q_ASSERT(m_server);
    return queue({false, id, {}, {}, tsVector, junctions});
}

bool SearchIndex::runOnId(QSqlQuery &q, const QString &sql, qint64 id)
{
    if (q.lastQuery().isEmpty() && !q.prepare(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool SearchIndex::defer(qint64 id)
{
    Q_ASSERT(!m_server);
    return runOnId(m_defer, QStringLiteral("INSERT OR IGNORE INTO search_pending (article_id) VALUES (?)"), id);
}

Result<QList<qint64>> SearchIndex::removeWhere(const QString &condition, const QVariantList &binds)
{
    QSqlQuery victims(m_db);
    victims.setForwardOnly(true);
    victims.prepare(QStringLiteral("SELECT a.id, a.title, a.summary, coalesce(c.clean_text, '') FROM articles a "
                                   "LEFT JOIN article_content c ON c.article_id = a.id WHERE %1")
                        .arg(condition));
    for (const QVariant &v : binds)
        victims.addBindValue(v);
    if (!victims.exec())
        return sqlError(victims, "finding the articles to take out of the search index");
    QList<qint64> ids;
    while (victims.next()) {
        const qint64 id = victims.value(0).toLongLong();
        if (!remove(id, victims.value(1).toString(), victims.value(2).toString(),
                    ContentCodec::unpack(victims.value(3))))
            return Error{Error::Database,
                         QStringLiteral("taking article %1 out of the search index: %2").arg(id).arg(m_lastError)};
        ids << id;
    }
    if (victims.lastError().isValid())
        return sqlError(victims, "reading the articles to take out of the search index");
    victims.finish();
    if (!flush())
        return Error{Error::Database, QStringLiteral("taking articles out of the search index: %1").arg(m_lastError)};
    return ids;
}

bool SearchIndex::remove(qint64 id, const QString &title, const QString &summary, const QString &text)
{
    // A team server replaces a row by its id, and a deleted article's row goes with it: there is
    // nothing to take out, and no old text to tokenize.
    if (m_server)
        return true;
    // Deleting tokens a contentless index never got would damage it: a listed article only
    // leaves the list.
    if (!runOnId(m_undefer, QStringLiteral("DELETE FROM search_pending WHERE article_id = ?"), id))
        return false;
    if (m_undefer.numRowsAffected() > 0)
        return true;
    return queue({true, id, titleTokens(title), bodyTokens(summary, text), {}, {}});
}

bool SearchIndex::queue(Row row)
{
    Q_ASSERT(!(m_server && row.remove));
    m_pending.append(std::move(row));
    return m_pending.size() < kBatchRows || flush();
}

bool SearchIndex::flush()
{
    qsizetype done = 0;
    while (done < m_pending.size()) {
        const qsizetype count = std::min<qsizetype>(kBatchRows, m_pending.size() - done);
        if (!write(done, count)) {
            m_pending.clear();
            return false;
        }
        done += count;
    }
    m_pending.clear();
    return true;
}

bool SearchIndex::write(qsizetype from, qsizetype count)
{
    if (!m_server)
        return writeEach(from, count);
    const auto sqlFor = [](qsizetype rows) -> QString {
        QString sql = QStringLiteral("INSERT INTO article_search (article_id, tokens, junctions) VALUES ");
        for (qsizetype i = 0; i < rows; ++i)
            sql += i == 0 ? QStringLiteral("(?, CAST(? AS tsvector), CAST(? AS tsvector))")
                          : QStringLiteral(", (?, CAST(? AS tsvector), CAST(? AS tsvector))");
        return sql + QStringLiteral(" ON CONFLICT (article_id) DO UPDATE SET tokens = excluded.tokens, "
                                    "junctions = excluded.junctions");
    };
    QSqlQuery partial(m_db);
    QSqlQuery *q = &partial;
    if (m_database) {
        q = &m_database->statement(sqlFor(count)); // one that could not be prepared fails to exec()
    } else if (count == kBatchRows) {
        if (m_full.lastQuery().isEmpty() && !m_full.prepare(sqlFor(kBatchRows))) {
            m_lastError = m_full.lastError().text();
            return false;
        }
        q = &m_full;
    } else if (!partial.prepare(sqlFor(count))) {
        m_lastError = partial.lastError().text();
        return false;
    }
    for (qsizetype i = from; i < from + count; ++i) {
        const Row &row = m_pending.at(i);
        q->addBindValue(row.id);
        q->addBindValue(row.vector.isNull() ? tsVector(row.titleTokens, row.bodyTokens) : row.vector);
        q->addBindValue(row.vector.isNull() ? tsJunctions(row.titleTokens, row.bodyTokens) : row.junctions);
    }
    if (!q->exec()) {
        m_lastError = q->lastError().text();
        return false;
    }
    return true;
}

bool SearchIndex::writeEach(qsizetype from, qsizetype count)
{
    // The hidden first column takes FTS5 commands: NULL inserts the row, 'delete' removes it.
    const QString sql = QStringLiteral("INSERT INTO article_fts (article_fts, rowid, title, body) VALUES (?, ?, ?, ?)");
    const QString trigramSql =
        QStringLiteral("INSERT INTO article_trigrams (article_trigrams, rowid, trigrams) VALUES (?, ?, ?)");
    QSqlQuery *q = &m_full;
    QSqlQuery *t = &m_trigrams;
    if (m_database) {
        q = &m_database->statement(sql); // one that could not be prepared fails to exec()
        t = &m_database->statement(trigramSql);
    } else if ((m_full.lastQuery().isEmpty() && !m_full.prepare(sql)) ||
               (m_trigrams.lastQuery().isEmpty() && !m_trigrams.prepare(trigramSql))) {
        m_lastError = (m_full.lastError().isValid() ? m_full : m_trigrams).lastError().text();
        return false;
    }
    const QVariant insert{QMetaType(QMetaType::QString)};
    const QVariant remove(QStringLiteral("delete"));
    for (qsizetype i = from; i < from + count; ++i) {
        const Row &row = m_pending.at(i);
        // Bound as UTF-8 bytes, which FTS5 reads as the text they are. The trigrams are made from
        // the tokens, so that a removal gives exactly what the insert did; a row without any
        // (English, say) is neither added to article_trigrams nor removed from it.
        const CacheRow values = row.cacheMade ? row.cache : cacheRow(row.titleTokens, row.bodyTokens);
        q->addBindValue(row.remove ? remove : insert);
        q->addBindValue(row.id);
        q->addBindValue(values.title);
        q->addBindValue(values.body);
        if (!q->exec()) {
            m_lastError = q->lastError().text();
            return false;
        }
        if (values.trigrams.isEmpty())
            continue;
        t->addBindValue(row.remove ? remove : insert);
        t->addBindValue(row.id);
        t->addBindValue(values.trigrams);
        if (!t->exec()) {
            m_lastError = t->lastError().text();
            return false;
        }
    }
    return true;
}

Error SearchIndex::rebuild(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("INSERT INTO article_fts (article_fts) VALUES ('delete-all')")) ||
        !q.exec(QStringLiteral("INSERT INTO article_trigrams (article_trigrams) VALUES ('delete-all')")))
        return sqlError(q, "clearing the search index");
    if (!q.exec(QStringLiteral("DELETE FROM search_pending"))) // every article is indexed below
        return sqlError(q, "clearing the articles waiting to be indexed");
    SearchIndex index(db);
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT a.id, a.title, a.summary, coalesce(c.clean_text, '') FROM articles a "
                                  "LEFT JOIN article_content c ON c.article_id = a.id")))
        return sqlError(rows, "reading articles to index");
    int count = 0;
    while (rows.next()) {
        if (!index.add(rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString(),
                       ContentCodec::unpack(rows.value(3)))) {
            return {Error::Database, QStringLiteral("indexing an article: %1").arg(index.lastError())};
        }
        ++count;
    }
    if (!index.flush())
        return {Error::Database, QStringLiteral("indexing an article: %1").arg(index.lastError())};
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('search_tokenizer', ?)"));
    q.addBindValue(QString::number(SearchTokenizer::kVersion));
    if (!q.exec())
        return sqlError(q, "recording the search index version");
    qCInfo(lcStorage) << "rebuilt the search index over" << count << "articles";
    return {};
}

Result<int> SearchIndex::pendingCount(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM search_pending")) || !q.next())
        return sqlError(q, "counting the articles waiting to be indexed");
    return q.value(0).toInt();
}

Result<int> SearchIndex::indexPendingBatch(Database &database, int limit)
{
    TransactionScope transaction(database);
    if (!transaction.began())
        return Error{Error::Database, QStringLiteral("cannot begin a transaction")};
    Result<int> indexed = indexPending(database.db(), limit);
    if (indexed && *indexed > 0) {
        if (Error e = transaction.commit())
            return e;
        database.noteContentChanged();
    }
    return indexed;
}

Result<int> SearchIndex::indexPending(QSqlDatabase db, int limit)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    // A listed id whose article is gone (it cannot be: removal takes it off) is simply dropped.
    if (!rows.prepare(QStringLiteral("SELECT p.article_id, a.id IS NOT NULL, a.title, a.summary, "
                                     "coalesce(c.clean_text, '') FROM search_pending p "
                                     "LEFT JOIN articles a ON a.id = p.article_id "
                                     "LEFT JOIN article_content c ON c.article_id = p.article_id "
                                     "ORDER BY p.article_id LIMIT ?")))
        return sqlError(rows, "reading the articles waiting to be indexed");
    rows.addBindValue(std::max(1, limit));
    if (!rows.exec())
        return sqlError(rows, "reading the articles waiting to be indexed");
    struct Waiting
    {
        qint64 id;
        QString title;
        QString summary;
        QVariant text; ///< as stored (ContentCodec)
        CacheRow row;
    };
    std::vector<Waiting> waiting;
    int taken = 0;
    qint64 last = 0;
    while (rows.next()) {
        last = rows.value(0).toLongLong();
        ++taken;
        if (rows.value(1).toBool())
            waiting.push_back({last, rows.value(2).toString(), rows.value(3).toString(), rows.value(4), {}});
    }
    rows.finish();
    if (taken == 0)
        return 0;
    // Unpacking and tokenizing is most of the work, and pure: helper threads do it a statement's
    // rows at a time, in order, while this thread writes the rows done before (SQLite writes here
    // only). It all happens inside the caller's transaction, so what was read is what is indexed.
    const size_t rowsPerPart = size_t(kBatchRows);
    const size_t parts = (waiting.size() + rowsPerPart - 1) / rowsPerPart;
    std::vector<std::promise<void>> made(parts);
    std::vector<std::future<void>> ready;
    ready.reserve(parts);
    for (std::promise<void> &m : made)
        ready.push_back(m.get_future());
    std::atomic<size_t> next{0};
    const auto tokenize = [&waiting, &made, &next, parts, rowsPerPart] {
        for (size_t part = next++; part < parts; part = next++) {
            for (size_t i = part * rowsPerPart; i < std::min(waiting.size(), (part + 1) * rowsPerPart); ++i) {
                Waiting &w = waiting[i];
                w.row = cacheRow(titleTokens(w.title), bodyTokens(w.summary, ContentCodec::unpack(w.text)));
                w.text.clear();
            }
            made[part].set_value();
        }
    };
    std::vector<std::future<void>> helpers; // waited for when they go, before what they use
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 8);
    for (int t = 0; t < threads && size_t(t) < parts; ++t)
        helpers.push_back(std::async(std::launch::async, tokenize));
    SearchIndex index(db);
    for (size_t part = 0; part < parts; ++part) {
        ready[part].wait();
        for (size_t i = part * rowsPerPart; i < std::min(waiting.size(), (part + 1) * rowsPerPart); ++i) {
            const Waiting &w = waiting[i];
            if (!index.addCacheRow(w.id, w.row)) {
                next = parts; // the helpers stop after the part they are on
                return Error{Error::Database, QStringLiteral("indexing an article: %1").arg(index.lastError())};
            }
        }
    }
    if (!index.flush())
        return Error{Error::Database, QStringLiteral("indexing articles: %1").arg(index.lastError())};
    QSqlQuery done(db);
    done.prepare(QStringLiteral("DELETE FROM search_pending WHERE article_id <= ?"));
    done.addBindValue(last);
    if (!done.exec())
        return sqlError(done, "taking indexed articles off the waiting list");
    return taken;
}

Error SearchIndex::ensureCurrent(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'search_tokenizer'")))
        return sqlError(q, "reading the search index version");
    if (q.next() && q.value(0).toInt() == SearchTokenizer::kVersion)
        return {};
    q.finish();
    if (!db.transaction())
        return {Error::Database, QStringLiteral("cannot begin rebuilding the search index")};
    if (Error error = rebuild(db)) {
        db.rollback();
        return error;
    }
    if (!db.commit())
        return {Error::Database, QStringLiteral("cannot commit the rebuilt search index")};
    return {};
}

QString SearchIndex::trigramExpression(const SearchQuery &query)
{
    if (!query.excluded.isEmpty() || query.clauses.isEmpty())
        return {};
    QStringList trigrams;
    for (const QList<SearchTerm> &clause : query.clauses) {
        if (clause.size() != 1)
            return {};
        const SearchTerms::Tokens t = SearchTerms::tokensOf(clause.constFirst(), false);
        const QString trigram = t.prefix ? QString() : SearchTokenizer::trigramOf(t.tokens);
        if (trigram.isEmpty())
            return {};
        trigrams << u'"' + trigram + u'"';
    }
    return trigrams.join(QLatin1StringView(" AND "));
}

QString SearchIndex::matchExpression(const SearchQuery &query, QString *exclusionOnly)
{
    return expression(query, exclusionOnly, kFts5);
}

QString SearchIndex::tsQuery(const SearchQuery &query, QString *exclusionOnly)
{
    return expression(query, exclusionOnly, kTsquery);
}

QString SearchIndex::tsScanQuery(const SearchQuery &query)
{
    return expression(query, nullptr, kTsqueryScan);
}

QString SearchIndex::tsTitleQuery(const SearchQuery &query)
{
    SearchQuery positive = query;
    positive.excluded.clear();
    return expression(positive, nullptr, kTsqueryTitle);
}

} // namespace Medtour
