#include "storage/connectionsummary.h"

#include "storage/connectionprofile.h"

#include <QCoreApplication>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSummary)
};
} // namespace

QString connectionSummary(const ConnectionProfile& profile)
{
    QStringList lines;
    lines.append(Text::tr("%1 connection").arg(profile.providerName));
    lines.append(Text::tr("Region: %1 (%2)").arg(profile.regionName, profile.apiHost));
    if (!profile.organizationId.isEmpty()) {
        lines.append(Text::tr("Organization: %1 (ID %2)")
                         .arg(profile.organizationName, profile.organizationId));
    }
    if (!profile.holder().isEmpty()) {
        lines.append(Text::tr("Identity: %1").arg(profile.holder()));
    }
    const QStringList grants = profile.grants();
    if (!grants.isEmpty()) {
        // A JumpCloud key's lines are the organizations it reaches; a Mist token's, its roles.
        lines.append(profile.providerId == QLatin1String("jumpcloud")
                         ? Text::tr("Organizations reached:")
                         : Text::tr("Roles:"));
        for (const QString& grant : grants) {
            lines.append(QStringLiteral("- ") + grant);
        }
    }
    // ISO dates in UTC: the same for every reader, wherever the ticket is read.
    lines.append(profile.verifiedAt.isValid() ? Text::tr("Verified at: %1 UTC")
                                                    .arg(profile.verifiedAt.toUTC().toString(
                                                        QStringLiteral("yyyy-MM-dd HH:mm")))
                                              : Text::tr("Verified at: never"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace cc
