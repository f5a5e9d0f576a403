// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttestutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QXmlStreamReader>

namespace Medtour::ReportTest {

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray unzipMember(const QString &zip, const QString &member)
{
    return run(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member}).out;
}

QStringList zipMembers(const QString &zip)
{
    return QString::fromUtf8(run(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zip}).out)
        .split(u'\n', Qt::SkipEmptyParts);
}

QStringList xlsxStrings(const QString &path)
{
    QStringList out;
    for (const QString &member : {QStringLiteral("xl/sharedStrings.xml"), QStringLiteral("xl/worksheets/sheet1.xml")}) {
        QXmlStreamReader xml(unzipMember(path, member));
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"t")
                out << xml.readElementText();
        }
    }
    return out;
}

QString squeeze(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

QString pdfTextSqueezed(const QString &path)
{
    return squeeze(QString::fromUtf8(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out));
}

QString systemPython()
{
    const QString system = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    return system.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("python3")) : system;
}

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

SmtpSink::SmtpSink(const QString &outDir, const QString &user, const QString &password)
    : m_dir(outDir)
    , m_user(user)
    , m_password(password)
{}

SmtpSink::~SmtpSink()
{
    stop();
}

bool SmtpSink::start(int port, QString *why)
{
    QDir().mkpath(m_dir);
    m_port = port > 0 ? port : freePort();
    m_process = std::make_unique<QProcess>();
    QStringList args{QStringLiteral(MEDTOUR_SMTP_SINK), QString::number(m_port), m_dir};
    if (!m_user.isEmpty())
        args << m_user << m_password;
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(systemPython(), args);
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (timer.elapsed() < 20000) {
        if (m_process->waitForReadyRead(200))
            out += m_process->readAllStandardOutput();
        if (out.contains("READY"))
            return true;
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    *why = QStringLiteral("the SMTP sink did not start: %1").arg(QString::fromUtf8(m_process->readAllStandardError()));
    stop();
    return false;
}

void SmtpSink::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished();
        }
    }
    m_process.reset();
}

QList<QJsonDocument> SmtpSink::messages() const
{
    QList<QJsonDocument> out;
    for (int n = 1;; ++n) {
        QFile f(QDir(m_dir).filePath(QStringLiteral("%1.json").arg(n)));
        if (!f.open(QIODevice::ReadOnly))
            break;
        out << QJsonDocument::fromJson(f.readAll());
    }
    return out;
}

} // namespace Medtour::ReportTest
