#include "storage/secretstore.h"

#include <qt6keychain/keychain.h>

namespace cc {

QString SecretStore::defaultServiceName()
{
    return QStringLiteral("org.credentialconnect.CredentialConnect");
}

SecretStore::SecretStore(QString serviceName, QObject* parent)
    : QObject(parent), m_serviceName(std::move(serviceName))
{}

SecretJob* SecretStore::write(const QString& key, const QString& secret)
{
    auto* job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setKey(key);
    job->setTextData(secret);
    return new SecretJob(SecretJob::Kind::Write, job, this);
}

SecretJob* SecretStore::read(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(m_serviceName);
    job->setKey(key);
    return new SecretJob(SecretJob::Kind::Read, job, this);
}

SecretJob* SecretStore::remove(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(m_serviceName);
    job->setKey(key);
    return new SecretJob(SecretJob::Kind::Remove, job, this);
}

} // namespace cc
