// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "sync/fetchsettings.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

#include <deque>
#include <map>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Medtour {

/// What a fetch is for, echoed in its result so that one fetcher can serve several callers: the
/// sync fetches sources' feeds and, for summary-only items, article pages, each keyed by its own
/// numbers.
enum class FetchPurpose
{
    Source, ///< `id` is a source's id
    Page    ///< `id` is a page job's key (PageCompleter)
};

/// One GET to make, with the validators of the last good response for a conditional request.
struct FetchRequest
{
    qint64 id = 0; ///< the caller's key, echoed in the result
    QUrl url;
    QByteArray etag;
    QByteArray lastModified;
    FetchPurpose purpose = FetchPurpose::Source; ///< echoed in the result with the key
};

/// How one fetch ended. Values only: it crosses threads in queued signals.
struct FetchResult
{
    enum class Outcome
    {
        Ok,
        NotModified,
        Failed
    };
    qint64 id = 0;
    FetchPurpose purpose = FetchPurpose::Source;
    Outcome outcome = Outcome::Failed;
    int httpStatus = 0;
    QByteArray body;
    QByteArray contentType;
    QUrl finalUrl;     ///< after redirects
    QUrl permanentUrl; ///< set when every redirect on the way was permanent (301/308)
    QByteArray etag;
    QByteArray lastModified;
    QString error;                       ///< English detail
    Error::Code errorCode = Error::None; ///< what kind of failure (Timeout, Tls, Http, …)
    qint64 retryAfterSecs = -1;          ///< from a 429/503 Retry-After, else -1
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    int attempts = 0;
};

/**
 * The sync module's HTTP client: one QNetworkAccessManager, asynchronous, no nested event loops.
 * It survives hostile servers: connect, idle and total timeouts; a cap on the decoded size (so a
 * gzip bomb is cut off); redirects followed by hand with a loop check and a limit; retries with
 * exponential back-off on timeouts and 5xx; Retry-After reported rather than slept on; total and
 * per-host concurrency caps. TLS errors are never ignored.
 */
class HttpFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpFetcher)

public:
    explicit HttpFetcher(const FetchSettings &settings, QObject *parent = nullptr);
    ~HttpFetcher() override;

    void fetch(const FetchRequest &request);
    /// Ends every queued and running fetch with `reason` as its error.
    void abortAll(const QString &reason);
    int pendingCount() const { return int(m_jobs.size()); }
    const FetchSettings &settings() const { return m_settings; }

    static QByteArray userAgent();
    /// Seconds from a Retry-After value (delta-seconds or an HTTP date), or -1.
    static qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now);

Q_SIGNALS:
    void finished(const Medtour::FetchResult &result);

private:
    struct Job
    {
        FetchRequest request;
        QUrl current;
        QSet<QUrl> visited;
        int redirects = 0;
        bool allPermanent = true;
        int attempt = 0;
        QElapsedTimer clock;
        QNetworkReply *reply = nullptr;
        QTimer *idle = nullptr;
        QTimer *deadline = nullptr;
        QElapsedTimer idleArmed; ///< when `idle` was last started, to tell a late timer from a silent server
        QElapsedTimer deadlineArmed;
        int idleInterval = 0;
        int deadlineInterval = 0;
        QByteArray body;
        QString host;
        QString abortReason;
        Error::Code abortCode = Error::None;
        bool abortRetryable = false;
        bool waitingRetry = false;
    };

    void armIdle(Job &job, int ms);
    /// True when the timer fired on time. When it fired late, this thread was busy (ingesting) and
    /// the reply could not read: the time is given back by re-arming for as long as it was late,
    /// so timeouts measure the server, not us. A dripping server is still cut off on time.
    static bool onTime(QTimer *timer, QElapsedTimer &armed, int *interval);
    void schedule();
    void start(quint64 ticket);
    void onReadyRead(quint64 ticket);
    void onFinished(quint64 ticket);
    void stopJob(Job &job, Error::Code code, const QString &reason, bool retryable);
    void release(Job &job);
    void retryOrFail(quint64 ticket, Error::Code code, const QString &error, int status);
    void complete(quint64 ticket, FetchResult result);

    FetchSettings m_settings;
    QNetworkAccessManager *m_manager = nullptr;
    std::map<quint64, Job> m_jobs;
    std::deque<quint64> m_waiting;
    QHash<QString, int> m_perHost;
    int m_active = 0;
    quint64 m_nextTicket = 1;
};

} // namespace Medtour

Q_DECLARE_METATYPE(Medtour::FetchResult)
