// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduled reports through real medtour-cli child processes and a real SMTP server on 127.0.0.1
// (python3-aiosmtpd): what is mailed (recipients, subject, attachments, the titles inside the PDF
// and the XLSX), that consecutive runs neither repeat nor miss an article, and that a mail server
// that is down loses nothing. Also `export --format` for ODT, XLSX and CSV, read back.
#include "reporttestutil.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <qplatformdefs.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif
#include <QXmlStreamReader>

using namespace Medtour::ReportTest;

class tst_ReportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportFormatsReadBack();
    void mailedRunsNeitherRepeatNorMiss();
    void mailServerDownKeepsEverything();
    void runDueWithNothingDue();

private:
    Run cli(const QString &db, const QStringList &args) const;
    /// Writes a feed of `count` new articles named "<prefix> n" and ingests it.
    QStringList ingestNew(const QString &db, const QString &prefix, int count);
    /// The titles of every cached article (`list`).
    QStringList titles(const QString &db) const;
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

Run tst_ReportCli::cli(const QString &db, const QStringList &args) const
{
    return run(QStringLiteral(MEDTOUR_CLI), QStringList{QStringLiteral("--db"), db} + args, m_env);
}

void tst_ReportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *tool : {"unzip", "pdftotext"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(
                qPrintable(QStringLiteral("%1 is needed (see .ci/debian-packages.txt)").arg(QLatin1StringView(tool))));
    }
    if (systemPython().isEmpty() ||
        run(systemPython(), {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")}).exitCode != 0)
        QFAIL("python3-aiosmtpd is needed (see .ci/debian-packages.txt)");
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("MEDTOUR_CREDENTIALS"), m_dir.filePath(QStringLiteral("credentials.pgpass")));
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
}

QStringList tst_ReportCli::ingestNew(const QString &db, const QString &prefix, int count)
{
    static int feeds = 0;
    const QString path = m_dir.filePath(QStringLiteral("feed%1.xml").arg(++feeds));
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                                 "<title>Regional Desk %1</title><link>https://desk%1.example.org/</link>")
                      .arg(feeds);
    QStringList made;
    for (int i = 1; i <= count; ++i) {
        const QString title = QStringLiteral("%1 %2 대전 카자흐스탄 환자 유치").arg(prefix).arg(i);
        made << title;
        xml +=
            QStringLiteral("<item><title>%1</title><link>https://desk%2.example.org/a/%3</link>"
                           "<guid>desk%2-%3</guid><pubDate>Mon, 02 Nov 2026 0%4:00:00 +0900</pubDate>"
                           "<description>대전시는 카자흐스탄 의료관광객 유치를 위해 %1 설명회를 열었다.</description>"
                           "</item>")
                .arg(title.toHtmlEscaped())
                .arg(feeds)
                .arg(i)
                .arg(i % 10);
    }
    xml += QStringLiteral("</channel></rss>");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(xml.toUtf8()) <= 0)
        return {};
    f.close();
    const Run r = cli(db, {QStringLiteral("ingest"), path});
    if (r.exitCode != 0)
        return {};
    return made;
}

QStringList tst_ReportCli::titles(const QString &db) const
{
    QStringList out;
    const Run r = cli(db, {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5000")});
    for (const QJsonValue &v : r.json().array())
        out << v.toObject().value(QStringLiteral("title")).toString();
    return out;
}

void tst_ReportCli::exportFormatsReadBack()
{
    const QString db = m_dir.filePath(QStringLiteral("export.sqlite"));
    QCOMPARE(cli(db, {QStringLiteral("ingest"), TestData::sampleFeed()}).exitCode, 0);
    const QStringList all = titles(db);
    QVERIFY(all.size() >= 30);

    // CSV: a BOM, a header, one row per article, every title.
    const QString csv = m_dir.filePath(QStringLiteral("r.csv"));
    Run r = cli(db, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--out"), csv});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().object().value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    QCOMPARE(r.json().object().value(QStringLiteral("articles")).toInt(), all.size());
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.startsWith(u"Date,Outlet,Title,"));
    QCOMPARE(text.count(QStringLiteral("\r\n")), all.size() + 1); // no field of the sample holds a line break
    for (const QString &title : all)
        QVERIFY2(text.contains(title.contains(u'"')
                                   ? QString(title).replace(QStringLiteral("\""), QStringLiteral("\"\""))
                                   : title),
                 qPrintable(title));

    // XLSX: every title in the cells, as many links as articles, a chart on the second sheet.
    const QString xlsx = m_dir.filePath(QStringLiteral("r.xlsx"));
    r = cli(db, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"),
                 xlsx, QStringLiteral("--title"), QStringLiteral("Weekly count")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QStringList cells = xlsxStrings(xlsx);
    for (const QString &title : all)
        QVERIFY2(cells.contains(title.simplified()), qPrintable(title));
    const QByteArray sheet1 = unzipMember(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
    QCOMPARE(sheet1.count("<hyperlink "), all.size());
    const QStringList members = zipMembers(xlsx);
    QVERIFY(members.contains(QStringLiteral("xl/worksheets/sheet2.xml")));
    QVERIFY(members.contains(QStringLiteral("xl/charts/chart1.xml")));
    QVERIFY(unzipMember(xlsx, QStringLiteral("xl/charts/chart1.xml")).contains("<c:lineChart>"));
    QVERIFY(unzipMember(xlsx, QStringLiteral("xl/workbook.xml")).contains("name=\"Counts\""));

    // ODT: an OpenDocument text whose content holds every title, a link to each original and the charts.
    const QString odt = m_dir.filePath(QStringLiteral("r.odt"));
    r = cli(db, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("--out"),
                 odt, QStringLiteral("--group-by"), QStringLiteral("market")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(unzipMember(odt, QStringLiteral("mimetype")), QByteArray("application/vnd.oasis.opendocument.text"));
    const QByteArray content = unzipMember(odt, QStringLiteral("content.xml"));
    QXmlStreamReader xml(content);
    QString odtText;
    int links = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Characters)
            odtText += xml.text();
        if (token == QXmlStreamReader::StartElement && xml.name() == u"a")
            ++links;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QString odtSqueezed = squeeze(odtText);
    for (const QString &title : all)
        QVERIFY2(odtSqueezed.count(squeeze(title)) >= 2, qPrintable(title)); // in the index and on its page
    QVERIFY(links >= all.size());
    // The two charts (markets per week, top outlets) are pictures in the package, shown on the cover,
    // and every script is set in the report's font (OdtPackage's fixes).
    QCOMPARE(zipMembers(odt).filter(QRegularExpression(QStringLiteral("^Pictures/"))).size(), 2);
    QCOMPARE(content.count("<draw:image "), 2);
    QVERIFY(content.contains("style:font-size-asian="));
    QVERIFY(!content.contains("style:column-width=\"6%\""));

    // The old command and the new one's PDF still agree; a bad format is a usage error.
    QCOMPARE(cli(db, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("docx"),
                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.docx"))})
                 .exitCode,
             2);
    const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
    r = cli(db, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                 pdf});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json().object().value(QStringLiteral("pages")).toInt() > 2);
    const QString pdfText = pdfTextSqueezed(pdf);
    for (const QString &title : all)
        QVERIFY2(pdfText.contains(squeeze(title)), qPrintable(title));
    // Nothing is written over a folder or a pipe, in any format (never a real device here: were the
    // check broken, the test would replace it).
    QStringList targets{m_dir.path()};
#ifdef Q_OS_UNIX
    const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    targets << fifo;
#endif
    for (const QString &target : std::as_const(targets)) {
        for (const char *format : {"csv", "xlsx", "odt", "pdf"}) {
            const Run refused = cli(db, {QStringLiteral("export"), QStringLiteral("--format"),
                                         QLatin1StringView(format), QStringLiteral("--out"), target});
            QVERIFY2(refused.exitCode == 1, qPrintable(target + u' ' + QLatin1StringView(format)));
        }
    }
#ifdef Q_OS_UNIX
    QT_STATBUF st;
    QCOMPARE(QT_STAT(QFile::encodeName(fifo).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode)); // still the pipe
#endif
    QVERIFY(QFileInfo(m_dir.path()).isDir());
}

void tst_ReportCli::mailedRunsNeitherRepeatNorMiss()
{
    const QString db = m_dir.filePath(QStringLiteral("mail.sqlite"));
    SmtpSink sink(m_dir.filePath(QStringLiteral("inbox")), QStringLiteral("clerk"), QStringLiteral("s3cret:pass"));
    QString why;
    QVERIFY2(sink.start(0, &why), qPrintable(why));
    QCOMPARE(cli(db, {QStringLiteral("ingest"), TestData::sampleFeed()}).exitCode, 0);
    const QStringList first = titles(db);

    const QString passwordFile = m_dir.filePath(QStringLiteral("pw"));
    QFile pw(passwordFile);
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("s3cret:pass\n");
    pw.close();
    Run r = cli(db, {QStringLiteral("mail"), QStringLiteral("setup"), QStringLiteral("--smtp"),
                     QStringLiteral("smtp://127.0.0.1:%1").arg(sink.port()), QStringLiteral("--from"),
                     QStringLiteral("Medtour Reports <reports@example.org>"), QStringLiteral("--user"),
                     QStringLiteral("clerk"), QStringLiteral("--password-file"), passwordFile});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json().object().value(QStringLiteral("password_stored")).toBool());
    // The password is in the owner-only credential file, not in the cache.
    QVERIFY(!cli(db, {QStringLiteral("reports"), QStringLiteral("list")}).out.contains("s3cret"));
    QCOMPARE(QFileInfo(m_env.value(QStringLiteral("MEDTOUR_CREDENTIALS"))).permissions() & 0x0077, 0);

    r = cli(db, {QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("--to"),
                 QStringLiteral("boss@example.org")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QTRY_COMPARE(sink.messages().size(), 1);

    const QString folder = m_dir.filePath(QStringLiteral("out"));
    r = cli(db, {QStringLiteral("reports"), QStringLiteral("add"), QStringLiteral("Morning"), QStringLiteral("--every"),
                 QStringLiteral("weekdays"), QStringLiteral("--at"), QStringLiteral("07:30"),
                 QStringLiteral("--format"), QStringLiteral("pdf,xlsx,odt,csv"), QStringLiteral("--folder"), folder,
                 QStringLiteral("--mail-to"), QStringLiteral("boss@example.org,team@example.org"),
                 QStringLiteral("--title"), QStringLiteral("Morning clipping")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().object().value(QStringLiteral("every")).toString(), QStringLiteral("weekdays"));

    // First run: every article that arrived, mailed with four attachments.
    r = cli(db, {QStringLiteral("reports"), QStringLiteral("run"), QStringLiteral("Morning")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject run1 = r.json().object();
    QCOMPARE(run1.value(QStringLiteral("report")).toString(), QStringLiteral("Morning"));
    QCOMPARE(run1.value(QStringLiteral("articles")).toInt(), first.size());
    QCOMPARE(run1.value(QStringLiteral("files")).toArray().size(), 4);
    QCOMPARE(run1.value(QStringLiteral("mailed_to")).toArray(),
             (QJsonArray{QStringLiteral("boss@example.org"), QStringLiteral("team@example.org")}));
    QVERIFY(run1.value(QStringLiteral("error")).isNull());
    for (const QJsonValue &file : run1.value(QStringLiteral("files")).toArray())
        QVERIFY(QFileInfo(file.toString()).isFile() && file.toString().startsWith(folder));
    QTRY_COMPARE(sink.messages().size(), 2);
    const QJsonObject mail = sink.messages().at(1).object();
    QCOMPARE(mail.value(QStringLiteral("rcpt_tos")).toArray(),
             (QJsonArray{QStringLiteral("boss@example.org"), QStringLiteral("team@example.org")}));
    QCOMPARE(mail.value(QStringLiteral("mail_from")).toString(), QStringLiteral("reports@example.org"));
    const QString subject = mail.value(QStringLiteral("subject")).toString();
    QVERIFY2(subject.startsWith(u"Morning clipping — "), qPrintable(subject));
    QVERIFY(subject.contains(QRegularExpression(QStringLiteral("\\d{4}\\.\\d{2}\\.\\d{2}$"))));
    QStringList names;
    QString pdf;
    QString xlsx;
    for (const QJsonValue &a : mail.value(QStringLiteral("attachments")).toArray()) {
        const QString name = a.toObject().value(QStringLiteral("name")).toString();
        names << name.section(u'.', -1);
        if (name.endsWith(u".pdf"))
            pdf = a.toObject().value(QStringLiteral("file")).toString();
        if (name.endsWith(u".xlsx"))
            xlsx = a.toObject().value(QStringLiteral("file")).toString();
    }
    QCOMPARE(names, (QStringList{QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("xlsx"),
                                 QStringLiteral("csv")}));
    const QString pdfText = pdfTextSqueezed(pdf);
    const QStringList cells = xlsxStrings(xlsx);
    for (const QString &title : first) {
        QVERIFY2(pdfText.contains(squeeze(title)), qPrintable(title));
        QVERIFY2(cells.contains(title.simplified()), qPrintable(title));
        QVERIFY2(mail.value(QStringLiteral("text")).toString().contains(title.simplified()), qPrintable(title));
    }

    // Second run straight after: nothing new, nothing written, nothing sent.
    r = cli(db, {QStringLiteral("reports"), QStringLiteral("run"), QStringLiteral("Morning")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject run2 = r.json().object();
    QCOMPARE(run2.value(QStringLiteral("articles")).toInt(), 0);
    QCOMPARE(run2.value(QStringLiteral("status")).toString(), QStringLiteral("empty"));
    QVERIFY(run2.value(QStringLiteral("files")).toArray().isEmpty());
    QVERIFY(run2.value(QStringLiteral("mailed_to")).toArray().isEmpty());
    QTest::qWait(300);
    QCOMPARE(sink.messages().size(), 2);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 4);

    // New articles arrive: the third run has exactly them.
    const QStringList fresh = ingestNew(db, QStringLiteral("Fresh story"), 3);
    QCOMPARE(fresh.size(), 3);
    r = cli(db, {QStringLiteral("reports"), QStringLiteral("run"), QStringLiteral("Morning")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().object().value(QStringLiteral("articles")).toInt(), 3);
    QTRY_COMPARE(sink.messages().size(), 3);
    const QString text3 = sink.messages().at(2).object().value(QStringLiteral("text")).toString();
    for (const QString &title : fresh)
        QVERIFY2(text3.contains(title), qPrintable(title));
    for (const QString &title : first)
        QVERIFY2(!text3.contains(title.simplified()), qPrintable(title));

    // The profile shows its last run.
    const QJsonObject listed =
        cli(db, {QStringLiteral("reports"), QStringLiteral("list")}).json().array().at(0).toObject();
    QCOMPARE(listed.value(QStringLiteral("last_status")).toString(), QStringLiteral("ok"));
    QCOMPARE(listed.value(QStringLiteral("last_articles")).toInt(), 3);
    QVERIFY(listed.value(QStringLiteral("watermark")).isString());

    // A wrong password is a clear error, not a crash.
    QVERIFY(pw.open(QIODevice::WriteOnly));
    pw.write("wrong\n");
    pw.close();
    QCOMPARE(cli(db, {QStringLiteral("mail"), QStringLiteral("setup"), QStringLiteral("--smtp"),
                      QStringLiteral("smtp://127.0.0.1:%1").arg(sink.port()), QStringLiteral("--from"),
                      QStringLiteral("reports@example.org"), QStringLiteral("--user"), QStringLiteral("clerk"),
                      QStringLiteral("--password-file"), passwordFile})
                 .exitCode,
             0);
    r = cli(db, {QStringLiteral("mail"), QStringLiteral("test"), QStringLiteral("--to"),
                 QStringLiteral("boss@example.org")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("mail server smtp://127.0.0.1"), r.err.constData());

    QCOMPARE(cli(db, {QStringLiteral("reports"), QStringLiteral("remove"), QStringLiteral("Morning")}).exitCode, 0);
    QCOMPARE(cli(db, {QStringLiteral("reports"), QStringLiteral("remove"), QStringLiteral("Morning")}).exitCode, 1);
}

void tst_ReportCli::mailServerDownKeepsEverything()
{
    const QString db = m_dir.filePath(QStringLiteral("down.sqlite"));
    const QStringList made = ingestNew(db, QStringLiteral("Down story"), 4);
    QCOMPARE(made.size(), 4);
    const int port = freePort();
    QVERIFY(port > 0);
    QCOMPARE(cli(db, {QStringLiteral("mail"), QStringLiteral("setup"), QStringLiteral("--smtp"),
                      QStringLiteral("smtp://127.0.0.1:%1").arg(port), QStringLiteral("--from"),
                      QStringLiteral("reports@example.org")})
                 .exitCode,
             0);
    const QString folder = m_dir.filePath(QStringLiteral("down-out"));
    QCOMPARE(
        cli(db, {QStringLiteral("reports"), QStringLiteral("add"), QStringLiteral("Daily"), QStringLiteral("--every"),
                 QStringLiteral("daily"), QStringLiteral("--at"), QStringLiteral("08:00"), QStringLiteral("--format"),
                 QStringLiteral("csv,pdf"), QStringLiteral("--folder"), folder, QStringLiteral("--mail-to"),
                 QStringLiteral("boss@example.org")})
            .exitCode,
        0);

    // Nobody listens on the port: a clear error, the files stay, the watermark does not move.
    Run r = cli(db, {QStringLiteral("reports"), QStringLiteral("run"), QStringLiteral("Daily")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject failed = r.json().object();
    const QString error = failed.value(QStringLiteral("error")).toString();
    QVERIFY2(error.contains(QStringLiteral("mail server smtp://127.0.0.1:%1").arg(port)), qPrintable(error));
    QVERIFY2(error.contains(u"the files are kept"), qPrintable(error));
    QCOMPARE(failed.value(QStringLiteral("articles")).toInt(), 4);
    QVERIFY(failed.value(QStringLiteral("mailed_to")).toArray().isEmpty());
    const QJsonArray keptFiles = failed.value(QStringLiteral("files")).toArray();
    QCOMPARE(keptFiles.size(), 2);
    for (const QJsonValue &file : keptFiles)
        QVERIFY(QFileInfo(file.toString()).isFile());
    QJsonObject listed = cli(db, {QStringLiteral("reports"), QStringLiteral("list")}).json().array().at(0).toObject();
    QVERIFY(listed.value(QStringLiteral("watermark")).isNull());
    QCOMPARE(listed.value(QStringLiteral("last_status")).toString(), QStringLiteral("error"));
    QCOMPARE(listed.value(QStringLiteral("last_error")).toString(), error);

    // The server comes back: the next run delivers the same articles.
    SmtpSink sink(m_dir.filePath(QStringLiteral("down-inbox")));
    QString why;
    QVERIFY2(sink.start(port, &why), qPrintable(why));
    r = cli(db, {QStringLiteral("reports"), QStringLiteral("run"), QStringLiteral("Daily")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().object().value(QStringLiteral("articles")).toInt(), 4);
    QTRY_COMPARE(sink.messages().size(), 1);
    const QJsonObject mail = sink.messages().at(0).object();
    for (const QString &title : made)
        QVERIFY2(mail.value(QStringLiteral("text")).toString().contains(title), qPrintable(title));
    QCOMPARE(mail.value(QStringLiteral("attachments")).toArray().size(), 2);
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 4); // the first run's files are still there
    listed = cli(db, {QStringLiteral("reports"), QStringLiteral("list")}).json().array().at(0).toObject();
    QVERIFY(listed.value(QStringLiteral("watermark")).isString());
    QCOMPARE(listed.value(QStringLiteral("last_status")).toString(), QStringLiteral("ok"));
}

void tst_ReportCli::runDueWithNothingDue()
{
    const QString db = m_dir.filePath(QStringLiteral("due.sqlite"));
    // A profile made now has its first scheduled time ahead of it: run-due runs nothing.
    QCOMPARE(cli(db, {QStringLiteral("reports"), QStringLiteral("add"), QStringLiteral("Weekly"),
                      QStringLiteral("--every"), QStringLiteral("weekly:mon"), QStringLiteral("--at"),
                      QStringLiteral("09:00"), QStringLiteral("--market"), QStringLiteral("KZ")})
                 .exitCode,
             0);
    const Run r = cli(db, {QStringLiteral("reports"), QStringLiteral("run-due")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json().isArray());
    QVERIFY(r.json().array().isEmpty());
    const QJsonObject listed =
        cli(db, {QStringLiteral("reports"), QStringLiteral("list")}).json().array().at(0).toObject();
    QCOMPARE(listed.value(QStringLiteral("query")).toObject().value(QStringLiteral("markets")).toArray(),
             QJsonArray{QStringLiteral("KZ")});
    QVERIFY(listed.value(QStringLiteral("next_run")).isString());
    QCOMPARE(cli(db, {QStringLiteral("reports"), QStringLiteral("add"), QStringLiteral("Bad"),
                      QStringLiteral("--every"), QStringLiteral("hourly")})
                 .exitCode,
             2);
}

QTEST_GUILESS_MAIN(tst_ReportCli)
#include "tst_reportcli.moc"
