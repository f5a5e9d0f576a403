// SPDX-License-Identifier: GPL-3.0-or-later
#include "testhttpserver.h"

#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace MedtourTest {

namespace {

QByteArray reasonFor(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

quint32 crc32(const QByteArray &data)
{
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        ready = true;
    }
    quint32 crc = 0xFFFFFFFFu;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void appendLe32(QByteArray &out, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
}

} // namespace

/// Lives in the server thread: the QTcpServer and every connection.
class TestHttpServer::Core final : public QObject
{
public:
    explicit Core(TestHttpServer *owner)
        : m_owner(owner)
    {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                accept(socket);
        });
        return m_server->serverPort();
    }

    void stop()
    {
        const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
        for (QTcpSocket *s : sockets)
            s->abort();
        delete m_server;
        m_server = nullptr;
    }

private:
    void accept(QTcpSocket *socket)
    {
        socket->setParent(this);
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            if (socket->property("answered").toBool()) {
                socket->readAll();
                return;
            }
            *buffer += socket->readAll();
            if (buffer->startsWith('\x16')) {
                // A TLS ClientHello on this plain port: answer plain text, so the handshake fails.
                socket->setProperty("answered", true);
                socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\nplain http here");
                socket->disconnectFromHost();
                return;
            }
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0) {
                if (buffer->size() > 64 * 1024)
                    socket->abort();
                return;
            }
            socket->setProperty("answered", true);
            answer(socket, parse(buffer->left(end)));
        });
    }

    static HttpRequest parse(const QByteArray &head)
    {
        HttpRequest r;
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        return r;
    }

    void answer(QTcpSocket *socket, const HttpRequest &request)
    {
        const HttpResponse response = m_owner->respond(request);
        const QByteArray path = request.path;
        auto ended = std::make_shared<bool>(false);
        auto end = [owner = m_owner, path, ended] {
            if (!*ended)
                owner->connectionEnded(path);
            *ended = true;
        };
        connect(socket, &QObject::destroyed, m_owner, end, Qt::DirectConnection);
        if (response.mode == HttpResponse::Mode::Stall)
            return;
        auto send = [socket, response, end] {
            QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonFor(response.status) +
                              "\r\nConnection: close\r\n";
            for (const auto &[name, value] : response.headers)
                head += name + ": " + value + "\r\n";
            if (response.mode == HttpResponse::Mode::Normal)
                head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            head += "\r\n";
            socket->write(head);
            switch (response.mode) {
            case HttpResponse::Mode::Normal:
                socket->write(response.body);
                end(); // answered: no longer counts as in flight
                socket->disconnectFromHost();
                break;
            case HttpResponse::Mode::Drip: {
                auto *timer = new QTimer(socket);
                QObject::connect(timer, &QTimer::timeout, socket, [socket] { socket->write("x"); });
                timer->start(response.dripIntervalMs);
                break;
            }
            case HttpResponse::Mode::Endless: {
                const QByteArray chunk(64 * 1024, 'a');
                auto more = [socket, chunk] {
                    while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024)
                        socket->write(chunk);
                };
                QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
                more();
                break;
            }
            case HttpResponse::Mode::Stall:
                break;
            }
        };
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, socket, send);
        else
            send();
    }

    TestHttpServer *m_owner;
    QTcpServer *m_server = nullptr;
};

TestHttpServer::TestHttpServer()
{
    m_thread.setObjectName(QStringLiteral("test-http-server"));
    m_core = new Core(this);
    m_core->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_core, [this] { m_port = m_core->listen(); }, Qt::BlockingQueuedConnection);
}

TestHttpServer::~TestHttpServer()
{
    QMetaObject::invokeMethod(
        m_core,
        [this] {
            m_core->stop();
            delete m_core;
            m_core = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QUrl TestHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

void TestHttpServer::route(const QByteArray &path, const HttpResponse &response)
{
    route(path, [response](const HttpRequest &) { return response; });
}

void TestHttpServer::route(const QByteArray &path, Handler handler)
{
    QMutexLocker lock(&m_mutex);
    m_routes.insert(path, std::move(handler));
}

int TestHttpServer::hits(const QByteArray &path) const
{
    QMutexLocker lock(&m_mutex);
    return m_hits.value(path);
}

int TestHttpServer::maxConcurrent(const QByteArray &prefix) const
{
    QMutexLocker lock(&m_mutex);
    int most = 0;
    for (auto it = m_maxActive.cbegin(); it != m_maxActive.cend(); ++it) {
        if (it.key() == prefix)
            most = std::max(most, it.value());
    }
    return most;
}

HttpRequest TestHttpServer::lastRequest(const QByteArray &path) const
{
    QMutexLocker lock(&m_mutex);
    return m_last.value(path);
}

QList<HttpRequest> TestHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

void TestHttpServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_log.clear();
}

HttpResponse TestHttpServer::respond(const HttpRequest &request)
{
    Handler handler;
    {
        QMutexLocker lock(&m_mutex);
        ++m_hits[request.path];
        m_last.insert(request.path, request);
        m_log.append(request);
        // Concurrency is counted per first path segment ("/slow/1" and "/slow/2" share "/slow").
        const QByteArray prefix = request.path.left(request.path.indexOf('/', 1));
        const int active = ++m_active[prefix];
        m_maxActive[prefix] = std::max(m_maxActive.value(prefix), active);
        handler = m_routes.value(request.path);
    }
    if (!handler) {
        HttpResponse notFound;
        notFound.status = 404;
        notFound.body = "no route";
        return notFound;
    }
    return handler(request);
}

void TestHttpServer::connectionEnded(const QByteArray &path)
{
    QMutexLocker lock(&m_mutex);
    const QByteArray prefix = path.left(path.indexOf('/', 1));
    --m_active[prefix];
}

QByteArray TestHttpServer::gzip(const QByteArray &data)
{
    // qCompress gives a 4-byte length, then a zlib stream: 2 header bytes, raw deflate, 4 bytes Adler-32.
    const QByteArray z = qCompress(data, 9);
    const QByteArray deflate = z.mid(6, z.size() - 10);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03", 10);
    out += deflate;
    appendLe32(out, crc32(data));
    appendLe32(out, quint32(data.size()));
    return out;
}

HttpResponse TestHttpServer::redirect(int status, const QByteArray &location)
{
    HttpResponse r;
    r.status = status;
    r.headers = {{"Location", location}};
    return r;
}

QProcessEnvironment TestHttpServer::environmentWithoutProxy()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"})
        env.remove(QString::fromLatin1(name));
    return env;
}

} // namespace MedtourTest
