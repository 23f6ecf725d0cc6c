#include "core/verifier.h"

#include "version.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QSysInfo>
#include <QThread>

#include <atomic>

namespace cc {

namespace {
// Whether a Verifier of this process has started loading the TLS library.
std::atomic<bool> tlsRequested{false};
} // namespace

Verifier::Verifier(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_network(network), m_refusedProxySignIns(std::make_shared<QSet<QString>>())
{
    m_settings.clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    m_settings.refusedProxySignIns = m_refusedProxySignIns;
}

Verifier::~Verifier()
{
    if (m_tlsLoader) {
        m_tlsLoader->wait();
    }
}

void Verifier::addCaCertificates(const QList<QSslCertificate>& certificates)
{
    setCaCertificates(m_settings.extraCaCertificates + certificates);
}

void Verifier::setCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_settings.extraCaCertificates = certificates;
    m_tlsMade = false;
    // Qt keeps connections to a host for reuse with the TLS settings they were made with;
    // the next check must make a new one that trusts what is trusted now.
    m_network->clearConnectionCache();
}

void Verifier::dropConnections()
{
    m_network->clearConnectionCache();
}

void Verifier::noteRefusedProxySignIn(const QString& proxy)
{
    m_refusedProxySignIns->insert(proxy);
}

void Verifier::pauseDeadlines()
{
    for (VerificationJob* job : jobsUnderWay()) {
        job->pauseDeadline();
    }
}

void Verifier::resumeDeadlines()
{
    for (VerificationJob* job : jobsUnderWay()) {
        job->resumeDeadline();
    }
}

QList<VerificationJob*> Verifier::jobsUnderWay() const
{
    return findChildren<VerificationJob*>(Qt::FindDirectChildrenOnly);
}

void Verifier::onCheckEnded()
{
    if (--m_checksUnderWay == 0) {
        m_refusedProxySignIns->clear();
        emit checksEnded();
    }
}

void Verifier::prepareTls()
{
    if (tlsRequested.exchange(true)) {
        return;
    }
    // The first use of TLS loads Qt's TLS plugin and OpenSSL and reads OpenSSL's configuration:
    // 6 to 10 ms of one core, and 7 MB of memory. Done at the press, in the window's thread, it
    // would take most of a frame; at start-up, it would cost every start those megabytes.
    // Qt guards this loading with its own locks, so a check that starts before it is done waits.
    m_tlsLoader.reset(QThread::create([] { QSslConfiguration::defaultConfiguration(); }));
    m_tlsLoader->start();
}

VerificationJob* Verifier::start(const Provider& provider, const Region& region,
                                 const QString& token,
                                 std::optional<std::chrono::milliseconds> timeLeft)
{
    if (!m_tlsMade) {
        // Made at the first check, not before: the default configuration loads the TLS
        // library, which a start-up must not pay for (see prepareTls()).
        m_settings.tls = QSslConfiguration::defaultConfiguration();
        if (!m_settings.extraCaCertificates.isEmpty()) {
            m_settings.tls.addCaCertificates(m_settings.extraCaCertificates);
        }
        m_tlsMade = true;
    }
    auto* job = new VerificationJob(m_network, provider, region, m_settings, this);
    // A job deletes itself once answered or cancelled.
    ++m_checksUnderWay;
    connect(job, &QObject::destroyed, this, &Verifier::onCheckEnded);
    job->start(token, timeLeft);
    return job;
}

QByteArray Verifier::userAgent()
{
    return QByteArrayLiteral("CredentialConnect/") + QByteArrayLiteral(CREDENTIAL_CONNECT_VERSION) +
           QByteArrayLiteral(" (Qt ") + QByteArray(qVersion()) + QByteArrayLiteral("; ") +
           QSysInfo::kernelType().toLatin1() + QByteArrayLiteral(")");
}

} // namespace cc
