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

QString dateText(const QDateTime& date)
{
    return date.isValid() ? date.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateOf(const QSettings& settings, const QString& key)
{
    return QDateTime::fromString(settings.value(key).toString(), Qt::ISODateWithMs);
}

void writeProfile(QSettings& settings, const ConnectionProfile& profile)
{
    settings.remove(groupOf(profile.key()));
    settings.beginGroup(groupOf(profile.key()));
    for (const ProfileTextField& field : profileTextFields()) {
        settings.setValue(QLatin1String(field.name), profile.*field.member);
    }
    settings.setValue(QStringLiteral("identity"), profile.identity);
    settings.setValue(QStringLiteral("verified_at"), dateText(profile.verifiedAt));
    settings.setValue(QStringLiteral("last_checked_at"), dateText(profile.lastCheckedAt));
    settings.setValue(QStringLiteral("last_outcome"), profile.lastOutcome);
    settings.setValue(QStringLiteral("last_message"), profile.lastMessage);
    settings.setValue(QStringLiteral("failing_since"), dateText(profile.failingSince));
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
    profile.verifiedAt = dateOf(settings, prefix + QLatin1String("verified_at"));
    profile.lastCheckedAt = dateOf(settings, prefix + QLatin1String("last_checked_at"));
    profile.lastOutcome = settings.value(prefix + QLatin1String("last_outcome")).toString();
    profile.lastMessage = settings.value(prefix + QLatin1String("last_message")).toString();
    profile.failingSince = dateOf(settings, prefix + QLatin1String("failing_since"));
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
