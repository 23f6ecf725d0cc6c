#pragma once

#include "storage/keeperjob.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace cc {

class Catalog;
class ProfileStore;
class SecretJob;
class SecretStore;
class Verifier;
struct SecretResult;

// Keeps connections: the token in the keychain (SecretStore), the rest in the settings
// (ProfileStore), both or neither. The application makes one of each and hands them in:
//
//     QSettings settings;                    // the application's own
//     ProfileStore profiles(&settings);      // the list of saved connections: profiles()
//     SecretStore secrets;                   // service org.credentialconnect.CredentialConnect
//     ConnectionKeeper keeper(&secrets, &profiles, &catalog, &verifier);
//
// Every operation is asynchronous and returns a job; connect to its finished() right away:
//
//     KeeperJob* job = keeper.save(profileFromVerification(...), token);
//     connect(job, &KeeperJob::finished, this, [](const KeeperResult& result) {
//         // result.ok(), or result.message to show: what failed and what was kept
//     });
//
// A failed operation leaves the previous state as it was and says so in result.message. Only
// one operation runs per connection at a time; another one on the same key gets Status::Busy.
class ConnectionKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionKeeper)

public:
    // Borrows all four; they must outlive the keeper. The catalog decides where a stored token
    // may be sent (only to its region's API host); the verifier sends it there to re-verify.
    ConnectionKeeper(SecretStore* secrets, ProfileStore* profiles, const Catalog* catalog,
                     Verifier* verifier, QObject* parent = nullptr);

    // "Now", for the date a re-verify stores. UTC.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    ProfileStore* profiles() const { return m_profiles; }

    // Writes the token to the keychain, then the profile to the settings. The provider and
    // region must be in the catalog and the token must pass the offline checks; the profile's
    // names and API host are taken from the catalog. If the keychain cannot be used, nothing is
    // written. If the settings cannot be written, the keychain gets back what it held before
    // (the earlier token of the same connection, or nothing). On success result.profile is the
    // profile as stored.
    KeeperJob* save(const ConnectionProfile& profile, const QString& token);

    // The stored token in result.token, for code that must send it on; never for display.
    KeeperJob* readToken(const QString& key);

    // Checks the stored token again with the provider, through the verifier, without showing
    // it. On success the profile's identity and verifiedAt are updated (result.profile);
    // otherwise the profile stays as it was, result.status is NotVerified and
    // result.verification holds the check's answer.
    KeeperJob* reverify(const QString& key);

    // Removes the keychain entry and the profile together. If the keychain refuses, both stay;
    // if the settings cannot be written, the token is put back in the keychain.
    KeeperJob* remove(const QString& key);

    // Writes the connection's .env file with its stored token (see envfile.h): atomically, mode
    // 0600. Only on the person's explicit request: the file holds the token in the clear.
    KeeperJob* exportEnvFile(const QString& key, const QString& path);

private:
    // A job for key that run() carries out, or one that finishes Busy at once when another
    // operation on key is still running.
    KeeperJob* start(const QString& key, const std::function<void(KeeperJob*)>& run);
    // The job's saved profile; finishes the job NotFound when there is none.
    std::optional<ConnectionProfile> savedProfile(KeeperJob* job) const;
    // Runs then() with the keychain's answer, unless the job is gone by then.
    void afterSecret(KeeperJob* job, SecretJob* secretJob,
                     std::function<void(const SecretResult&)> then);
    void storeSaved(KeeperJob* job, const ConnectionProfile& profile, const SecretResult& before);
    void removeProfile(KeeperJob* job, const ConnectionProfile& profile,
                       const SecretResult& before);
    // profile is the one stored; named has the catalog's current names and host.
    void storeReverified(KeeperJob* job, const ConnectionProfile& profile,
                         const ConnectionProfile& named, const VerificationResult& verification);

    SecretStore* m_secrets;
    ProfileStore* m_profiles;
    const Catalog* m_catalog;
    Verifier* m_verifier;
    std::function<QDateTime()> m_clock;
    QSet<QString> m_busy;
};

} // namespace cc
