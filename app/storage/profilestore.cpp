#include "storage/profilestore.h"

#include "storage/settingscommit.h"
#include "storage/settingsfile.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <tuple>

namespace cc {

namespace {
const QString connectionsGroup = QStringLiteral("connections");
const QString unfinishedGroup = QStringLiteral("unfinished");

QString groupOf(const QString& key, const QString& section = connectionsGroup)
{
    return section + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(key));
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

void writeProfile(QSettings& settings, const ConnectionProfile& profile,
                  const QString& section = connectionsGroup)
{
    settings.remove(groupOf(profile.key(), section));
    settings.beginGroup(groupOf(profile.key(), section));
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

std::optional<ConnectionProfile> readProfile(const QSettings& settings, const QString& key,
                                             const QString& section = connectionsGroup)
{
    const QString prefix = groupOf(key, section) + QLatin1Char('/');
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
                    const std::optional<ConnectionProfile>& previous,
                    const QString& section = connectionsGroup)
{
    settings.remove(groupOf(key, section));
    if (previous) {
        writeProfile(settings, *previous, section);
    }
}

QList<ConnectionProfile> readSection(QSettings& settings, const QString& section)
{
    settings.beginGroup(section);
    const QStringList groups = settings.childGroups();
    settings.endGroup();
    QList<ConnectionProfile> found;
    for (const QString& group : groups) {
        if (std::optional<ConnectionProfile> profile =
                readProfile(settings, keyOfGroup(group), section)) {
            found.append(*profile);
        }
    }
    return found;
}

} // namespace

ProfileStore::ProfileStore(QSettings* settings) : m_settings(settings) {}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> found = readSection(*m_settings, connectionsGroup);
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

bool ProfileStore::beginChange(const ConnectionProfile& profile, QString* error)
{
    const std::optional<ConnectionProfile> previous = unfinishedChange(profile.key());
    return commitSettings(
        *m_settings, [&](QSettings& settings) { writeProfile(settings, profile, unfinishedGroup); },
        [&](QSettings& settings) {
            restoreProfile(settings, profile.key(), previous, unfinishedGroup);
        },
        error);
}

void ProfileStore::endChange(const QString& key)
{
    if (!unfinishedChange(key)) {
        return;
    }
    // Should this write fail, the change is found again at the next start, with the keychain
    // and the settings in agreement: offering it again then is harmless.
    const std::optional<ConnectionProfile> previous = unfinishedChange(key);
    commitSettings(
        *m_settings, [&](QSettings& settings) { settings.remove(groupOf(key, unfinishedGroup)); },
        [&](QSettings& settings) { restoreProfile(settings, key, previous, unfinishedGroup); },
        nullptr);
}

QList<ConnectionProfile> ProfileStore::unfinishedChanges() const
{
    return readSection(*m_settings, unfinishedGroup);
}

std::optional<ConnectionProfile> ProfileStore::unfinishedChange(const QString& key) const
{
    return readProfile(*m_settings, key, unfinishedGroup);
}

void ProfileStore::reload()
{
    m_settings->sync();
}

QString ProfileStore::readProblem() const
{
    QString problem = settingsFileProblem(m_settings->fileName());
    if (problem.isEmpty() && m_settings->status() == QSettings::FormatError) {
        return QCoreApplication::translate("SettingsFile",
                                           "the settings file %1 is damaged and was left as it is")
            .arg(m_settings->fileName());
    }
    return problem;
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

} // namespace cc
