// SPDX-License-Identifier: GPL-3.0-or-later
#include "urlfetch.h"

#include "core/version.h"
#include "feeds/feedparser.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Medtour::UrlFetch {

Result<FetchedDocument> get(const QUrl &url, qint64 maxBytes, int timeoutMs)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setMaximumRedirectsAllowed(5);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("MedtourReader/%1 (+https://medtour-reader.invalid)").arg(applicationVersion()));
    QNetworkReply *reply = manager.get(request);
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64) {
        if (received > maxBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs * 2, &loop, [reply] { reply->abort(); }); // total time bound
    loop.exec();
    reply->deleteLater();
    if (tooLarge)
        return Error{Error::InvalidInput, QStringLiteral("%1: larger than %2 bytes").arg(url.toString()).arg(maxBytes)};
    if (reply->error() != QNetworkReply::NoError)
        return Error{Error::Io, QStringLiteral("%1: %2").arg(url.toString(), reply->errorString())};
    FetchedDocument doc;
    doc.body = reply->readAll();
    doc.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    doc.finalUrl = reply->url();
    return doc;
}

Result<FetchedDocument> load(const QString &target)
{
    const QUrl asUrl(target);
    if (asUrl.scheme() == u"http" || asUrl.scheme() == u"https")
        return get(asUrl, kMaxFeedBytes);
    QFile file(target);
    if (!file.exists())
        return Error{Error::NotFound, QStringLiteral("no such file: %1").arg(target)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Io, QStringLiteral("cannot read %1: %2").arg(target, file.errorString())};
    if (file.size() > kMaxFeedBytes)
        return Error{
            Error::InvalidInput,
            QStringLiteral("%1: %2 bytes, larger than the 20 MiB limit for a document").arg(target).arg(file.size())};
    FetchedDocument doc;
    doc.body = file.readAll();
    doc.finalUrl = QUrl::fromLocalFile(QFileInfo(target).absoluteFilePath());
    return doc;
}

} // namespace Medtour::UrlFetch
