// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcerepository.h"

#include "storage/database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Medtour {

namespace {

constexpr char kColumns[] = "id, kind, name, url, enabled, interval_minutes, time_zone, language, fetch_full_page";

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(u""_s)) : QVariant(s);
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
    return s;
}

} // namespace

SourceRepository::SourceRepository(const Database &database)
    : m_connection(database.connectionName())
{}

Result<qint64> SourceRepository::ensure(const Source &source)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM sources WHERE url = ?"));
    q.addBindValue(source.url.toString());
    if (!q.exec())
        return sqlError(q, "looking up a source");
    if (q.next())
        return q.value(0).toLongLong();
    q.prepare(QStringLiteral("INSERT INTO sources (kind, name, url, enabled, interval_minutes, time_zone, language, "
                             "fetch_full_page, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sourceKindName(source.kind));
    q.addBindValue(source.name.isEmpty() ? source.url.toString() : source.name);
    q.addBindValue(source.url.toString());
    q.addBindValue(source.enabled);
    q.addBindValue(source.intervalMinutes);
    q.addBindValue(text(source.timeZone));
    q.addBindValue(text(source.language));
    q.addBindValue(source.fetchFullPage);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return sqlError(q, "adding a source");
    return q.lastInsertId().toLongLong();
}

std::optional<Source> SourceRepository::byId(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT %1 FROM sources WHERE id = ?").arg(QLatin1StringView(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return sourceFrom(q);
}

QList<Source> SourceRepository::all() const
{
    QList<Source> sources;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT %1 FROM sources ORDER BY name COLLATE NOCASE").arg(QLatin1StringView(kColumns))))
        return sources;
    while (q.next())
        sources << sourceFrom(q);
    return sources;
}

int SourceRepository::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sources")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace Medtour
