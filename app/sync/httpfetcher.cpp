// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfetcher.h"

#include "core/logging.h"
#include "core/version.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>

namespace Medtour {

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString httpError(int status, const QByteArray &reason)
{
    QString text = QStringLiteral("HTTP %1").arg(status);
    if (!reason.isEmpty())
        text += u' ' + QString::fromLatin1(reason.left(80));
    return text;
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

} // namespace

HttpFetcher::HttpFetcher(const FetchSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_manager(new QNetworkAccessManager(this))
{
    if (m_settings.useSystemProxy)
        QNetworkProxyFactory::setUseSystemConfiguration(true);
    else
        m_manager->setProxy(QNetworkProxy::NoProxy);
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpFetcher::~HttpFetcher()
{
    for (auto &[ticket, job] : m_jobs) {
        if (job.reply) {
            job.reply->disconnect(this);
            job.reply->abort();
            job.reply->deleteLater();
        }
    }
}

QByteArray HttpFetcher::userAgent()
{
    return QByteArrayLiteral("MedtourReader/") + applicationVersion().toLatin1() +
           QByteArrayLiteral(" (+https://medtour-reader.invalid)");
}

qint64 HttpFetcher::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const qint64 secs = v.toLongLong(&ok);
    if (ok)
        return secs < 0 ? -1 : secs;
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, now.secsTo(when));
}

void HttpFetcher::fetch(const FetchRequest &request)
{
    const quint64 ticket = m_nextTicket++;
    Job &job = m_jobs[ticket];
    job.request = request;
    job.current = request.url;
    job.visited.insert(request.url.adjusted(QUrl::NormalizePathSegments));
    job.host = request.url.host().toLower();
    job.clock.start();
    m_waiting.push_back(ticket);
    schedule();
}

void HttpFetcher::abortAll(const QString &reason)
{
    std::vector<quint64> tickets;
    tickets.reserve(m_jobs.size());
    for (const auto &[ticket, job] : m_jobs)
        tickets.push_back(ticket);
    m_waiting.clear();
    for (const quint64 ticket : tickets) {
        const auto it = m_jobs.find(ticket);
        if (it == m_jobs.end())
            continue;
        if (it->second.reply) {
            stopJob(it->second, Error::Cancelled, reason, false);
        } else {
            FetchResult result;
            result.error = reason;
            result.errorCode = Error::Cancelled;
            complete(ticket, result);
        }
    }
}

void HttpFetcher::schedule()
{
    for (auto it = m_waiting.begin(); it != m_waiting.end() && m_active < m_settings.maxConcurrent;) {
        const auto job = m_jobs.find(*it);
        if (job == m_jobs.end()) {
            it = m_waiting.erase(it);
            continue;
        }
        if (m_perHost.value(job->second.host) >= m_settings.maxPerHost) {
            ++it;
            continue;
        }
        const quint64 ticket = *it;
        it = m_waiting.erase(it);
        start(ticket);
        // start() may have completed jobs synchronously (bad URL); restart the scan to stay valid.
        it = m_waiting.begin();
    }
}

void HttpFetcher::start(quint64 ticket)
{
    Job &job = m_jobs.at(ticket);
    const QString scheme = job.current.scheme();
    if (!job.current.isValid() || (scheme != u"http" && scheme != u"https")) {
        FetchResult result;
        result.error = QStringLiteral("not an http(s) URL: %1").arg(job.current.toString());
        result.errorCode = Error::InvalidInput;
        complete(ticket, result);
        return;
    }
    ++job.attempt;
    job.body.clear();
    job.abortReason.clear();
    job.abortRetryable = false;
    ++m_active;
    ++m_perHost[job.host];

    QNetworkRequest request(job.current);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Qt inflates gzip/deflate itself; its ratio check starts where our cap ends, so a bomb meets one of them.
    request.setDecompressedSafetyCheckThreshold(m_settings.maxBytes);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("Accept",
                         "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, "
                         "text/xml;q=0.9, */*;q=0.5");
    if (!job.request.etag.isEmpty())
        request.setRawHeader("If-None-Match", job.request.etag);
    if (!job.request.lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", job.request.lastModified);

    job.reply = m_manager->get(request);
    // A small read buffer keeps a fast endless body from piling up in Qt's buffer ahead of our cap.
    job.reply->setReadBufferSize(256 * 1024);
    job.idle = new QTimer(job.reply);
    job.idle->setSingleShot(true);
    armIdle(job, m_settings.connectTimeoutMs);
    job.deadline = new QTimer(job.reply);
    job.deadline->setSingleShot(true);
    job.deadline->start(m_settings.totalTimeoutMs);
    job.deadlineArmed.start();
    job.deadlineInterval = m_settings.totalTimeoutMs;

    QNetworkReply *reply = job.reply;
    connect(job.idle, &QTimer::timeout, this, [this, ticket] {
        const auto it = m_jobs.find(ticket);
        if (it == m_jobs.end())
            return;
        Job &j = it->second;
        if (!onTime(j.idle, j.idleArmed, &j.idleInterval))
            return;
        const bool started = j.reply && j.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
        stopJob(j, Error::Timeout,
                started
                    ? QStringLiteral("timed out: no data for %1 s").arg(seconds(m_settings.idleTimeoutMs))
                    : QStringLiteral("timed out: no response within %1 s").arg(seconds(m_settings.connectTimeoutMs)),
                true);
    });
    connect(job.deadline, &QTimer::timeout, this, [this, ticket] {
        const auto it = m_jobs.find(ticket);
        if (it == m_jobs.end() || !onTime(it->second.deadline, it->second.deadlineArmed, &it->second.deadlineInterval))
            return;
        stopJob(it->second, Error::Timeout,
                QStringLiteral("timed out: the transfer took longer than %1 s").arg(seconds(m_settings.totalTimeoutMs)),
                true);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, ticket] {
        const auto it = m_jobs.find(ticket);
        if (it == m_jobs.end() || !it->second.reply)
            return;
        Job &j = it->second;
        armIdle(j, m_settings.idleTimeoutMs);
        const QVariant length = j.reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_settings.maxBytes)
            stopJob(j, Error::TooLarge,
                    QStringLiteral("too large: the server announced %1 bytes, the limit is %2")
                        .arg(length.toLongLong())
                        .arg(m_settings.maxBytes),
                    false);
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, ticket] { onReadyRead(ticket); });
    connect(reply, &QNetworkReply::finished, this, [this, ticket] { onFinished(ticket); });
    qCDebug(lcSync) << "GET" << job.current << "attempt" << job.attempt;
}

void HttpFetcher::armIdle(Job &job, int ms)
{
    job.idle->start(ms);
    job.idleArmed.start();
    job.idleInterval = ms;
}

bool HttpFetcher::onTime(QTimer *timer, QElapsedTimer &armed, int *interval)
{
    constexpr qint64 kLateMs = 200;
    const qint64 late = armed.elapsed() - *interval;
    if (late <= kLateMs)
        return true;
    *interval = int(std::min<qint64>(late, 10 * 60 * 1000));
    timer->start(*interval);
    armed.start();
    return false;
}

void HttpFetcher::onReadyRead(quint64 ticket)
{
    const auto it = m_jobs.find(ticket);
    if (it == m_jobs.end() || !it->second.reply)
        return;
    Job &job = it->second;
    armIdle(job, m_settings.idleTimeoutMs);
    // Qt has already inflated gzip/deflate here, so this caps the decoded size.
    job.body += job.reply->readAll();
    if (job.body.size() > m_settings.maxBytes) {
        job.body.clear();
        stopJob(job, Error::TooLarge, QStringLiteral("too large: more than %1 bytes").arg(m_settings.maxBytes), false);
    }
}

void HttpFetcher::stopJob(Job &job, Error::Code code, const QString &reason, bool retryable)
{
    if (!job.reply || !job.abortReason.isEmpty())
        return;
    job.abortReason = reason;
    job.abortCode = code;
    job.abortRetryable = retryable;
    job.reply->abort(); // emits finished → onFinished
}

void HttpFetcher::release(Job &job)
{
    if (!job.reply)
        return;
    job.reply->disconnect(this);
    job.idle->stop();
    job.deadline->stop();
    job.reply->deleteLater();
    job.reply = nullptr;
    job.idle = nullptr;
    job.deadline = nullptr;
    --m_active;
    if (--m_perHost[job.host] <= 0)
        m_perHost.remove(job.host);
}

void HttpFetcher::onFinished(quint64 ticket)
{
    const auto it = m_jobs.find(ticket);
    if (it == m_jobs.end() || !it->second.reply)
        return;
    if (it->second.abortReason.isEmpty() && it->second.reply->error() == QNetworkReply::NoError) {
        onReadyRead(ticket); // the last bytes; the size cap may end the job here
        const auto again = m_jobs.find(ticket);
        if (again == m_jobs.end() || !again->second.reply)
            return;
    }
    Job &job = m_jobs.at(ticket);
    QNetworkReply *reply = job.reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    const QString abortReason = job.abortReason;
    const Error::Code abortCode = job.abortCode;
    const bool abortRetryable = job.abortRetryable;
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString networkErrorText = reply->errorString();
    const QByteArray location = reply->rawHeader("Location");
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    FetchResult result;
    result.id = job.request.id;
    result.purpose = job.request.purpose;
    result.httpStatus = status;
    result.finalUrl = job.current;
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.etag = reply->rawHeader("ETag");
    result.lastModified = reply->rawHeader("Last-Modified");
    release(job);

    if (!abortReason.isEmpty()) {
        if (abortRetryable)
            retryOrFail(ticket, abortCode, abortReason, status);
        else {
            result.error = abortReason;
            result.errorCode = abortCode;
            complete(ticket, result);
        }
        return;
    }
    if (networkError != QNetworkReply::NoError && networkErrorText.trimmed() == u"Decompression failed:") {
        // Qt's inflater stopped on its ratio check (past maxBytes inflated); corrupt data would carry zlib's reason.
        result.error = QStringLiteral("too large: the compressed body inflates past %1 bytes (a compression bomb)")
                           .arg(m_settings.maxBytes);
        result.errorCode = Error::TooLarge;
        complete(ticket, result);
        return;
    }
    if (status == 0 || (networkError != QNetworkReply::NoError && status < 300)) {
        // No HTTP response: refused, DNS, TLS (never ignored) and the like.
        const bool retryable = networkError == QNetworkReply::TimeoutError ||
                               networkError == QNetworkReply::RemoteHostClosedError ||
                               networkError == QNetworkReply::TemporaryNetworkFailureError;
        const bool tls = networkError == QNetworkReply::SslHandshakeFailedError;
        const Error::Code code = networkError == QNetworkReply::TimeoutError ? Error::Timeout
                                 : tls                                       ? Error::Tls
                                                                             : Error::Network;
        if (retryable)
            retryOrFail(ticket, code, networkErrorText, status);
        else {
            result.error = networkErrorText;
            result.errorCode = code;
            complete(ticket, result);
        }
        return;
    }
    if (isRedirect(status)) {
        if (location.isEmpty()) {
            result.error = httpError(status, reason) + QStringLiteral(" without a Location");
            result.errorCode = Error::Redirect;
            complete(ticket, result);
            return;
        }
        const QUrl target = job.current.resolved(QUrl::fromEncoded(location));
        const QUrl key = target.adjusted(QUrl::NormalizePathSegments);
        if (target.scheme() != u"http" && target.scheme() != u"https") {
            result.error = QStringLiteral("redirect to a non-http URL: %1").arg(target.toString());
        } else if (job.current.scheme() == u"https" && target.scheme() == u"http") {
            result.error = QStringLiteral("redirect from https to http refused: %1").arg(target.toString());
        } else if (job.visited.contains(key)) {
            result.error = QStringLiteral("redirect loop at %1").arg(target.toString());
        } else if (job.redirects >= m_settings.maxRedirects) {
            result.error = QStringLiteral("too many redirects (more than %1)").arg(m_settings.maxRedirects);
        }
        if (!result.error.isEmpty()) {
            result.errorCode = Error::Redirect;
            complete(ticket, result);
            return;
        }
        ++job.redirects;
        job.allPermanent = job.allPermanent && (status == 301 || status == 308);
        job.visited.insert(key);
        job.current = target;
        job.host = target.host().toLower();
        --job.attempt; // a redirect is not a retry
        m_waiting.push_front(ticket);
        schedule();
        return;
    }
    if (status == 304) {
        result.outcome = FetchResult::Outcome::NotModified;
        complete(ticket, result);
        return;
    }
    if (status >= 200 && status < 300) {
        result.outcome = FetchResult::Outcome::Ok;
        result.body = std::move(job.body);
        complete(ticket, result);
        return;
    }
    const qint64 wait =
        (status == 429 || status == 503) ? parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc()) : -1;
    if (wait >= 0) {
        // Honoured by scheduling: the caller stores next_due instead of us sleeping on it.
        result.retryAfterSecs = wait;
        result.error = httpError(status, reason) + QStringLiteral(" (retry after %1 s)").arg(wait);
        result.errorCode = Error::Http;
        complete(ticket, result);
        return;
    }
    if (status >= 500) {
        retryOrFail(ticket, Error::Http, httpError(status, reason), status);
        return;
    }
    result.error = httpError(status, reason);
    result.errorCode = Error::Http;
    complete(ticket, result);
}

void HttpFetcher::retryOrFail(quint64 ticket, Error::Code code, const QString &error, int status)
{
    Job &job = m_jobs.at(ticket);
    if (job.attempt <= m_settings.maxRetries) {
        const int delay = m_settings.retryBaseMs * (1 << std::min(job.attempt - 1, 10));
        qCInfo(lcSync) << job.current << error << "- retrying in" << delay << "ms";
        job.waitingRetry = true;
        QTimer::singleShot(delay, this, [this, ticket] {
            const auto it = m_jobs.find(ticket);
            if (it == m_jobs.end() || !it->second.waitingRetry)
                return;
            it->second.waitingRetry = false;
            m_waiting.push_front(ticket);
            schedule();
        });
        return;
    }
    FetchResult result;
    result.id = job.request.id;
    result.purpose = job.request.purpose;
    result.httpStatus = status;
    result.finalUrl = job.current;
    result.error = job.attempt > 1 ? QStringLiteral("%1 (after %2 attempts)").arg(error).arg(job.attempt) : error;
    result.errorCode = code;
    complete(ticket, result);
}

void HttpFetcher::complete(quint64 ticket, FetchResult result)
{
    const auto it = m_jobs.find(ticket);
    if (it == m_jobs.end())
        return;
    Job &job = it->second;
    release(job);
    result.id = job.request.id;
    result.purpose = job.request.purpose;
    if (result.outcome != FetchResult::Outcome::Failed && job.redirects > 0 && job.allPermanent)
        result.permanentUrl = job.current;
    if (!result.finalUrl.isValid())
        result.finalUrl = job.current;
    result.bytes = result.body.size();
    result.elapsedMs = job.clock.elapsed();
    result.attempts = job.attempt;
    m_jobs.erase(it);
    if (result.outcome == FetchResult::Outcome::Failed)
        qCInfo(lcSync) << "fetch failed" << result.finalUrl << result.error;
    Q_EMIT finished(result);
    schedule();
}

} // namespace Medtour
