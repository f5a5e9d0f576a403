// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "sync/contentdecoder.h"
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
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
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
 * It survives hostile servers: connect, idle and total timeouts; a cap on the decoded size, counted
 * as gzip/deflate bodies inflate (ContentDecoder), so a compression bomb stops at the limit;
 * redirects followed by hand with a loop check and a limit; retries with exponential back-off on
 * timeouts and 5xx, behind the requests not tried yet; Retry-After reported rather than slept on
 * (and capped at kMaxRetryAfterSecs); total and per-host concurrency caps, a host being its name
 * and port. After kHostTimeoutLimit time-outs on one host that answered nothing, the rest of its
 * requests fail at once (until forgetTimeouts(), which the sync calls as it starts). TLS errors are
 * never ignored.
 *
 * A URL's user name and password never travel in the URL, a log line or an error: they become a
 * Basic Authorization header, sent to that URL's origin only (never after a redirect elsewhere).
 * The password is the URL's own, else the one CredentialStore keeps for it (UrlSecrets::keyFor()).
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
    /// The longest pause a server may ask for with Retry-After: a week.
    static constexpr qint64 kMaxRetryAfterSecs = 7 * 24 * 3600;
    /// Time-outs on one host (name and port) that never answered in one sync, after which its other
    /// requests are given up.
    static constexpr int kHostTimeoutLimit = 3;
    /// Seconds from a Retry-After value (delta-seconds or an HTTP date), at most kMaxRetryAfterSecs
    /// however large the number, or -1.
    static qint64 parseRetryAfter(const QByteArray &value, const QDateTime &now);
    /// "host:port" (the scheme's default port when none is given): what the per-host cap counts.
    static QString hostKey(const QUrl &url);
    /// Starts a new count of time-outs per host (a new sync tries every host again).
    void forgetTimeouts()
    {
        m_hostTimeouts.clear();
        m_hostsAnswering.clear();
    }

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
        std::unique_ptr<ContentDecoder> decoder; ///< made when the first bytes of a 2xx body arrive
        QString hostKey;
        QUrl origin;      ///< the URL asked for, without user info: credentials go to its origin only
        QString user;     ///< from the URL asked for
        QString password; ///< from the URL asked for, else looked up in CredentialStore
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
    void scheduleOnce();
    void start(quint64 ticket);
    void onReadyRead(quint64 ticket);
    void onFinished(quint64 ticket);
    void stopJob(Job &job, Error::Code code, const QString &reason, bool retryable);
    void release(Job &job);
    void retryOrFail(quint64 ticket, Error::Code code, const QString &error, int status);
    void complete(quint64 ticket, FetchResult result);
    /// A host is given up for this sync when kHostTimeoutLimit attempts there timed out and not one
    /// request there got an answer: one that answers some feeds and hangs on others is not dead.
    bool hostGivenUp(const QString &key) const
    {
        return m_hostTimeouts.value(key) >= kHostTimeoutLimit && !m_hostsAnswering.contains(key);
    }
    /// Ends a job that waits (queued or for a retry) on a host given up.
    void skip(quint64 ticket);
    /// Ends every waiting job on `key`.
    void skipHost(const QString &key);
    void addCredentials(QNetworkRequest &request, Job &job) const;

    FetchSettings m_settings;
    QNetworkAccessManager *m_manager = nullptr;
    std::map<quint64, Job> m_jobs;
    std::deque<quint64> m_waiting;
    QHash<QString, int> m_perHost;
    QHash<QString, int> m_hostTimeouts; ///< attempts that timed out per host, this sync
    QSet<QString> m_hostsAnswering;     ///< hosts that sent response headers this sync
    int m_active = 0;
    bool m_scheduling = false;
    bool m_scheduleAgain = false;
    quint64 m_nextTicket = 1;
};

} // namespace Medtour

Q_DECLARE_METATYPE(Medtour::FetchResult)
