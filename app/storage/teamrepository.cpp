// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamrepository.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

namespace Medtour {

namespace {

/// The lock only one sync service of a team holds.
constexpr qint64 kServiceLock = 7402119;

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

/// PBKDF2-HMAC-SHA256 with one block (32 bytes, the size SCRAM-SHA-256 uses).
QByteArray pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray u = hmac(password, salt + QByteArray("\x00\x00\x00\x01", 4));
    QByteArray out = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (qsizetype b = 0; b < out.size(); ++b)
            out[b] = char(out[b] ^ u[b]);
    }
    return out;
}

} // namespace

TeamRepository::TeamRepository(const Database &database)
    : m_database(database)
    , m_connection(database.connectionName())
{}

QString TeamRepository::scramVerifier(const QString &password, const QByteArray &givenSalt)
{
    constexpr int kIterations = 4096;
    QByteArray salt = givenSalt;
    if (salt.isEmpty()) {
        salt.resize(16);
        QRandomGenerator::system()->generate(salt.begin(), salt.end());
    }
    // SASLprep, as far as it matters for passwords people type: compatibility forms folded.
    const QByteArray salted = pbkdf2(password.normalized(QString::NormalizationForm_KC).toUtf8(), salt, kIterations);
    const QByteArray storedKey = QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(kIterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

Result<QString> TeamRepository::role() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT role FROM team WHERE name = current_user")))
        return sqlError(q, "reading the member's part");
    return q.next() ? q.value(0).toString() : QString();
}

Result<QList<TeamMember>> TeamRepository::members() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT name, role, added FROM team ORDER BY name")))
        return sqlError(q, "listing the team");
    QList<TeamMember> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

Error TeamRepository::addMember(const QString &name, const QString &role, const QString &password)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT medtour_add_member(?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(role);
    q.addBindValue(password.isEmpty() ? QString(QLatin1StringView("")) : scramVerifier(password));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return sqlError(q, "adding a member");
    return {};
}

Error TeamRepository::removeMember(const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT medtour_remove_member(?)"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return sqlError(q, "removing a member");
    if (!q.value(0).toBool())
        return {Error::NotFound, QStringLiteral("%1 is not on the team").arg(name)};
    return {};
}

Result<bool> TeamRepository::tryServiceLock()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?)"));
    q.addBindValue(kServiceLock);
    if (!q.exec() || !q.next())
        return sqlError(q, "taking the service lock");
    return q.value(0).toBool();
}

Error TeamRepository::waitForServiceLock()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // No statement time-out: this waits for as long as the other service runs.
    if (!q.exec(QStringLiteral("SET statement_timeout = 0")))
        return sqlError(q, "waiting for the service lock");
    q.prepare(QStringLiteral("SELECT pg_advisory_lock(?)"));
    q.addBindValue(kServiceLock);
    const bool ok = q.exec();
    QSqlQuery reset(QSqlDatabase::database(m_connection, false));
    reset.exec(QStringLiteral("SET statement_timeout = '120s'"));
    if (!ok)
        return sqlError(q, "waiting for the service lock");
    return {};
}

void TeamRepository::releaseServiceLock()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT pg_advisory_unlock(?)"));
    q.addBindValue(kServiceLock);
    q.exec();
}

Error TeamRepository::announceChanges()
{
    // Delivered when the transaction commits, and not at all if it rolls back. Listeners pull what
    // changed, so the notification carries nothing.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT pg_notify(?, '')"));
    q.addBindValue(QString(kChangesChannel));
    if (!q.exec())
        return sqlError(q, "announcing new articles");
    return {};
}

Error TeamRepository::requestSync()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT pg_notify(?, current_user)"));
    q.addBindValue(QString(kSyncRequestChannel));
    if (!q.exec())
        return sqlError(q, "asking the service to sync");
    return {};
}

Result<qint64> TeamRepository::latestChange() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT last_value FROM change_seq")) || !q.next())
        return sqlError(q, "reading the newest change");
    return q.value(0).toLongLong();
}

} // namespace Medtour
