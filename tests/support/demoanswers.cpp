#include "support/demoanswers.h"

#include "support/testcatalog.h"

#include <QStringList>
#include <QUrlQuery>

#include <algorithm>

namespace cc::test {

namespace {
const QByteArray personBody = R"({"email": "ada.lovelace@example.com", "first_name": "Ada",
  "last_name": "Lovelace", "via_sso": false, "privileges": [
    {"scope": "org", "role": "admin", "name": "ACME Corp", "org_id": "6748cfa6-4e12-11e6-9188-0242ac110007"},
    {"scope": "site", "role": "read", "name": "Berlin HQ", "org_name": "ACME Corp",
     "org_id": "6748cfa6-4e12-11e6-9188-0242ac110007", "site_id": "c0ffee00-0000-4000-8000-000000000001"},
    {"scope": "org", "role": "helpdesk", "name": "ACME Labs", "org_id": "9b1f2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d"}]})";
const QByteArray orgTokenBody = R"({"name": "Inventory sync", "privileges": [
    {"scope": "org", "role": "write", "name": "ACME Corp", "org_id": "6748cfa6-4e12-11e6-9188-0242ac110007"}]})";
const QByteArray organizationsBody = R"({"results": [
    {"_id": "5f1e0c1e9a3b4c0012345678", "displayName": "ACME Europe"},
    {"_id": "5f1e0c1e9a3b4c0087654321", "displayName": "ACME Asia Pacific"}], "totalCount": 2})";
const QByteArray usageBody = R"({"requests": 42, "request_limit": 5000, "seconds": 1260})";

// Two words make 20 × 20 different names, enough for a test's hundreds of clients.
const char* const firstWords[] = {"Alder",  "Birch",   "Cedar",  "Delta",  "Elm",
                                  "Fjord",  "Granite", "Harbor", "Iris",   "Kestrel",
                                  "Linden", "Maple",   "Nimbus", "Oak",    "Pine",
                                  "Quarry", "Rowan",   "Spruce", "Tundra", "Willow"};
const char* const secondWords[] = {"Dental",    "Energy",     "Farms",    "Foods",     "Hotels",
                                   "Insurance", "Labs",       "Legal",    "Logistics", "Media",
                                   "Motors",    "Outfitters", "Partners", "Realty",    "Schools",
                                   "Studio",    "Clinic",     "Bakery",   "Builders",  "Travel"};

QByteArray path(const ReceivedRequest& request)
{
    return request.target.left(request.target.indexOf('?') < 0 ? request.target.size()
                                                               : request.target.indexOf('?'));
}

// How Mist lists a token among the account's: its first and last four characters.
QByteArray apiTokensBody(const QByteArray& token)
{
    return R"([{"id": "864f351a-9a1b-4c2d-8e3f-000000000001", "name": "Network inventory", "key": ")" +
           token.left(4) + "..." + token.right(4) +
           R"(", "created_time": 1710237600, "last_used": 1710324000}])";
}
} // namespace

QString jumpCloudClientName(int index)
{
    return QString::fromLatin1(firstWords[index / 20 % 20]) + QLatin1Char(' ') +
           QString::fromLatin1(secondWords[index % 20]);
}

CannedReply jumpCloudClientsPage(const ReceivedRequest& request, int count, int pageCap)
{
    const QUrlQuery query(QUrl::fromEncoded("https://host" + request.target).query());
    const int skip = query.queryItemValue(QStringLiteral("skip")).toInt();
    const int limit = std::min(query.hasQueryItem(QStringLiteral("limit"))
                                   ? query.queryItemValue(QStringLiteral("limit")).toInt()
                                   : 10,
                               pageCap);
    QStringList names;
    for (int index = 0; index < std::min(count, 400); ++index) {
        names.append(jumpCloudClientName(index));
    }
    names.sort();
    QByteArray results;
    for (int index = std::max(skip, 0); index < std::min(count, skip + limit); ++index) {
        const QString name =
            index < names.size() ? names.at(index) : QStringLiteral("Client %1").arg(index);
        results += (results.isEmpty() ? "{" : ",{") + QByteArray(R"("_id": "5f1e0c1e)") +
                   QByteArray::number(index, 16).rightJustified(16, '0') +
                   R"(", "displayName": ")" + name.toUtf8() + "\"}";
    }
    return CannedReply::json(200, "{\"results\": [" + results +
                                      "], \"totalCount\": " + QByteArray::number(count) + "}");
}

CannedReply demoAnswerFor(const ReceivedRequest& request)
{
    const bool jumpCloud = path(request) == "/api/organizations";
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
        return token.startsWith("msp") ? jumpCloudClientsPage(request, 40)
                                       : CannedReply::json(200, organizationsBody);
    }
    if (path(request) == "/api/v1/self/usage") {
        return CannedReply::json(200, usageBody);
    }
    if (path(request) == "/api/v1/self/apitokens") {
        return CannedReply::json(200, apiTokensBody(token));
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
