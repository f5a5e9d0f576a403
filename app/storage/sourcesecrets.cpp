// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcesecrets.h"

#include "core/credentialstore.h"
#include "core/logging.h"
#include "core/urlsecrets.h"
#include "storage/database.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace Medtour::SourceSecrets {

Error moveUrlPasswords(QSqlDatabase db)
{
    struct Row
    {
        qint64 id;
        QString url;
        QString name;
    };
    QList<Row> rows;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, url, name FROM sources WHERE url LIKE '%@%'")))
        return sqlError(q, "looking for passwords in source addresses");
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    if (rows.isEmpty())
        return {};
    CredentialStore store;
    // The rows are rewritten, not deleted, but the old cell's bytes would stay in the page's free space:
    // secure_delete zeroes them, so the password does not linger in the file either.
    q.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    const auto normalDelete = qScopeGuard([&db] { QSqlQuery(db).exec(QStringLiteral("PRAGMA secure_delete = OFF")); });
    for (const Row &row : std::as_const(rows)) {
        const QUrl url(row.url);
        const QString password = url.password();
        if (password.isEmpty())
            continue;
        const Result<QUrl> kept = UrlSecrets::movePasswordToStore(url, store);
        if (!kept)
            return kept.error();
        QString clean = kept->toString();
        q.prepare(QStringLiteral("SELECT count(*) FROM sources WHERE url = ? AND id <> ?"));
        q.addBindValue(clean);
        q.addBindValue(row.id);
        if (!q.exec() || !q.next())
            return sqlError(q, "looking for a source address");
        if (q.value(0).toInt() > 0) {
            QUrl apart = *kept;
            apart.setFragment(QStringLiteral("source-%1").arg(row.id));
            clean = apart.toString();
        }
        q.finish();
        // The name was often the address itself; any trace of the password goes from name and errors.
        const QString secret = u':' + password + u'@';
        const QString encodedSecret = u':' + url.password(QUrl::FullyEncoded) + u'@';
        QString name = row.name == row.url ? clean : row.name;
        if (name.contains(secret) || name.contains(encodedSecret))
            name = clean;
        q.prepare(
            QStringLiteral("UPDATE sources SET url = ?, name = ?, error = replace(replace(error, ?, '@'), ?, '@') "
                           "WHERE id = ?"));
        for (const QVariant &v :
             {QVariant(clean), QVariant(name), QVariant(secret), QVariant(encodedSecret), QVariant(row.id)})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, "removing a password from a source address");
        q.prepare(QStringLiteral("UPDATE fetch_log SET error = replace(replace(error, ?, '@'), ?, '@') "
                                 "WHERE source_id = ?"));
        for (const QVariant &v : {QVariant(secret), QVariant(encodedSecret), QVariant(row.id)})
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, "removing a password from the fetch log");
        qCInfo(lcMigrations) << "moved the password of source" << row.id << "to" << store.path();
    }
    return {};
}

} // namespace Medtour::SourceSecrets
