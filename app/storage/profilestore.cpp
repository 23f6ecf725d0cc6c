#include "storage/profilestore.h"

#include "storage/settingscommit.h"

#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <tuple>

namespace cc {

namespace {
const QString connectionsGroup = QStringLiteral("connections");

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
    return commitSettings(
        *m_settings, [&](QSettings& settings) { writeProfile(settings, profile); },
        [&](QSettings& settings) { restoreProfile(settings, profile.key(), previous); }, error);
}

bool ProfileStore::remove(const QString& key, QString* error)
{
    const std::optional<ConnectionProfile> previous = profile(key);
    return commitSettings(
        *m_settings, [&](QSettings& settings) { settings.remove(groupOf(key)); },
        [&](QSettings& settings) { restoreProfile(settings, key, previous); }, error);
}

} // namespace cc
