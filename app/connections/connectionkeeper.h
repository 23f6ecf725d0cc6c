#pragma once

#include "connections/keeperjob.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <functional>

namespace cc {

class Catalog;
class ProfileStore;
class SecretStore;
class Verifier;

// Keeps connections: the token in the keychain (SecretStore), the rest in the settings
// (ProfileStore), both or neither. A service over storage and the verifier; the application
// makes one of each and hands them in:
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
//         // result.message to show, whatever happened: what was done, or failed and was kept
//     });
//
// A failed operation leaves the previous state as it was and says so in result.message. Only
// one operation runs per connection at a time, across processes too (ConnectionLock): another
// one on the same key gets Status::Busy, at once in this process, after a short wait when
// another window holds the connection. A save or delete that was cut off (the program killed
// between the keychain and the settings) is found again by unfinished(), to restore or remove.
// Each operation is a job class of its own (SaveConnectionJob...), its steps read in order.
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

    const ProfileStore& profiles() const { return *m_profiles; }

    // Writes the token to the keychain, then the profile to the settings. The provider and
    // region must be in the catalog and the token must pass the offline checks; the profile's
    // names and API host are taken from the catalog. If the keychain cannot be used, nothing is
    // written. If the settings cannot be written, the keychain gets back what it held before
    // (the earlier token of the same connection, or nothing). On success result.profile is the
    // profile as stored.
    KeeperJob* save(const ConnectionProfile& profile, const QString& token);

    // Checks the stored token again with the provider, through the verifier, without showing
    // it. Once the provider answered, result.verification holds the check's answer and the
    // profile records it (lastCheckedAt, lastOutcome, lastMessage, failingSince; see
    // ReverifyConnectionJob); on success its identity and verifiedAt are updated too. When the
    // provider did not accept the token, result.status is NotVerified. result.profile is the
    // profile as stored.
    KeeperJob* reverify(const QString& key);

    // Removes the keychain entry and the profile together. If the keychain refuses, both stay;
    // if the settings cannot be written, the token is put back in the keychain.
    KeeperJob* remove(const QString& key);

    // The changes that began and never ended, whose connection has no profile: the keychain may
    // hold their token with nothing in the list to show for it. Each is the profile the change
    // was writing (never a token); restore() or remove() ends it.
    QList<ConnectionProfile> unfinished() const;
    // Puts the profile of an unfinished change back in the settings, when the keychain still
    // holds its token; when it does not, the change is forgotten and result.status is NotFound.
    KeeperJob* restore(const QString& key);

    // Writes the connection's .env file (see envfile.h): atomically, mode 0600. Only on the
    // person's explicit request: the file holds the token in the clear. The first reads the
    // saved connection's token from the keychain; the second writes the token given, for a
    // connection that may not be saved.
    KeeperJob* exportEnvFile(const QString& key, const QString& path);
    KeeperJob* exportEnvFile(const ConnectionProfile& profile, const QString& token,
                             const QString& path);

signals:
    // A connection was saved or checked again (whatever the answer): its profile in the
    // settings changed.
    void connectionChanged(const QString& key);
    void connectionRemoved(const QString& key);

private:
    // Starts job once it holds its key's lock, or finishes it Busy when another operation on
    // its key is still running, here or in another window.
    KeeperJob* launch(KeeperJob* job);
    // Emits signal with the key once job has succeeded.
    void announceSuccess(KeeperJob* job, void (ConnectionKeeper::*signal)(const QString&));

    SecretStore* m_secrets;
    ProfileStore* m_profiles;
    const Catalog* m_catalog;
    Verifier* m_verifier;
    std::function<QDateTime()> m_clock;
    QSet<QString> m_busy;
};

} // namespace cc
