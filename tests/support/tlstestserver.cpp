#include "support/tlstestserver.h"

#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

#include <sys/socket.h>

namespace cc::test {

namespace {
constexpr int maxHeadBytes = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 407:
        return "Proxy Authentication Required";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

ReceivedRequest parseHead(const QByteArray& head)
{
    ReceivedRequest request;
    request.raw = head;
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon > 0) {
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
    }
    return request;
}
} // namespace

CannedReply CannedReply::json(int status, const QByteArray& body)
{
    CannedReply reply;
    reply.status = status;
    reply.headers = {{"Content-Type", "application/json"}};
    reply.body = body;
    return reply;
}

QList<QByteArray> ReceivedRequest::headerValues(const QByteArray& name) const
{
    QList<QByteArray> values;
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            values.append(value);
        }
    }
    return values;
}

TlsTestServer::TlsTestServer(const QSslConfiguration& tls, QObject* parent)
    : QObject(parent), m_encrypted(!tls.isNull())
{
    if (m_encrypted) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(tls);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    // QSslServer announces a connection once its handshake has completed.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &TlsTestServer::accept);
}

TlsTestServer::~TlsTestServer()
{
    // Sockets still open close as this object's children are deleted: not to be counted then.
    for (QTcpSocket* socket : findChildren<QTcpSocket*>()) {
        socket->disconnect(this);
    }
}

bool TlsTestServer::listen(const QHostAddress& address)
{
    return m_server->listen(address, 0);
}

QUrl TlsTestServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_encrypted ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(m_server->serverPort());
    return url;
}

void TlsTestServer::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        ++m_connections;
        m_maxOpenConnections = std::max(m_maxOpenConnections, ++m_openConnections);
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::disconnected, this, [this] {
            ++m_closedConnections;
            --m_openConnections;
            emit connectionClosed();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        if (socket->bytesAvailable() > 0) {
            serve(socket);
        }
    }
}

void TlsTestServer::serve(QTcpSocket* socket)
{
    QByteArray buffer = socket->property("head").toByteArray() + socket->readAll();
    const int end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > maxHeadBytes) {
            socket->abort();
            return;
        }
        socket->setProperty("head", buffer);
        return;
    }
    socket->setProperty("head", QByteArray());
    m_requests.append(parseHead(buffer.left(end + 4)));
    const CannedReply reply = m_responder ? m_responder(m_requests.constLast()) : m_reply;
    if (reply.action == CannedReply::Action::NeverAnswer) {
        return;
    }
    if (reply.action == CannedReply::Action::Hold) {
        m_held.append({QPointer<QTcpSocket>(socket), reply});
        return;
    }
    QTimer::singleShot(reply.delayMs, socket, [this, socket, reply] { respond(socket, reply); });
}

void TlsTestServer::release()
{
    const auto held = std::exchange(m_held, {});
    for (const auto& [socket, reply] : held) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState) {
            CannedReply now = reply;
            now.action = CannedReply::Action::Respond;
            respond(socket, now);
        }
    }
}

void TlsTestServer::respond(QTcpSocket* socket, const CannedReply& reply)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto& [name, value] : reply.headers) {
        head += name + ": " + value + "\r\n";
    }
    const qint64 length =
        reply.action == CannedReply::Action::Stream ? reply.streamBytes : reply.body.size();
    if (reply.sendContentLength) {
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    if (reply.action == CannedReply::Action::Drip) {
        drip(socket, reply.body, reply.dripIntervalMs);
        return;
    }
    if (reply.action == CannedReply::Action::Stream) {
        stream(socket, reply.streamBytes);
        return;
    }
    if (reply.action == CannedReply::Action::CloseMidBody) {
        socket->write(reply.body.left(reply.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    if (reply.action == CannedReply::Action::ResetMidBody) {
        socket->write(reply.body.left(reply.body.size() / 2));
        socket->flush();
        // Let what was written arrive first, then drop the connection the hard way.
        QPointer<QTcpSocket> alive(socket);
        QTimer::singleShot(100, this, [alive] {
            if (alive) {
                reset(alive);
            }
        });
        return;
    }
    socket->write(reply.body);
    socket->disconnectFromHost();
}

void TlsTestServer::drip(QTcpSocket* socket, const QByteArray& rest, int intervalMs)
{
    if (rest.isEmpty()) {
        socket->disconnectFromHost();
        return;
    }
    socket->write(rest.left(1));
    QPointer<QTcpSocket> alive(socket);
    QTimer::singleShot(intervalMs, this, [this, alive, rest, intervalMs] {
        if (alive && alive->state() == QAbstractSocket::ConnectedState) {
            drip(alive, rest.mid(1), intervalMs);
        }
    });
}

void TlsTestServer::stream(QTcpSocket* socket, qint64 remaining)
{
    // Writes a chunk whenever the previous one has left, so neither side holds the whole body.
    static constexpr qint64 chunk = 256 * 1024;
    static const QByteArray filler(chunk, ' ');
    auto* sslSocket = qobject_cast<QSslSocket*>(socket);
    auto left = std::make_shared<qint64>(remaining);
    auto writeNext = [socket, sslSocket, left] {
        const qint64 pending =
            sslSocket != nullptr ? sslSocket->encryptedBytesToWrite() : socket->bytesToWrite();
        if (pending > chunk || *left <= 0) {
            return;
        }
        const qint64 size = std::min(chunk, *left);
        socket->write(filler.constData(), size);
        *left -= size;
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, writeNext);
    if (sslSocket != nullptr) {
        connect(sslSocket, &QSslSocket::encryptedBytesWritten, socket, writeNext);
    }
    writeNext();
}

void reset(QTcpSocket* socket)
{
    // A zero linger time makes closing the socket send a TCP reset instead of an orderly end.
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

quint16 refusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace cc::test
