#include "core/providers/mist.h"

#include "core/catalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

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

// A JSON list, or nothing when the body is something else.
std::optional<QJsonArray> jsonArray(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isArray() ? std::optional<QJsonArray>(document.array()) : std::nullopt;
}

// Finds the token among the account's tokens by its masked key, and takes its name and date.
QString readOwnToken(const TokenEnds& token, const QByteArray& body, Identity& identity)
{
    const std::optional<QJsonArray> tokens = jsonArray(body);
    if (!tokens) {
        return unexpectedShapeReason();
    }
    QList<QJsonObject> matching;
    for (const QJsonValue value : *tokens) {
        const QJsonObject entry = value.toObject();
        if (token.matches(optionalText(entry, "key"))) {
            matching.append(entry);
        }
    }
    if (matching.size() != 1) {
        return matching.isEmpty()
                   ? Text::tr("the account's list of tokens does not show this one")
                   : Text::tr("several of the account's tokens begin and end like this one");
    }
    const QJsonObject& entry = matching.constFirst();
    identity.tokenName = optionalText(entry, "name");
    const QJsonValue created = entry.value(QLatin1String("created_time"));
    if (created.isDouble() && created.toDouble() > 0) {
        identity.tokenCreated =
            QDateTime::fromSecsSinceEpoch(static_cast<qint64>(created.toDouble()), Qt::UTC);
    }
    return QString();
}

QString readMspOrganizations(const QString& mspId, const QByteArray& body, Identity& identity)
{
    const std::optional<QJsonArray> entries = jsonArray(body);
    if (!entries) {
        return unexpectedShapeReason();
    }
    QList<Organization> organizations;
    for (const QJsonValue value : *entries) {
        const QJsonObject entry = value.toObject();
        const QString id = optionalText(entry, "id");
        if (id.isEmpty()) {
            return unexpectedShapeReason();
        }
        const QString name = optionalText(entry, "name");
        organizations.append({id, name.isEmpty() ? id : name});
    }
    for (Privilege& privilege : identity.privileges) {
        if (privilege.scope == QLatin1String("msp") && privilege.mspId == mspId) {
            privilege.mspOrganizations = organizations;
        }
    }
    return QString();
}

QString readUsage(const QByteArray& body, Identity& identity)
{
    const QJsonObject usage = QJsonDocument::fromJson(body).object();
    const QJsonValue requests = usage.value(QLatin1String("requests"));
    const QJsonValue limit = usage.value(QLatin1String("request_limit"));
    if (!requests.isDouble() || !limit.isDouble() || requests.toDouble() < 0 ||
        limit.toDouble() <= 0 || requests.toDouble() > 1e9 || limit.toDouble() > 1e9) {
        return unexpectedShapeReason();
    }
    identity.usage = ApiUsage{requests.toInt(), limit.toInt()};
    return QString();
}

FollowUp followUp(const QString& id, const QString& what, const QString& path,
                  const std::function<QString(const QByteArray&, Identity&)>& read)
{
    FollowUp request;
    request.id = id;
    request.what = what;
    request.path = path;
    request.read = [read](const QByteArray& body, Identity& identity, QList<FollowUp>&) {
        return read(body, identity);
    };
    return request;
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
        for (const QJsonValue view : entry.value(QLatin1String("views")).toArray()) {
            if (view.isString() && !view.toString().trimmed().isEmpty()) {
                privilege.views.append(view.toString().trimmed());
            }
        }
        answer.identity.privileges.append(privilege);
    }

    const QString email = optionalText(root, "email");
    if (!email.isEmpty()) {
        answer.identity.kind = Identity::Kind::MistUser;
        const QJsonValue viaSso = root.value(QLatin1String("via_sso"));
        if (viaSso.isBool()) {
            answer.identity.viaSso = viaSso.toBool();
        }
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

QList<FollowUp> followUps(const Identity& identity, const TokenEnds& token)
{
    QList<FollowUp> requests;
    // Organization tokens are not among a person's tokens, and have their name in /self.
    if (identity.kind == Identity::Kind::MistUser) {
        requests.append(followUp(QStringLiteral("token"),
                                 Text::tr("this token's name and creation date"),
                                 QStringLiteral("/api/v1/self/apitokens"),
                                 [token](const QByteArray& body, Identity& into) {
                                     return readOwnToken(token, body, into);
                                 }));
    }
    // The ID goes into the path: only the UUIDs Mist uses, so it cannot name another path.
    static const QRegularExpression uuid(QStringLiteral("^[0-9A-Fa-f-]{1,64}$"));
    QStringList asked;
    for (const Privilege& privilege : identity.privileges) {
        if (privilege.scope != QLatin1String("msp") || !uuid.match(privilege.mspId).hasMatch() ||
            asked.contains(privilege.mspId)) {
            continue;
        }
        asked.append(privilege.mspId);
        const QString mspId = privilege.mspId;
        const QString name = privilege.name.isEmpty() ? privilege.mspName : privilege.name;
        requests.append(
            followUp(QStringLiteral("msp_organizations"),
                     Text::tr("the organizations of the MSP %1").arg(name.isEmpty() ? mspId : name),
                     QStringLiteral("/api/v1/msps/") + mspId + QStringLiteral("/orgs"),
                     [mspId](const QByteArray& body, Identity& into) {
                         return readMspOrganizations(mspId, body, into);
                     }));
    }
    // Last, so the count includes this check's own calls.
    requests.append(followUp(QStringLiteral("usage"), Text::tr("this hour's API calls"),
                             QStringLiteral("/api/v1/self/usage"), readUsage));
    return requests;
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
