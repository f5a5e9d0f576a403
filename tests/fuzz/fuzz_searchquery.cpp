// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: what a user types in the search line. SearchQuery::parse and the FTS5 expression
// built from it, which must always be one SQLite accepts: a query can match nothing, never fail.
#include "storage/searchindex.h"
#include "text/searchquery.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace Medtour;

namespace {

QSqlDatabase &database()
{
    static int argc = 1;
    static char name[] = "fuzz_searchquery";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // the SQL drivers are plugins: they need an application
    static QSqlDatabase db = [] {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz"));
        d.setDatabaseName(QStringLiteral(":memory:"));
        d.open();
        QSqlQuery(d).exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'ascii')"));
        QSqlQuery(d).exec(QStringLiteral("INSERT INTO t VALUES ('daejeon kazakhstan', 'medical tourism')"));
        return d;
    }();
    return db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const SearchQuery query = SearchQuery::parse(text);
    (void)query.highlightTerms();
    QString exclusionOnly;
    const QString expression = SearchIndex::matchExpression(query, &exclusionOnly);
    for (const QString &match : {expression, exclusionOnly}) {
        if (match.isEmpty())
            continue;
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?"));
        q.addBindValue(match);
        if (!q.exec()) {
            std::fprintf(stderr, "FTS5 refused %s: %s\n", match.toUtf8().constData(),
                         q.lastError().text().toUtf8().constData());
            __builtin_trap();
        }
    }
    return 0;
}
