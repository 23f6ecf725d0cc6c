// The provider catalog: the built-in one pinned to the vendors' region tables
// (resources/providers.json), and catalog text read as untrusted input, where every malformed field
// is refused in words.
#include "core/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace cc;

namespace {

// A small catalog that is valid as it stands; each rejected row changes one thing in it.
// "\/" is JSON for "/": moc misreads a "//" inside a multi-line raw string as a comment.
const QByteArray validCatalog = R"({
  "format": 1,
  "providers": [
    {
      "id": "juniper-mist",
      "name": "Juniper Mist",
      "answer": "mist-self",
      "verify": {"path": "/api/v1/self",
                 "auth_header": "Authorization", "auth_prefix": "Token "},
      "token": {"usual_lengths": [96]},
      "regions": [
        {"id": "api", "name": "Global 01",
         "api": "https:\/\/api.mist.com", "portal": "https:\/\/manage.mist.com"},
        {"id": "api.gc1", "name": "Global 02",
         "api": "https:\/\/api.gc1.mist.com", "portal": "https:\/\/manage.gc1.mist.com"}
      ]
    },
    {
      "id": "jumpcloud",
      "name": "JumpCloud",
      "answer": "jumpcloud-organizations",
      "verify": {"path": "/api/organizations",
                 "auth_header": "x-api-key", "auth_prefix": ""},
      "token": {"usual_lengths": [40]},
      "regions": [
        {"id": "us", "name": "United States",
         "api": "https:\/\/console.jumpcloud.com", "portal": "https:\/\/console.jumpcloud.com"}
      ]
    }
  ]
})";

const QJsonValue removed(QJsonValue::Undefined);

QJsonObject validRoot()
{
    return QJsonDocument::fromJson(validCatalog).object();
}

QByteArray serialized(const QJsonObject& root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// Sets (or, given `removed`, deletes) one field of an object.
void setField(QJsonObject& object, const char* key, const QJsonValue& value)
{
    if (value.isUndefined()) {
        object.remove(QLatin1String(key));
    } else {
        object.insert(QLatin1String(key), value);
    }
}

QByteArray withRootField(const char* key, const QJsonValue& value)
{
    QJsonObject root = validRoot();
    setField(root, key, value);
    return serialized(root);
}

// Applies `edit` to provider number `index` (0-based) of the valid catalog.
template<typename Edit> QByteArray withProvider(int index, Edit edit)
{
    QJsonObject root = validRoot();
    QJsonArray providers = root.value(QLatin1String("providers")).toArray();
    QJsonObject provider = providers.at(index).toObject();
    edit(provider);
    providers.replace(index, provider);
    root.insert(QLatin1String("providers"), providers);
    return serialized(root);
}

QByteArray withProviderField(int index, const char* key, const QJsonValue& value)
{
    return withProvider(index, [&](QJsonObject& provider) { setField(provider, key, value); });
}

QByteArray withVerifyField(const char* key, const QJsonValue& value)
{
    return withProvider(0, [&](QJsonObject& provider) {
        QJsonObject verify = provider.value(QLatin1String("verify")).toObject();
        setField(verify, key, value);
        provider.insert(QLatin1String("verify"), verify);
    });
}

QByteArray withRegionField(int regionIndex, const char* key, const QJsonValue& value)
{
    return withProvider(0, [&](QJsonObject& provider) {
        QJsonArray regions = provider.value(QLatin1String("regions")).toArray();
        QJsonObject region = regions.at(regionIndex).toObject();
        setField(region, key, value);
        regions.replace(regionIndex, region);
        provider.insert(QLatin1String("regions"), regions);
    });
}

QByteArray withUsualLengths(const QJsonArray& lengths)
{
    return withProviderField(0, "token", QJsonObject{{QStringLiteral("usual_lengths"), lengths}});
}

QJsonValue text(const char* value)
{
    return QJsonValue(QLatin1String(value));
}

QJsonValue repeated(char c, int count)
{
    return QJsonValue(QString(count, QLatin1Char(c)));
}

// The valid catalog with its first provider (or that provider's first region) copied until
// there are `count`, each copy with an id of its own.
QByteArray withProviderCount(int count)
{
    QJsonObject root = validRoot();
    const QJsonObject first = root.value(QLatin1String("providers")).toArray().at(0).toObject();
    QJsonArray providers;
    for (int i = 0; i < count; ++i) {
        QJsonObject copy = first;
        copy.insert(QLatin1String("id"), QStringLiteral("provider-%1").arg(i));
        providers.append(copy);
    }
    root.insert(QLatin1String("providers"), providers);
    return serialized(root);
}

QByteArray withRegionCount(int count)
{
    return withProvider(0, [count](QJsonObject& provider) {
        const QJsonObject first =
            provider.value(QLatin1String("regions")).toArray().at(0).toObject();
        QJsonArray regions;
        for (int i = 0; i < count; ++i) {
            QJsonObject copy = first;
            copy.insert(QLatin1String("id"), QStringLiteral("region-%1").arg(i));
            regions.append(copy);
        }
        provider.insert(QLatin1String("regions"), regions);
    });
}

} // namespace

class TestCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void builtinHasTheThreeProviders();
    void providers_data();
    void providers();
    void mistRegions_data();
    void mistRegions();
    void rateLimits_data();
    void rateLimits();
    void searchAndRateLimitFlagsAreRead();
    void otherRegions_data();
    void otherRegions();
    void verifyUrl_data();
    void verifyUrl();
    void unknownRegionIsNull();

    void validCatalogIsAccepted();
    void acceptedVariants_data();
    void acceptedVariants();
    void rejected_data();
    void rejected();
    void fromFileRefusesMissingAndOversizedFiles();

    void regionByIds();
    void regionByUnknownIdsIsNull_data();
    void regionByUnknownIdsIsNull();

private:
    std::optional<Catalog> m_builtin;
};

void TestCatalog::initTestCase()
{
    QString error;
    m_builtin = Catalog::loadBuiltin(&error);
    QVERIFY2(m_builtin.has_value(), qPrintable(error));
}

void TestCatalog::builtinHasTheThreeProviders()
{
    QStringList ids;
    for (const Provider& provider : m_builtin->providers()) {
        ids.append(provider.id);
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("juniper-mist"),
                               QStringLiteral("juniper-routing-assurance"),
                               QStringLiteral("jumpcloud")}));
}

void TestCatalog::providers_data()
{
    QTest::addColumn<QString>("providerId");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("answerFormat");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authHeader");
    QTest::addColumn<QByteArray>("authPrefix");
    QTest::addColumn<QList<int>>("usualLengths");
    QTest::addColumn<QStringList>("regionIds");

    QTest::addRow("juniper-mist") << QStringLiteral("juniper-mist")
                                  << QStringLiteral("Juniper Mist") << QStringLiteral("mist-self")
                                  << QStringLiteral("/api/v1/self") << QByteArray("Authorization")
                                  << QByteArray("Token ") << QList<int>{96}
                                  << QStringList{
                                         QStringLiteral("api"),     QStringLiteral("api.gc1"),
                                         QStringLiteral("api.ac2"), QStringLiteral("api.gc2"),
                                         QStringLiteral("api.gc4"), QStringLiteral("api.eu"),
                                         QStringLiteral("api.gc3"), QStringLiteral("api.ac6"),
                                         QStringLiteral("api.gc6"), QStringLiteral("api.ac5"),
                                         QStringLiteral("api.gc5"), QStringLiteral("api.gc7"),
                                         QStringLiteral("gov")};
    QTest::addRow("juniper-routing-assurance")
        << QStringLiteral("juniper-routing-assurance")
        << QStringLiteral("Juniper Mist Routing Assurance") << QStringLiteral("mist-self")
        << QStringLiteral("/api/v1/self") << QByteArray("Authorization") << QByteArray("Token ")
        << QList<int>{} << QStringList{QStringLiteral("routing")};
    QTest::addRow("jumpcloud") << QStringLiteral("jumpcloud") << QStringLiteral("JumpCloud")
                               << QStringLiteral("jumpcloud-organizations")
                               << QStringLiteral("/api/organizations") << QByteArray("x-api-key")
                               << QByteArray() << QList<int>{40}
                               << QStringList{QStringLiteral("us"), QStringLiteral("eu"),
                                              QStringLiteral("in")};
}

void TestCatalog::providers()
{
    QFETCH(QString, providerId);
    QFETCH(QString, name);
    QFETCH(QString, answerFormat);
    QFETCH(QString, path);
    QFETCH(QByteArray, authHeader);
    QFETCH(QByteArray, authPrefix);
    QFETCH(QList<int>, usualLengths);
    QFETCH(QStringList, regionIds);

    const Provider* provider = m_builtin->provider(providerId);
    QVERIFY(provider != nullptr);
    QCOMPARE(provider->id, providerId);
    QCOMPARE(provider->name, name);
    QCOMPARE(provider->answerFormat, answerFormat);
    QCOMPARE(provider->verify.path, path);
    QCOMPARE(provider->verify.authHeader, authHeader);
    QCOMPARE(provider->verify.authPrefix, authPrefix);
    QCOMPARE(provider->usualTokenLengths, usualLengths);
    QStringList ids;
    for (const Region& region : provider->regions) {
        ids.append(region.id);
    }
    QCOMPARE(ids, regionIds);
}

void TestCatalog::mistRegions_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("apiHost");
    QTest::addColumn<QString>("portalHost");
    QTest::addColumn<bool>("foundBySearch");

    // The vendors' region table, in its order, and the US Government cloud, which Find my
    // region never asks: the vendor's browser extension leaves it out of its token tools.
    struct Row
    {
        const char* id;
        const char* name;
        const char* api;
        const char* portal;
        bool foundBySearch = true;
    };
    const Row rows[] = {
        {"api", "Global 01", "api.mist.com", "manage.mist.com"},
        {"api.gc1", "Global 02", "api.gc1.mist.com", "manage.gc1.mist.com"},
        {"api.ac2", "Global 03", "api.ac2.mist.com", "manage.ac2.mist.com"},
        {"api.gc2", "Global 04", "api.gc2.mist.com", "manage.gc2.mist.com"},
        {"api.gc4", "Global 05", "api.gc4.mist.com", "manage.gc4.mist.com"},
        {"api.eu", "EMEA 01", "api.eu.mist.com", "manage.eu.mist.com"},
        {"api.gc3", "EMEA 02", "api.gc3.mist.com", "manage.gc3.mist.com"},
        {"api.ac6", "EMEA 03", "api.ac6.mist.com", "manage.ac6.mist.com"},
        {"api.gc6", "EMEA 04", "api.gc6.mist.com", "manage.gc6.mist.com"},
        {"api.ac5", "APAC 01", "api.ac5.mist.com", "manage.ac5.mist.com"},
        {"api.gc5", "APAC 02", "api.gc5.mist.com", "manage.gc5.mist.com"},
        {"api.gc7", "APAC 03", "api.gc7.mist.com", "manage.gc7.mist.com"},
        {"gov", "US Government", "api.us.mist-federal.com", "manage.us.mist-federal.com", false},
    };
    int index = 0;
    for (const Row& row : rows) {
        QTest::addRow("%d %s", index, row.id)
            << index << QString::fromLatin1(row.id) << QString::fromLatin1(row.name)
            << QString::fromLatin1(row.api) << QString::fromLatin1(row.portal) << row.foundBySearch;
        ++index;
    }
}

void TestCatalog::mistRegions()
{
    QFETCH(int, index);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, apiHost);
    QFETCH(QString, portalHost);
    QFETCH(bool, foundBySearch);

    const Provider* mist = m_builtin->provider(QStringLiteral("juniper-mist"));
    QVERIFY(mist != nullptr);
    QCOMPARE(mist->regions.size(), 13);
    const Region& region = mist->regions.at(index);
    QCOMPARE(region.id, id);
    QCOMPARE(region.name, name);
    QCOMPARE(region.api, QUrl(QStringLiteral("https://") + apiHost));
    QCOMPARE(region.api.scheme(), QStringLiteral("https"));
    QCOMPARE(region.api.host(), apiHost);
    QVERIFY(region.api.path().isEmpty());
    QCOMPARE(region.portal, QUrl(QStringLiteral("https://") + portalHost));
    QCOMPARE(region.portal.host(), portalHost);
    QCOMPARE(region.foundBySearch, foundBySearch);
    QCOMPARE(mist->region(id), &region);
}

void TestCatalog::rateLimits_data()
{
    QTest::addColumn<QString>("providerId");
    QTest::addColumn<bool>("perToken");
    QTest::addColumn<bool>("resetsAtFullHour");

    // Mist counts 5,000 calls an hour per token (per account for personal tokens), resets at
    // the hourly boundary and refuses unknown tokens with 401. Neither is published for
    // Routing Assurance or JumpCloud, so for them a rate limit tells nothing.
    QTest::addRow("juniper-mist") << QStringLiteral("juniper-mist") << true << true;
    QTest::addRow("juniper-routing-assurance")
        << QStringLiteral("juniper-routing-assurance") << false << false;
    QTest::addRow("jumpcloud") << QStringLiteral("jumpcloud") << false << false;
}

void TestCatalog::rateLimits()
{
    QFETCH(QString, providerId);
    QFETCH(bool, perToken);
    QFETCH(bool, resetsAtFullHour);
    const Provider* provider = m_builtin->provider(providerId);
    QVERIFY(provider != nullptr);
    QCOMPARE(provider->rateLimit.perToken, perToken);
    QCOMPARE(provider->rateLimit.resetsAtFullHour, resetsAtFullHour);
}

void TestCatalog::searchAndRateLimitFlagsAreRead()
{
    QString error;
    const std::optional<Catalog> defaults = Catalog::fromJson(validCatalog, &error);
    QVERIFY2(defaults, qPrintable(error));
    QVERIFY(defaults->providers().at(0).regions.at(0).foundBySearch);
    QVERIFY(!defaults->providers().at(0).rateLimit.perToken);

    QJsonObject root =
        QJsonDocument::fromJson(withRegionField(1, "found_by_search", false)).object();
    QJsonArray providers = root.value(QLatin1String("providers")).toArray();
    QJsonObject provider = providers.at(0).toObject();
    provider.insert(QLatin1String("rate_limit"),
                    QJsonObject{{QStringLiteral("per_token"), true},
                                {QStringLiteral("resets_at_full_hour"), true}});
    providers.replace(0, provider);
    root.insert(QLatin1String("providers"), providers);
    const std::optional<Catalog> changed = Catalog::fromJson(serialized(root), &error);
    QVERIFY2(changed, qPrintable(error));
    QVERIFY(changed->providers().at(0).regions.at(0).foundBySearch);
    QVERIFY(!changed->providers().at(0).regions.at(1).foundBySearch);
    QVERIFY(changed->providers().at(0).rateLimit.perToken);
    QVERIFY(changed->providers().at(0).rateLimit.resetsAtFullHour);
    QVERIFY(!changed->providers().at(1).rateLimit.perToken);
}

void TestCatalog::otherRegions_data()
{
    QTest::addColumn<QString>("providerId");
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<QString>("apiHost");
    QTest::addColumn<QString>("portalHost");

    QTest::addRow("routing") << QStringLiteral("juniper-routing-assurance")
                             << QStringLiteral("routing")
                             << QStringLiteral("routing.ai.juniper.net")
                             << QStringLiteral("routing.ai.juniper.net");
    QTest::addRow("jumpcloud us") << QStringLiteral("jumpcloud") << QStringLiteral("us")
                                  << QStringLiteral("console.jumpcloud.com")
                                  << QStringLiteral("console.jumpcloud.com");
    QTest::addRow("jumpcloud eu") << QStringLiteral("jumpcloud") << QStringLiteral("eu")
                                  << QStringLiteral("console.eu.jumpcloud.com")
                                  << QStringLiteral("console.eu.jumpcloud.com");
    QTest::addRow("jumpcloud in") << QStringLiteral("jumpcloud") << QStringLiteral("in")
                                  << QStringLiteral("console.in.jumpcloud.com")
                                  << QStringLiteral("console.in.jumpcloud.com");
}

void TestCatalog::otherRegions()
{
    QFETCH(QString, providerId);
    QFETCH(QString, regionId);
    QFETCH(QString, apiHost);
    QFETCH(QString, portalHost);

    const Provider* provider = m_builtin->provider(providerId);
    QVERIFY(provider != nullptr);
    const Region* region = provider->region(regionId);
    QVERIFY(region != nullptr);
    QVERIFY(!region->name.isEmpty());
    QCOMPARE(region->api, QUrl(QStringLiteral("https://") + apiHost));
    QCOMPARE(region->portal, QUrl(QStringLiteral("https://") + portalHost));
}

void TestCatalog::verifyUrl_data()
{
    QTest::addColumn<QString>("providerId");
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<QUrl>("expected");

    QTest::addRow("mist EMEA 02") << QStringLiteral("juniper-mist") << QStringLiteral("api.gc3")
                                  << QUrl(QStringLiteral("https://api.gc3.mist.com/api/v1/self"));
    QTest::addRow("mist Global 01") << QStringLiteral("juniper-mist") << QStringLiteral("api")
                                    << QUrl(QStringLiteral("https://api.mist.com/api/v1/self"));
    QTest::addRow("routing assurance")
        << QStringLiteral("juniper-routing-assurance") << QStringLiteral("routing")
        << QUrl(QStringLiteral("https://routing.ai.juniper.net/api/v1/self"));
    QTest::addRow("jumpcloud eu") << QStringLiteral("jumpcloud") << QStringLiteral("eu")
                                  << QUrl(QStringLiteral(
                                         "https://console.eu.jumpcloud.com/api/organizations"));
}

void TestCatalog::verifyUrl()
{
    QFETCH(QString, providerId);
    QFETCH(QString, regionId);
    QFETCH(QUrl, expected);

    const Provider* provider = m_builtin->provider(providerId);
    QVERIFY(provider != nullptr);
    const Region* region = provider->region(regionId);
    QVERIFY(region != nullptr);
    const QUrl url = provider->verifyUrl(*region);
    QCOMPARE(url, expected);
    QCOMPARE(url.toString(), expected.toString());
    QVERIFY(!url.hasQuery());
}

void TestCatalog::unknownRegionIsNull()
{
    const Provider* mist = m_builtin->provider(QStringLiteral("juniper-mist"));
    QVERIFY(mist != nullptr);
    QCOMPARE(mist->region(QStringLiteral("api.gc99")), nullptr);
    QCOMPARE(mist->region(QStringLiteral("us")), nullptr);
    QCOMPARE(mist->region(QString()), nullptr);
    QCOMPARE(m_builtin->provider(QStringLiteral("okta")), nullptr);
}

void TestCatalog::validCatalogIsAccepted()
{
    // The base of every rejected row below: proves that each row fails for its one change.
    QString error;
    const std::optional<Catalog> catalog = Catalog::fromJson(validCatalog, &error);
    QVERIFY2(catalog.has_value(), qPrintable(error));
    QCOMPARE(catalog->providers().size(), 2);
    const Provider* mist = catalog->provider(QStringLiteral("juniper-mist"));
    QVERIFY(mist != nullptr);
    QCOMPARE(mist->regions.size(), 2);
    QCOMPARE(mist->verify.authPrefix, QByteArray("Token "));
    QCOMPARE(mist->usualTokenLengths, QList<int>{96});
}

void TestCatalog::acceptedVariants_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QUrl>("api"); // of the first region of the first provider, as stored

    QTest::addRow("plain http to 127.0.0.1 with a port")
        << withRegionField(0, "api", text("http://127.0.0.1:1234"))
        << QUrl(QStringLiteral("http://127.0.0.1:1234"));
    QTest::addRow("plain http to localhost")
        << withRegionField(0, "api", text("http://localhost:8080"))
        << QUrl(QStringLiteral("http://localhost:8080"));
    QTest::addRow("plain http to ::1") << withRegionField(0, "api", text("http://[::1]:1234"))
                                       << QUrl(QStringLiteral("http://[::1]:1234"));
    QTest::addRow("https with a port") << withRegionField(0, "api", text("https://127.0.0.1:8443"))
                                       << QUrl(QStringLiteral("https://127.0.0.1:8443"));
    QTest::addRow("trailing slash is dropped")
        << withRegionField(0, "api", text("https://api.mist.com/"))
        << QUrl(QStringLiteral("https://api.mist.com"));
    QTest::addRow("no token section")
        << withProviderField(0, "token", removed) << QUrl(QStringLiteral("https://api.mist.com"));
    QTest::addRow("empty usual lengths")
        << withUsualLengths(QJsonArray{}) << QUrl(QStringLiteral("https://api.mist.com"));
    // The request is always a GET; catalogs of earlier versions said so in a field of their own.
    QTest::addRow("method named") << withVerifyField("method", text("GET"))
                                  << QUrl(QStringLiteral("https://api.mist.com"));
    QTest::addRow("dots inside path segments")
        << withVerifyField("path", text("/api/v1.0/..self./.well-known"))
        << QUrl(QStringLiteral("https://api.mist.com"));
    QTest::addRow("64 regions") << withRegionCount(64)
                                << QUrl(QStringLiteral("https://api.mist.com"));
    QTest::addRow("64 providers") << withProviderCount(64)
                                  << QUrl(QStringLiteral("https://api.mist.com"));
}

void TestCatalog::acceptedVariants()
{
    QFETCH(QByteArray, json);
    QFETCH(QUrl, api);

    QString error;
    const std::optional<Catalog> catalog = Catalog::fromJson(json, &error);
    QVERIFY2(catalog.has_value(), qPrintable(error));
    QCOMPARE(catalog->providers().constFirst().regions.constFirst().api, api);
}

void TestCatalog::rejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("mentions"); // words the error must contain

    const auto words = [](std::initializer_list<const char*> list) {
        QStringList result;
        for (const char* word : list) {
            result.append(QString::fromLatin1(word));
        }
        return result;
    };

    // The document as a whole.
    QTest::addRow("not JSON") << QByteArray("providers: juniper-mist") << words({"JSON"});
    QTest::addRow("truncated JSON")
        << validCatalog.left(validCatalog.size() / 2) << words({"JSON"});
    QTest::addRow("empty input") << QByteArray() << words({"JSON"});
    QTest::addRow("JSON array") << QByteArray("[{\"format\": 1}]") << words({"JSON object"});
    QTest::addRow("JSON text") << QByteArray("\"catalog\"") << words({"JSON object"});
    QTest::addRow("format missing") << withRootField("format", removed) << words({"format"});
    QTest::addRow("format 2") << withRootField("format", 2) << words({"format"});
    QTest::addRow("format as text") << withRootField("format", text("1")) << words({"format"});
    QTest::addRow("format 1.5") << withRootField("format", 1.5) << words({"format"});
    QTest::addRow("providers missing")
        << withRootField("providers", removed) << words({"providers"});
    QTest::addRow("providers empty")
        << withRootField("providers", QJsonArray{}) << words({"providers"});
    QTest::addRow("providers an object")
        << withRootField("providers", QJsonObject{}) << words({"providers"});
    QTest::addRow("provider a text")
        << withRootField("providers", QJsonArray{text("juniper-mist")}) << words({"provider"});
    QByteArray oversized = validCatalog;
    oversized.append(QByteArray(1024 * 1024, ' ')); // still valid JSON: only the size is wrong
    QTest::addRow("over 1 MiB") << oversized << words({"1 MiB"});
    QTest::addRow("65 providers") << withProviderCount(65) << words({"more than 64 providers"});
    QTest::addRow("65 regions") << withRegionCount(65) << words({"more than 64 regions"});

    // Addresses: https only, except plain http to this computer for tests.
    QTest::addRow("http API to a real host")
        << withRegionField(0, "api", text("http://api.mist.com")) << words({"https", "api"});
    QTest::addRow("http API to a look-alike of 127.0.0.1")
        << withRegionField(0, "api", text("http://127.0.0.1.nip.io:1234")) << words({"https"});
    QTest::addRow("http API to a look-alike of localhost")
        << withRegionField(0, "api", text("http://localhost.evil.example")) << words({"https"});
    QTest::addRow("http API to 0.0.0.0")
        << withRegionField(0, "api", text("http://0.0.0.0:8080")) << words({"https"});
    QTest::addRow("http API to a private address")
        << withRegionField(0, "api", text("http://10.0.0.1")) << words({"https"});
    QTest::addRow("http API to an IPv4-mapped public address")
        << withRegionField(0, "api", text("http://[::ffff:8.8.8.8]")) << words({"https"});
    QTest::addRow("file API") << withRegionField(0, "api", text("file:///etc/passwd"))
                              << words({"api"});
    QTest::addRow("API longer than 100 characters")
        << withRegionField(0, "api",
                           QJsonValue(QStringLiteral("https://") + QString(90, QLatin1Char('a')) +
                                      QStringLiteral(".example")))
        << words({"api", "100"});
    QTest::addRow("http portal") << withRegionField(0, "portal", text("http://manage.mist.com"))
                                 << words({"https", "portal"});
    QTest::addRow("ftp API") << withRegionField(0, "api", text("ftp://api.mist.com"))
                             << words({"https"});
    QTest::addRow("API with a path")
        << withRegionField(0, "api", text("https://api.mist.com/api")) << words({"path"});
    QTest::addRow("API with a query")
        << withRegionField(0, "api", text("https://api.mist.com/?next=evil")) << words({"query"});
    QTest::addRow("API with user info")
        << withRegionField(0, "api", text("https://user:secret@api.mist.com")) << words({"user"});
    QTest::addRow("API with a fragment")
        << withRegionField(0, "api", text("https://api.mist.com#x")) << words({"bare address"});
    QTest::addRow("API not an address")
        << withRegionField(0, "api", text("api mist com")) << words({"web address"});
    QTest::addRow("API missing") << withRegionField(0, "api", removed) << words({"api"});

    // The verification call.
    QTest::addRow("unknown auth header") << withVerifyField("auth_header", text("X-Auth-Token"))
                                         << words({"authentication header", "X-Auth-Token"});
    QTest::addRow("auth header in lower case")
        << withVerifyField("auth_header", text("authorization"))
        << words({"authentication header", "authorization"});
    QTest::addRow("auth header with a second header after a line break")
        << withVerifyField("auth_header", text("x-api-key\r\nX-Forwarded-For: 1"))
        << words({"authentication header"});
    QTest::addRow("auth header a number")
        << withVerifyField("auth_header", 1) << words({"auth_header"});
    QTest::addRow("prefix over 32 characters")
        << withVerifyField("auth_prefix", repeated('T', 33)) << words({"auth_prefix"});
    QTest::addRow("prefix with a non-ASCII character")
        << withVerifyField("auth_prefix", QJsonValue(QStringLiteral("Token\u00a0")))
        << words({"auth_prefix"});
    QTest::addRow("Authorization without prefix")
        << withVerifyField("auth_prefix", text("")) << words({"Authorization", "prefix"});
    QTest::addRow("Authorization with a blank prefix")
        << withVerifyField("auth_prefix", text("   ")) << words({"Authorization", "prefix"});
    QTest::addRow("prefix with a line break")
        << withVerifyField("auth_prefix", text("Token\r\nX-Evil: 1")) << words({"auth_prefix"});
    QTest::addRow("prefix missing")
        << withVerifyField("auth_prefix", removed) << words({"auth_prefix"});
    QTest::addRow("verify missing") << withProviderField(0, "verify", removed) << words({"verify"});
    QTest::addRow("path with a query")
        << withVerifyField("path", text("/api/v1/self?token=x")) << words({"path"});
    QTest::addRow("path relative")
        << withVerifyField("path", text("api/v1/self")) << words({"path"});
    QTest::addRow("path over 200 characters")
        << withVerifyField("path", QJsonValue(QStringLiteral("/") + QString(200, QLatin1Char('p'))))
        << words({"path", "200"});
    QTest::addRow("path climbing up")
        << withVerifyField("path", text("/api/../../etc/passwd")) << words({"path"});
    QTest::addRow("path absolute URL")
        << withVerifyField("path", text("https://evil.example/api/v1/self")) << words({"path"});
    QTest::addRow("answer format unknown") << withProviderField(0, "answer", text("mist-selfie"))
                                           << words({"answer format", "mist-selfie"});

    // Ids, names and their types.
    QTest::addRow("provider id with capitals and space")
        << withProviderField(0, "id", text("Juniper Mist")) << words({"provider id"});
    QTest::addRow("provider id with a slash")
        << withProviderField(0, "id", text("juniper/mist")) << words({"provider id"});
    QTest::addRow("region id with a slash")
        << withRegionField(1, "id", text("api/gc1")) << words({"region id", "api/gc1"});
    QTest::addRow("region id over 64 characters")
        << withRegionField(1, "id", repeated('a', 65)) << words({"id", "64"});
    QTest::addRow("provider id over 64 characters")
        << withProviderField(0, "id", repeated('a', 65)) << words({"id", "64"});
    QTest::addRow("region name over 100 characters")
        << withRegionField(0, "name", repeated('N', 101)) << words({"name", "100"});
    QTest::addRow("region id starting with a dot")
        << withRegionField(1, "id", text(".gc1")) << words({"region id"});
    QTest::addRow("duplicate provider id")
        << withProviderField(1, "id", text("juniper-mist")) << words({"juniper-mist", "twice"});
    QTest::addRow("duplicate region id")
        << withRegionField(1, "id", text("api")) << words({"\"api\"", "twice"});
    QTest::addRow("provider name a number")
        << withProviderField(0, "name", 42) << words({"name", "juniper-mist"});
    QTest::addRow("provider name empty")
        << withProviderField(0, "name", text("  ")) << words({"name"});
    QTest::addRow("provider name too long")
        << withProviderField(0, "name", QJsonValue(QString(101, QLatin1Char('M'))))
        << words({"name", "100"});
    QTest::addRow("region name a number") << withRegionField(0, "name", 7) << words({"name"});
    QTest::addRow("found_by_search as text") << withRegionField(0, "found_by_search", text("false"))
                                             << words({"found_by_search", "true or false"});
    QTest::addRow("found_by_search a number")
        << withRegionField(0, "found_by_search", 0) << words({"found_by_search"});
    QTest::addRow("rate_limit a list")
        << withProviderField(0, "rate_limit", QJsonArray{true}) << words({"rate_limit"});
    QTest::addRow("rate_limit per_token as text")
        << withProviderField(0, "rate_limit",
                             QJsonObject{{QStringLiteral("per_token"), text("yes")}})
        << words({"per_token", "true or false"});
    QTest::addRow("rate_limit resets_at_full_hour a number")
        << withProviderField(0, "rate_limit",
                             QJsonObject{{QStringLiteral("resets_at_full_hour"), 1}})
        << words({"resets_at_full_hour"});
    QTest::addRow("regions an object")
        << withProviderField(0, "regions", QJsonObject{{QStringLiteral("api"), QJsonObject{}}})
        << words({"regions"});
    QTest::addRow("regions empty")
        << withProviderField(0, "regions", QJsonArray{}) << words({"regions"});
    QTest::addRow("region a text")
        << withProviderField(0, "regions", QJsonArray{text("api.gc1")}) << words({"region"});

    // Usual token lengths.
    QTest::addRow("token length 0") << withUsualLengths(QJsonArray{0}) << words({"token lengths"});
    QTest::addRow("token length negative")
        << withUsualLengths(QJsonArray{-96}) << words({"token lengths"});
    QTest::addRow("token length 95.5")
        << withUsualLengths(QJsonArray{95.5}) << words({"token lengths"});
    QTest::addRow("token length as text")
        << withUsualLengths(QJsonArray{text("96")}) << words({"token lengths"});
    QTest::addRow("token length absurd")
        << withUsualLengths(QJsonArray{100000}) << words({"token lengths"});
    QTest::addRow("token a list") << withProviderField(0, "token", QJsonArray{96})
                                  << words({"usual_lengths"});
}

void TestCatalog::rejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, mentions);

    QString error;
    const std::optional<Catalog> catalog = Catalog::fromJson(json, &error);
    QVERIFY(!catalog.has_value());
    QVERIFY(!error.isEmpty());
    for (const QString& word : mentions) {
        QVERIFY2(error.contains(word, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("\"%1\" not in: %2").arg(word, error)));
    }
    // Valid JSON of the wrong shape is no parse error: the message must not blame the parser.
    QVERIFY2(!error.contains(QStringLiteral("no error occurred")), qPrintable(error));
}

void TestCatalog::fromFileRefusesMissingAndOversizedFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;

    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    QVERIFY(!Catalog::fromFile(missing, &error).has_value());
    QVERIFY2(error.contains(missing), qPrintable(error));

    const QString large = dir.filePath(QStringLiteral("large.json"));
    {
        QFile file(large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(validCatalog) == validCatalog.size());
        const QByteArray padding(1024 * 1024, ' ');
        QVERIFY(file.write(padding) == padding.size());
    }
    error.clear();
    QVERIFY(!Catalog::fromFile(large, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("1 MiB")), qPrintable(error));

    const QString good = dir.filePath(QStringLiteral("good.json"));
    {
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(validCatalog) == validCatalog.size());
    }
    error.clear();
    const std::optional<Catalog> catalog = Catalog::fromFile(good, &error);
    QVERIFY2(catalog.has_value(), qPrintable(error));
    QCOMPARE(catalog->providers().size(), 2);
}

void TestCatalog::regionByIds()
{
    const Region* region =
        m_builtin->region(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"));
    QVERIFY(region != nullptr);
    QCOMPARE(region->name, QStringLiteral("EMEA 02"));
    QCOMPARE(
        region,
        m_builtin->provider(QStringLiteral("juniper-mist"))->region(QStringLiteral("api.gc3")));
}

void TestCatalog::regionByUnknownIdsIsNull_data()
{
    QTest::addColumn<QString>("providerId");
    QTest::addColumn<QString>("regionId");

    QTest::addRow("unknown provider") << QStringLiteral("okta") << QStringLiteral("api");
    QTest::addRow("unknown region") << QStringLiteral("juniper-mist") << QStringLiteral("api.gc99");
    QTest::addRow("region of another provider")
        << QStringLiteral("juniper-mist") << QStringLiteral("us");
    QTest::addRow("empty ids") << QString() << QString();
    QTest::addRow("provider id in another case")
        << QStringLiteral("Juniper-Mist") << QStringLiteral("api");
}

void TestCatalog::regionByUnknownIdsIsNull()
{
    QFETCH(QString, providerId);
    QFETCH(QString, regionId);

    QCOMPARE(m_builtin->region(providerId, regionId), nullptr);
}

QTEST_GUILESS_MAIN(TestCatalog)

#include "tst_catalog.moc"
