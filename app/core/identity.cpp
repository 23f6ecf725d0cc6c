#include "core/identity.h"

#include "core/vendortext.h"

#include <QCoreApplication>

#include <algorithm>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Identity)
};
} // namespace

QString shownName(const QString& name)
{
    return capText(name, maxShownNameLength);
}

QString roleDisplayName(const QString& role)
{
    if (role == QLatin1String("admin")) {
        return Text::tr("Super User");
    }
    if (role == QLatin1String("write")) {
        return Text::tr("Network Admin");
    }
    if (role == QLatin1String("read")) {
        return Text::tr("Observer");
    }
    if (role == QLatin1String("helpdesk")) {
        return Text::tr("Helpdesk");
    }
    if (role == QLatin1String("installer")) {
        return Text::tr("Installer");
    }
    return role;
}

QString scopeDisplayName(const QString& scope)
{
    if (scope == QLatin1String("org")) {
        return Text::tr("organization");
    }
    if (scope == QLatin1String("site")) {
        return Text::tr("site");
    }
    if (scope == QLatin1String("msp")) {
        return Text::tr("MSP");
    }
    if (scope == QLatin1String("orggroup")) {
        return Text::tr("organization group");
    }
    if (scope == QLatin1String("sitegroup")) {
        return Text::tr("site group");
    }
    return scope;
}

QString describePrivilege(const Privilege& privilege)
{
    const QString role = shownName(roleDisplayName(privilege.role));
    const QString scope = shownName(scopeDisplayName(privilege.scope));
    QString target = privilege.name;
    if (target.isEmpty()) {
        target = privilege.scope == QLatin1String("msp") ? privilege.mspName : privilege.orgName;
    }
    QString line = target.isEmpty() ? Text::tr("%1 on an unnamed %2").arg(role, scope)
                                    : Text::tr("%1 on %2 %3").arg(role, scope, shownName(target));
    // A site or group is easier to place with the organization it belongs to.
    const bool belowOrganization =
        privilege.scope != QLatin1String("org") && privilege.scope != QLatin1String("msp");
    if (belowOrganization && !privilege.orgName.isEmpty() && privilege.orgName != target) {
        line = Text::tr("%1 (organization %2)").arg(line, shownName(privilege.orgName));
    }
    return line;
}

QString describeHolder(const Identity& identity)
{
    switch (identity.kind) {
    case Identity::Kind::MistUser: {
        const QString name = identity.name.isEmpty() ? identity.email : identity.name;
        if (identity.email.isEmpty() || name == identity.email) {
            return Text::tr("Personal token of %1").arg(shownName(name));
        }
        return Text::tr("Personal token of %1 <%2>")
            .arg(shownName(name), shownName(identity.email));
    }
    case Identity::Kind::MistOrgToken:
        return identity.name.isEmpty()
                   ? Text::tr("Organization token (unnamed)")
                   : Text::tr("Organization token \u201c%1\u201d").arg(shownName(identity.name));
    case Identity::Kind::JumpCloudAdmin:
        if (identity.isMultiTenant()) {
            return Text::tr("Multi-tenant administrator key: reaches %n organizations", nullptr,
                            identity.totalOrganizations);
        }
        if (identity.organizations.isEmpty()) {
            return Text::tr("Administrator key (no organization listed)");
        }
        return Text::tr("Administrator key for %1")
            .arg(shownName(identity.organizations.constFirst().name));
    case Identity::Kind::None:
        break;
    }
    return QString();
}

QStringList describeIdentity(const Identity& identity)
{
    QStringList lines;
    const QString holder = describeHolder(identity);
    if (!holder.isEmpty()) {
        lines.append(holder);
    }
    for (const Privilege& privilege : identity.privileges) {
        lines.append(describePrivilege(privilege));
    }
    if (identity.kind == Identity::Kind::JumpCloudAdmin && identity.isMultiTenant()) {
        for (const Organization& organization : identity.organizations) {
            lines.append(Text::tr("Organization %1 (ID %2)")
                             .arg(shownName(organization.name), shownName(organization.id)));
        }
        const int unlisted = identity.totalOrganizations - int(identity.organizations.size());
        if (unlisted > 0) {
            lines.append(
                Text::tr("…and %n more not listed in the first answer", nullptr, unlisted));
        }
    }
    return lines;
}

QList<Organization> organizationsOf(const Identity& identity)
{
    if (identity.kind == Identity::Kind::JumpCloudAdmin) {
        return identity.organizations;
    }
    QList<Organization> organizations;
    for (const Privilege& privilege : identity.privileges) {
        if (privilege.orgId.isEmpty()) {
            continue;
        }
        const bool known = std::any_of(
            organizations.cbegin(), organizations.cend(),
            [&privilege](const Organization& seen) { return seen.id == privilege.orgId; });
        if (known) {
            continue;
        }
        const QString name =
            privilege.scope == QLatin1String("org") ? privilege.name : privilege.orgName;
        organizations.append({privilege.orgId, name.isEmpty() ? privilege.orgId : name});
    }
    return organizations;
}

} // namespace cc
