#pragma once

#include "connections/keeperjob.h"
#include "storage/secretresult.h"

namespace cc {

class ProfileStore;
class SecretStore;

// Deletes a connection: its keychain entry, then its profile. If the keychain refuses, both
// stay; if the settings cannot be written, the token goes back in the keychain.
class RemoveConnectionJob final : public KeeperJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoveConnectionJob)

public:
    RemoveConnectionJob(SecretStore& secrets, ProfileStore& profiles, QString key, QObject* parent);
    ~RemoveConnectionJob() override;

    void start() override;

private:
    // The token is read first so that it can go back should the settings fail.
    void readToken();
    void onTokenRead(const SecretResult& before);
    void onTokenRemoved(const SecretResult& removed);
    void removeProfile();
    void restoreToken();
    void onTokenRestored(const SecretResult& restored);
    QString keptMessage() const;

    SecretStore& m_secrets;
    ProfileStore& m_profiles;
    ConnectionProfile m_profile;
    SecretResult m_before;
    QString m_settingsError;
};

} // namespace cc
