#include "storage/proxycredentialstore.h"

#include "storage/secretresult.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cc {

namespace {
const QLatin1String userKey("user");
const QLatin1String passwordKey("password");
} // namespace

QString ProxyCredentialStore::defaultServiceName()
{
    return SecretStore::defaultServiceName() + QStringLiteral(".proxy");
}

ProxyCredentialStore::ProxyCredentialStore(const QString& serviceName, QObject* parent)
    : QObject(parent), m_keychain(serviceName)
{}

SecretJob* ProxyCredentialStore::write(const QString& proxy, const ProxyCredentials& credentials)
{
    // Both in one entry, so that a user name never outlives its password or pairs with another.
    const QJsonObject entry{{userKey, credentials.user}, {passwordKey, credentials.password}};
    return m_keychain.write(proxy,
                            QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
}

SecretJob* ProxyCredentialStore::read(const QString& proxy)
{
    return m_keychain.read(proxy);
}

SecretJob* ProxyCredentialStore::remove(const QString& proxy)
{
    return m_keychain.remove(proxy);
}

std::optional<ProxyCredentials> ProxyCredentialStore::credentialsFrom(const SecretResult& result)
{
    if (!result.ok()) {
        return std::nullopt;
    }
    const QJsonObject entry = QJsonDocument::fromJson(result.secret.toUtf8()).object();
    const QString user = entry.value(userKey).toString();
    if (user.isEmpty() || !entry.value(passwordKey).isString()) {
        return std::nullopt;
    }
    return ProxyCredentials{user, entry.value(passwordKey).toString()};
}

} // namespace cc
