#include "connections/restoreconnectionjob.h"

#include "storage/profilestore.h"
#include "storage/secretstore.h"

namespace cc {

using Status = KeeperResult::Status;

RestoreConnectionJob::RestoreConnectionJob(SecretStore& secrets, ProfileStore& profiles,
                                           QString key, QObject* parent)
    : KeeperJob(std::move(key), parent), m_secrets(secrets), m_profiles(profiles)
{}

RestoreConnectionJob::~RestoreConnectionJob() = default;

void RestoreConnectionJob::start()
{
    const std::optional<ConnectionProfile> change = m_profiles.unfinishedChange(key());
    if (!change) {
        failNotFound();
        return;
    }
    m_profile = *change;
    connect(m_secrets.read(key()), &SecretJob::finished, this, &RestoreConnectionJob::onTokenRead);
}

void RestoreConnectionJob::onTokenRead(const SecretResult& held)
{
    if (readFailed(held)) {
        failKeychain(held, tr("The connection was not restored: %1. Nothing was changed."));
        return;
    }
    if (!holdsSecret(held)) {
        m_profiles.endChange(key());
        fail(Status::NotFound, tr("The keychain holds no token for %1 any more, so there was "
                                  "nothing to restore.")
                                   .arg(key()));
        return;
    }
    storeProfile();
}

void RestoreConnectionJob::storeProfile()
{
    QString error;
    if (!m_profiles.store(m_profile, &error)) {
        fail(Status::SettingsFailed,
             tr("The connection was not restored: %1. Its token stays in the keychain.").arg(error),
             ConnectionProfile(), error);
        return;
    }
    m_profiles.endChange(key());
    KeeperResult result;
    result.message = tr("The connection was restored: its token was still in the keychain, and "
                        "its details are back in the settings.");
    result.profile = m_profile;
    finish(result);
}

} // namespace cc
