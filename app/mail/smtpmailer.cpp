// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpmailer.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHostAddress>
#include <QLocale>
#include <QUuid>

#include <curl/curl.h>
#include <memory>
#include <mutex>

Q_LOGGING_CATEGORY(lcMail, "medtour.mail")

namespace Medtour::Mail {

namespace {

struct CurlDeleter
{
    void operator()(CURL *c) const { curl_easy_cleanup(c); }
    void operator()(curl_mime *m) const { curl_mime_free(m); }
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};

void appendList(curl_slist **list, const QByteArray &line)
{
    if (curl_slist *grown = curl_slist_append(*list, line.constData()))
        *list = grown;
}

bool isLoopback(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Error::Code codeFor(CURLcode code)
{
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
        return Error::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_USE_SSL_FAILED:
        return Error::Tls;
    default:
        return Error::Network;
    }
}

/// Plain text for the MIME part: CRLF line ends.
QByteArray crlf(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace("\r\n", "\n");
    bytes.replace("\n", "\r\n");
    return bytes;
}

} // namespace

Error SmtpMailer::send(const MailMessage &message, const MailSettings &settings, const QString &password)
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    QUrl server = settings.server;
    const QString scheme = server.scheme().toLower();
    if ((scheme != u"smtp" && scheme != u"smtps") || server.host().isEmpty()) {
        return {Error::InvalidInput, QStringLiteral("the mail server must be smtp://host:port (STARTTLS) or "
                                                    "smtps://host:port (TLS), not '%1'")
                                         .arg(server.toString())};
    }
    if (server.port() <= 0)
        server.setPort(scheme == u"smtps" ? 465 : 587);
    server.setPath(QString());
    const QString serverName = server.toString(QUrl::RemoveUserInfo);
    const QString from = bareAddress(message.from);
    if (from.isEmpty())
        return {Error::InvalidInput, QStringLiteral("'%1' is not a sender address").arg(message.from)};
    if (message.to.isEmpty())
        return {Error::InvalidInput, QStringLiteral("no recipient")};
    qint64 attached = 0;
    for (const Attachment &a : message.attachments) {
        const QFileInfo info(a.path);
        if (!info.isFile() || !info.isReadable())
            return {Error::NotFound, QStringLiteral("cannot attach %1: no such file").arg(a.path)};
        attached += info.size();
    }
    if (attached > kMaxAttachmentBytes) {
        return {Error::TooLarge, QStringLiteral("the files come to %1 MB, more than mail servers accept (%2 MB)")
                                     .arg(attached / (1024 * 1024))
                                     .arg(kMaxAttachmentBytes / (1024 * 1024))};
    }
    const bool local = isLoopback(server.host());

    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return {Error::Network, QStringLiteral("cannot start the mail client")};
    CURL *c = curl.get();
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray url = server.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo).toUtf8();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(kConnectTimeoutSecs));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(kTotalTimeoutSecs));
    curl_easy_setopt(c, CURLOPT_USE_SSL, long(local && scheme == u"smtp" ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    const QByteArray caFile = QFile::encodeName(settings.caFile);
    if (!settings.caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    const QByteArray user = settings.user.toUtf8();
    const QByteArray pass = password.toUtf8();
    if (!settings.user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, pass.constData());
    }

    const QByteArray mailFrom = "<" + from.toUtf8() + ">";
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_slist *rcptRaw = nullptr;
    QStringList shownTo;
    for (const QString &to : message.to) {
        const QString address = bareAddress(to);
        if (address.isEmpty())
            return {Error::InvalidInput, QStringLiteral("'%1' is not an e-mail address").arg(to)};
        appendList(&rcptRaw, "<" + address.toUtf8() + ">");
        shownTo << address;
    }
    std::unique_ptr<curl_slist, CurlDeleter> rcpt(rcptRaw);
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());

    const QString domain = from.section(u'@', 1);
    curl_slist *headersRaw = nullptr;
    const QString displayFrom = message.from.trimmed();
    const qsizetype angle = displayFrom.indexOf(u'<');
    const QString fromName = angle > 0 ? displayFrom.left(angle).trimmed().remove(u'"') : QString();
    appendList(&headersRaw, "From: " + (fromName.isEmpty() ? QByteArray() : encodedHeaderValue(fromName) + ' ') + "<" +
                                from.toUtf8() + ">");
    appendList(&headersRaw, "To: " + shownTo.join(QStringLiteral(", ")).toUtf8());
    appendList(&headersRaw, "Subject: " + encodedHeaderValue(message.subject));
    appendList(&headersRaw, "Date: " + QLocale::c()
                                           .toString(QDateTime::currentDateTimeUtc(),
                                                     QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000"))
                                           .toLatin1());
    appendList(&headersRaw, "Message-ID: <" + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "@" +
                                domain.toUtf8() + ">");
    std::unique_ptr<curl_slist, CurlDeleter> headers(headersRaw);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());

    std::unique_ptr<curl_mime, CurlDeleter> mime(curl_mime_init(c));
    curl_mime *alternative = curl_mime_init(c);
    const QByteArray text = crlf(message.text);
    const QByteArray html = crlf(message.html);
    curl_mimepart *part = curl_mime_addpart(alternative);
    curl_mime_data(part, text.constData(), size_t(text.size()));
    curl_mime_type(part, "text/plain; charset=utf-8");
    curl_mime_encoder(part, "quoted-printable");
    part = curl_mime_addpart(alternative);
    curl_mime_data(part, html.constData(), size_t(html.size()));
    curl_mime_type(part, "text/html; charset=utf-8");
    curl_mime_encoder(part, "quoted-printable");
    part = curl_mime_addpart(mime.get());
    curl_mime_subparts(part, alternative); // the message owns it from here
    curl_mime_type(part, "multipart/alternative");
    curl_slist *inlineRaw = nullptr;
    appendList(&inlineRaw, "Content-Disposition: inline");
    curl_mime_headers(part, inlineRaw, 1);
    QList<QByteArray> keep; // curl copies names, but the paths must outlive the call
    for (const Attachment &a : message.attachments) {
        part = curl_mime_addpart(mime.get());
        keep << QFile::encodeName(a.path);
        curl_mime_filedata(part, keep.constLast().constData());
        keep << encodedHeaderValue(a.name.isEmpty() ? QFileInfo(a.path).fileName() : a.name).replace("\r\n ", "");
        curl_mime_filename(part, keep.constLast().constData());
        keep << (a.mimeType.isEmpty() ? mimeTypeFor(a.path) : a.mimeType);
        curl_mime_type(part, keep.constLast().constData());
        curl_mime_encoder(part, "base64");
    }
    curl_easy_setopt(c, CURLOPT_MIMEPOST, mime.get());

    const CURLcode code = curl_easy_perform(c);
    if (code != CURLE_OK) {
        const QString why =
            errorBuffer[0] ? QString::fromUtf8(errorBuffer) : QString::fromUtf8(curl_easy_strerror(code));
        long response = 0;
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response);
        qCWarning(lcMail) << "sending to" << serverName << "failed:" << why;
        QString detail = QStringLiteral("mail server %1: %2").arg(serverName, why);
        if (response >= 400)
            detail += QStringLiteral(" (SMTP %1)").arg(response);
        return {code == CURLE_LOGIN_DENIED ? Error::InvalidInput : codeFor(code), detail};
    }
    qCInfo(lcMail) << "sent" << message.subject << "to" << shownTo.size() << "recipients through" << serverName;
    return {};
}

} // namespace Medtour::Mail
