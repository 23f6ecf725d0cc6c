#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace cc::test {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// What the server sends back to every request.
struct CannedReply
{
    enum class Action {
        Respond,      // the whole answer, then close
        NeverAnswer,  // read the request, say nothing
        CloseMidBody, // status line, headers and half the body, then close
        ResetMidBody, // status line, headers and half the body, then a TCP reset
        Drip,         // the body one byte every dripIntervalMs
        Stream,       // streamBytes of filler, written as the socket drains
        Hold,         // read the request, answer at once when release() is called
    };

    int status = 200;
    HeaderList headers;
    QByteArray body;
    int delayMs = 0;
    Action action = Action::Respond;
    int dripIntervalMs = 2000;
    qint64 streamBytes = 0;
    bool sendContentLength = true; // false: the body ends when the connection closes

    static CannedReply json(int status, const QByteArray& body);
    CannedReply& withHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append(qMakePair(name, value));
        return *this;
    }
};

// One request as it arrived on the wire.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    HeaderList headers;
    QByteArray raw; // every byte of the request head

    // The values of a header, matched without regard to case.
    QList<QByteArray> headerValues(const QByteArray& name) const;
};

// An HTTPS server on a loopback address for tests (plain HTTP when given a null
// configuration). It answers every request with the canned reply and keeps what it received.
class TlsTestServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsTestServer)

public:
    explicit TlsTestServer(const QSslConfiguration& tls, QObject* parent = nullptr);
    ~TlsTestServer() override;

    bool listen(const QHostAddress& address = QHostAddress::LocalHost);
    QUrl baseUrl() const;

    void setReply(const CannedReply& reply) { m_reply = reply; }
    // Chooses the reply from the request instead, for servers that answer each token apart.
    void setResponder(std::function<CannedReply(const ReceivedRequest&)> responder)
    {
        m_responder = std::move(responder);
    }
    const QList<ReceivedRequest>& requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }
    // Connections that have closed, by either side. A server that never answers closes none
    // itself: its count is what the client closed.
    int closedConnectionCount() const { return m_closedConnections; }
    // The most connections that were open at once: what a client's limit on requests in
    // flight allowed.
    int maxOpenConnections() const { return m_maxOpenConnections; }
    // Answers the requests held so far (Action::Hold) with their reply, as Action::Respond.
    void release();

signals:
    void connectionClosed();

private:
    void accept();
    void serve(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const CannedReply& reply);
    void drip(QTcpSocket* socket, const QByteArray& rest, int intervalMs);
    void stream(QTcpSocket* socket, qint64 remaining);

    std::unique_ptr<QTcpServer> m_server;
    bool m_encrypted;
    CannedReply m_reply;
    std::function<CannedReply(const ReceivedRequest&)> m_responder;
    QList<ReceivedRequest> m_requests;
    QList<QPair<QPointer<QTcpSocket>, CannedReply>> m_held;
    int m_connections = 0;
    int m_closedConnections = 0;
    int m_openConnections = 0;
    int m_maxOpenConnections = 0;
};

// A loopback port where nothing listens: connections to it are refused.
quint16 refusedPort();

// Ends a connection with a TCP reset (RST), as a crashing server or a meddling firewall does.
void reset(QTcpSocket* socket);

} // namespace cc::test

Q_DECLARE_METATYPE(cc::test::CannedReply)
