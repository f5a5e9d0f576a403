// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/credentialstore.h"
#include "core/result.h"
#include "domain/reportprofile.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Medtour {
class Database;
}

namespace Medtour::Export {

/// What one run of a profile did: the command line prints it as
/// {"report", "articles", "files", "mailed_to", "error", "status"}.
struct ReportRunOutcome
{
    QString report;
    /// "ok", "empty" (nothing new: nothing written or sent), "error", or "busy" (another process
    /// is running this report now; it delivers)
    QString status;
    int articles = 0;
    QStringList files; ///< absolute paths, kept even when mailing failed
    QStringList mailedTo;
    QString error; ///< English detail; empty when none

    QJsonObject toJson() const;
};

/**
 * Runs report profiles: selects the period (what arrived since the watermark), builds the one
 * report model, writes each format into the profile's folder, mails the files, and only then
 * moves the watermark, in the transaction that records the run. A run whose mail failed keeps its
 * files, records the error and leaves the watermark, so the next run delivers the same articles
 * (and any new ones). Headless and blocking: the desktop calls it on a worker thread, medtour-cli
 * (reports run, run-due) and a team service on their own threads, each with its own connection.
 * Rendering PDF and ODT needs a QGuiApplication in the process.
 */
class ReportRunner final
{
public:
    /// `credentials` holds the SMTP password (CredentialStore::kSmtpService).
    ReportRunner(const Database &database, CredentialStore credentials = CredentialStore());

    /// Runs `profile` for its period at `nowUtc`; `slot` is the scheduled time it covers
    /// (invalid for a run on demand, which leaves the schedule alone). The run state is read again
    /// once the run holds the profile: a scheduled run that another process did meanwhile is
    /// "busy" (it delivered), and the period starts at the latest watermark.
    ReportRunOutcome run(const ReportProfile &profile, const QDateTime &nowUtc, const QDateTime &slot = {});
    /// Runs every enabled profile whose latest scheduled time has passed since it last ran
    /// successfully (missed runs once, not once per missed day). An Error when the profiles cannot
    /// be read.
    Result<QList<ReportRunOutcome>> runDue(const QDateTime &nowUtc);

    /// Whether `profile` is due at `nowUtc`; sets `slot` to the time it covers.
    static bool isDue(const ReportProfile &profile, const QDateTime &nowUtc, QDateTime *slot = nullptr);
    /// Where a profile without a folder writes: reports/<name> beside the cache (for a team server's
    /// profile, beside the default cache of the member who runs it).
    QString folderOf(const ReportProfile &profile) const;

    /// Sends a short test message with the stored mail settings.
    Error sendTest(const QString &to);
    /// The stored mail settings' password from the credential store (empty when none).
    Result<QString> mailPassword(const MailSettings &settings) const;

private:
    const Database &m_database;
    CredentialStore m_credentials;
};

/// A file-name-safe form of a report's name (letters of any script, digits, '-' and '_').
QString safeFileName(const QString &name);
/// The key a mail server's password is stored under.
CredentialKey smtpCredentialKey(const MailSettings &settings);

} // namespace Medtour::Export
