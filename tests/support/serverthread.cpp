#include "support/serverthread.h"

namespace cc::test {

ServerThread::ServerThread() : m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("test servers"));
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

ServerThread::~ServerThread()
{
    run([this] { delete m_context; });
    m_thread.quit();
    m_thread.wait();
}

TlsTestServer* ServerThread::addServer(const QSslConfiguration& tls, const QHostAddress& address,
                                       const CannedReply& reply)
{
    TlsTestServer* made = nullptr;
    run([&] {
        auto* server = new TlsTestServer(tls, m_context);
        if (!server->listen(address)) {
            delete server;
            return;
        }
        server->setReply(reply);
        made = server;
    });
    return made;
}

void ServerThread::run(const std::function<void()>& work)
{
    QMetaObject::invokeMethod(m_context, work, Qt::BlockingQueuedConnection);
}

} // namespace cc::test
