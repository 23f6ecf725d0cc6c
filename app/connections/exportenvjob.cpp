#include "connections/exportenvjob.h"

#include "core/credential.h"
#include "storage/envfile.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"

#include <QDir>

namespace cc {

ExportEnvJob::ExportEnvJob(SecretStore& secrets, const ProfileStore& profiles, QString key,
                           QString path, QObject* parent)
    : KeeperJob(std::move(key), parent), m_secrets(&secrets), m_profiles(&profiles),
      m_path(std::move(path))
{}

ExportEnvJob::ExportEnvJob(ConnectionProfile profile, QString token, QString path, QObject* parent)
    : KeeperJob(profile.key(), parent), m_profile(std::move(profile)), m_token(std::move(token)),
      m_path(std::move(path))
{}

ExportEnvJob::~ExportEnvJob()
{
    wipeSecret(m_token);
}

void ExportEnvJob::start()
{
    if (m_secrets == nullptr) {
        writeFile(m_token);
        return;
    }
    const std::optional<ConnectionProfile> saved = m_profiles->profile(key());
    if (!saved) {
        failNotFound();
        return;
    }
    m_profile = *saved;
    readToken();
}

void ExportEnvJob::readToken()
{
    connect(m_secrets->read(key()), &SecretJob::finished, this, &ExportEnvJob::onTokenRead);
}

void ExportEnvJob::onTokenRead(const SecretResult& secret)
{
    if (!secret.ok()) {
        failKeychain(secret, tr("The .env file was not written: %1."), m_profile);
        return;
    }
    writeFile(secret.secret);
}

void ExportEnvJob::writeFile(const QString& token)
{
    QString error;
    if (!writeEnvFile(m_path, m_profile, token, &error)) {
        fail(KeeperResult::Status::ExportFailed,
             tr("The .env file was not written: %1.").arg(error), m_profile, error);
        return;
    }
    KeeperResult result;
    result.profile = m_profile;
    result.message = tr("The .env file is in %1, readable by you only. It holds the token in the "
                        "clear: keep it private and delete it when it is no longer needed.")
                         .arg(QDir::toNativeSeparators(m_path));
    finish(result);
}

} // namespace cc
