#pragma once

#include "connections/keeperjob.h"

namespace cc {

class ProfileStore;
class SecretStore;

// Restores a connection whose save or delete was cut off after the keychain and before the
// settings: when the keychain still holds its token, the profile the change was writing goes
// back in the settings. Otherwise there is nothing to restore, and the change is forgotten.
class RestoreConnectionJob final : public KeeperJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreConnectionJob)

public:
    RestoreConnectionJob(SecretStore& secrets, ProfileStore& profiles, QString key,
                         QObject* parent);
    ~RestoreConnectionJob() override;

    void start() override;

private:
    void onTokenRead(const SecretResult& held);
    void storeProfile();

    SecretStore& m_secrets;
    ProfileStore& m_profiles;
    ConnectionProfile m_profile;
};

} // namespace cc
