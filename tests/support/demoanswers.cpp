#include "support/demoanswers.h"

#include "support/testcatalog.h"

namespace cc::test {

namespace {
const QByteArray personBody = R"({"email": "ada.lovelace@example.com", "first_name": "Ada",
  "last_name": "Lovelace", "privileges": [
    {"scope": "org", "role": "admin", "name": "ACME Corp", "org_id": "6748cfa6-4e12-11e6-9188-0242ac110007"},
    {"scope": "site", "role": "read", "name": "Berlin HQ", "org_name": "ACME Corp",
     "org_id": "6748cfa6-4e12-11e6-9188-0242ac110007", "site_id": "c0ffee00-0000-4000-8000-000000000001"},
    {"scope": "org", "role": "helpdesk", "name": "ACME Labs", "org_id": "9b1f2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d"}]})";
const QByteArray orgTokenBody = R"({"name": "Inventory sync", "privileges": [
    {"scope": "org", "role": "write", "name": "ACME Corp", "org_id": "6748cfa6-4e12-11e6-9188-0242ac110007"}]})";
const QByteArray organizationsBody = R"({"results": [
    {"_id": "5f1e0c1e9a3b4c0012345678", "displayName": "ACME Europe"},
    {"_id": "5f1e0c1e9a3b4c0087654321", "displayName": "ACME Asia Pacific"}], "totalCount": 2})";
} // namespace

CannedReply demoAnswerFor(const ReceivedRequest& request)
{
    const bool jumpCloud = request.target == "/api/organizations";
    const QByteArray token = jumpCloud ? request.headerValues("x-api-key").value(0)
                                       : request.headerValues("Authorization").value(0).mid(6);
    if (token.startsWith("bad")) {
        return CannedReply::json(401, R"({"detail": "Invalid token."})");
    }
    if (token.startsWith("limit")) {
        // Mist documents no Retry-After: its limit ends at the full hour.
        return jumpCloud ? CannedReply::json(429, R"({"message": "Too many requests"})")
                               .withHeader("Retry-After", "90")
                         : CannedReply::json(429, R"({"detail": "Too Many Request. The API Token )"
                                                  R"(used for the request reached the 5000 API )"
                                                  R"(Calls per hour threshold"})");
    }
    if (token.startsWith("slow")) {
        CannedReply silent;
        silent.action = CannedReply::Action::NeverAnswer;
        return silent;
    }
    if (jumpCloud) {
        return CannedReply::json(200, organizationsBody);
    }
    return CannedReply::json(200, token.endsWith("org") ? orgTokenBody : personBody);
}

bool DemoService::start(QString* error)
{
    if (!pki.create(error)) {
        return false;
    }
    server = std::make_unique<TlsTestServer>(pki.trustedServerConfiguration());
    server->setResponder(demoAnswerFor);
    if (!server->listen()) {
        *error = QStringLiteral("cannot listen on 127.0.0.1");
        return false;
    }
    catalog = builtinCatalogWith(
        {{QStringLiteral("juniper-mist"), QStringLiteral("api.gc3")},
         {QStringLiteral("juniper-routing-assurance"), QStringLiteral("routing")},
         {QStringLiteral("jumpcloud"), QStringLiteral("eu")}},
        server->baseUrl());
    return true;
}

namespace {
const QSet<QPair<QString, QString>> homeRegions{
    {QStringLiteral("juniper-mist"), QStringLiteral("api.gc3")},
    {QStringLiteral("juniper-routing-assurance"), QStringLiteral("routing")},
    {QStringLiteral("jumpcloud"), QStringLiteral("eu")},
};

// The answers of one region: the demo's answers at home, a refusal anywhere else.
std::function<CannedReply(const ReceivedRequest&)> regionResponder(bool home)
{
    return [home](const ReceivedRequest& request) {
        return home ? demoAnswerFor(request)
                    : CannedReply::json(401, R"({"detail": "Invalid token."})");
    };
}
} // namespace

bool DemoWorld::start(QString* error)
{
    if (!pki.create(error)) {
        return false;
    }
    catalog = Catalog::loadBuiltin(error);
    if (!catalog) {
        return false;
    }
    // The n-th region of each provider on 127.0.0.n: one server per region and provider.
    for (const Provider& provider : catalog->providers()) {
        for (int index = 0; index < provider.regions.size(); ++index) {
            const QPair<QString, QString> region{provider.id, provider.regions.at(index).id};
            auto server = std::make_unique<TlsTestServer>(pki.trustedServerConfiguration());
            server->setResponder(regionResponder(homeRegions.contains(region)));
            const QHostAddress address(QStringLiteral("127.0.0.%1").arg(index + 1));
            if (!server->listen(address)) {
                *error = QStringLiteral("cannot listen on %1").arg(address.toString());
                return false;
            }
            apiBases.insert(region, server->baseUrl());
            servers.push_back(std::move(server));
        }
    }
    catalog = builtinCatalogWith(apiBases);
    return true;
}

QByteArray DemoWorld::catalogJson() const
{
    return builtinCatalogJsonWith(apiBases);
}

namespace {
QtMessageHandler handlerBefore = nullptr;

void dropSizeHintWarning(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message != QLatin1String("This plugin does not support propagateSizeHints()")) {
        handlerBefore(type, context, message);
    }
}
} // namespace

void quietOffscreenSizeHints()
{
    handlerBefore = qInstallMessageHandler(dropSizeHintWarning);
}

} // namespace cc::test
