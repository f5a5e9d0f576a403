// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QProcessEnvironment>
#include <QThread>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace MedtourTest {

/// What a test server received.
struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
};

/// What it answers. Drip, Endless and Stall model hostile servers.
struct HttpResponse
{
    enum class Mode
    {
        Normal,  ///< headers and body, then close
        Drip,    ///< headers, then one byte of body every dripIntervalMs, forever
        Endless, ///< headers, then body chunks as fast as the client reads, forever
        Stall    ///< accept the connection and never answer
    };
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Mode mode = Mode::Normal;
    int dripIntervalMs = 100;
    int delayMs = 0; ///< wait this long before answering (Normal mode)
};

/**
 * An HTTP/1.1 server on 127.0.0.1 (port 0) for sync tests, written on QTcpServer. It runs in its
 * own thread, so it drips and stalls on its own while the code under test runs; routes can be
 * changed from the test thread at any time.
 */
class TestHttpServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    TestHttpServer();
    ~TestHttpServer() override;

    quint16 port() const { return m_port; }
    QUrl url(const QString &path) const;
    void route(const QByteArray &path, const HttpResponse &response);
    void route(const QByteArray &path, Handler handler);
    int hits(const QByteArray &path) const;
    /// The most requests to one path prefix that were being answered at the same time.
    int maxConcurrent(const QByteArray &prefix) const;
    HttpRequest lastRequest(const QByteArray &path) const;
    /// Every request received, in order, routed or not (the access log).
    QList<HttpRequest> requests() const;
    /// Empties the access log (requests()).
    void clearRequests();

    static QByteArray gzip(const QByteArray &data);
    /// The environment for a child process (medtour-cli) that talks to this server: without proxy
    /// variables, so that no proxy gets between it and 127.0.0.1.
    static QProcessEnvironment environmentWithoutProxy();
    static HttpResponse redirect(int status, const QByteArray &location);

private:
    class Core;
    friend class Core;
    HttpResponse respond(const HttpRequest &request);
    void connectionEnded(const QByteArray &path);

    QThread m_thread;
    Core *m_core = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    QHash<QByteArray, Handler> m_routes;
    QHash<QByteArray, int> m_hits;
    QHash<QByteArray, HttpRequest> m_last;
    QList<HttpRequest> m_log;
    QHash<QByteArray, int> m_active;
    QHash<QByteArray, int> m_maxActive;
};

} // namespace MedtourTest
