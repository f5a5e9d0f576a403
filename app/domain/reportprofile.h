// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/articlequery.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QTime>
#include <QTimeZone>
#include <QUrl>

namespace Medtour {

/// When a report profile runs: daily, on weekdays (Monday to Friday) or weekly on one day, at a
/// time of day in a time zone (the user's, by default). Pure: the scheduler and the command line
/// ask it for the latest slot that has passed.
struct ReportSchedule
{
    enum class Every
    {
        Daily,
        Weekdays,
        Weekly
    };
    Every every = Every::Daily;
    int weekday = 1; ///< Weekly: 1 = Monday … 7 = Sunday
    QTime at{7, 0};
    QString timeZone; ///< IANA id; empty: the system's zone

    /// "daily", "weekdays" or "weekly:mon" … "weekly:sun"; false with `error` on anything else.
    static bool parseEvery(QStringView text, ReportSchedule *out, QString *error);
    /// "HH:MM" (24 h); false with `error` on anything else.
    static bool parseAt(QStringView text, ReportSchedule *out, QString *error);
    QString everyName() const;
    QTimeZone zone() const;

    /// The most recent run time at or before `nowUtc` (UTC); invalid when none in the last 8 days.
    QDateTime latestSlot(const QDateTime &nowUtc) const;
    /// The first run time after `afterUtc` (UTC).
    QDateTime nextSlot(const QDateTime &afterUtc) const;
    /// How far back a first run looks: 7 days for a weekly report, else 1.
    int firstRunDays() const { return every == Every::Weekly ? 7 : 1; }

    bool operator==(const ReportSchedule &o) const
    {
        return every == o.every && weekday == o.weekday && at == o.at && timeZone == o.timeZone;
    }

private:
    bool runsOn(const QDate &day) const;
};

/// A report that runs on a schedule: what it selects, how it is written, where it goes, and the
/// state of its last run. The period of a run is the articles that *arrived in the cache* since
/// the last successful run (see ReportRepository::period), so an article published yesterday but
/// fetched today is reported once, not missed.
struct ReportProfile
{
    qint64 id = 0;
    QString name;
    ArticleQuery query;  ///< filters and search text
    QStringList formats; ///< "pdf", "odt", "xlsx", "csv"
    QString groupBy;     ///< "", "date", "market", "outlet"
    QString title;
    QString organisation;
    ReportSchedule schedule;
    QString folder;     ///< where the files go; empty: the default reports folder
    QStringList mailTo; ///< e-mail recipients; empty: files only
    bool enabled = true;

    // State, written by the runner.
    QDateTime created;    ///< UTC
    QDateTime watermark;  ///< UTC: the arrival time the last successful run looked up to; invalid: never ran
    QDateTime lastSlot;   ///< UTC: the scheduled time the last successful run covered
    QDateTime lastRun;    ///< UTC: the last attempt, successful or not
    QString lastStatus;   ///< "ok", "empty", "error" or empty (never ran)
    QString lastError;    ///< English detail of the last attempt's failure
    int lastArticles = 0; ///< articles in the last attempt
    QStringList lastFiles;

    /// Known format names, in the order files are written.
    static QStringList knownFormats();
    /// Splits "pdf,xlsx" into known, de-duplicated names; false with `error` on an unknown one.
    static bool parseFormats(const QString &text, QStringList *out, QString *error);
};

/// The non-secret settings of the outgoing mail server; the password is in CredentialStore
/// (CredentialStore::kSmtpService, keyed by host, port and user).
struct MailSettings
{
    QUrl server;    ///< smtp://host:587 (STARTTLS) or smtps://host:465 (TLS)
    QString from;   ///< the sender address ("Name <a@b>" or "a@b")
    QString user;   ///< login name; empty: no login
    QString caFile; ///< extra CA bundle for a server with a private certificate; empty: the system's

    bool isValid() const { return server.isValid() && !server.host().isEmpty() && !from.isEmpty(); }
};

/// ArticleQuery as JSON for storage (every filter; empty members left out) and back.
namespace ArticleQueryJson {
QJsonObject toJson(const ArticleQuery &query);
ArticleQuery fromJson(const QJsonObject &json);
} // namespace ArticleQueryJson

} // namespace Medtour
