#include "core/identity.h"

#include "core/vendortext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Identity)
};

// A long list of organizations is for the wizard's choice; a summary names the first few.
constexpr qsizetype organizationLines = 10;

void appendNew(QList<Organization>& organizations, const Organization& organization)
{
    const bool known = std::any_of(
        organizations.cbegin(), organizations.cend(),
        [&organization](const Organization& seen) { return seen.id == organization.id; });
    if (!known) {
        organizations.append(organization);
    }
}
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
    if (!privilege.views.isEmpty()) {
        line = Text::tr("%1, custom role limited to the views %2")
                   .arg(line, privilege.views.join(QStringLiteral(", ")));
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
        const qsizetype listed = identity.organizations.size();
        for (const Organization& organization : identity.organizations.mid(0, organizationLines)) {
            lines.append(Text::tr("Organization %1 (ID %2)")
                             .arg(shownName(organization.name), shownName(organization.id)));
        }
        if (listed > organizationLines) {
            lines.append(
                Text::tr("…and %n more organizations", nullptr, int(listed - organizationLines)));
        }
        if (identity.totalOrganizations > listed) {
            lines.append(Text::tr("JumpCloud counts %n organizations; only the first %1 are "
                                  "listed.",
                                  nullptr, identity.totalOrganizations)
                             .arg(QLocale().toString(listed)));
        }
    }
    return lines;
}

QStringList describeTokenDetails(const Identity& identity)
{
    QStringList lines;
    const QLocale locale;
    if (!identity.tokenName.isEmpty()) {
        lines.append(
            identity.tokenCreated.isValid()
                ? Text::tr("This token is named \u201c%1\u201d and was created on %2.")
                      .arg(shownName(identity.tokenName),
                           identity.tokenCreated.toUTC().toString(QStringLiteral("yyyy-MM-dd")))
                : Text::tr("This token is named \u201c%1\u201d.")
                      .arg(shownName(identity.tokenName)));
    }
    if (identity.viaSso) {
        lines.append(*identity.viaSso
                         ? Text::tr("The account signs in to the portal through single sign-on.")
                         : Text::tr("The account signs in to the portal with a password, not "
                                    "through single sign-on."));
    }
    for (const Privilege& privilege : identity.privileges) {
        if (privilege.mspOrganizations) {
            const QString msp = privilege.name.isEmpty() ? privilege.mspName : privilege.name;
            lines.append(Text::tr("The MSP %1 has %n organizations.", nullptr,
                                  int(privilege.mspOrganizations->size()))
                             .arg(shownName(msp.isEmpty() ? privilege.mspId : msp)));
        }
    }
    if (identity.usage) {
        const QString used = locale.toString(identity.usage->requests);
        const QString limit = locale.toString(identity.usage->limit);
        // A personal token spends the budget of its account; an organization token its own.
        lines.append(
            identity.kind == Identity::Kind::MistUser
                ? Text::tr("API calls this hour, by the whole account: %1 of %2.").arg(used, limit)
                : Text::tr("API calls this hour by this token: %1 of %2.").arg(used, limit));
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
        const QString name =
            privilege.scope == QLatin1String("org") ? privilege.name : privilege.orgName;
        appendNew(organizations, {privilege.orgId, name.isEmpty() ? privilege.orgId : name});
    }
    for (const Privilege& privilege : identity.privileges) {
        for (const Organization& organization :
             privilege.mspOrganizations.value_or(QList<Organization>())) {
            appendNew(organizations, organization);
        }
    }
    return organizations;
}

} // namespace cc
