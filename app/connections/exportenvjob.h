#pragma once

#include "connections/keeperjob.h"

#include <optional>

namespace cc {

class ProfileStore;
class SecretStore;

// Writes a connection's .env file (see envfile.h), with its token in the clear: only on the
// person's explicit request. The one way both the wizard and the saved connections export.
class ExportEnvJob final : public KeeperJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportEnvJob)

public:
    // A saved connection, with the token the keychain holds for it.
    ExportEnvJob(SecretStore& secrets, const ProfileStore& profiles, QString key, QString path,
                 QObject* parent);
    // A connection with its token at hand, saved or not (the wizard's, just verified).
    ExportEnvJob(ConnectionProfile profile, QString token, QString path, QObject* parent);
    ~ExportEnvJob() override;

    void start() override;

private:
    void readToken();
    void onTokenRead(const SecretResult& secret);
    void writeFile(const QString& token);

    SecretStore* m_secrets = nullptr; // null when the token is at hand
    const ProfileStore* m_profiles = nullptr;
    ConnectionProfile m_profile;
    QString m_token;
    QString m_path;
};

} // namespace cc
