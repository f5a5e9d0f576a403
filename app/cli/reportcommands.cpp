// SPDX-License-Identifier: GPL-3.0-or-later
// medtour-cli reports …: scheduled report profiles; mail …: the outgoing mail server.
#include "commands.h"
#include "export/reportmodel.h"
#include "export/reportrunner.h"
#include "jsonout.h"
#include "mail/mailmessage.h"
#include "queryoptions.h"
#include "storage/database.h"
#include "storage/reportrepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace Medtour::Cli {

QList<QCommandLineOption> reportOptions()
{
    return {
        {QStringLiteral("every"), QStringLiteral("reports add: daily, weekdays or weekly:mon..sun."),
         QStringLiteral("when")},
        {QStringLiteral("at"), QStringLiteral("reports add: the time of day, HH:MM."), QStringLiteral("time")},
        {QStringLiteral("time-zone"), QStringLiteral("reports add: the schedule's zone (default: this computer's)."),
         QStringLiteral("zone")},
        {QStringLiteral("mail-to"), QStringLiteral("reports add: mail the files to these addresses (a,b)."),
         QStringLiteral("addresses")},
        {QStringLiteral("smtp"), QStringLiteral("mail setup: smtp://host:587 (STARTTLS) or smtps://host:465 (TLS)."),
         QStringLiteral("url")},
        {QStringLiteral("from"), QStringLiteral("mail setup: the sender address."), QStringLiteral("address")},
        {QStringLiteral("user"), QStringLiteral("mail setup: the login name."), QStringLiteral("name")},
        {QStringLiteral("password-file"),
         QStringLiteral("mail setup: read the password from the first line of <file> (- for standard input)."),
         QStringLiteral("file")},
        {QStringLiteral("ca-file"), QStringLiteral("mail setup: trust the certificates in <file> as well."),
         QStringLiteral("file")},
        {QStringLiteral("to"), QStringLiteral("mail test: the recipient."), QStringLiteral("address")},
    };
}

namespace {

QJsonObject profileJson(const ReportProfile &p)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime next = p.schedule.nextSlot(now);
    if (Export::ReportRunner::isDue(p, now))
        next = now; // missed or failed: runs at the next run-due
    return {
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("every"), p.schedule.everyName()},
        {QStringLiteral("at"), p.schedule.at.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("time_zone"), QString::fromUtf8(p.schedule.zone().id())},
        {QStringLiteral("formats"), QJsonArray::fromStringList(p.formats)},
        {QStringLiteral("group_by"), p.groupBy},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("organisation"), p.organisation},
        {QStringLiteral("folder"), p.folder},
        {QStringLiteral("mail_to"), QJsonArray::fromStringList(p.mailTo)},
        {QStringLiteral("query"), ArticleQueryJson::toJson(p.query)},
        {QStringLiteral("enabled"), p.enabled},
        {QStringLiteral("created"), JsonOut::date(p.created)},
        {QStringLiteral("watermark"), JsonOut::date(p.watermark)},
        {QStringLiteral("last_run"), JsonOut::date(p.lastRun)},
        {QStringLiteral("last_status"), p.lastStatus},
        {QStringLiteral("last_error"), p.lastError},
        {QStringLiteral("last_articles"), p.lastArticles},
        {QStringLiteral("last_files"), QJsonArray::fromStringList(p.lastFiles)},
        {QStringLiteral("next_run"), p.enabled ? JsonOut::date(next) : QJsonValue()},
    };
}

int addReport(const Invocation &in, Database &db)
{
    const QCommandLineParser &p = *in.parser;
    if (in.arguments.size() != 2)
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli reports add NAME --every daily|weekdays|weekly:mon "
                                                "--at HH:MM [filters] [--format pdf,xlsx] [--folder DIR] "
                                                "[--mail-to A,B] [--title T] [--group-by date|market|outlet]"));
    ReportProfile profile;
    profile.name = in.arguments.at(1).trimmed();
    QString error;
    if (!ReportSchedule::parseEvery(p.isSet(QStringLiteral("every")) ? p.value(QStringLiteral("every"))
                                                                     : QStringLiteral("daily"),
                                    &profile.schedule, &error) ||
        (p.isSet(QStringLiteral("at")) &&
         !ReportSchedule::parseAt(p.value(QStringLiteral("at")), &profile.schedule, &error))) {
        return fail(Exit::Usage, error);
    }
    if (p.isSet(QStringLiteral("time-zone"))) {
        profile.schedule.timeZone = p.value(QStringLiteral("time-zone")).trimmed();
        if (!QTimeZone(profile.schedule.timeZone.toUtf8()).isValid())
            return fail(Exit::Usage, QStringLiteral("--time-zone: '%1' is not a time zone (e.g. Asia/Seoul)")
                                         .arg(profile.schedule.timeZone));
    }
    if (!QueryOptions::read(p, &profile.query, &error))
        return fail(Exit::Usage, error);
    profile.query.text = p.value(QStringLiteral("query"));
    if (!ReportProfile::parseFormats(p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format"))
                                                                       : QStringLiteral("pdf"),
                                     &profile.formats, &error)) {
        return fail(Exit::Usage, QStringLiteral("--format: %1").arg(error));
    }
    Export::GroupBy groupBy;
    if (!Export::groupByFromName(p.value(QStringLiteral("group-by")), &groupBy))
        return fail(Exit::Usage, QStringLiteral("--group-by takes date, market or outlet"));
    profile.groupBy = groupBy == Export::GroupBy::None ? QString() : Export::groupByName(groupBy);
    profile.title = p.value(QStringLiteral("title"));
    profile.organisation = p.value(QStringLiteral("org"));
    if (p.isSet(QStringLiteral("folder")))
        profile.folder = QDir(p.value(QStringLiteral("folder"))).absolutePath();
    for (const QString &address : p.value(QStringLiteral("mail-to")).split(u',', Qt::SkipEmptyParts)) {
        if (Mail::bareAddress(address).isEmpty())
            return fail(Exit::Usage, QStringLiteral("--mail-to: '%1' is not an e-mail address").arg(address.trimmed()));
        profile.mailTo << address.trimmed();
    }
    ReportRepository reports(db);
    const Result<qint64> id = reports.add(profile);
    if (!id)
        return fail(Exit::BadInput, id.error().detail);
    const Result<ReportProfile> added = reports.byId(*id);
    if (!added)
        return fail(Exit::Storage, added.error().detail);
    JsonOut::print(profileJson(*added));
    return 0;
}

/// Prints the runs; exit 1 when one failed (`busy` fails only a run asked for by name).
int printOutcomes(const QList<Export::ReportRunOutcome> &outcomes, bool array)
{
    int code = 0;
    QJsonArray all;
    for (const Export::ReportRunOutcome &o : outcomes) {
        all.append(o.toJson());
        if (!o.error.isEmpty() && !(array && o.status == u"busy")) {
            JsonOut::printError(QStringLiteral("report '%1': %2").arg(o.report, o.error));
            code = Exit::BadInput;
        }
    }
    if (array)
        JsonOut::print(all);
    else if (!all.isEmpty())
        JsonOut::print(all.first());
    return code;
}

Result<QString> readPassword(const QString &file)
{
    QFile f;
    if (file == u"-") {
        if (!f.open(stdin, QIODevice::ReadOnly))
            return Error{Error::Io, QStringLiteral("cannot read the password from standard input")};
    } else {
        f.setFileName(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error{Error::Io, QStringLiteral("cannot read %1: %2").arg(file, f.errorString())};
    }
    QString line = QString::fromUtf8(f.readLine(4096));
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error{Error::InvalidInput, QStringLiteral("the password file's first line is empty")};
    return line;
}

} // namespace

int reports(const Invocation &in)
{
    const QString sub = in.arguments.value(0);
    static const QStringList known = {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("remove"),
                                      QStringLiteral("run"), QStringLiteral("run-due")};
    if (!known.contains(sub))
        return fail(Exit::Usage,
                    QStringLiteral("usage: medtour-cli reports add NAME …|list|remove NAME|run NAME|run-due"));
    Database db(QStringLiteral("cli"));
    int code = 0;
    if (!openDatabase(db, in, &code))
        return code;
    ReportRepository reports(db);
    if (sub == u"add")
        return addReport(in, db);
    if (sub == u"list") {
        const Result<QList<ReportProfile>> profiles = reports.profiles();
        if (!profiles)
            return fail(Exit::Storage, profiles.error().detail);
        QJsonArray out;
        for (const ReportProfile &p : *profiles)
            out.append(profileJson(p));
        JsonOut::print(out);
        return 0;
    }
    if (sub == u"run-due") {
        Export::ReportRunner runner(db);
        const Result<QList<Export::ReportRunOutcome>> outcomes = runner.runDue(QDateTime::currentDateTimeUtc());
        if (!outcomes)
            return fail(Exit::Storage, outcomes.error().detail);
        return printOutcomes(*outcomes, true);
    }
    if (in.arguments.size() != 2)
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli reports %1 NAME").arg(sub));
    const QString name = in.arguments.at(1);
    if (sub == u"remove") {
        const Result<bool> removed = reports.remove(name);
        if (!removed)
            return fail(Exit::Storage, removed.error().detail);
        if (!*removed)
            return fail(Exit::BadInput, QStringLiteral("no report named '%1'").arg(name));
        JsonOut::print(QJsonObject{{QStringLiteral("removed"), name}});
        return 0;
    }
    const Result<ReportProfile> profile = reports.byName(name);
    if (!profile) // "no report named 'NAME'" when there is none
        return fail(profile.error().code == Error::NotFound ? Exit::BadInput : Exit::Storage, profile.error().detail);
    Export::ReportRunner runner(db);
    return printOutcomes({runner.run(*profile, QDateTime::currentDateTimeUtc())}, false);
}

int mail(const Invocation &in)
{
    const QCommandLineParser &p = *in.parser;
    const QString sub = in.arguments.value(0);
    if (sub != u"setup" && sub != u"test")
        return fail(Exit::Usage, QStringLiteral("usage: medtour-cli mail setup --smtp URL --from ADDRESS [--user U "
                                                "--password-file F] | mail test --to ADDRESS"));
    Database db(QStringLiteral("cli"));
    int code = 0;
    if (!openDatabase(db, in, &code))
        return code;
    ReportRepository reports(db);
    CredentialStore credentials;
    if (sub == u"test") {
        const QString to = p.value(QStringLiteral("to"));
        if (Mail::bareAddress(to).isEmpty())
            return fail(Exit::Usage, QStringLiteral("usage: medtour-cli mail test --to ADDRESS"));
        Export::ReportRunner runner(db, credentials);
        if (Error error = runner.sendTest(to)) {
            JsonOut::print(
                QJsonObject{{QStringLiteral("mailed_to"), QJsonArray()}, {QStringLiteral("error"), error.detail}});
            return fail(Exit::BadInput, error.detail);
        }
        JsonOut::print(
            QJsonObject{{QStringLiteral("mailed_to"), QJsonArray{to}}, {QStringLiteral("error"), QJsonValue()}});
        return 0;
    }
    MailSettings settings;
    settings.server = QUrl(p.value(QStringLiteral("smtp")).trimmed(), QUrl::StrictMode);
    settings.from = p.value(QStringLiteral("from")).trimmed();
    settings.user = p.value(QStringLiteral("user")).trimmed();
    if (p.isSet(QStringLiteral("ca-file")))
        settings.caFile = QFileInfo(p.value(QStringLiteral("ca-file"))).absoluteFilePath();
    const QString scheme = settings.server.scheme().toLower();
    if (!settings.server.isValid() || settings.server.host().isEmpty() || (scheme != u"smtp" && scheme != u"smtps"))
        return fail(Exit::Usage, QStringLiteral("--smtp takes smtp://host:port (STARTTLS) or smtps://host:port (TLS)"));
    if (!settings.server.userInfo().isEmpty())
        return fail(Exit::Usage,
                    QStringLiteral("--smtp: give the login with --user and --password-file, not in the URL"));
    if (Mail::bareAddress(settings.from).isEmpty())
        return fail(Exit::Usage, QStringLiteral("--from takes the sender's e-mail address"));
    if (p.isSet(QStringLiteral("password-file")) && settings.user.isEmpty())
        return fail(Exit::Usage, QStringLiteral("--password-file needs --user"));
    bool stored = false;
    if (p.isSet(QStringLiteral("password-file"))) {
        const Result<QString> password = readPassword(p.value(QStringLiteral("password-file")));
        if (!password)
            return fail(Exit::BadInput, password.error().detail);
        if (Error error = credentials.store(Export::smtpCredentialKey(settings), *password))
            return fail(Exit::Storage, error.detail);
        stored = true;
    }
    if (Error error = reports.setMailSettings(settings))
        return fail(Exit::Storage, error.detail);
    JsonOut::print(QJsonObject{
        {QStringLiteral("smtp"), settings.server.toString()},
        {QStringLiteral("from"), settings.from},
        {QStringLiteral("user"), settings.user},
        {QStringLiteral("ca_file"), settings.caFile},
        {QStringLiteral("password_stored"), stored},
        {QStringLiteral("credentials"), credentials.path()},
    });
    return 0;
}

} // namespace Medtour::Cli
