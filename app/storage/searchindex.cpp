// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "core/logging.h"
#include "storage/database.h"
#include "text/searchquery.h"
#include "text/searchtokenizer.h"

#include <QSqlError>
#include <QVariant>

#include <algorithm>

namespace Medtour {

namespace {

QString bodyOf(const QString &summary, const QString &text)
{
    if (text.startsWith(summary.left(40)) && !summary.isEmpty())
        return text; // the lead is usually the body's first sentence
    return summary + u'\n' + text;
}

/// The FTS5 expression for one word or phrase: a quoted token sequence, with a prefix star when
/// the term ends in a single Hangul/Han character or was written with '*'.
QString termExpression(const SearchTerm &term, bool joinCjkRuns)
{
    const QList<SearchTokenizer::Run> runs = SearchTokenizer::runs(term.text);
    QStringList tokens;
    QList<SearchTokenizer::Run> merged;
    for (const SearchTokenizer::Run &run : runs) {
        if (joinCjkRuns && run.cjk && !merged.isEmpty() && merged.last().cjk)
            merged.last().text += run.text;
        else
            merged << run;
    }
    bool prefix = term.prefix;
    for (qsizetype r = 0; r < merged.size(); ++r) {
        const SearchTokenizer::Run &run = merged[r];
        const bool last = r == merged.size() - 1;
        if (!run.cjk) {
            tokens << run.text;
            continue;
        }
        if (run.text.size() == 1) {
            tokens << run.text;
            if (last)
                prefix = true; // "암" must match "암치료": the bigram 암치 starts with it
            continue;
        }
        for (qsizetype i = 0; i + 1 < run.text.size(); ++i)
            tokens << run.text.mid(i, 2);
        if (!last)
            tokens << run.text.right(1); // documents index a run's last character after its bigrams
    }
    if (tokens.isEmpty())
        return {};
    return u'"' + tokens.join(u' ') + u'"' + (prefix ? QStringLiteral(" *") : QString());
}

QString termOrVariants(const SearchTerm &term)
{
    const QString spaced = termExpression(term, false);
    if (!term.phrase || !term.text.contains(u' '))
        return spaced;
    // Korean spacing varies ("외국인 환자" / "외국인환자"): a phrase matches either way.
    const QString joined = termExpression(term, true);
    if (joined.isEmpty() || joined == spaced)
        return spaced;
    return u'(' + spaced + u" OR " + joined + u')';
}

QString orOf(const QList<SearchTerm> &terms)
{
    QStringList parts;
    for (const SearchTerm &term : terms) {
        const QString e = termOrVariants(term);
        if (!e.isEmpty())
            parts << e;
    }
    if (parts.size() > 1)
        return u'(' + parts.join(QStringLiteral(" OR ")) + u')';
    return parts.value(0);
}

} // namespace

SearchIndex::SearchIndex(QSqlDatabase db)
    : m_db(db)
    , m_full(db)
{
    m_pending.reserve(kBatchRows);
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
    return queue({false, id, titleTokens(title), bodyTokens(summary, text)});
}

bool SearchIndex::addTokens(qint64 id, const QString &titleTokens, const QString &bodyTokens)
{
    return queue({false, id, titleTokens, bodyTokens});
}

bool SearchIndex::remove(qint64 id, const QString &title, const QString &summary, const QString &text)
{
    return queue({true, id, titleTokens(title), bodyTokens(summary, text)});
}

bool SearchIndex::queue(Row row)
{
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
    // The hidden first column takes FTS5 commands: NULL inserts the row, 'delete' removes it.
    const auto sqlFor = [](qsizetype rows) {
        QString sql = QStringLiteral("INSERT INTO article_fts (article_fts, rowid, title, body) VALUES ");
        for (qsizetype i = 0; i < rows; ++i)
            sql += i == 0 ? QStringLiteral("(?, ?, ?, ?)") : QStringLiteral(", (?, ?, ?, ?)");
        return sql;
    };
    QSqlQuery partial(m_db);
    QSqlQuery *q = &partial;
    if (count == kBatchRows) {
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
        q->addBindValue(row.remove ? QVariant(QStringLiteral("delete")) : QVariant(QMetaType(QMetaType::QString)));
        q->addBindValue(row.id);
        q->addBindValue(row.titleTokens);
        q->addBindValue(row.bodyTokens);
    }
    if (!q->exec()) {
        m_lastError = q->lastError().text();
        return false;
    }
    return true;
}

Error SearchIndex::rebuild(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("INSERT INTO article_fts (article_fts) VALUES ('delete-all')")))
        return sqlError(q, "clearing the search index");
    SearchIndex index(db);
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT a.id, a.title, a.summary, coalesce(c.clean_text, '') FROM articles a "
                                  "LEFT JOIN article_content c ON c.article_id = a.id")))
        return sqlError(rows, "reading articles to index");
    int count = 0;
    while (rows.next()) {
        if (!index.add(rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString(),
                       rows.value(3).toString())) {
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

QString SearchIndex::matchExpression(const SearchQuery &query, QString *exclusionOnly)
{
    QStringList clauses;
    for (const QList<SearchTerm> &clause : query.clauses) {
        const QString e = orOf(clause);
        if (!e.isEmpty())
            clauses << e;
    }
    const QString excluded = orOf(query.excluded);
    if (exclusionOnly)
        *exclusionOnly = excluded;
    if (clauses.isEmpty())
        return {};
    QString positive = clauses.join(QStringLiteral(" AND "));
    if (!excluded.isEmpty())
        positive = u'(' + positive + u") NOT " + excluded;
    return positive;
}

} // namespace Medtour
