#include "support/connectproxy.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace cc::test {

namespace {
constexpr int maxHeadBytes = 16 * 1024;

// Copies whatever arrives on one side to the other, and ends both together.
void pipe(QTcpSocket* from, QTcpSocket* to, QByteArray* record)
{
    QObject::connect(from, &QTcpSocket::readyRead, to, [from, to, record] {
        const QByteArray bytes = from->readAll();
        if (record != nullptr) {
            record->append(bytes);
        }
        to->write(bytes);
    });
    QObject::connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
}
} // namespace

ConnectProxy::ConnectProxy(Mode mode, QObject* parent)
    : QObject(parent), m_server(std::make_unique<QTcpServer>()), m_mode(mode)
{
    connect(m_server.get(), &QTcpServer::newConnection, this, &ConnectProxy::accept);
}

ConnectProxy::~ConnectProxy() = default;

bool ConnectProxy::listen(const QHostAddress& address)
{
    return m_server->listen(address, 0);
}

QUrl ConnectProxy::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(m_server->serverPort());
    return url;
}

void ConnectProxy::requireSignIn(const QByteArray& user, const QByteArray& password,
                                 const QByteArray& realm)
{
    m_expectedAuthorization = "Basic " + QByteArray(user + ':' + password).toBase64();
    m_realm = realm;
}

QString ConnectProxy::hostAndPort() const
{
    return m_server->serverAddress().toString() + QLatin1Char(':') +
           QString::number(m_server->serverPort());
}

void ConnectProxy::accept()
{
    while (QTcpSocket* client = m_server->nextPendingConnection()) {
        ++m_connections;
        client->setParent(this);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client] { readHead(client); });
    }
}

void ConnectProxy::readHead(QTcpSocket* client)
{
    const QByteArray fresh = client->readAll();
    m_received.append(fresh);
    const QByteArray head = client->property("head").toByteArray() + fresh;
    const int end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > maxHeadBytes) {
            client->abort();
        } else {
            client->setProperty("head", head);
        }
        return;
    }
    disconnect(client, &QTcpSocket::readyRead, this, nullptr);
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    m_requestLines.append(requestLine);
    const QList<QByteArray> parts = requestLine.split(' ');

    const bool credentialsAccepted = signedIn(head.left(end));
    if (m_mode == Mode::RequireAuthentication || !credentialsAccepted) {
        challenge(client);
        return;
    }
    if (parts.value(0) != "CONNECT" || parts.size() != 3) {
        // Only tunnels: the program speaks HTTPS, so it has no reason to ask anything else.
        client->write("HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n"
                      "Connection: close\r\n\r\n");
        client->disconnectFromHost();
        return;
    }
    openTunnel(client, parts.at(1), head.mid(end + 4));
}

bool ConnectProxy::signedIn(const QByteArray& head)
{
    QByteArray authorization;
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray& line : lines) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "proxy-authorization") {
            authorization = line.mid(colon + 1).trimmed();
        }
    }
    m_authorizations.append(authorization);
    return m_expectedAuthorization.isEmpty() || authorization == m_expectedAuthorization;
}

void ConnectProxy::challenge(QTcpSocket* client)
{
    ++m_challenges;
    client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                  "Proxy-Authenticate: Basic realm=\"" +
                  m_realm +
                  "\"\r\n"
                  "Content-Length: 0\r\nConnection: close\r\n\r\n");
    client->disconnectFromHost();
}

void ConnectProxy::openTunnel(QTcpSocket* client, const QByteArray& target, const QByteArray& early)
{
    const int colon = target.lastIndexOf(':');
    bool validPort = false;
    const quint16 port = target.mid(colon + 1).toUShort(&validPort);
    if (colon < 0 || !validPort) {
        client->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        client->disconnectFromHost();
        return;
    }
    auto* upstream = new QTcpSocket(client);
    connect(upstream, &QTcpSocket::connected, client, [this, client, upstream, early] {
        client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        // What the client sent while the tunnel was being opened goes first.
        const QByteArray waiting = client->readAll();
        m_received.append(waiting);
        upstream->write(early + waiting);
        pipe(client, upstream, &m_received);
        pipe(upstream, client, nullptr);
    });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream] {
        if (upstream->state() != QAbstractSocket::ConnectedState &&
            client->state() == QAbstractSocket::ConnectedState) {
            client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
            client->disconnectFromHost();
        }
    });
    upstream->connectToHost(m_upstream, port);
}

} // namespace cc::test
