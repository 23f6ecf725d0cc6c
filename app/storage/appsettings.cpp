#include "storage/appsettings.h"

#include "core/result.h"
#include "storage/settingscommit.h"

#include <QSettings>

namespace cc {

namespace {
const QString lastProviderKey = QStringLiteral("last/provider");
const QString lastRegionKey = QStringLiteral("last/region");
const QString extraCaBundleKey = QStringLiteral("tls/extra_ca_bundle");
const QString watchKey = QStringLiteral("watch/enabled");
} // namespace

AppSettings::AppSettings(QSettings* settings) : m_settings(settings) {}

QString AppSettings::lastProviderId() const
{
    return m_settings->value(lastProviderKey).toString();
}

QString AppSettings::lastRegionId() const
{
    return m_settings->value(lastRegionKey).toString();
}

bool AppSettings::setLastProviderId(const QString& providerId, QString* error)
{
    return commitSetting(*m_settings, lastProviderKey, providerId, error);
}

bool AppSettings::setLastRegionId(const QString& regionId, QString* error)
{
    return commitSetting(*m_settings, lastRegionKey, regionId, error);
}

void AppSettings::rememberChoice(const VerificationResult& result)
{
    if (result.httpStatus > 0) {
        setLastProviderId(result.providerId);
        setLastRegionId(result.regionId);
    }
}

QString AppSettings::extraCaBundle() const
{
    return m_settings->value(extraCaBundleKey).toString();
}

bool AppSettings::setExtraCaBundle(const QString& path, QString* error)
{
    return commitSetting(*m_settings, extraCaBundleKey, path, error);
}

bool AppSettings::watchConnections() const
{
    return m_settings->value(watchKey, false).toBool();
}

bool AppSettings::setWatchConnections(bool on, QString* error)
{
    return commitSetting(*m_settings, watchKey,
                         on ? QStringLiteral("true") : QStringLiteral("false"), error);
}

} // namespace cc
