#include "storage/profilestore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <tuple>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
};

const QString connectionsGroup = QStringLiteral("connections");
const QString lastGroup = QStringLiteral("last");
const QString extraCaBundleKey = QStringLiteral("tls/extra_ca_bundle");

QString groupOf(const QString& key)
{
    return connectionsGroup + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(key));
}

QString keyOfGroup(const QString& group)
{
    return QUrl::fromPercentEncoding(group.toLatin1());
}

void writeProfile(QSettings& settings, const ConnectionProfile& profile)
{
    settings.remove(groupOf(profile.key()));
    settings.beginGroup(groupOf(profile.key()));
    for (const ProfileTextField& field : profileTextFields()) {
        settings.setValue(QLatin1String(field.name), profile.*field.member);
    }
    settings.setValue(QStringLiteral("identity"), profile.identity);
    settings.setValue(QStringLiteral("verified_at"),
                      profile.verifiedAt.isValid()
                          ? profile.verifiedAt.toUTC().toString(Qt::ISODateWithMs)
                          : QString());
    settings.endGroup();
}

std::optional<ConnectionProfile> readProfile(const QSettings& settings, const QString& key)
{
    const QString prefix = groupOf(key) + QLatin1Char('/');
    ConnectionProfile profile;
    for (const ProfileTextField& field : profileTextFields()) {
        profile.*field.member = settings.value(prefix + QLatin1String(field.name)).toString();
    }
    // A group whose contents do not make up its own key was not written by this program.
    if (profile.providerId.isEmpty() || profile.regionId.isEmpty() || profile.key() != key) {
        return std::nullopt;
    }
    profile.identity = settings.value(prefix + QLatin1String("identity")).toStringList();
    profile.verifiedAt = QDateTime::fromString(
        settings.value(prefix + QLatin1String("verified_at")).toString(), Qt::ISODateWithMs);
    return profile;
}

void restoreProfile(QSettings& settings, const QString& key,
                    const std::optional<ConnectionProfile>& previous)
{
    settings.remove(groupOf(key));
    if (previous) {
        writeProfile(settings, *previous);
    }
}

QString describeFailure(const QSettings& settings)
{
    if (settings.status() == QSettings::FormatError) {
        return Text::tr("the settings file %1 is damaged and was left as it is")
            .arg(settings.fileName());
    }
    return Text::tr("the settings file %1 could not be written").arg(settings.fileName());
}
} // namespace

ProfileStore::ProfileStore(QSettings* settings) : m_settings(settings) {}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    m_settings->beginGroup(connectionsGroup);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QList<ConnectionProfile> found;
    for (const QString& group : groups) {
        if (std::optional<ConnectionProfile> profile =
                readProfile(*m_settings, keyOfGroup(group))) {
            found.append(*profile);
        }
    }
    std::sort(
        found.begin(), found.end(), [](const ConnectionProfile& a, const ConnectionProfile& b) {
            return std::tie(a.providerName, a.regionName, a.organizationName, a.organizationId) <
                   std::tie(b.providerName, b.regionName, b.organizationName, b.organizationId);
        });
    return found;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString& key) const
{
    return readProfile(*m_settings, key);
}

bool ProfileStore::store(const ConnectionProfile& profile, QString* error)
{
    const std::optional<ConnectionProfile> previous = this->profile(profile.key());
    return commit([&](QSettings& settings) { writeProfile(settings, profile); },
                  [&](QSettings& settings) { restoreProfile(settings, profile.key(), previous); },
                  error);
}

bool ProfileStore::remove(const QString& key, QString* error)
{
    const std::optional<ConnectionProfile> previous = profile(key);
    return commit([&](QSettings& settings) { settings.remove(groupOf(key)); },
                  [&](QSettings& settings) { restoreProfile(settings, key, previous); }, error);
}

QString ProfileStore::lastProviderId() const
{
    return m_settings->value(lastGroup + QStringLiteral("/provider")).toString();
}

QString ProfileStore::lastRegionId() const
{
    return m_settings->value(lastGroup + QStringLiteral("/region")).toString();
}

bool ProfileStore::setLastProviderId(const QString& providerId, QString* error)
{
    return setValue(lastGroup + QStringLiteral("/provider"), providerId, error);
}

bool ProfileStore::setLastRegionId(const QString& regionId, QString* error)
{
    return setValue(lastGroup + QStringLiteral("/region"), regionId, error);
}

QString ProfileStore::extraCaBundle() const
{
    return m_settings->value(extraCaBundleKey).toString();
}

bool ProfileStore::setExtraCaBundle(const QString& path, QString* error)
{
    return setValue(extraCaBundleKey, path, error);
}

bool ProfileStore::setValue(const QString& key, const QString& value, QString* error)
{
    const QVariant previous = m_settings->value(key);
    return commit([&](QSettings& settings) { settings.setValue(key, value); },
                  [&](QSettings& settings) {
                      if (previous.isValid()) {
                          settings.setValue(key, previous);
                      } else {
                          settings.remove(key);
                      }
                  },
                  error);
}

bool ProfileStore::commit(const std::function<void(QSettings&)>& change,
                          const std::function<void(QSettings&)>& undo, QString* error)
{
    // A QSettings object keeps the first error it met for good, so the injected one could not
    // tell whether this write worked. A fresh object on the same file shares its contents
    // (Qt keeps one cache per file in a process) and reports on this write alone.
    QSettings writer(m_settings->fileName(), m_settings->format());
    change(writer);
    writer.sync();
    if (writer.status() == QSettings::NoError) {
        return true;
    }
    if (error != nullptr) {
        *error = describeFailure(writer);
    }
    // The failed change still sits in the shared cache, and the next successful sync of any
    // QSettings on this file would write it. Put the previous contents back instead.
    undo(writer);
    writer.sync();
    return false;
}

} // namespace cc
