#pragma once

#include "connections/keeperjob.h"

#include <QDateTime>

#include <functional>

namespace cc {

class Catalog;
class ProfileStore;
class SecretStore;
class Verifier;
struct Provider;
struct Region;

// Checks a saved connection's token again with the provider, without showing it. On success
// the profile learns the answer's identity and the date of the check.
class ReverifyConnectionJob final : public KeeperJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReverifyConnectionJob)

public:
    // clock gives "now", in UTC, for the date stored.
    ReverifyConnectionJob(SecretStore& secrets, ProfileStore& profiles, const Catalog& catalog,
                          Verifier& verifier, std::function<QDateTime()> clock, QString key,
                          QObject* parent);
    ~ReverifyConnectionJob() override;

    void start() override;

private:
    // The saved profile, and its provider and region in the catalog: the token goes only to
    // that region's API host. False when either is missing.
    bool findConnection();
    void readToken();
    void onTokenRead(const SecretResult& secret);
    void onChecked(const VerificationResult& verification);
    void storeCheck(const VerificationResult& verification);

    SecretStore& m_secrets;
    ProfileStore& m_profiles;
    const Catalog& m_catalog;
    Verifier& m_verifier;
    std::function<QDateTime()> m_clock;
    ConnectionProfile m_profile;
    const Provider* m_provider = nullptr;
    const Region* m_region = nullptr;
};

} // namespace cc
