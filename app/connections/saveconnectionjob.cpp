#include "connections/saveconnectionjob.h"

#include "core/catalog.h"
#include "core/credential.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"

namespace cc {

using Status = KeeperResult::Status;

SaveConnectionJob::SaveConnectionJob(SecretStore& secrets, ProfileStore& profiles,
                                     const Catalog& catalog, ConnectionProfile profile,
                                     QString token, QObject* parent)
    : KeeperJob(profile.key(), parent), m_secrets(secrets), m_profiles(profiles),
      m_catalog(catalog), m_profile(std::move(profile)), m_token(std::move(token))
{}

SaveConnectionJob::~SaveConnectionJob()
{
    wipeSecret(m_token);
    wipeSecret(m_before.secret);
}

void SaveConnectionJob::start()
{
    if (checkInput() && beginChange()) {
        readPreviousToken();
    }
}

bool SaveConnectionJob::beginChange()
{
    m_hadUnfinished = m_profiles.unfinishedChange(key()).has_value();
    QString error;
    if (!m_profiles.beginChange(m_profile, &error)) {
        fail(Status::SettingsFailed,
             tr("The connection was not saved: %1. Nothing was written.").arg(error),
             m_profiles.profile(key()).value_or(ConnectionProfile()), error);
        return false;
    }
    m_changeBegun = true;
    return true;
}

void SaveConnectionJob::finishing(const KeeperResult& result)
{
    if (m_changeBegun && (result.ok() || (!m_hadUnfinished && !m_undoFailed))) {
        m_profiles.endChange(key());
    }
}

bool SaveConnectionJob::checkInput()
{
    const Provider* provider = m_catalog.provider(m_profile.providerId);
    const Region* region = provider != nullptr ? provider->region(m_profile.regionId) : nullptr;
    if (region == nullptr) {
        fail(Status::InvalidInput, tr("The connection was not saved: its provider or region is "
                                      "not one the program knows. Nothing was written."));
        return false;
    }
    TokenCheck check = checkToken(m_token, *provider);
    if (!check.isAcceptable()) {
        fail(Status::InvalidInput, tr("The connection was not saved: %1 Nothing was written.")
                                       .arg(describeTokenProblem(check)));
        return false;
    }
    wipeSecret(m_token);
    m_token = std::move(check.cleaned);
    m_profile.providerName = provider->name;
    m_profile.regionName = region->name;
    m_profile.apiHost = apiHostOf(*region);
    return true;
}

void SaveConnectionJob::readPreviousToken()
{
    connect(m_secrets.read(key()), &SecretJob::finished, this,
            &SaveConnectionJob::onPreviousTokenRead);
}

void SaveConnectionJob::onPreviousTokenRead(const SecretResult& before)
{
    if (readFailed(before)) {
        failKeychain(before, tr("The connection was not saved: %1. Nothing was written."));
        return;
    }
    m_before = before;
    connect(m_secrets.write(key(), m_token), &SecretJob::finished, this,
            &SaveConnectionJob::onTokenWritten);
}

void SaveConnectionJob::onTokenWritten(const SecretResult& written)
{
    if (!written.ok()) {
        failKeychain(written, tr("The connection was not saved: %1. Nothing was written."));
        return;
    }
    storeProfile();
}

void SaveConnectionJob::storeProfile()
{
    if (!m_profiles.store(m_profile, &m_settingsError)) {
        undoTokenWrite();
        return;
    }
    KeeperResult result;
    result.message = tr("The connection was saved: the token in the keychain, the details in "
                        "the settings.");
    result.profile = m_profile;
    finish(result);
}

void SaveConnectionJob::undoTokenWrite()
{
    // The earlier token back, or the new one out.
    SecretJob* undo =
        holdsSecret(m_before) ? m_secrets.write(key(), m_before.secret) : m_secrets.remove(key());
    connect(undo, &SecretJob::finished, this, &SaveConnectionJob::onTokenWriteUndone);
}

void SaveConnectionJob::onTokenWriteUndone(const SecretResult& undone)
{
    const ConnectionProfile kept = m_profiles.profile(key()).value_or(ConnectionProfile());
    if (undone.ok()) {
        fail(Status::SettingsFailed,
             tr("The connection was not saved: %1. The keychain holds what it held before.")
                 .arg(m_settingsError),
             kept, m_settingsError);
        return;
    }
    m_undoFailed = true;
    fail(Status::SettingsFailed,
         tr("The connection was not saved: %1. The keychain could not be put back either (%2): "
            "its entry %3 may hold the new token.")
             .arg(m_settingsError, undone.reason, key()),
         kept, undone.detail);
}

} // namespace cc
