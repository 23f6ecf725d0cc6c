#include "connections/removeconnectionjob.h"

#include "core/credential.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"

namespace cc {

using Status = KeeperResult::Status;

RemoveConnectionJob::RemoveConnectionJob(SecretStore& secrets, ProfileStore& profiles, QString key,
                                         QObject* parent)
    : KeeperJob(std::move(key), parent), m_secrets(secrets), m_profiles(profiles)
{}

RemoveConnectionJob::~RemoveConnectionJob()
{
    wipeSecret(m_before.secret);
}

void RemoveConnectionJob::start()
{
    const std::optional<ConnectionProfile> unfinished = m_profiles.unfinishedChange(key());
    m_hadUnfinished = unfinished.has_value();
    m_profile = m_profiles.profile(key()).value_or(unfinished.value_or(ConnectionProfile()));
    if (beginChange()) {
        readToken();
    }
}

bool RemoveConnectionJob::beginChange()
{
    // Nothing known of the connection: there is no profile to lose.
    if (m_profile.providerId.isEmpty()) {
        return true;
    }
    QString error;
    if (!m_profiles.beginChange(m_profile, &error)) {
        fail(Status::SettingsFailed, keptMessage().arg(error), m_profile, error);
        return false;
    }
    m_changeBegun = true;
    return true;
}

void RemoveConnectionJob::finishing(const KeeperResult& result)
{
    if (m_changeBegun && (result.ok() || result.status == Status::NotFound || !m_hadUnfinished)) {
        m_profiles.endChange(key());
    }
}

QString RemoveConnectionJob::keptMessage() const
{
    return tr("The connection was not deleted: %1. Its token and its details are both kept.");
}

void RemoveConnectionJob::readToken()
{
    connect(m_secrets.read(key()), &SecretJob::finished, this, &RemoveConnectionJob::onTokenRead);
}

void RemoveConnectionJob::onTokenRead(const SecretResult& before)
{
    if (readFailed(before)) {
        failKeychain(before, keptMessage(), m_profile);
        return;
    }
    m_before = before;
    connect(m_secrets.remove(key()), &SecretJob::finished, this,
            &RemoveConnectionJob::onTokenRemoved);
}

void RemoveConnectionJob::onTokenRemoved(const SecretResult& removed)
{
    if (!removed.ok()) {
        failKeychain(removed, keptMessage(), m_profile);
        return;
    }
    removeProfile();
}

void RemoveConnectionJob::removeProfile()
{
    if (!m_profiles.profile(key()) && !holdsSecret(m_before)) {
        failNotFound();
        return;
    }
    if (!m_profiles.remove(key(), &m_settingsError)) {
        restoreToken();
        return;
    }
    KeeperResult result;
    result.message = tr("The connection was deleted: its token from the keychain, its details "
                        "from the settings.");
    finish(result);
}

void RemoveConnectionJob::restoreToken()
{
    if (!holdsSecret(m_before)) {
        fail(Status::SettingsFailed,
             tr("The connection was not deleted: %1. Its details are kept; the keychain held no "
                "token for it.")
                 .arg(m_settingsError),
             m_profile, m_settingsError);
        return;
    }
    connect(m_secrets.write(key(), m_before.secret), &SecretJob::finished, this,
            &RemoveConnectionJob::onTokenRestored);
}

void RemoveConnectionJob::onTokenRestored(const SecretResult& restored)
{
    if (restored.ok()) {
        fail(Status::SettingsFailed,
             tr("The connection was not deleted: %1. Its token was put back in the keychain; its "
                "details are kept.")
                 .arg(m_settingsError),
             m_profile, m_settingsError);
        return;
    }
    fail(Status::SettingsFailed,
         tr("The connection was not deleted: %1. Its details are kept, but its token could not "
            "be put back in the keychain (%2): save the connection again with its token.")
             .arg(m_settingsError, restored.reason),
         m_profile, restored.detail);
}

} // namespace cc
