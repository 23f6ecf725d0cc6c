#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cc {

// One organization a token reaches: from JumpCloud's list, a Mist grant or a Mist MSP's list.
struct Organization
{
    QString id;
    QString name;
};

// One grant of a Mist token: a role on a scope (an MSP, an organization, a site...).
struct Privilege
{
    QString scope; // msp, org, orggroup, site, sitegroup (others are shown as sent)
    QString role;  // admin, write, read, helpdesk, installer
    QString name;  // of the MSP, organization or site, depending on the scope
    QString orgName;
    QString mspName;
    QString orgId;
    QString siteId;
    QString mspId;
    QStringList views; // a custom role: the only portal views the grant opens, as sent
    // For a grant on a whole MSP: its organizations, when GET /msps/{id}/orgs could be read.
    std::optional<QList<Organization>> mspOrganizations;
};

// How much of its hourly budget of API calls a Mist token has used (GET /self/usage).
struct ApiUsage
{
    int requests = 0; // in the current hour
    int limit = 0;
};

// Who and what a verified token is.
struct Identity
{
    enum class Kind {
        None,         // nothing verified
        MistUser,     // a personal token: a person with an email
        MistOrgToken, // an organization token: has a name, no email
        JumpCloudAdmin,
    };

    Kind kind = Kind::None;
    QString name; // the person's full name, or the org token's name
    QString email;
    QList<Privilege> privileges;
    QList<Organization> organizations;
    int totalOrganizations = 0; // JumpCloud's totalCount: more than listed past the bound
    // A Mist personal token's own entry among the account's tokens (GET /self/apitokens).
    QString tokenName;
    QDateTime tokenCreated;
    std::optional<bool> viaSso; // whether the Mist account signs in through single sign-on
    std::optional<ApiUsage> usage;

    bool isMultiTenant() const { return totalOrganizations > 1; }
};

// Names from an answer are shown at most this long, everywhere people read them. A name is a
// few words; an answer may bring a megabyte of one, which the window would take gigabytes and
// seconds to lay out. The whole name stays in the Identity: the JSON has it, and so has the
// organization a connection is saved for.
inline constexpr int maxShownNameLength = 200;
// The name as people see it: cut at maxShownNameLength characters, with an ellipsis.
QString shownName(const QString& name);

// The portal's name for a role: "Super User" for admin, "Observer" for read...
QString roleDisplayName(const QString& role);
// "organization", "site", "MSP"...
QString scopeDisplayName(const QString& scope);
// "Super User on organization ACME Corp"
QString describePrivilege(const Privilege& privilege);
// A headline: "Ada Lovelace <ada@example.com>", "Organization token “ci-bot”", "JumpCloud: ACME"
QString describeHolder(const Identity& identity);
// Everything worth showing, one line each, names cut as shownName cuts them: the holder, then
// each grant, or the first organizations of a long list.
QStringList describeIdentity(const Identity& identity);
// The facts of the moment and of the token itself, one line each: its name and creation
// date, single sign-on, the organizations of an MSP, this hour's calls.
QStringList describeTokenDetails(const Identity& identity);
// The organizations a verified token names, each once, in the answer's order: JumpCloud's
// list, or the organizations behind a Mist token's grants (a site's grant names its own),
// then those of the MSPs it has a grant on, where their list could be read.
QList<Organization> organizationsOf(const Identity& identity);

} // namespace cc
