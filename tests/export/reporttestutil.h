// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

/// Child processes and file read-backs the report tests share.
namespace Medtour::ReportTest {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

/// Runs a program to its end (at most two minutes); exitCode -2 when it crashed, -1 when it hung.
Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {});
/// One member of a zip file (unzip -p), or empty.
QByteArray unzipMember(const QString &zip, const QString &member);
/// The names in a zip file (unzip -Z1).
QStringList zipMembers(const QString &zip);
/// The texts of an XLSX workbook's cells (shared strings and inline strings).
QStringList xlsxStrings(const QString &path);
/// The text of a PDF (pdftotext -layout off), whitespace removed.
QString pdfTextSqueezed(const QString &path);
/// `text` without any whitespace.
QString squeeze(const QString &text);

/// A local SMTP server (tests/export/smtpsink.py, python3-aiosmtpd) on 127.0.0.1.
class SmtpSink
{
public:
    SmtpSink(const QString &outDir, const QString &user = {}, const QString &password = {});
    ~SmtpSink();
    /// Starts on `port` (0: a free one); false with `why` when it cannot.
    bool start(int port, QString *why);
    void stop();
    int port() const { return m_port; }
    /// The messages received so far, as the sink describes them (N.json), in order.
    QList<QJsonDocument> messages() const;

private:
    QString m_dir;
    QString m_user;
    QString m_password;
    int m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

/// The Python that has Debian's python3-aiosmtpd: /usr/bin/python3 before any other on PATH
/// (a pyenv or virtualenv python3 does not see Debian's modules).
QString systemPython();
/// A free TCP port on 127.0.0.1 (bound and released).
int freePort();

} // namespace Medtour::ReportTest
