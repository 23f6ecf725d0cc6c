#include "core/providers/mist.h"

#include "core/catalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cc::mist {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(MistAnswer)
};

// A string field, or empty when it is missing or of another type.
QString optionalText(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString().trimmed();
}

ParsedAnswer wrongShape(const QString& problem)
{
    ParsedAnswer answer;
    answer.status = ParsedAnswer::Status::WrongShape;
    answer.problem = problem;
    return answer;
}
} // namespace

ParsedAnswer parseSelf(const QByteArray& body)
{
    QJsonObject root;
    ParsedAnswer answer = parseJsonObject(body, &root);
    if (answer.status != ParsedAnswer::Status::Identity) {
        return answer;
    }
    const QJsonValue privileges = root.value(QLatin1String("privileges"));
    if (!privileges.isArray()) {
        return wrongShape(QStringLiteral("\"privileges\" is missing or not a list"));
    }
    for (const QJsonValue value : privileges.toArray()) {
        const QJsonObject entry = value.toObject();
        Privilege privilege;
        privilege.scope = optionalText(entry, "scope");
        privilege.role = optionalText(entry, "role");
        if (privilege.scope.isEmpty() || privilege.role.isEmpty()) {
            return wrongShape(QStringLiteral("a privilege has no text \"scope\" or \"role\""));
        }
        privilege.name = optionalText(entry, "name");
        privilege.orgName = optionalText(entry, "org_name");
        privilege.mspName = optionalText(entry, "msp_name");
        privilege.orgId = optionalText(entry, "org_id");
        privilege.siteId = optionalText(entry, "site_id");
        privilege.mspId = optionalText(entry, "msp_id");
        answer.identity.privileges.append(privilege);
    }

    const QString email = optionalText(root, "email");
    if (!email.isEmpty()) {
        answer.identity.kind = Identity::Kind::MistUser;
        answer.identity.email = email;
        answer.identity.name =
            QStringList{optionalText(root, "first_name"), optionalText(root, "last_name")}
                .join(QLatin1Char(' '))
                .trimmed();
    } else {
        // Org tokens have no email; the spec marks "name" as "for Org API Token only".
        answer.identity.kind = Identity::Kind::MistOrgToken;
        answer.identity.name = optionalText(root, "name");
    }
    return answer;
}

// Mist's OpenAPI: personal ("self") tokens are removed after 90 days unused; organization
// tokens may be bound to source addresses (src_ips). Which status a token used from another
// address gets is not documented, so both the refusal and the denial mention it.
QString rejectedAdvice(const Region& region)
{
    return Text::tr("Check that the token was copied in full. Mist also refuses a token that "
                    "was deleted, and removes a personal token unused for 90 days. An "
                    "organization token limited to certain source addresses is refused from "
                    "any other network. A valid token sent to the wrong region is refused the "
                    "same way: this check asked %1 (%2); your portal's address shows your "
                    "region, for example %3.")
        .arg(region.name, region.api.host(), region.portal.host());
}

QString forbiddenAdvice()
{
    return Text::tr("An organization token limited to certain source addresses is refused from "
                    "any other network: check from a network the token allows.");
}

QString rateLimitAdvice()
{
    return Text::tr("Mist allows 5,000 calls an hour per token; personal tokens share that "
                    "budget with every other token and portal session of the same account.");
}

} // namespace cc::mist
