// SPDX-License-Identifier: GPL-3.0-or-later
// SearchIndex::refillServer: a team server's search terms written anew from its articles.
#include "core/logging.h"
#include "storage/database.h"
#include "storage/pgarray_p.h"
#include "storage/searchindex.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <future>
#include <vector>

namespace Medtour {

Error SearchIndex::refillServer(QSqlDatabase db)
{
    // A chunk of articles at a time, in id order: read, their terms made on every core, written
    // in one statement (arrays: QPSQL sends each value in the statement's text anyway).
    constexpr int kChunk = 2000;
    QElapsedTimer clock;
    clock.start();
    qint64 after = 0;
    qint64 done = 0;
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.prepare(QStringLiteral("SELECT a.id, a.title, a.summary, coalesce(c.clean_text, '') FROM articles a "
                                     "LEFT JOIN article_content c ON c.article_id = a.id WHERE a.id > ? "
                                     "ORDER BY a.id LIMIT ?")))
        return sqlError(rows, "reading articles to index");
    QSqlQuery write(db);
    if (!write.prepare(QStringLiteral("INSERT INTO article_search (article_id, tokens) SELECT i, CAST(v AS tsvector) "
                                      "FROM unnest(CAST(? AS bigint[]), CAST(? AS text[])) AS x(i, v)")))
        return sqlError(write, "writing search terms");
    for (;;) {
        rows.addBindValue(after);
        rows.addBindValue(kChunk);
        if (!rows.exec())
            return sqlError(rows, "reading articles to index");
        QList<qint64> ids;
        QStringList titles;
        QStringList summaries;
        QStringList texts;
        while (rows.next()) {
            ids << rows.value(0).toLongLong();
            titles << rows.value(1).toString();
            summaries << rows.value(2).toString();
            texts << rows.value(3).toString();
        }
        if (rows.lastError().isValid())
            return sqlError(rows, "reading articles to index");
        rows.finish();
        if (ids.isEmpty())
            break;
        QStringList vectors(ids.size());
        std::atomic<qsizetype> next{0};
        const auto make = [&] {
            for (qsizetype i = next++; i < ids.size(); i = next++)
                vectors[i] = tsVector(titleTokens(titles.at(i)), bodyTokens(summaries.at(i), texts.at(i)));
        };
        std::vector<std::future<void>> helpers;
        for (int t = 1; t < std::clamp(QThread::idealThreadCount(), 1, 8); ++t)
            helpers.push_back(std::async(std::launch::async, make));
        make();
        for (std::future<void> &h : helpers)
            h.get();
        write.addBindValue(PgArray::integers(ids));
        write.addBindValue(PgArray::text(vectors));
        if (!write.exec())
            return sqlError(write, "writing search terms");
        after = ids.constLast();
        done += ids.size();
        if (done % 100000 < kChunk)
            qCInfo(lcMigrations) << "search terms written anew for" << done << "articles," << clock.elapsed() << "ms";
    }
    qCInfo(lcMigrations) << "search terms written anew for" << done << "articles in" << clock.elapsed() << "ms";
    return {};
}

} // namespace Medtour
