// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfetcher.h"

#include "core/credentialstore.h"
#include "core/logging.h"
#include "core/urlsecrets.h"
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
    const bool digits = std::all_of(v.cbegin(), v.cend(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits) {
        // Any number of digits: a value past what fits (9223372036854775807 and beyond) is simply
        // long, and no server gets to park a source for more than a week.
        bool ok = false;
        const qint64 secs = v.size() <= 18 ? v.toLongLong(&ok) : 0;
        return ok ? std::min(secs, kMaxRetryAfterSecs) : kMaxRetryAfterSecs;
    }
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return std::clamp<qint64>(now.secsTo(when), 0, kMaxRetryAfterSecs);
}

QString HttpFetcher::hostKey(const QUrl &url)
{
    return url.host().toLower() + u':' + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
}

void HttpFetcher::fetch(const FetchRequest &request)
{
    const quint64 ticket = m_nextTicket++;
    Job &job = m_jobs[ticket];
    job.request = request;
    // User name and password leave the URL here: they go in a header (addCredentials()), never in a
    // log line, an error or the URL the result reports.
    job.user = request.url.userName();
    job.password = request.url.password();
    job.request.url = request.url.adjusted(QUrl::RemoveUserInfo);
    job.origin = job.request.url;
    job.current = job.request.url;
    job.visited.insert(job.current.adjusted(QUrl::NormalizePathSegments));
    job.hostKey = hostKey(job.current);
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
    // Not re-entered: a job ended from here (a skip, a bad URL) reports at once, and what its
    // receiver does (fetch more) only asks for another pass of this loop.
    if (m_scheduling) {
        m_scheduleAgain = true;
        return;
    }
    m_scheduling = true;
    do {
        m_scheduleAgain = false;
        scheduleOnce();
    } while (m_scheduleAgain);
    m_scheduling = false;
}

void HttpFetcher::scheduleOnce()
{
    for (auto it = m_waiting.begin(); it != m_waiting.end() && m_active < m_settings.maxConcurrent;) {
        const auto job = m_jobs.find(*it);
        if (job == m_jobs.end()) {
            it = m_waiting.erase(it);
            continue;
        }
        if (hostGivenUp(job->second.hostKey)) {
            // Its host timed out again and again in this sync: no more attempts there until the next.
            const quint64 ticket = *it;
            m_waiting.erase(it);
            skip(ticket);
            it = m_waiting.begin();
            continue;
        }
        if (m_perHost.value(job->second.hostKey) >= m_settings.maxPerHost) {
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
    job.decoder.reset();
    job.abortReason.clear();
    job.abortRetryable = false;
    ++m_active;
    ++m_perHost[job.hostKey];

    QNetworkRequest request(job.current);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // Asked for by us, so Qt leaves the body compressed: ContentDecoder inflates it in onReadyRead(),
    // counting every byte it makes, and stops a bomb at the size limit.
    request.setRawHeader("Accept-Encoding", "gzip, deflate");
    request.setRawHeader("User-Agent", userAgent());
    addCredentials(request, job);
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
        m_hostsAnswering.insert(j.hostKey);
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
    if (!job.decoder) {
        // Only a 2xx body is kept, so only a 2xx body is inflated; any other is counted and dropped.
        const int status = job.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool kept = status >= 200 && status < 300;
        job.decoder = std::make_unique<ContentDecoder>(kept ? job.reply->rawHeader("Content-Encoding") : QByteArray(),
                                                       m_settings.maxBytes);
    }
    switch (job.decoder->feed(job.reply->readAll(), &job.body)) {
    case ContentDecoder::Status::Ok:
        break;
    case ContentDecoder::Status::TooLarge:
        job.body.clear();
        stopJob(job, Error::TooLarge,
                job.decoder->decodes()
                    ? QStringLiteral("too large: the compressed body inflates past %1 bytes (a compression bomb)")
                          .arg(m_settings.maxBytes)
                    : QStringLiteral("too large: more than %1 bytes").arg(m_settings.maxBytes),
                false);
        break;
    case ContentDecoder::Status::Damaged:
        job.body.clear();
        stopJob(job, Error::Network, job.decoder->error(), false);
        break;
    }
}

void HttpFetcher::addCredentials(QNetworkRequest &request, Job &job) const
{
    if (job.user.isEmpty() || !UrlSecrets::sameOrigin(job.current, job.origin))
        return; // none, or a redirect took us elsewhere: the password stays with its own site
    if (job.password.isEmpty()) {
        QUrl keyed = job.origin;
        keyed.setUserName(job.user);
        const Result<std::optional<QString>> kept = CredentialStore().password(UrlSecrets::keyFor(keyed));
        if (!kept)
            qCInfo(lcSync) << "no password for" << job.origin.toDisplayString() << ":" << kept.error().detail;
        else if (kept->has_value())
            job.password = **kept;
    }
    const QByteArray pair = job.user.toUtf8() + ':' + job.password.toUtf8();
    request.setRawHeader("Authorization", "Basic " + pair.toBase64());
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
    if (--m_perHost[job.hostKey] <= 0)
        m_perHost.remove(job.hostKey);
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
        job.current = target.adjusted(QUrl::RemoveUserInfo);
        job.hostKey = hostKey(job.current);
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
        if (job.decoder && job.decoder->finish() == ContentDecoder::Status::Damaged) {
            result.error = job.decoder->error();
            result.errorCode = Error::Network;
            complete(ticket, result);
            return;
        }
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
    const QString key = job.hostKey;
    if (code == Error::Timeout)
        ++m_hostTimeouts[key];
    const bool givenUp = code == Error::Timeout && hostGivenUp(key);
    if (job.attempt <= m_settings.maxRetries && !givenUp) {
        const int delay = m_settings.retryBaseMs * (1 << std::min(job.attempt - 1, 10));
        qCInfo(lcSync) << job.current << error << "- retrying in" << delay << "ms";
        job.waitingRetry = true;
        QTimer::singleShot(delay, this, [this, ticket] {
            const auto it = m_jobs.find(ticket);
            if (it == m_jobs.end() || !it->second.waitingRetry)
                return;
            it->second.waitingRetry = false;
            // Behind the requests not tried yet: a feed that failed once does not go before a
            // healthy one that has not had its turn.
            m_waiting.push_back(ticket);
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
    if (givenUp)
        skipHost(key);
}

void HttpFetcher::skip(quint64 ticket)
{
    const auto it = m_jobs.find(ticket);
    if (it == m_jobs.end())
        return;
    FetchResult result;
    result.finalUrl = it->second.current;
    result.error = QStringLiteral("timed out: skipped after %1 time-outs on %2 in this sync (tried again in the next)")
                       .arg(m_hostTimeouts.value(it->second.hostKey))
                       .arg(it->second.hostKey);
    result.errorCode = Error::Timeout;
    complete(ticket, result);
}

void HttpFetcher::skipHost(const QString &key)
{
    // The jobs that wait on that host: queued, or between attempts. Running ones end on their own.
    std::vector<quint64> tickets;
    for (const auto &[ticket, job] : m_jobs) {
        if (job.hostKey == key && !job.reply)
            tickets.push_back(ticket);
    }
    for (const quint64 ticket : tickets) {
        const auto queued = std::find(m_waiting.begin(), m_waiting.end(), ticket);
        if (queued != m_waiting.end())
            m_waiting.erase(queued);
        skip(ticket);
    }
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
    if (result.outcome != FetchResult::Outcome::Failed && job.redirects > 0 && job.allPermanent) {
        result.permanentUrl = job.current;
        if (UrlSecrets::sameOrigin(job.current, job.origin))
            result.permanentUrl.setUserName(job.user); // the same login goes with it
    }
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
