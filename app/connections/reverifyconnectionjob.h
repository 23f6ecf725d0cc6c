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

// Checks a saved connection's token again with the provider, without showing it, and records
// the check in the profile whatever the answer: its time, outcome and message, and since when
// the checks have been failing. On success the profile also learns the answer's identity and
// the date it was verified. The one way a check of a saved connection is recorded: the
// window's Re-verify and Re-verify all and --check-saved all run this job.
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
    // The profile with this check recorded.
    ConnectionProfile recordCheck(const VerificationResult& verification) const;

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
