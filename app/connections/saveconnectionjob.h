#pragma once

#include "connections/keeperjob.h"
#include "storage/secretresult.h"

namespace cc {

class Catalog;
class ProfileStore;
class SecretStore;

// Saves a connection: the change noted in the settings, the token in the keychain, then the
// profile in the settings. Should the settings fail, the keychain gets back what it held before.
// The note stays when the keychain may hold a token without a profile, for
// ConnectionKeeper::unfinished() to find.
class SaveConnectionJob final : public KeeperJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveConnectionJob)

public:
    SaveConnectionJob(SecretStore& secrets, ProfileStore& profiles, const Catalog& catalog,
                      ConnectionProfile profile, QString token, QObject* parent);
    ~SaveConnectionJob() override;

    void start() override;

protected:
    // Ends the change noted at the start, unless the keychain may now disagree with the
    // settings.
    void finishing(const KeeperResult& result) override;

private:
    // The catalog's names and host on the profile, the token cleaned; false when refused.
    bool checkInput();
    // Notes the change before anything else is written; false when the settings refuse.
    bool beginChange();
    // What the keychain holds now, to put it back should the settings fail.
    void readPreviousToken();
    void onPreviousTokenRead(const SecretResult& before);
    void onTokenWritten(const SecretResult& written);
    void storeProfile();
    void undoTokenWrite();
    void onTokenWriteUndone(const SecretResult& undone);

    SecretStore& m_secrets;
    ProfileStore& m_profiles;
    const Catalog& m_catalog;
    ConnectionProfile m_profile;
    QString m_token;
    SecretResult m_before;
    QString m_settingsError;
    // An earlier change to this connection was cut off: its token may be the one in the keychain.
    bool m_hadUnfinished = false;
    bool m_changeBegun = false;
    bool m_undoFailed = false;
};

} // namespace cc
