// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrepository.h"

#include "storage/database.h"
#include "storage/querysql.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Medtour {

namespace {

constexpr char kColumns[] =
    "id, name, query, formats, group_by, title, organisation, every, at_time, time_zone, folder, mail_to, enabled, "
    "created, watermark, last_slot, last_run, last_status, last_error, last_articles, last_files";

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(s);
}

QVariant secsOrNull(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeOrInvalid(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

/// On a team server each member has their own profiles and mail settings. Row-level security
/// shows a member only theirs, even with plain SQL; the statements say so as well, so that a role
/// that bypasses it (a superuser as the team's admin) still sees and runs its own only.
QLatin1StringView ownOnly(bool server)
{
    return server ? QLatin1StringView(" AND owner = current_user") : QLatin1StringView();
}

QStringList splitList(const QString &s, QChar separator)
{
    return s.split(separator, Qt::SkipEmptyParts);
}

ReportProfile profileFrom(const QSqlQuery &q)
{
    ReportProfile p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.query = ArticleQueryJson::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
    p.formats = splitList(q.value(3).toString(), u',');
    p.groupBy = q.value(4).toString();
    p.title = q.value(5).toString();
    p.organisation = q.value(6).toString();
    QString ignored;
    ReportSchedule::parseEvery(q.value(7).toString(), &p.schedule, &ignored);
    ReportSchedule::parseAt(q.value(8).toString(), &p.schedule, &ignored);
    p.schedule.timeZone = q.value(9).toString();
    p.folder = q.value(10).toString();
    p.mailTo = splitList(q.value(11).toString(), u',');
    p.enabled = q.value(12).toBool();
    p.created = timeOrInvalid(q.value(13));
    p.watermark = timeOrInvalid(q.value(14));
    p.lastSlot = timeOrInvalid(q.value(15));
    p.lastRun = timeOrInvalid(q.value(16));
    p.lastStatus = q.value(17).toString();
    p.lastError = q.value(18).toString();
    p.lastArticles = q.value(19).toInt();
    p.lastFiles = splitList(q.value(20).toString(), u'\n');
    return p;
}

/// The settings columns in the order add() and update() bind them.
QVariantList settingsValues(const ReportProfile &p)
{
    return {text(p.name),
            QString::fromUtf8(QJsonDocument(ArticleQueryJson::toJson(p.query)).toJson(QJsonDocument::Compact)),
            text(p.formats.join(u',')),
            text(p.groupBy),
            text(p.title),
            text(p.organisation),
            p.schedule.everyName(),
            p.schedule.at.toString(QStringLiteral("HH:mm")),
            text(p.schedule.timeZone),
            text(p.folder),
            text(p.mailTo.join(u',')),
            int(p.enabled)};
}

Error checkSettings(const ReportProfile &p)
{
    if (p.name.trimmed().isEmpty())
        return {Error::InvalidInput, QStringLiteral("a report needs a name")};
    if (p.name.size() > 200)
        return {Error::InvalidInput, QStringLiteral("a report's name has at most 200 characters")};
    for (const QString &address : p.mailTo) {
        if (address.contains(u',') || address.contains(u'\n'))
            return {Error::InvalidInput, QStringLiteral("'%1' is not one e-mail address").arg(address)};
    }
    return {};
}

} // namespace

ReportRepository::ReportRepository(const Database &database)
    : m_database(database)
    , m_connection(database.connectionName())
{}

Result<QList<ReportProfile>> ReportRepository::profiles() const
{
    QList<ReportProfile> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM report_profiles %2ORDER BY name")
                    .arg(QLatin1StringView(kColumns),
                         m_database.isServer() ? QStringLiteral("WHERE owner = current_user ") : QString())))
        return sqlError(q, "reading report profiles");
    while (q.next())
        out << profileFrom(q);
    return out;
}

Result<ReportProfile> ReportRepository::byName(const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(QStringLiteral("SELECT %1 FROM report_profiles WHERE name = ?%2")
                       .arg(QLatin1StringView(kColumns), ownOnly(m_database.isServer()))))
        return sqlError(q, "reading a report profile");
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, "reading a report profile");
    if (!q.next())
        return Error{Error::NotFound, QStringLiteral("no report named '%1'").arg(name)};
    return profileFrom(q);
}

Result<ReportProfile> ReportRepository::byId(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.prepare(QStringLiteral("SELECT %1 FROM report_profiles WHERE id = ?%2")
                       .arg(QLatin1StringView(kColumns), ownOnly(m_database.isServer()))))
        return sqlError(q, "reading a report profile");
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, "reading a report profile");
    if (!q.next())
        return Error{Error::NotFound, QStringLiteral("no report with id %1").arg(id)};
    return profileFrom(q);
}

Result<qint64> ReportRepository::add(const ReportProfile &profile)
{
    if (Error error = checkSettings(profile))
        return error;
    const Result<ReportProfile> existing = byName(profile.name);
    if (existing)
        return Error{Error::InvalidInput, QStringLiteral("a report named '%1' exists already").arg(profile.name)};
    if (existing.error().code != Error::NotFound)
        return existing.error();
    // On a team server the profile is the member's (owner defaults to current_user); PostgreSQL
    // tells the new id with RETURNING, since QPSQL's lastInsertId() knows only OIDs.
    const bool server = m_database.isServer();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("INSERT INTO report_profiles (name, query, formats, group_by, title, organisation, "
                             "every, at_time, time_zone, folder, mail_to, enabled, created) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)%1")
                  .arg(server ? QLatin1StringView(" RETURNING id") : QLatin1StringView()));
    for (const QVariant &v : settingsValues(profile))
        q.addBindValue(v);
    q.addBindValue(profile.created.isValid() ? profile.created.toSecsSinceEpoch() : QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return sqlError(q, "adding a report profile");
    if (server) {
        if (!q.next())
            return sqlError(q, "adding a report profile");
        return q.value(0).toLongLong();
    }
    return q.lastInsertId().toLongLong();
}

Error ReportRepository::update(const ReportProfile &profile)
{
    if (Error error = checkSettings(profile))
        return error;
    const Result<ReportProfile> other = byName(profile.name);
    if (other && other->id != profile.id)
        return {Error::InvalidInput, QStringLiteral("a report named '%1' exists already").arg(profile.name)};
    if (!other && other.error().code != Error::NotFound)
        return other.error();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE report_profiles SET name = ?, query = ?, formats = ?, group_by = ?, title = ?, "
                             "organisation = ?, every = ?, at_time = ?, time_zone = ?, folder = ?, mail_to = ?, "
                             "enabled = ? WHERE id = ?%1")
                  .arg(ownOnly(m_database.isServer())));
    for (const QVariant &v : settingsValues(profile))
        q.addBindValue(v);
    q.addBindValue(profile.id);
    if (!q.exec())
        return sqlError(q, "changing a report profile");
    if (q.numRowsAffected() == 0)
        return {Error::NotFound, QStringLiteral("no report with id %1").arg(profile.id)};
    return {};
}

Result<bool> ReportRepository::remove(const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("DELETE FROM report_profiles WHERE name = ?%1").arg(ownOnly(m_database.isServer())));
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, "removing a report profile");
    return q.numRowsAffected() > 0;
}

Result<ReportPeriod> ReportRepository::period(const ReportProfile &profile, const QDateTime &now) const
{
    ReportPeriod period;
    period.to = now.toUTC();
    if (profile.watermark.isValid())
        period.from = profile.watermark.addSecs(-kArrivalGraceSecs);
    else
        period.from = period.to.addDays(-profile.schedule.firstRunDays());
    // One statement: which articles arrived, and whether each matches the filter, are read from
    // one snapshot of the cache. Filter values are bound, never spliced.
    const SqlFilter filter = QuerySql::filterFor(profile.query, m_database.isServer());
    const QString matches = filter.where.isEmpty()
                                ? QStringLiteral("1")
                                : QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(filter.where.join(u" AND "));
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.fetched, coalesce(a.cluster_id, 0), %1 FROM articles a "
                             "LEFT JOIN article_state st ON st.article_id = a.id "
                             "WHERE a.fetched > ? AND NOT EXISTS (SELECT 1 FROM report_seen s "
                             "WHERE s.profile_id = ? AND s.article_id = a.id) "
                             "ORDER BY a.fetched, a.id LIMIT ?")
                  .arg(matches));
    for (const QVariant &v : filter.binds)
        q.addBindValue(v);
    q.addBindValue(period.from.toSecsSinceEpoch());
    q.addBindValue(profile.id);
    q.addBindValue(kMaxCandidates);
    if (!q.exec())
        return sqlError(q, "reading the articles of a report's period");
    while (q.next()) {
        period.candidates.append(
            {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt() != 0});
    }
    return period;
}

Result<bool> ReportRepository::claim(qint64 profileId, const QDateTime &now)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE report_profiles SET running_since = ? WHERE id = ? AND "
                             "(running_since IS NULL OR running_since < ?)%1")
                  .arg(ownOnly(m_database.isServer())));
    const qint64 secs = now.toSecsSinceEpoch();
    q.addBindValue(secs);
    q.addBindValue(profileId);
    q.addBindValue(secs - kClaimLapseSecs);
    if (!q.exec())
        return sqlError(q, "claiming a report for a run");
    return q.numRowsAffected() == 1;
}

Error ReportRepository::release(qint64 profileId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE report_profiles SET running_since = NULL WHERE id = ?%1")
                  .arg(ownOnly(m_database.isServer())));
    q.addBindValue(profileId);
    return q.exec() ? Error{} : sqlError(q, "releasing a report's claim");
}

Error ReportRepository::commitRun(qint64 profileId, const QDateTime &watermark,
                                  const QList<ReportPeriod::Candidate> &done, const ReportRunRecord &record)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    TransactionScope transaction(m_database);
    if (!transaction.began())
        return {Error::Database, QStringLiteral("cannot begin a transaction")};
    const qint64 forgetBefore = watermark.toSecsSinceEpoch() - kArrivalGraceSecs;
    QSqlQuery q(db);
    q.prepare(m_database.isServer() ? QStringLiteral("INSERT INTO report_seen (profile_id, article_id, arrived) "
                                                     "VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                                    : QStringLiteral("INSERT OR IGNORE INTO report_seen (profile_id, article_id, "
                                                     "arrived) VALUES (?, ?, ?)"));
    for (const ReportPeriod::Candidate &c : done) {
        if (c.arrived <= forgetBefore)
            continue; // the next period starts after it anyway
        q.addBindValue(profileId);
        q.addBindValue(c.id);
        q.addBindValue(c.arrived);
        if (!q.exec())
            return sqlError(q, "remembering a report's articles");
    }
    q.prepare(QStringLiteral("DELETE FROM report_seen WHERE profile_id = ? AND arrived <= ?"));
    q.addBindValue(profileId);
    q.addBindValue(forgetBefore);
    if (!q.exec())
        return sqlError(q, "forgetting a report's old articles");
    q.prepare(QStringLiteral("UPDATE report_profiles SET watermark = ?, last_slot = coalesce(?, last_slot), "
                             "last_run = ?, last_status = ?, last_error = ?, last_articles = ?, last_files = ?, "
                             "running_since = NULL WHERE id = ?%1")
                  .arg(ownOnly(m_database.isServer())));
    q.addBindValue(watermark.toSecsSinceEpoch());
    q.addBindValue(secsOrNull(record.slot));
    q.addBindValue(secsOrNull(record.ranAt));
    q.addBindValue(text(record.status));
    q.addBindValue(text(record.error));
    q.addBindValue(record.articles);
    q.addBindValue(text(record.files.join(u'\n')));
    q.addBindValue(profileId);
    if (!q.exec())
        return sqlError(q, "recording a report's run");
    if (q.numRowsAffected() == 0)
        return {Error::NotFound, QStringLiteral("the report was removed while it ran")};
    return transaction.commit();
}

Error ReportRepository::recordFailure(qint64 profileId, const ReportRunRecord &record)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE report_profiles SET last_run = ?, last_status = 'error', last_error = ?, "
                             "last_articles = ?, last_files = ?, running_since = NULL WHERE id = ?%1")
                  .arg(ownOnly(m_database.isServer())));
    q.addBindValue(secsOrNull(record.ranAt));
    q.addBindValue(text(record.error));
    q.addBindValue(record.articles);
    q.addBindValue(text(record.files.join(u'\n')));
    q.addBindValue(profileId);
    return q.exec() ? Error{} : sqlError(q, "recording a report's failure");
}

Result<MailSettings> ReportRepository::mailSettings() const
{
    MailSettings s;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // The desktop keeps one row; a team server one per member (theirs, by row-level security).
    if (!q.exec(m_database.isServer() ? QStringLiteral("SELECT smtp_url, from_addr, user_name, ca_file FROM "
                                                       "mail_settings WHERE member = current_user")
                                      : QStringLiteral("SELECT smtp_url, from_addr, user_name, ca_file FROM "
                                                       "mail_settings WHERE id = 1")))
        return sqlError(q, "reading the mail settings");
    if (!q.next())
        return s; // never set up
    s.server = QUrl(q.value(0).toString());
    s.from = q.value(1).toString();
    s.user = q.value(2).toString();
    s.caFile = q.value(3).toString();
    return s;
}

Error ReportRepository::setMailSettings(const MailSettings &s)
{
    // No password here on either engine: it is in the credential store (CredentialStore), on the
    // member's own computer, under the key server, port and user name make.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const bool server = m_database.isServer();
    q.prepare(QStringLiteral("INSERT INTO mail_settings (%1, smtp_url, from_addr, user_name, ca_file) "
                             "VALUES (%2, ?, ?, ?, ?) ON CONFLICT (%1) DO UPDATE SET smtp_url = excluded.smtp_url, "
                             "from_addr = excluded.from_addr, user_name = excluded.user_name, "
                             "ca_file = excluded.ca_file")
                  .arg(server ? QLatin1StringView("member") : QLatin1StringView("id"),
                       server ? QLatin1StringView("current_user") : QLatin1StringView("1")));
    q.addBindValue(s.server.toString());
    q.addBindValue(text(s.from));
    q.addBindValue(text(s.user));
    q.addBindValue(text(s.caFile));
    return q.exec() ? Error{} : sqlError(q, "storing the mail settings");
}

} // namespace Medtour
