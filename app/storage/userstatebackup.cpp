// SPDX-License-Identifier: GPL-3.0-or-later
#include "userstatebackup.h"

#include "core/boundedread.h"
#include "core/outputfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Medtour::UserStateBackup {

namespace {

constexpr int kFormatVersion = 1;
constexpr qint64 kMaxBackupBytes = 256LL * 1024 * 1024;

// {"format":1,"sources":{"<url>":[[guid, read, starred, note, labels, changed], …]}}: one array per
// article keeps the file small even with every article read.
QJsonArray toRow(const UserStateEntry &e)
{
    return QJsonArray{e.guid, e.read, e.starred, e.note, e.labels, e.changed};
}

Error queryError(const QSqlQuery &q, const char *what)
{
    const QString detail = q.lastError().text();
    const bool corrupt = detail.contains(u"malformed") || detail.contains(u"not a database");
    return {corrupt ? Error::Corrupt : Error::Database, QStringLiteral("%1: %2").arg(QLatin1StringView(what), detail)};
}

} // namespace

QString pathFor(const QString &cachePath)
{
    return cachePath + QStringLiteral(".userstate.json");
}

Result<QList<UserStateEntry>> read(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT s.url, a.guid, st.read, st.starred, st.note, st.labels, st.changed "
                               "FROM article_state st JOIN articles a ON a.id = st.article_id "
                               "JOIN sources s ON s.id = a.source_id "
                               "WHERE st.read <> 0 OR st.starred <> 0 OR st.note <> '' OR st.labels <> ''")))
        return queryError(q, "reading user state");
    QList<UserStateEntry> entries;
    while (q.next()) {
        entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(), q.value(3).toBool(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong()});
    }
    if (q.lastError().isValid())
        return queryError(q, "reading user state");
    return entries;
}

Result<int> save(const QSqlDatabase &db, const QString &file)
{
    Result<QList<UserStateEntry>> current = read(db);
    if (!current)
        return current.error();
    QList<UserStateEntry> &entries = current.value();
    // Entries of the previous backup whose article has no state in the cache stay: after a recovery
    // they wait for sync to bring their articles back (and for the next open to put them back).
    if (const Result<QList<UserStateEntry>> previous = load(file); previous && !previous->isEmpty()) {
        QSet<QString> keys;
        for (const UserStateEntry &e : std::as_const(entries))
            keys.insert(e.sourceUrl + u'\n' + e.guid);
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM articles a JOIN sources s ON s.id = a.source_id "
                                      "JOIN article_state st ON st.article_id = a.id WHERE s.url = ? AND a.guid = ?"));
        for (const UserStateEntry &e : *previous) {
            if (keys.contains(e.sourceUrl + u'\n' + e.guid))
                continue;
            exists.addBindValue(e.sourceUrl);
            exists.addBindValue(e.guid);
            if (!exists.exec())
                return queryError(exists, "checking the user-state backup");
            const bool present = exists.next();
            exists.finish();
            if (!present)
                entries.append(e);
        }
    }
    QJsonObject bySource;
    for (const UserStateEntry &e : std::as_const(entries)) {
        QJsonArray rows = bySource.value(e.sourceUrl).toArray();
        rows.append(toRow(e));
        bySource.insert(e.sourceUrl, rows);
    }
    const QJsonObject root{{QStringLiteral("format"), kFormatVersion}, {QStringLiteral("sources"), bySource}};
    // Beside the cache, but a name someone may have put a device, a pipe or a folder at: OutputFile
    // refuses those rather than replacing them.
    if (const Error error = OutputFile::write(file, QJsonDocument(root).toJson(QJsonDocument::Compact)))
        return error;
    return int(entries.size());
}

Result<QList<UserStateEntry>> load(const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return QList<UserStateEntry>();
    // Opening a fifo to read it waits for a writer, for ever; a device never ends.
    if (!info.isFile())
        return Error{Error::InvalidInput, QStringLiteral("%1 is not a regular file; not reading it").arg(file)};
    // Counted as it is read: a pipe or a device at that name says nothing of its size.
    const Result<QByteArray> bytes = BoundedRead::file(file, kMaxBackupBytes, QStringLiteral("256 MiB"));
    if (!bytes) {
        if (bytes.error().code == Error::InvalidInput)
            return Error{
                Error::InvalidInput,
                QStringLiteral("%1 is larger than a user-state backup can be (%2)").arg(file, bytes.error().detail)};
        return bytes.error();
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || root.value(u"format").toInt() != kFormatVersion)
        return Error{Error::InvalidInput, QStringLiteral("%1 is not a user-state backup").arg(file)};
    QList<UserStateEntry> entries;
    const QJsonObject bySource = root.value(u"sources").toObject();
    for (auto it = bySource.constBegin(); it != bySource.constEnd(); ++it) {
        const QJsonArray rows = it.value().toArray();
        for (const QJsonValue &value : rows) {
            const QJsonArray row = value.toArray();
            if (row.size() < 6 || !row.at(0).isString())
                continue; // a damaged row loses itself, not the file
            entries.append({it.key(), row.at(0).toString(), row.at(1).toBool(), row.at(2).toBool(),
                            row.at(3).toString(), row.at(4).toString(), qint64(row.at(5).toDouble())});
        }
    }
    return entries;
}

Result<int> apply(const QSqlDatabase &db, const QList<UserStateEntry> &entries)
{
    QSqlDatabase connection = db;
    if (!connection.transaction())
        return Error{Error::Database, QStringLiteral("cannot begin: %1").arg(connection.lastError().text())};
    QSqlQuery find(connection);
    find.prepare(QStringLiteral("SELECT a.id, st.changed FROM articles a JOIN sources s ON s.id = a.source_id "
                                "LEFT JOIN article_state st ON st.article_id = a.id WHERE s.url = ? AND a.guid = ?"));
    QSqlQuery write(connection);
    write.prepare(QStringLiteral("INSERT INTO article_state (article_id, read, starred, note, labels, changed) "
                                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(article_id) DO UPDATE SET "
                                 "read = excluded.read, starred = excluded.starred, note = excluded.note, "
                                 "labels = excluded.labels, changed = excluded.changed"));
    int changed = 0;
    for (const UserStateEntry &e : entries) {
        find.addBindValue(e.sourceUrl);
        find.addBindValue(e.guid);
        if (!find.exec()) {
            const Error error = queryError(find, "finding an article for its saved state");
            connection.rollback();
            return error;
        }
        if (!find.next())
            continue; // not (yet) in this cache
        const qint64 id = find.value(0).toLongLong();
        const bool hasState = !find.value(1).isNull();
        const qint64 current = find.value(1).toLongLong();
        find.finish();
        if (hasState && current >= e.changed)
            continue; // the cache knows something newer
        write.addBindValue(id);
        write.addBindValue(e.read);
        write.addBindValue(e.starred);
        write.addBindValue(e.note);
        write.addBindValue(e.labels);
        write.addBindValue(e.changed);
        if (!write.exec()) {
            const Error error = queryError(write, "restoring user state");
            connection.rollback();
            return error;
        }
        ++changed;
    }
    if (!connection.commit())
        return Error{Error::Database, QStringLiteral("cannot commit: %1").arg(connection.lastError().text())};
    return changed;
}

Result<int> restoreMissing(const QSqlDatabase &db, const QString &file)
{
    const Result<QList<UserStateEntry>> backup = load(file);
    if (!backup)
        return backup.error();
    if (backup->isEmpty())
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM article_state "
                               "WHERE read <> 0 OR starred <> 0 OR note <> '' OR labels <> ''")) ||
        !q.next())
        return queryError(q, "counting user state");
    if (q.value(0).toLongLong() >= backup->size())
        return 0; // nothing the cache lacks
    return apply(db, *backup);
}

} // namespace Medtour::UserStateBackup
