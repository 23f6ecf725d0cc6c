#pragma once

#include "support/tlstestserver.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QThread>

#include <functional>

namespace cc::test {

// Runs test servers in a thread of their own, so that a test measuring the client is not
// slowed by the servers' TLS handshakes in its own thread, nor the servers by the client.
class ServerThread final
{
public:
    ServerThread();
    ~ServerThread();
    ServerThread(const ServerThread&) = delete;
    ServerThread& operator=(const ServerThread&) = delete;

    // Makes a server inside the thread, listening on the address with the reply given.
    // Null when it cannot listen. The server lives as long as this object.
    TlsTestServer* addServer(const QSslConfiguration& tls, const QHostAddress& address,
                             const CannedReply& reply);
    // Runs work in the servers' thread and waits for it: the one safe way to read or change
    // a server from the test.
    void run(const std::function<void()>& work);

private:
    QThread m_thread;
    QObject* m_context; // lives in the thread; parent of the servers
};

} // namespace cc::test
