#pragma once

#include "storage/secretstore.h"

#include <QObject>
#include <QString>

#include <optional>

namespace cc {

struct SecretResult;

// A proxy's sign-in: what the person typed when the proxy asked.
struct ProxyCredentials
{
    QString user;
    QString password;
};

// The proxy sign-ins the person asked to keep, in the system keychain and nowhere else: one
// entry per proxy, keyed by its host:port (proxyHostAndPort()), under a service name of their
// own, so that they never mix with the connection tokens of SecretStore. On Linux:
//     secret-tool lookup server org.credentialconnect.CredentialConnect.proxy user host:port
// prints {"password":"...","user":"..."}.
class ProxyCredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyCredentialStore)

public:
    // SecretStore::defaultServiceName() + ".proxy".
    static QString defaultServiceName();

    // Tests pass a service name of their own, so they never touch a person's entries.
    explicit ProxyCredentialStore(const QString& serviceName = defaultServiceName(),
                                  QObject* parent = nullptr);

    // As SecretStore's: each starts one keychain operation, in the order started.
    SecretJob* write(const QString& proxy, const ProxyCredentials& credentials);
    // A read's secret is the entry as stored: credentialsFrom() reads it.
    SecretJob* read(const QString& proxy);
    SecretJob* remove(const QString& proxy);

    // The sign-in of a read that found one; nothing for any other result or a damaged entry.
    static std::optional<ProxyCredentials> credentialsFrom(const SecretResult& result);

private:
    SecretStore m_keychain;
};

} // namespace cc
