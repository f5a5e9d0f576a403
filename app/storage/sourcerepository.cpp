// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcerepository.h"

#include "core/credentialstore.h"
#include "core/urlsecrets.h"
#include "storage/articleindex.h"
#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Medtour {

namespace {

constexpr char kColumns[] =
    "id, kind, name, url, enabled, interval_minutes, time_zone, language, fetch_full_page, folder";

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(u""_s)) : QVariant(s);
}

QVariant secsOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeOrInvalid(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Error exec(QSqlQuery &q, const char *what)
{
    return q.exec() ? Error{} : sqlError(q, what);
}

Source sourceFrom(const QSqlQuery &q)
{
    Source s;
    s.id = q.value(0).toLongLong();
    s.kind = sourceKindFromName(q.value(1).toString());
    s.name = q.value(2).toString();
    s.url = QUrl(q.value(3).toString());
    s.enabled = q.value(4).toBool();
    s.intervalMinutes = q.value(5).toInt();
    s.timeZone = q.value(6).toString();
    s.language = q.value(7).toString();
    s.fetchFullPage = q.value(8).toBool();
    s.folder = q.value(9).toString();
    return s;
}

} // namespace

SourceRepository::SourceRepository(const Database &database)
    : m_database(database)
    , m_connection(database.connectionName())
{}

Result<qint64> SourceRepository::ensure(const Source &source)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM sources WHERE url = ?"));
    q.addBindValue(UrlSecrets::withoutPassword(source.url).toString());
    if (!q.exec())
        return sqlError(q, "looking up a source");
    if (q.next())
        return q.value(0).toLongLong();
    return add(source);
}

Result<qint64> SourceRepository::add(const Source &given)
{
    Source source = given;
    source.url = UrlSecrets::withoutPassword(given.url);
    const QString password = given.url.password();
    if (!password.isEmpty() && (source.name == given.url.toString() || source.name.contains(u':' + password + u'@')))
        source.name.clear(); // the URL with its password: named after the URL without it
    const Result<Source> existing = byUrl(source.url);
    if (existing)
        return Error{Error::InvalidInput, QStringLiteral("a source with the URL %1 exists").arg(source.url.toString())};
    if (existing.error().code != Error::NotFound)
        return existing.error();
    if (!password.isEmpty()) {
        CredentialStore store;
        if (const Result<QUrl> kept = UrlSecrets::movePasswordToStore(given.url, store); !kept)
            return kept.error();
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO sources (kind, name, url, enabled, interval_minutes, time_zone, language, "
                             "fetch_full_page, folder, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(sourceKindName(source.kind));
    q.addBindValue(source.name.isEmpty() ? source.url.toString() : source.name);
    q.addBindValue(source.url.toString());
    q.addBindValue(int(source.enabled));
    q.addBindValue(source.intervalMinutes);
    q.addBindValue(text(source.timeZone));
    q.addBindValue(text(source.language));
    // A list page gives titles only: its articles' own pages are always fetched.
    q.addBindValue(int(source.fetchFullPage || source.kind == Source::Kind::Page));
    q.addBindValue(text(source.folder));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return sqlError(q, "adding a source");
    return q.value(0).toLongLong();
}

Result<Source> SourceRepository::byUrl(const QUrl &url) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const QString address = UrlSecrets::withoutPassword(url).toString();
    if (!q.prepare(QStringLiteral("SELECT %1 FROM sources WHERE url = ?").arg(QLatin1StringView(kColumns))))
        return sqlError(q, "looking up a source");
    q.addBindValue(address);
    if (!q.exec())
        return sqlError(q, "looking up a source");
    if (!q.next())
        return Error{Error::NotFound, QStringLiteral("no source with the URL %1").arg(address)};
    return sourceFrom(q);
}

QUrl SourceRepository::keptUrl()
{
    return QUrl(QStringLiteral("medtour:kept-articles"));
}

Result<int> SourceRepository::starredCount(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM articles a JOIN article_state s ON s.article_id = a.id "
                                  "WHERE a.source_id = ? AND s.starred = 1")))
        return sqlError(q, "counting a source's starred articles");
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlError(q, "counting a source's starred articles");
    return q.value(0).toInt();
}

Error SourceRepository::remove(qint64 id, int *keptStarred)
{
    if (keptStarred)
        *keptStarred = 0;
    const Result<Source> source = byId(id);
    if (!source)
        return source.error();
    const QString keptName = QCoreApplication::translate("Medtour::SourceRepository", "Starred from removed sources");
    if (m_database.isServer())
        return removeFromServer(id, keptName, keptStarred);
    TransactionScope transaction(m_database);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const Result<int> starredHere = source->url == keptUrl() ? Result<int>(0) : starredCount(id);
    if (!starredHere)
        return starredHere.error();
    const int starred = *starredHere;
    if (starred > 0) {
        Source kept;
        kept.kind = Source::Kind::File;
        kept.url = keptUrl();
        kept.enabled = false;
        kept.name = keptName;
        const Result<qint64> keptId = ensure(kept);
        if (!keptId)
            return keptId.error();
        // The guid gets the old source's id in front: (source_id, guid) stays unique in the kept
        // source even when two removed sources had items with the same guid.
        q.prepare(QStringLiteral("UPDATE articles SET source_id = ?, guid = 'source' || source_id || ':' || guid, "
                                 "outlet = CASE WHEN outlet = '' THEN ? ELSE outlet END "
                                 "WHERE source_id = ? AND id IN (SELECT article_id FROM article_state WHERE "
                                 "starred = 1)"));
        q.addBindValue(*keptId);
        q.addBindValue(source->name);
        q.addBindValue(id);
        if (Error e = exec(q, "keeping the starred articles of a source"))
            return e;
    }
    // Its other articles go with it (ON DELETE CASCADE): out of the search index first, which cannot
    // find their tokens once their text is gone.
    if (const Result<QList<qint64>> unindexed = SearchIndex(QSqlDatabase::database(m_connection, false))
                                                    .removeWhere(QStringLiteral("a.source_id = ?"), {id});
        !unindexed)
        return unindexed.error();
    q.prepare(QStringLiteral("DELETE FROM sources WHERE id = ?"));
    q.addBindValue(id);
    if (Error e = exec(q, "removing a source"))
        return e;
    if (q.numRowsAffected() == 0)
        return {Error::NotFound, QStringLiteral("no source with id %1").arg(id)};
    if (Error e = transaction.commit())
        return e;
    m_database.noteContentChanged();
    if (keptStarred)
        *keptStarred = starred;
    return {};
}

Error SourceRepository::removeFromServer(qint64 id, const QString &keptName, int *keptStarred)
{
    // Any member's star keeps an article; editors may remove sources but not move articles, so the
    // server does it (medtour_remove_source, which also checks the caller is an editor).
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT medtour_remove_source(?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(keptUrl().toString());
    q.addBindValue(keptName);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return sqlError(q, "removing a source");
    if (keptStarred)
        *keptStarred = q.value(0).toInt();
    return {};
}

Error SourceRepository::update(const Source &source)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE sources SET name = ?, enabled = ?, interval_minutes = ?, time_zone = ?, "
                             "language = ?, fetch_full_page = ?, folder = ? WHERE id = ?"));
    q.addBindValue(source.name.trimmed().isEmpty() ? source.url.toString() : source.name.trimmed());
    q.addBindValue(int(source.enabled));
    q.addBindValue(qMax(1, source.intervalMinutes));
    q.addBindValue(text(source.timeZone));
    q.addBindValue(text(source.language));
    q.addBindValue(int(source.fetchFullPage));
    q.addBindValue(text(source.folder));
    q.addBindValue(source.id);
    if (Error e = exec(q, "editing a source"))
        return e;
    if (q.numRowsAffected() == 0)
        return {Error::NotFound, QStringLiteral("no source with id %1").arg(source.id)};
    return {};
}

Error SourceRepository::setEnabled(qint64 id, bool enabled)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE sources SET enabled = ? WHERE id = ?"));
    q.addBindValue(int(enabled));
    q.addBindValue(id);
    if (Error e = exec(q, "enabling a source"))
        return e;
    if (q.numRowsAffected() == 0)
        return {Error::NotFound, QStringLiteral("no source with id %1").arg(id)};
    return {};
}

Error SourceRepository::setUrl(qint64 id, const QUrl &url)
{
    const Result<Source> other = byUrl(url);
    if (other && other->id != id)
        return {Error::InvalidInput,
                QStringLiteral("source %1 already has the URL %2").arg(other->id).arg(url.toString())};
    if (!other && other.error().code != Error::NotFound)
        return other.error();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE sources SET original_url = CASE WHEN original_url = '' THEN url ELSE "
                             "original_url END, url = ?, moved_to = '', moved_seen = 0 WHERE id = ?"));
    q.addBindValue(UrlSecrets::withoutPassword(url).toString());
    q.addBindValue(id);
    return exec(q, "moving a source");
}

Result<int> SourceRepository::noteMove(qint64 id, const QUrl &to)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE sources SET moved_seen = CASE WHEN moved_to = ? THEN moved_seen + 1 ELSE 1 END, "
                             "moved_to = ? WHERE id = ?"));
    const QString target = UrlSecrets::withoutPassword(to).toString();
    q.addBindValue(target);
    q.addBindValue(target);
    q.addBindValue(id);
    if (Error e = exec(q, "noting a moved source"))
        return e;
    q.prepare(QStringLiteral("SELECT moved_seen FROM sources WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return sqlError(q, "reading a moved source");
    return q.value(0).toInt();
}

Error SourceRepository::forgetMove(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE sources SET moved_to = '', moved_seen = 0 WHERE id = ? AND moved_to <> ''"));
    q.addBindValue(id);
    return exec(q, "forgetting a source's move");
}

Result<SourceStatus> SourceRepository::status(qint64 id) const
{
    SourceStatus s;
    // A sync reads each source's status and row several times and records every fetch: these
    // statements stay prepared (on a team server a prepare and its release are round trips).
    QSqlQuery &q = m_database.statement(
        QStringLiteral("SELECT etag, last_modified, last_attempt, last_success, next_due, http_status, error, "
                       "items_new, items_updated, error_code, moved_to, moved_seen, original_url FROM sources "
                       "WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "reading a source's status");
    const auto release = qScopeGuard([&q] { q.finish(); }); // a statement left open holds its snapshot
    if (!q.next())
        return Error{Error::NotFound, QStringLiteral("no source with id %1").arg(id)};
    s.etag = q.value(0).toString().toLatin1();
    s.lastModified = q.value(1).toString().toLatin1();
    s.lastAttempt = timeOrInvalid(q.value(2));
    s.lastSuccess = timeOrInvalid(q.value(3));
    s.nextDue = timeOrInvalid(q.value(4));
    s.httpStatus = q.value(5).toInt();
    s.error = q.value(6).toString();
    s.itemsNew = q.value(7).toInt();
    s.itemsUpdated = q.value(8).toInt();
    s.errorCode = q.value(9).toString();
    s.movedTo = QUrl(q.value(10).toString());
    s.movedSeen = q.value(11).toInt();
    s.originalUrl = QUrl(q.value(12).toString());
    return s;
}

Error SourceRepository::recordFetch(qint64 id, const SourceStatus &status, qint64 bytes)
{
    QSqlQuery &q = m_database.statement(
        QStringLiteral("UPDATE sources SET etag = ?, last_modified = ?, last_attempt = ?, last_success = ?, "
                       "next_due = ?, http_status = ?, error = ?, items_new = ?, items_updated = ?, error_code = ? "
                       "WHERE id = ?"));
    q.addBindValue(text(QString::fromLatin1(status.etag)));
    q.addBindValue(text(QString::fromLatin1(status.lastModified)));
    q.addBindValue(secsOrNull(status.lastAttempt));
    q.addBindValue(secsOrNull(status.lastSuccess));
    q.addBindValue(secsOrNull(status.nextDue));
    q.addBindValue(status.httpStatus > 0 ? QVariant(status.httpStatus) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(text(status.error));
    q.addBindValue(status.itemsNew);
    q.addBindValue(status.itemsUpdated);
    q.addBindValue(text(status.error.isEmpty() ? QString() : status.errorCode));
    q.addBindValue(id);
    if (Error e = exec(q, "recording a fetch"))
        return e;
    QSqlQuery &log = m_database.statement(
        QStringLiteral("INSERT INTO fetch_log (source_id, started, finished, http_status, bytes, items_new, "
                       "items_updated, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    log.addBindValue(id);
    log.addBindValue(secsOrNull(status.lastAttempt));
    log.addBindValue(QDateTime::currentSecsSinceEpoch());
    log.addBindValue(status.httpStatus > 0 ? QVariant(status.httpStatus) : QVariant(QMetaType(QMetaType::Int)));
    log.addBindValue(bytes);
    log.addBindValue(status.itemsNew);
    log.addBindValue(status.itemsUpdated);
    log.addBindValue(text(status.error));
    return exec(log, "logging a fetch");
}

QList<qint64> SourceRepository::due(const QDateTime &now) const
{
    QList<qint64> ids;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT id FROM sources WHERE enabled = 1 AND kind IN ('feed', 'query', 'page') AND "
                             "(next_due IS NULL OR next_due <= ?) ORDER BY id"));
    q.addBindValue(now.toSecsSinceEpoch());
    if (!q.exec())
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Result<Source> SourceRepository::byId(qint64 id) const
{
    QSqlQuery &q =
        m_database.statement(QStringLiteral("SELECT %1 FROM sources WHERE id = ?").arg(QLatin1StringView(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "reading a source");
    const auto release = qScopeGuard([&q] { q.finish(); });
    if (!q.next())
        return Error{Error::NotFound, QStringLiteral("no source with id %1").arg(id)};
    return sourceFrom(q);
}

Result<QList<Source>> SourceRepository::all() const
{
    QList<Source> sources;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const QLatin1StringView order =
        m_database.isServer() ? QLatin1StringView("lower(name)") : QLatin1StringView("name COLLATE NOCASE");
    if (!q.exec(QStringLiteral("SELECT %1 FROM sources ORDER BY %2").arg(QLatin1StringView(kColumns), order)))
        return sqlError(q, "reading the sources");
    while (q.next())
        sources << sourceFrom(q);
    return sources;
}

Result<int> SourceRepository::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sources")) || !q.next())
        return sqlError(q, "counting the sources");
    return q.value(0).toInt();
}

Error SourceRepository::setName(qint64 id, const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE sources SET name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(id);
    return exec(q, "renaming a source");
}

QList<qint64> SourceRepository::enabledIds() const
{
    QList<qint64> ids;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral(
            "SELECT id FROM sources WHERE enabled = 1 AND kind IN ('feed', 'query', 'page') ORDER BY id")))
        return ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace Medtour
