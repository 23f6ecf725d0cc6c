#include "cli/resultjson.h"

#include <QJsonArray>

namespace cc::cli {

namespace {
QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject privilegeToJson(const Privilege& privilege)
{
    QJsonObject object{
        {QStringLiteral("scope"), privilege.scope},
        {QStringLiteral("role"), privilege.role},
        {QStringLiteral("role_name"), roleDisplayName(privilege.role)},
        {QStringLiteral("name"), textOrNull(privilege.name)},
        {QStringLiteral("description"), describePrivilege(privilege)},
    };
    const std::pair<const char*, const QString*> optional[] = {
        {"org_name", &privilege.orgName}, {"org_id", &privilege.orgId},
        {"msp_name", &privilege.mspName}, {"msp_id", &privilege.mspId},
        {"site_id", &privilege.siteId},
    };
    for (const auto& [key, value] : optional) {
        if (!value->isEmpty()) {
            object.insert(QLatin1String(key), *value);
        }
    }
    return object;
}

QString kindId(Identity::Kind kind)
{
    switch (kind) {
    case Identity::Kind::MistUser:
        return QStringLiteral("user_token");
    case Identity::Kind::MistOrgToken:
        return QStringLiteral("org_token");
    case Identity::Kind::JumpCloudAdmin:
        return QStringLiteral("admin_key");
    case Identity::Kind::None:
        break;
    }
    return QString();
}
} // namespace

QJsonValue retryAtToJson(const QDateTime& retryAt)
{
    return retryAt.isValid() ? QJsonValue(retryAt.toUTC().toString(Qt::ISODate))
                             : QJsonValue(QJsonValue::Null);
}

QJsonObject identityToJson(const Identity& identity)
{
    QJsonObject object{
        {QStringLiteral("type"), kindId(identity.kind)},
        {QStringLiteral("summary"), describeHolder(identity)},
    };
    if (identity.kind == Identity::Kind::JumpCloudAdmin) {
        QJsonArray organizations;
        for (const Organization& organization : identity.organizations) {
            organizations.append(QJsonObject{{QStringLiteral("id"), organization.id},
                                             {QStringLiteral("name"), organization.name}});
        }
        object.insert(QStringLiteral("organizations"), organizations);
        object.insert(QStringLiteral("total_count"), identity.totalOrganizations);
        object.insert(QStringLiteral("multi_tenant"), identity.isMultiTenant());
        return object;
    }
    object.insert(QStringLiteral("name"), textOrNull(identity.name));
    object.insert(QStringLiteral("email"), textOrNull(identity.email));
    QJsonArray privileges;
    for (const Privilege& privilege : identity.privileges) {
        privileges.append(privilegeToJson(privilege));
    }
    object.insert(QStringLiteral("privileges"), privileges);
    return object;
}

QJsonObject resultToJson(const VerificationResult& result, const ResultContext& context)
{
    const QString provider = result.providerId.isEmpty() ? context.providerId : result.providerId;
    QJsonObject object{
        {QStringLiteral("outcome"), outcomeId(result.outcome)},
        {QStringLiteral("provider"), textOrNull(provider)},
        {QStringLiteral("region"), textOrNull(result.regionId)},
        {QStringLiteral("endpoint"), result.endpoint.isEmpty()
                                         ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(result.endpoint.toString())},
        {QStringLiteral("http_status"),
         result.httpStatus > 0 ? QJsonValue(result.httpStatus) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("retry_after_s"), result.retryAfterSeconds
                                              ? QJsonValue(*result.retryAfterSeconds)
                                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("retry_at"), retryAtToJson(result.retryAt)},
        {QStringLiteral("identity"), result.identity.kind == Identity::Kind::None
                                         ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(identityToJson(result.identity))},
        {QStringLiteral("title"), result.title},
        {QStringLiteral("message"), result.message},
        {QStringLiteral("org_id"), textOrNull(context.orgId)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(context.warnings)},
        {QStringLiteral("detail"), textOrNull(result.technicalDetail)},
        {QStringLiteral("vendor_message"), textOrNull(result.vendorMessage)},
    };
    if (result.outcome == Outcome::TlsError) {
        object.insert(QStringLiteral("certificate"),
                      QJsonObject{{QStringLiteral("problem"), result.tls.problem},
                                  {QStringLiteral("subject"), result.tls.subject},
                                  {QStringLiteral("issuer"), result.tls.issuer}});
    }
    return object;
}

} // namespace cc::cli
