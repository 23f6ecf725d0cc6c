#include "core/providers/jumpcloud.h"

#include "core/catalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace cc::jumpcloud {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JumpCloudAnswer)
};

QUrlQuery pageQuery(int skip)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
    if (skip > 0) {
        query.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    }
    return query;
}

QString readPage(int page, int skip, const QByteArray& body, Identity& identity,
                 QList<FollowUp>& more);

// Asks for the page after `page`, which ended at offset `skip`, while the list is short of the
// count and the bound allows. The offset counts what the pages held, so a service that answers
// fewer than asked for is still read in full.
void askForPageAfter(int page, int skip, const Identity& identity, QList<FollowUp>& more)
{
    const int next = page + 1;
    if (identity.organizations.size() >= identity.totalOrganizations || next >= maxPages) {
        return;
    }
    FollowUp followUp;
    followUp.id = QStringLiteral("organizations");
    followUp.what = Text::tr("the organizations after the first %1").arg(QLocale().toString(skip));
    followUp.path = QStringLiteral("/api/organizations");
    followUp.query = pageQuery(skip);
    followUp.read = [next, skip](const QByteArray& body, Identity& into, QList<FollowUp>& further) {
        return readPage(next, skip, body, into, further);
    };
    more.append(followUp);
}

QString readPage(int page, int skip, const QByteArray& body, Identity& identity,
                 QList<FollowUp>& more)
{
    const ParsedAnswer answer = parseOrganizations(body);
    if (answer.status != ParsedAnswer::Status::Identity) {
        return unexpectedShapeReason();
    }
    for (const Organization& organization : answer.identity.organizations) {
        // The list may shift between two pages; an organization is listed once.
        const bool known = std::any_of(
            identity.organizations.cbegin(), identity.organizations.cend(),
            [&organization](const Organization& seen) { return seen.id == organization.id; });
        if (!known) {
            identity.organizations.append(organization);
        }
    }
    identity.totalOrganizations =
        std::max(identity.totalOrganizations, int(identity.organizations.size()));
    // An empty page ends the list, whatever the count says.
    const int received = int(answer.identity.organizations.size());
    if (received > 0) {
        askForPageAfter(page, skip + received, identity, more);
    }
    return QString();
}
} // namespace

ParsedAnswer parseOrganizations(const QByteArray& body)
{
    QJsonObject root;
    ParsedAnswer answer = parseJsonObject(body, &root);
    if (answer.status != ParsedAnswer::Status::Identity) {
        return answer;
    }
    const QJsonValue results = root.value(QLatin1String("results"));
    if (!results.isArray()) {
        answer.status = ParsedAnswer::Status::WrongShape;
        answer.problem = QStringLiteral("\"results\" is missing or not a list");
        return answer;
    }
    Identity& identity = answer.identity;
    identity.kind = Identity::Kind::JumpCloudAdmin;
    for (const QJsonValue value : results.toArray()) {
        const QJsonObject entry = value.toObject();
        Organization organization;
        organization.id = entry.value(QLatin1String("_id")).toString().trimmed();
        if (organization.id.isEmpty()) {
            organization.id = entry.value(QLatin1String("id")).toString().trimmed();
        }
        organization.name = entry.value(QLatin1String("displayName")).toString().trimmed();
        if (organization.id.isEmpty()) {
            answer.status = ParsedAnswer::Status::WrongShape;
            answer.problem = QStringLiteral("an organization has no text \"_id\" or \"id\"");
            return answer;
        }
        if (organization.name.isEmpty()) {
            organization.name = organization.id;
        }
        identity.organizations.append(organization);
    }
    const int listed = int(identity.organizations.size());
    const QJsonValue total = root.value(QLatin1String("totalCount"));
    const double reported = total.isDouble() ? total.toDouble() : 0;
    // Never trust a count below what was listed, nor an absurd one.
    identity.totalOrganizations =
        (reported > listed && reported < 1e6) ? static_cast<int>(reported) : listed;
    return answer;
}

QUrlQuery firstPageQuery()
{
    return pageQuery(0);
}

QList<FollowUp> followUps(const Identity& identity)
{
    QList<FollowUp> more;
    askForPageAfter(0, int(identity.organizations.size()), identity, more);
    return more;
}

// JumpCloud's support pages: a new key revokes the old one, jca_ keys can expire, and API
// access is per administrator, turned on only by an Administrator With Billing.
QString rejectedAdvice(const Region& region)
{
    return Text::tr("Check that the key was copied in full. Generating a new API key revokes "
                    "the old one, and keys that start with jca_ can expire, so a key that once "
                    "worked may no longer. Keys also work only in their own region: this check "
                    "asked %1 (%2).")
        .arg(region.name, region.api.host());
}

QString forbiddenAdvice()
{
    return Text::tr("API access must be on for your administrator account, and only an "
                    "administrator with the Billing role can turn it on.");
}

QString rateLimitAdvice()
{
    return QString();
}

} // namespace cc::jumpcloud
