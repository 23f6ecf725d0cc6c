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
    const ConnectionProfile updated = recordCheck(verification);
    const bool verified = verification.outcome == Outcome::Verified;
    KeeperResult result;
    result.verification = verification;
    result.status = verified ? Status::Done : Status::NotVerified;
    QString settingsError;
    if (m_profiles.store(updated, &settingsError)) {
        result.profile = updated;
        result.message = verified
                             ? tr("The stored token still works. %1").arg(verification.message)
                             : tr("%1 This failed check is recorded with the connection; its other "
                                  "details are unchanged.")
                                   .arg(verification.message);
        finish(result);
        return;
    }
    result.profile = m_profile;
    result.detail = settingsError;
    if (verified) {
        result.status = Status::SettingsFailed;
        result.message = tr("The stored token still works, but the new check date could not be "
                            "saved: %1.")
                             .arg(settingsError);
    } else {
        result.message = tr("%1 This failed check could not be recorded either: %2.")
                             .arg(verification.message, settingsError);
    }
    finish(result);
}

ConnectionProfile ReverifyConnectionJob::recordCheck(const VerificationResult& verification) const
{
    const QDateTime now = m_clock().toUTC();
    ConnectionProfile updated = m_profile;
    updated.lastCheckedAt = now;
    updated.lastOutcome = outcomeId(verification.outcome);
    updated.lastMessage = verification.message;
    if (verification.outcome != Outcome::Verified) {
        // The first failure of a run is the one a person needs: since when it stopped working.
        if (!updated.failingSince.isValid()) {
            updated.failingSince = now;
        }
        return updated;
    }
    // The catalog's current names and host, with what the answer said.
    updated.providerName = m_provider->name;
    updated.regionName = m_region->name;
    updated.apiHost = apiHostOf(*m_region);
    updated.identity = describeIdentity(verification.identity);
    updated.verifiedAt = now;
    updated.failingSince = QDateTime();
    return updated;
}

} // namespace cc
