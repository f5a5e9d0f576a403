// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportrunner.h"

#include "core/apppaths.h"
#include "export/exportlogging.h"
#include "export/reportbuilder.h"
#include "export/reportformats.h"
#include "export/reportloader.h"
#include "mail/smtpmailer.h"
#include "storage/database.h"
#include "storage/reportrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

namespace Medtour::Export {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Medtour::Export::ReportRunner", text);
}

/// The articles a run reports, what it has looked at, and where the next run starts.
struct Selection
{
    QList<qint64> report;
    QList<ReportPeriod::Candidate> done;
    QDateTime watermark;
    bool truncated = false;
};

Selection select(const ReportPeriod &period, bool eachStoryOnce)
{
    Selection s;
    s.watermark = period.to;
    QSet<qint64> clusters;
    for (qsizetype i = 0; i < period.candidates.size(); ++i) {
        const ReportPeriod::Candidate &c = period.candidates[i];
        bool take = c.matches;
        if (take && eachStoryOnce && c.cluster != 0) {
            take = !clusters.contains(c.cluster);
            clusters.insert(c.cluster);
        }
        if (take && s.report.size() >= ReportLoader::kMaxArticles) {
            // Full: the rest waits for the next run, which starts just before this article.
            s.truncated = true;
            s.watermark = QDateTime::fromSecsSinceEpoch(c.arrived - 1, Qt::UTC);
            break;
        }
        if (take)
            s.report << c.id;
        s.done << c;
    }
    return s;
}

QString mailText(const ReportModel &model, const QString &when)
{
    QString text = model.title + QStringLiteral(" — ") + when + QStringLiteral("\n\n");
    text += QCoreApplication::translate("Medtour::Export::ReportRunner", "%n article(s); the report is attached.",
                                        nullptr, model.articleCount) +
            QStringLiteral("\n\n");
    for (const ReportArticle *a : model.articles()) {
        text += QStringLiteral("%1. %2 (%3)\n").arg(a->number).arg(a->title, a->outlet);
        if (!a->url.isEmpty())
            text += QStringLiteral("   %1\n").arg(a->url.toString(QUrl::FullyEncoded));
    }
    return text;
}

QString mailHtml(const ReportModel &model, const QString &when)
{
    QString html =
        QStringLiteral("<html><body><h2>%1</h2><p>%2 · %3</p><ol>")
            .arg(model.title.toHtmlEscaped(), when.toHtmlEscaped(),
                 QCoreApplication::translate("Medtour::Export::ReportRunner", "%n article(s); the report is attached.",
                                             nullptr, model.articleCount)
                     .toHtmlEscaped());
    for (const ReportArticle *a : model.articles()) {
        const QString title =
            a->url.isEmpty() ? a->title.toHtmlEscaped()
                             : QStringLiteral("<a href=\"%1\">%2</a>")
                                   .arg(a->url.toString(QUrl::FullyEncoded).toHtmlEscaped(), a->title.toHtmlEscaped());
        html += QStringLiteral("<li>%1 <small>(%2)</small></li>").arg(title, a->outlet.toHtmlEscaped());
    }
    return html + QStringLiteral("</ol></body></html>");
}

} // namespace

QJsonObject ReportRunOutcome::toJson() const
{
    return {
        {QStringLiteral("report"), report},
        {QStringLiteral("articles"), articles},
        {QStringLiteral("files"), QJsonArray::fromStringList(files)},
        {QStringLiteral("mailed_to"), QJsonArray::fromStringList(mailedTo)},
        {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)},
        {QStringLiteral("status"), status},
    };
}

QString safeFileName(const QString &name)
{
    QString out;
    for (const QChar c : name.trimmed()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            out += c;
        else if (c.isSpace() || c == u'.')
            out += u'-';
    }
    out = out.left(80);
    return out.isEmpty() ? QStringLiteral("report") : out;
}

CredentialKey smtpCredentialKey(const MailSettings &settings)
{
    const bool tls = settings.server.scheme().compare(u"smtps", Qt::CaseInsensitive) == 0;
    return {settings.server.host(), settings.server.port(tls ? 465 : 587), QString(CredentialStore::kSmtpService),
            settings.user};
}

ReportRunner::ReportRunner(const Database &database, CredentialStore credentials)
    : m_database(database)
    , m_credentials(std::move(credentials))
{}

bool ReportRunner::isDue(const ReportProfile &profile, const QDateTime &nowUtc, QDateTime *slot)
{
    if (!profile.enabled)
        return false;
    const QDateTime latest = profile.schedule.latestSlot(nowUtc);
    const QDateTime since = profile.lastSlot.isValid() ? profile.lastSlot : profile.created;
    if (!latest.isValid() || (since.isValid() && latest <= since))
        return false;
    if (slot)
        *slot = latest;
    return true;
}

QString ReportRunner::folderOf(const ReportProfile &profile) const
{
    if (!profile.folder.trimmed().isEmpty())
        return QDir::cleanPath(profile.folder.trimmed());
    // A team server's profile is run on a member's computer: its files go beside that member's own
    // cache, not beside a postgresql:// address.
    const QFileInfo cache(m_database.isServer() ? AppPaths::defaultDatabasePath() : m_database.path());
    return cache.absoluteDir().filePath(QStringLiteral("reports/") + safeFileName(profile.name));
}

Result<QString> ReportRunner::mailPassword(const MailSettings &settings) const
{
    if (settings.user.isEmpty())
        return QString();
    const Result<std::optional<QString>> stored = m_credentials.password(smtpCredentialKey(settings));
    if (!stored)
        return stored.error();
    return stored->value_or(QString());
}

ReportRunOutcome ReportRunner::run(const ReportProfile &asRead, const QDateTime &nowUtc, const QDateTime &slot)
{
    ReportProfile profile = asRead;
    ReportRunOutcome out;
    out.report = profile.name;
    ReportRepository reports(m_database);
    ReportRunRecord record;
    record.ranAt = nowUtc;
    record.slot = slot;
    auto failed = [&](const QString &why) {
        out.status = QStringLiteral("error");
        out.error = why;
        record.status = out.status;
        record.error = why;
        record.articles = out.articles;
        record.files = out.files;
        if (Error error = reports.recordFailure(profile.id, record))
            qCWarning(lcExport) << "cannot record the failure of report" << profile.name << error.detail;
        qCWarning(lcExport) << "report" << profile.name << "failed:" << why;
        return out;
    };

    // One run of a profile at a time, whichever process starts it (the reader, cron, a team service).
    const Result<bool> claimed = reports.claim(profile.id, nowUtc);
    if (!claimed)
        return failed(claimed.error().detail);
    if (!*claimed) {
        out.status = QStringLiteral("busy");
        out.error = QStringLiteral("another run of this report is under way");
        return out;
    }
    // The run state as it is now that this run holds the profile: another process (the member's
    // other computer on a team server, cron beside the reader) may have run it since it was read;
    // then a scheduled run is done already, and any run's period starts where that one ended.
    const Result<ReportProfile> fresh = reports.byId(profile.id);
    if (!fresh)
        return failed(fresh.error().detail);
    profile.watermark = fresh->watermark;
    profile.lastSlot = fresh->lastSlot;
    if (slot.isValid() && !isDue(profile, nowUtc)) {
        if (Error error = reports.release(profile.id))
            qCWarning(lcExport) << "cannot release report" << profile.name << error.detail;
        out.status = QStringLiteral("busy");
        out.error = QStringLiteral("another run of this report delivered it already");
        return out;
    }
    const Result<ReportPeriod> period = reports.period(profile, nowUtc);
    if (!period)
        return failed(period.error().detail);
    const Selection selection = select(*period, profile.query.collapseClusters);
    if (selection.report.isEmpty()) {
        out.status = QStringLiteral("empty");
        record.status = out.status;
        if (Error error = reports.commitRun(profile.id, selection.watermark, selection.done, record))
            return failed(error.detail);
        return out;
    }

    const ReportLoader loader(m_database);
    const Result<QList<ReportInput>> inputs = loader.load(selection.report);
    if (!inputs)
        return failed(inputs.error().detail);
    ReportOptions options;
    options.title = profile.title;
    options.organisation = profile.organisation;
    groupByFromName(profile.groupBy, &options.groupBy);
    options.searchText = profile.query.text;
    options.filterSummary = ReportBuilder::filterSummary(profile.query);
    options.labelLanguage = QLocale().name().startsWith(u"ko")   ? QStringLiteral("ko")
                            : QLocale().name().startsWith(u"ru") ? QStringLiteral("ru")
                                                                 : QStringLiteral("en");
    options.timeZone = profile.schedule.zone();
    options.generated = nowUtc;
    const ReportModel model = ReportBuilder::build(*inputs, options);
    out.articles = model.articleCount;

    const QString folder = folderOf(profile);
    if (!QDir().mkpath(folder))
        return failed(QStringLiteral("cannot make the folder %1").arg(QDir::toNativeSeparators(folder)));
    const QString stamp = nowUtc.toTimeZone(options.timeZone).toString(QStringLiteral("yyyy-MM-dd-HHmm"));
    QString base = QDir(folder).filePath(safeFileName(profile.name) + u'-' + stamp);
    for (int n = 2; QFileInfo::exists(base + QStringLiteral(".") + profile.formats.value(0, QStringLiteral("pdf")));
         ++n) {
        base = QDir(folder).filePath(safeFileName(profile.name) + u'-' + stamp + u'-' + QString::number(n));
    }
    const QStringList formats = profile.formats.isEmpty() ? QStringList{QStringLiteral("pdf")} : profile.formats;
    for (const QString &name : formats) {
        ReportFormat format;
        if (!formatFromName(name, &format))
            return failed(QStringLiteral("unknown format '%1'").arg(name));
        const QString path = base + u'.' + formatName(format);
        const Result<WrittenReport> written = writeReport(model, format, path);
        if (!written)
            return failed(written.error().detail);
        out.files << QFileInfo(path).absoluteFilePath();
    }

    if (!profile.mailTo.isEmpty()) {
        const Result<MailSettings> stored = reports.mailSettings();
        if (!stored)
            return failed(stored.error().detail);
        const MailSettings &settings = *stored;
        if (!settings.isValid()) {
            return failed(QStringLiteral("mail is not set up (medtour-cli mail setup --smtp URL --from ADDRESS); "
                                         "the files are in %1")
                              .arg(QDir::toNativeSeparators(folder)));
        }
        const Result<QString> password = mailPassword(settings);
        if (!password)
            return failed(password.error().detail);
        Mail::MailMessage message;
        message.from = settings.from;
        message.to = profile.mailTo;
        const QString when = nowUtc.toTimeZone(options.timeZone).toString(QStringLiteral("yyyy.MM.dd"));
        message.subject = model.title + QStringLiteral(" — ") + when;
        message.text = mailText(model, when);
        message.html = mailHtml(model, when);
        for (const QString &file : std::as_const(out.files))
            message.attachments.append({file, QFileInfo(file).fileName(), Mail::mimeTypeFor(file)});
        if (Error error = Mail::SmtpMailer::send(message, settings, *password)) {
            return failed(QStringLiteral("%1; the files are kept in %2 and the next run sends them again")
                              .arg(error.detail, QDir::toNativeSeparators(folder)));
        }
        out.mailedTo = profile.mailTo;
    }

    out.status = QStringLiteral("ok");
    record.status = out.status;
    record.articles = out.articles;
    record.files = out.files;
    if (Error error = reports.commitRun(profile.id, selection.watermark, selection.done, record))
        return failed(error.detail);
    if (selection.truncated)
        qCInfo(lcExport) << "report" << profile.name << "was full; the rest comes in the next run";
    return out;
}

Result<QList<ReportRunOutcome>> ReportRunner::runDue(const QDateTime &nowUtc)
{
    QList<ReportRunOutcome> outcomes;
    const Result<QList<ReportProfile>> profiles = ReportRepository(m_database).profiles();
    if (!profiles)
        return profiles.error();
    for (const ReportProfile &profile : *profiles) {
        QDateTime slot;
        if (isDue(profile, nowUtc, &slot))
            outcomes << run(profile, nowUtc, slot);
    }
    return outcomes;
}

Error ReportRunner::sendTest(const QString &to)
{
    const Result<MailSettings> stored = ReportRepository(m_database).mailSettings();
    if (!stored)
        return stored.error();
    const MailSettings &settings = *stored;
    if (!settings.isValid())
        return {Error::InvalidInput,
                QStringLiteral("mail is not set up (medtour-cli mail setup --smtp URL --from ADDRESS)")};
    const Result<QString> password = mailPassword(settings);
    if (!password)
        return password.error();
    Mail::MailMessage message;
    message.from = settings.from;
    message.to = {to};
    message.subject = tr(QT_TRANSLATE_NOOP("Medtour::Export::ReportRunner", "Medtour Reader: test message"));
    message.text =
        tr(QT_TRANSLATE_NOOP("Medtour::Export::ReportRunner",
                             "This is a test message from Medtour Reader. Scheduled reports will arrive like this."));
    message.html = QStringLiteral("<p>%1</p>").arg(message.text.toHtmlEscaped());
    return Mail::SmtpMailer::send(message, settings, *password);
}

} // namespace Medtour::Export
