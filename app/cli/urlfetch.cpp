// SPDX-License-Identifier: GPL-3.0-or-later
#include "urlfetch.h"

#include "core/boundedread.h"
#include "sync/fetchsettings.h"
#include "sync/httpfetcher.h"

#include <QEventLoop>
#include <QFileInfo>

#include <optional>

namespace Medtour::UrlFetch {

Result<FetchedDocument> get(const QUrl &url, qint64 maxBytes, int timeoutMs)
{
    FetchSettings settings;
    settings.maxBytes = maxBytes;
    settings.connectTimeoutMs = timeoutMs;
    settings.idleTimeoutMs = timeoutMs;
    settings.totalTimeoutMs = 2 * timeoutMs;
    settings.maxRetries = 0; // a person is waiting; they can run it again
    HttpFetcher fetcher(settings);
    std::optional<FetchResult> result;
    QEventLoop loop;
    QObject::connect(&fetcher, &HttpFetcher::finished, &loop, [&](const FetchResult &r) {
        result = r;
        loop.quit();
    });
    FetchRequest request;
    request.id = 1;
    request.url = url;
    fetcher.fetch(request);
    if (!result)
        loop.exec();
    if (!result || result->outcome != FetchResult::Outcome::Ok) {
        const QString why = result ? result->error : QStringLiteral("no answer");
        return Error{result && result->errorCode != Error::None ? result->errorCode : Error::Io,
                     QStringLiteral("%1: %2").arg(url.toString(QUrl::RemovePassword), why)};
    }
    FetchedDocument doc;
    doc.body = std::move(result->body);
    doc.contentType = result->contentType;
    doc.finalUrl = result->finalUrl;
    return doc;
}

Result<FetchedDocument> load(const QString &target)
{
    const QUrl asUrl(target);
    if (asUrl.scheme() == u"http" || asUrl.scheme() == u"https")
        return get(asUrl, kMaxFeedBytes);
    Result<QByteArray> bytes = BoundedRead::file(target, kMaxFeedBytes, QStringLiteral("20 MiB"));
    if (!bytes && bytes.error().code == Error::InvalidInput)
        return Error{Error::InvalidInput, QStringLiteral("%1: %2 for a document").arg(target, bytes.error().detail)};
    if (!bytes)
        return bytes.error();
    FetchedDocument doc;
    doc.body = std::move(bytes.value());
    doc.finalUrl = QUrl::fromLocalFile(QFileInfo(target).absoluteFilePath());
    return doc;
}

} // namespace Medtour::UrlFetch
