#pragma once

#include "connections/keeperjob.h"
#include "storage/secretresult.h"

namespace cc {

class ProfileStore;
class SecretStore;

// Deletes a connection: the change noted in the settings, its keychain entry, then its profile.
// If the keychain refuses, both stay; if the settings cannot be written, the token goes back in
// the keychain. Deletes the token of an unfinished change too (ConnectionKeeper::unfinished()).
class RemoveConnectionJob final : public KeeperJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoveConnectionJob)

public:
    RemoveConnectionJob(SecretStore& secrets, ProfileStore& profiles, QString key, QObject* parent);
    ~RemoveConnectionJob() override;

    void start() override;

protected:
    // Ends the change noted at the start, unless the keychain may now disagree with the
    // settings.
    void finishing(const KeeperResult& result) override;

private:
    // Notes the change before anything else is written; false when the settings refuse.
    bool beginChange();
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
    // The connection was an unfinished change: its note goes only once its token has gone.
    bool m_hadUnfinished = false;
    bool m_changeBegun = false;
};

} // namespace cc
