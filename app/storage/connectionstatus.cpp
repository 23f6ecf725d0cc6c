#include "storage/connectionstatus.h"

#include "storage/connectionprofile.h"

#include <QCoreApplication>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionStatus)
};

QString utcText(const QDateTime& date)
{
    return date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

QString connectionLabel(const ConnectionProfile& profile)
{
    QString label = Text::tr("%1 \u00b7 %2").arg(profile.providerName, profile.regionName);
    const QString organization =
        profile.organizationName.isEmpty() ? profile.organizationId : profile.organizationName;
    if (!organization.isEmpty()) {
        label = Text::tr("%1 \u00b7 %2").arg(label, organization);
    }
    return label;
}

ConnectionStanding connectionStanding(const ConnectionProfile& profile)
{
    if (profile.lastOutcome.isEmpty()) {
        return ConnectionStanding::NotChecked;
    }
    return profile.failingSince.isValid() ? ConnectionStanding::Failing
                                          : ConnectionStanding::Verified;
}

QString connectionStatusText(const ConnectionProfile& profile)
{
    switch (connectionStanding(profile)) {
    case ConnectionStanding::Failing:
        return Text::tr("Failing since %1 UTC: %2")
            .arg(utcText(profile.failingSince), profile.lastMessage);
    case ConnectionStanding::Verified:
        return Text::tr("Verified %1 UTC").arg(utcText(profile.lastCheckedAt));
    case ConnectionStanding::NotChecked:
        break;
    }
    return Text::tr("Not checked since it was saved");
}

} // namespace cc
