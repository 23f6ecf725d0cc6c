#include "core/verifier.h"

#include "version.h"

#include <QNetworkAccessManager>
#include <QSysInfo>

namespace cc {

Verifier::Verifier(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_network(network)
{
    m_settings.clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
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
    job->start(token);
    return job;
}

QByteArray Verifier::userAgent()
{
    return QByteArrayLiteral("CredentialConnect/") + QByteArrayLiteral(CREDENTIAL_CONNECT_VERSION) +
           QByteArrayLiteral(" (Qt ") + QByteArray(qVersion()) + QByteArrayLiteral("; ") +
           QSysInfo::kernelType().toLatin1() + QByteArrayLiteral(")");
}

} // namespace cc
