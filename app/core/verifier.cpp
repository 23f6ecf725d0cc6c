#include "core/verifier.h"

#include "core/credential.h"
#include "version.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QSysInfo>
#include <QThread>

#include <atomic>
#include <utility>

namespace cc {

namespace {
// Whether this process has loaded the TLS library; from then on checks start at once.
std::atomic<bool> tlsLoaded{false};
} // namespace

Verifier::Verifier(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_network(network)
{
    m_settings.clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
}

Verifier::~Verifier()
{
    if (m_tlsLoader) {
        m_tlsLoader->wait();
    }
    for (WaitingJob& waiting : m_waitingForTls) {
        wipeSecret(waiting.token);
    }
}

void Verifier::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    setCaCertificates(m_settings.extraCaCertificates + certificates);
}

void Verifier::setCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_settings.extraCaCertificates = certificates;
    // Qt keeps connections to a host for reuse with the TLS settings they were made with;
    // the next check must make a new one that trusts what is trusted now.
    m_network->clearConnectionCache();
}

VerificationJob* Verifier::start(const Provider& provider, const Region& region,
                                 const QString& token)
{
    auto* job = new VerificationJob(m_network, provider, region, m_settings, this);
    if (tlsLoaded.load()) {
        job->start(token);
    } else {
        m_waitingForTls.append(WaitingJob{job, token});
        loadTls();
    }
    return job;
}

void Verifier::loadTls()
{
    if (m_tlsLoader) {
        return;
    }
    // The first use of TLS loads Qt's TLS plugin and OpenSSL and reads OpenSSL's configuration:
    // 8 to 10 ms of one core (scripts/benchmark, row 5). Done in the window's thread, it would
    // freeze the window when the person presses Verify; a thread of its own does it instead.
    m_tlsLoader.reset(QThread::create([] {
        QSslConfiguration::defaultConfiguration();
        tlsLoaded.store(true);
    }));
    connect(m_tlsLoader.get(), &QThread::finished, this, &Verifier::startWaitingJobs);
    m_tlsLoader->start();
}

void Verifier::startWaitingJobs()
{
    m_tlsLoader->wait();
    m_tlsLoader.reset();
    QList<WaitingJob> waiting = std::exchange(m_waitingForTls, {});
    for (WaitingJob& entry : waiting) {
        if (entry.job) {
            entry.job->start(entry.token);
        }
        wipeSecret(entry.token);
    }
}

QByteArray Verifier::userAgent()
{
    return QByteArrayLiteral("CredentialConnect/") + QByteArrayLiteral(CREDENTIAL_CONNECT_VERSION) +
           QByteArrayLiteral(" (Qt ") + QByteArray(qVersion()) + QByteArrayLiteral("; ") +
           QSysInfo::kernelType().toLatin1() + QByteArrayLiteral(")");
}

} // namespace cc
