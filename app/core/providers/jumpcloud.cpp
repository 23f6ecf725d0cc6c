#include "core/providers/jumpcloud.h"

#include "core/catalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cc::jumpcloud {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JumpCloudAnswer)
};
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
        organization.name = entry.value(QLatin1String("displayName")).toString().trimmed();
        if (organization.id.isEmpty()) {
            answer.status = ParsedAnswer::Status::WrongShape;
            answer.problem = QStringLiteral("an organization has no text \"_id\"");
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
