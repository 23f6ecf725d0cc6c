#pragma once

#include "storage/secretjob.h"

#include <QObject>
#include <QString>

namespace cc {

// Keeps secrets in the operating system's keychain through QtKeychain: the Secret Service on
// Linux (GNOME Keyring, KWallet...), the Keychain on macOS, the Credential Manager on Windows.
// Never anywhere else: when no keychain can be used, every operation fails and says why; there
// is no fallback file.
//
// Each entry is filed under the service name and a key (the connection key, see
// ConnectionProfile::key()). On Linux QtKeychain's libsecret backend stores the attributes
// server = <service name>, user = <key>, type = plaintext (schema org.qt.keychain), so a script
// reads a token with:
//     secret-tool lookup server org.credentialconnect.CredentialConnect user <connection key>
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    // "org.credentialconnect.CredentialConnect", the program's reverse-DNS id.
    static QString defaultServiceName();

    // Tests pass a service name of their own, so they never touch a person's entries.
    explicit SecretStore(QString serviceName = defaultServiceName(), QObject* parent = nullptr);

    // Each starts one operation. Connect to the job's finished() right away; it runs from the
    // next turn of the event loop. The keychain runs its operations one after another, in the
    // order they were started.
    SecretJob* write(const QString& key, const QString& secret);
    SecretJob* read(const QString& key);
    // Removing a key that has no entry is not a failure.
    SecretJob* remove(const QString& key);

private:
    QString m_serviceName;
};

} // namespace cc
