#include "storage/connectionkeeper.h"

#include "core/catalog.h"
#include "core/credential.h"
#include "core/verifier.h"
#include "storage/envfile.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"

namespace cc {

namespace {
using Status = KeeperResult::Status;

KeeperResult failure(Status status, const QString& message, const QString& detail = QString())
{
    KeeperResult result;
    result.status = status;
    result.message = message;
    result.detail = detail;
    return result;
}

// sentence has one %1 for the keychain's reason.
KeeperResult keychainFailure(const SecretResult& secret, const QString& sentence,
                             const ConnectionProfile& kept = ConnectionProfile())
{
    Status status = Status::KeychainFailed;
    switch (secret.status) {
    case SecretResult::Status::Unavailable:
        status = Status::KeychainUnavailable;
        break;
    case SecretResult::Status::Refused:
        status = Status::KeychainRefused;
        break;
    case SecretResult::Status::NotFound:
        status = Status::NotFound;
        break;
    case SecretResult::Status::Done:
    case SecretResult::Status::Failed:
        break;
    }
    KeeperResult result = failure(status, sentence.arg(secret.reason), secret.detail);
    result.profile = kept;
    return result;
}

bool holdsSecret(const SecretResult& secret)
{
    return secret.status == SecretResult::Status::Done;
}

// The profile with the names and the API host the catalog gives its provider and region now.
ConnectionProfile withCatalogNames(ConnectionProfile profile, const Provider& provider,
                                   const Region& region)
{
    profile.providerName = provider.name;
    profile.regionName = region.name;
    profile.apiHost = apiHostOf(region);
    return profile;
}

// A read that could not tell whether the keychain holds a token: nothing may be changed then.
bool readFailed(const SecretResult& secret)
{
    return !holdsSecret(secret) && secret.status != SecretResult::Status::NotFound;
}
} // namespace

ConnectionKeeper::ConnectionKeeper(SecretStore* secrets, ProfileStore* profiles,
                                   const Catalog* catalog, Verifier* verifier, QObject* parent)
    : QObject(parent), m_secrets(secrets), m_profiles(profiles), m_catalog(catalog),
      m_verifier(verifier), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

KeeperJob* ConnectionKeeper::start(const QString& key, const std::function<void(KeeperJob*)>& run)
{
    auto* job = new KeeperJob(key, this);
    if (m_busy.contains(key)) {
        job->finish(failure(Status::Busy, tr("Another change to this connection is still under "
                                             "way. Wait for it to finish, then try again.")));
        return job;
    }
    m_busy.insert(key);
    connect(job, &KeeperJob::finished, this, [this, key] { m_busy.remove(key); });
    run(job);
    return job;
}

std::optional<ConnectionProfile> ConnectionKeeper::savedProfile(KeeperJob* job) const
{
    std::optional<ConnectionProfile> profile = m_profiles->profile(job->key());
    if (!profile) {
        job->finish(
            failure(Status::NotFound, tr("There is no saved connection %1.").arg(job->key())));
    }
    return profile;
}

void ConnectionKeeper::afterSecret(KeeperJob* job, SecretJob* secretJob,
                                   std::function<void(const SecretResult&)> then)
{
    connect(secretJob, &SecretJob::finished, job, std::move(then));
}

KeeperJob* ConnectionKeeper::save(const ConnectionProfile& input, const QString& token)
{
    return start(input.key(), [this, input, token](KeeperJob* job) {
        const Provider* provider = m_catalog->provider(input.providerId);
        const Region* region = provider != nullptr ? provider->region(input.regionId) : nullptr;
        if (region == nullptr) {
            job->finish(failure(Status::InvalidInput,
                                tr("The connection was not saved: its provider or region is not "
                                   "one the program knows. Nothing was written.")));
            return;
        }
        const TokenCheck check = checkToken(token, *provider);
        if (!check.isAcceptable()) {
            job->finish(failure(Status::InvalidInput,
                                tr("The connection was not saved: %1 Nothing was written.")
                                    .arg(describeTokenProblem(check))));
            return;
        }
        const ConnectionProfile profile = withCatalogNames(input, *provider, *region);
        const QString cleaned = check.cleaned;
        const QString notSaved = tr("The connection was not saved: %1. Nothing was written.");

        // What the keychain holds now, to put it back should the settings fail.
        afterSecret(job, m_secrets->read(job->key()), [=](const SecretResult& before) {
            if (readFailed(before)) {
                job->finish(keychainFailure(before, notSaved));
                return;
            }
            afterSecret(job, m_secrets->write(job->key(), cleaned),
                        [=](const SecretResult& written) {
                            if (!written.ok()) {
                                job->finish(keychainFailure(written, notSaved));
                                return;
                            }
                            storeSaved(job, profile, before);
                        });
        });
    });
}

void ConnectionKeeper::storeSaved(KeeperJob* job, const ConnectionProfile& profile,
                                  const SecretResult& before)
{
    QString settingsError;
    if (m_profiles->store(profile, &settingsError)) {
        KeeperResult result;
        result.message = tr("The connection was saved: the token in the keychain, the details in "
                            "the settings.");
        result.profile = profile;
        job->finish(result);
        return;
    }
    // Undo the keychain write: the earlier token back, or the new one out.
    const QString key = job->key();
    SecretJob* undo =
        holdsSecret(before) ? m_secrets->write(key, before.secret) : m_secrets->remove(key);
    afterSecret(job, undo, [this, job, key, settingsError](const SecretResult& undone) {
        KeeperResult result = failure(Status::SettingsFailed, QString(), settingsError);
        result.profile = m_profiles->profile(key).value_or(ConnectionProfile());
        if (undone.ok()) {
            result.message = tr("The connection was not saved: %1. The keychain holds what it "
                                "held before.")
                                 .arg(settingsError);
        } else {
            result.message = tr("The connection was not saved: %1. The keychain could not be "
                                "put back either (%2): its entry %3 may hold the new token.")
                                 .arg(settingsError, undone.reason, key);
            result.detail = undone.detail;
        }
        job->finish(result);
    });
}

KeeperJob* ConnectionKeeper::readToken(const QString& key)
{
    return start(key, [this](KeeperJob* job) {
        afterSecret(job, m_secrets->read(job->key()), [this, job](const SecretResult& secret) {
            if (!secret.ok()) {
                job->finish(keychainFailure(secret, tr("The stored token could not be read: %1.")));
                return;
            }
            KeeperResult result;
            result.token = secret.secret;
            result.profile = m_profiles->profile(job->key()).value_or(ConnectionProfile());
            job->finish(result);
        });
    });
}

KeeperJob* ConnectionKeeper::reverify(const QString& key)
{
    return start(key, [this](KeeperJob* job) {
        const std::optional<ConnectionProfile> profile = savedProfile(job);
        if (!profile) {
            return;
        }
        const Provider* provider = m_catalog->provider(profile->providerId);
        const Region* region = provider != nullptr ? provider->region(profile->regionId) : nullptr;
        if (region == nullptr) {
            KeeperResult result = failure(Status::InvalidInput,
                                          tr("This connection's provider or region is no longer "
                                             "one the program knows, so its token was not sent."));
            result.profile = *profile;
            job->finish(result);
            return;
        }
        afterSecret(
            job, m_secrets->read(job->key()),
            [this, job, profile = *profile, provider = *provider,
             region = *region](const SecretResult& secret) {
                if (!secret.ok()) {
                    job->finish(
                        keychainFailure(secret,
                                        tr("The connection was not checked: %1. Its details are "
                                           "unchanged."),
                                        profile));
                    return;
                }
                VerificationJob* check = m_verifier->start(provider, region, secret.secret);
                connect(check, &VerificationJob::finished, job,
                        [this, job, profile, named = withCatalogNames(profile, provider, region)](
                            const VerificationResult& verification) {
                            storeReverified(job, profile, named, verification);
                        });
            });
    });
}

void ConnectionKeeper::storeReverified(KeeperJob* job, const ConnectionProfile& profile,
                                       const ConnectionProfile& named,
                                       const VerificationResult& verification)
{
    KeeperResult result;
    result.verification = verification;
    result.profile = profile;
    if (verification.outcome != Outcome::Verified) {
        result.status = Status::NotVerified;
        result.message = tr("%1 The saved details are unchanged.").arg(verification.message);
        job->finish(result);
        return;
    }
    ConnectionProfile updated = named;
    updated.identity = describeIdentity(verification.identity);
    updated.verifiedAt = m_clock().toUTC();
    QString settingsError;
    if (m_profiles->store(updated, &settingsError)) {
        result.message = tr("The stored token still works. %1").arg(verification.message);
        result.profile = updated;
    } else {
        result.status = Status::SettingsFailed;
        result.message = tr("The stored token still works, but the new check date could not be "
                            "saved: %1.")
                             .arg(settingsError);
        result.detail = settingsError;
    }
    job->finish(result);
}

KeeperJob* ConnectionKeeper::remove(const QString& key)
{
    return start(key, [this](KeeperJob* job) {
        const ConnectionProfile profile =
            m_profiles->profile(job->key()).value_or(ConnectionProfile());
        const QString kept = tr("The connection was not deleted: %1. Its token and its details "
                                "are both kept.");
        // The token is read first so that it can go back should the settings fail.
        afterSecret(job, m_secrets->read(job->key()), [=](const SecretResult& before) {
            if (readFailed(before)) {
                job->finish(keychainFailure(before, kept, profile));
                return;
            }
            afterSecret(job, m_secrets->remove(job->key()), [=](const SecretResult& removed) {
                if (!removed.ok()) {
                    job->finish(keychainFailure(removed, kept, profile));
                    return;
                }
                removeProfile(job, profile, before);
            });
        });
    });
}

void ConnectionKeeper::removeProfile(KeeperJob* job, const ConnectionProfile& profile,
                                     const SecretResult& before)
{
    const QString key = job->key();
    if (!m_profiles->profile(key) && !holdsSecret(before)) {
        job->finish(failure(Status::NotFound, tr("There is no saved connection %1.").arg(key)));
        return;
    }
    QString settingsError;
    if (m_profiles->remove(key, &settingsError)) {
        KeeperResult result;
        result.message = tr("The connection was deleted: its token from the keychain, its details "
                            "from the settings.");
        job->finish(result);
        return;
    }
    KeeperResult result = failure(Status::SettingsFailed, QString(), settingsError);
    result.profile = profile;
    if (!holdsSecret(before)) {
        result.message = tr("The connection was not deleted: %1. Its details are kept; the "
                            "keychain held no token for it.")
                             .arg(settingsError);
        job->finish(result);
        return;
    }
    afterSecret(job, m_secrets->write(key, before.secret),
                [job, result, settingsError](const SecretResult& restored) mutable {
                    if (restored.ok()) {
                        result.message = tr("The connection was not deleted: %1. Its token was "
                                            "put back in the keychain; its details are kept.")
                                             .arg(settingsError);
                    } else {
                        result.message =
                            tr("The connection was not deleted: %1. Its details are kept, but "
                               "its token could not be put back in the keychain (%2): save the "
                               "connection again with its token.")
                                .arg(settingsError, restored.reason);
                        result.detail = restored.detail;
                    }
                    job->finish(result);
                });
}

KeeperJob* ConnectionKeeper::exportEnvFile(const QString& key, const QString& path)
{
    return start(key, [this, path](KeeperJob* job) {
        const std::optional<ConnectionProfile> profile = savedProfile(job);
        if (!profile) {
            return;
        }
        afterSecret(job, m_secrets->read(job->key()),
                    [job, path, profile = *profile](const SecretResult& secret) {
                        if (!secret.ok()) {
                            job->finish(keychainFailure(
                                secret, tr("The .env file was not written: %1."), profile));
                            return;
                        }
                        KeeperResult result;
                        result.profile = profile;
                        QString error;
                        if (writeEnvFile(path, profile, secret.secret, &error)) {
                            result.message =
                                tr("The .env file %1 was written. It holds the token in the "
                                   "clear: keep it private and delete it when it is no longer "
                                   "needed.")
                                    .arg(path);
                        } else {
                            result.status = Status::ExportFailed;
                            result.message = tr("The .env file was not written: %1.").arg(error);
                            result.detail = error;
                        }
                        job->finish(result);
                    });
    });
}

} // namespace cc
