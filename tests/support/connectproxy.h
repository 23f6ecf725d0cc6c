#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace cc::test {

// An HTTP proxy on a loopback address, as a company network puts in front of the internet.
// It answers CONNECT requests by opening a tunnel to a local server, or asks for credentials
// (407). Whatever host the client names, the tunnel leads to upstreamAddress at the port
// named: the proxy stands in for the name lookup a real proxy makes, so test host names never
// reach a DNS server. It keeps every byte clients sent it, to prove what a proxy could read.
// A tunnelling proxy can also ask for a sign-in (requireSignIn()), as company proxies do.
class ConnectProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectProxy)

public:
    enum class Mode {
        Tunnel,                // 200 Connection established, then bytes both ways
        RequireAuthentication, // 407 with a Basic challenge, then close
    };

    explicit ConnectProxy(Mode mode, QObject* parent = nullptr);
    ~ConnectProxy() override;

    bool listen(const QHostAddress& address);
    // http://address:port, as https_proxy takes it.
    QUrl url() const;
    // "address:port", as the program names the proxy in its messages.
    QString hostAndPort() const;
    void setUpstreamAddress(const QHostAddress& address) { m_upstream = address; }
    // Opens tunnels only for a request with "Proxy-Authorization: Basic" and these credentials;
    // answers any other with 407 and "Proxy-Authenticate: Basic realm=<realm>", then closes.
    void requireSignIn(const QByteArray& user, const QByteArray& password, const QByteArray& realm);

    // The request line of every request: "CONNECT api.proxied.test:443 HTTP/1.1".
    const QList<QByteArray>& requestLines() const { return m_requestLines; }
    // Every byte any client sent, tunnelled ones included.
    const QByteArray& receivedBytes() const { return m_received; }
    int connectionCount() const { return m_connections; }
    // The Proxy-Authorization header of every request, empty where there was none.
    const QList<QByteArray>& authorizations() const { return m_authorizations; }
    // How many requests were answered with 407.
    int challengeCount() const { return m_challenges; }

private:
    void accept();
    // True when the request's head carries the credentials requireSignIn() asked for.
    bool signedIn(const QByteArray& head);
    void challenge(QTcpSocket* client);
    void readHead(QTcpSocket* client);
    void openTunnel(QTcpSocket* client, const QByteArray& target, const QByteArray& early);

    std::unique_ptr<QTcpServer> m_server;
    Mode m_mode;
    QHostAddress m_upstream{QHostAddress::LocalHost};
    QList<QByteArray> m_requestLines;
    QByteArray m_received;
    int m_connections = 0;
    QByteArray m_expectedAuthorization; // "Basic <base64 user:password>"; empty: none asked
    QByteArray m_realm{"corporate"};
    QList<QByteArray> m_authorizations;
    int m_challenges = 0;
};

} // namespace cc::test
