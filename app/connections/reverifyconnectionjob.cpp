#include "connections/reverifyconnectionjob.h"

#include "core/catalog.h"
#include "core/verificationjob.h"
#include "core/verifier.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"

namespace cc {

using Status = KeeperResult::Status;

ReverifyConnectionJob::ReverifyConnectionJob(SecretStore& secrets, ProfileStore& profiles,
                                             const Catalog& catalog, Verifier& verifier,
                                             std::function<QDateTime()> clock, QString key,
                                             QObject* parent)
    : KeeperJob(std::move(key), parent), m_secrets(secrets), m_profiles(profiles),
      m_catalog(catalog), m_verifier(verifier), m_clock(std::move(clock))
{}

ReverifyConnectionJob::~ReverifyConnectionJob() = default;

void ReverifyConnectionJob::start()
{
    if (findConnection()) {
        readToken();
    }
}

bool ReverifyConnectionJob::findConnection()
{
    const std::optional<ConnectionProfile> profile = m_profiles.profile(key());
    if (!profile) {
        failNotFound();
        return false;
    }
    m_profile = *profile;
    m_provider = m_catalog.provider(m_profile.providerId);
    m_region = m_provider != nullptr ? m_provider->region(m_profile.regionId) : nullptr;
    if (m_region == nullptr) {
        fail(Status::InvalidInput,
             tr("This connection's provider or region is no longer one the program knows, so "
                "its token was not sent."),
             m_profile);
        return false;
    }
    return true;
}

void ReverifyConnectionJob::readToken()
{
    connect(m_secrets.read(key()), &SecretJob::finished, this, &ReverifyConnectionJob::onTokenRead);
}

void ReverifyConnectionJob::onTokenRead(const SecretResult& secret)
{
    if (!secret.ok()) {
        failKeychain(secret, tr("The connection was not checked: %1. Its details are unchanged."),
                     m_profile);
        return;
    }
    connect(m_verifier.start(*m_provider, *m_region, secret.secret), &VerificationJob::finished,
            this, &ReverifyConnectionJob::onChecked);
}

void ReverifyConnectionJob::onChecked(const VerificationResult& verification)
{
    if (verification.outcome != Outcome::Verified) {
        KeeperResult result;
        result.status = Status::NotVerified;
        result.message = tr("%1 The saved details are unchanged.").arg(verification.message);
        result.profile = m_profile;
        result.verification = verification;
        finish(result);
        return;
    }
    storeCheck(verification);
}

void ReverifyConnectionJob::storeCheck(const VerificationResult& verification)
{
    // The catalog's current names and host, with what the answer said.
    ConnectionProfile updated = m_profile;
    updated.providerName = m_provider->name;
    updated.regionName = m_region->name;
    updated.apiHost = apiHostOf(*m_region);
    updated.identity = describeIdentity(verification.identity);
    updated.verifiedAt = m_clock().toUTC();
    KeeperResult result;
    result.verification = verification;
    QString settingsError;
    if (m_profiles.store(updated, &settingsError)) {
        result.message = tr("The stored token still works. %1").arg(verification.message);
        result.profile = updated;
    } else {
        result.status = Status::SettingsFailed;
        result.message = tr("The stored token still works, but the new check date could not be "
                            "saved: %1.")
                             .arg(settingsError);
        result.detail = settingsError;
        result.profile = m_profile;
    }
    finish(result);
}

} // namespace cc
