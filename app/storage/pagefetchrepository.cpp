// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagefetchrepository.h"

#include "storage/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Medtour {

PageFetchRepository::PageFetchRepository(const Database &database)
    : m_database(database)
    , m_connection(database.connectionName())
{}

Result<QSet<QString>> PageFetchRepository::guidsToFetch(qint64 sourceId, const QStringList &guids) const
{
    QSet<QString> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    constexpr qsizetype kChunk = 500; // below SQLite's bound-parameter limit
    for (qsizetype start = 0; start < guids.size(); start += kChunk) {
        const QStringList chunk = guids.mid(start, kChunk);
        QString marks = QStringLiteral("?");
        for (qsizetype i = 1; i < chunk.size(); ++i)
            marks += QStringLiteral(",?");
        if (!q.prepare(
                QStringLiteral("SELECT a.guid FROM articles a LEFT JOIN article_content c ON c.article_id = a.id "
                               "LEFT JOIN page_failures f ON f.article_id = a.id "
                               "WHERE a.source_id = ? AND a.guid IN (%1) AND coalesce(c.clean_text, '') = '' "
                               "AND coalesce(f.failures, 0) < ?")
                    .arg(marks)))
            return sqlError(q, "finding articles without text");
        q.addBindValue(sourceId);
        for (const QString &guid : chunk)
            q.addBindValue(guid);
        q.addBindValue(kMaxFailures);
        if (!q.exec())
            return sqlError(q, "finding articles without text");
        while (q.next())
            out.insert(q.value(0).toString());
    }
    return out;
}

Error PageFetchRepository::noteFailure(qint64 sourceId, const QString &guid, bool gone, const QString &error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO page_failures (article_id, failures, last_error) "
        "SELECT id, CASE WHEN ? = 1 THEN ? ELSE 1 END, ? FROM articles WHERE source_id = ? AND guid = ? "
        "ON CONFLICT (article_id) DO UPDATE SET failures = CASE WHEN ? = 1 THEN ? ELSE page_failures.failures + 1 END, "
        "last_error = excluded.last_error"));
    for (const QVariant &v : {QVariant(int(gone)), QVariant(kMaxFailures), QVariant(error), QVariant(sourceId),
                              QVariant(guid), QVariant(int(gone)), QVariant(kMaxFailures)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q, "noting a page that could not be read");
    return {};
}

} // namespace Medtour
