// Region resolution: every form a person may paste (id, host, portal or API URL, region name)
// finds its region of the built-in catalog, and anything else finds nothing.
#include "core/catalog.h"
#include "core/regionresolver.h"
#include "support/testcatalog.h"

#include <QTest>

#include <optional>

using namespace cc;

namespace {

const QString mist = QStringLiteral("juniper-mist");
const QString routing = QStringLiteral("juniper-routing-assurance");
const QString jumpCloud = QStringLiteral("jumpcloud");

const QString orgId = QStringLiteral("a97c1b22-a4e9-411e-9bfd-d8695a0f9e61");

// The Mist region table (resources/providers.json): id, name, the host after "manage." or
// "api.". The US Government cloud is a domain of its own (mist-federal.com), not a subdomain of
// mist.com.
struct MistRegion
{
    const char* id;
    const char* name;
    const char* domain;
};

const MistRegion mistRegions[] = {
    {"api", "Global 01", "mist.com"},
    {"api.gc1", "Global 02", "gc1.mist.com"},
    {"api.ac2", "Global 03", "ac2.mist.com"},
    {"api.gc2", "Global 04", "gc2.mist.com"},
    {"api.gc4", "Global 05", "gc4.mist.com"},
    {"api.eu", "EMEA 01", "eu.mist.com"},
    {"api.gc3", "EMEA 02", "gc3.mist.com"},
    {"api.ac6", "EMEA 03", "ac6.mist.com"},
    {"api.gc6", "EMEA 04", "gc6.mist.com"},
    {"api.ac5", "APAC 01", "ac5.mist.com"},
    {"api.gc5", "APAC 02", "gc5.mist.com"},
    {"api.gc7", "APAC 03", "gc7.mist.com"},
    {"gov", "US Government", "us.mist-federal.com"},
};

QString latin1(const char* text)
{
    return QString::fromLatin1(text);
}

} // namespace

class TestRegionResolver final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resolves_data();
    void resolves();
    void nothingMatches_data();
    void nothingMatches();
    void localTestServerByHostAndPort();

private:
    std::optional<Catalog> m_catalog;
};

void TestRegionResolver::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltin(&error);
    QVERIFY2(m_catalog.has_value(), qPrintable(error));
}

void TestRegionResolver::resolves_data()
{
    QTest::addColumn<QString>("providerId");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<QString>("orgId");

    for (const MistRegion& row : mistRegions) {
        const QString id = latin1(row.id);
        const QString name = latin1(row.name);
        const QString apiHost = QStringLiteral("api.") + latin1(row.domain);
        const QString portalHost = QStringLiteral("manage.") + latin1(row.domain);

        QTest::addRow("%s: id", row.id) << mist << id << id << QString();
        QTest::addRow("%s: id upper-case", row.id) << mist << id.toUpper() << id << QString();
        QTest::addRow("%s: id with surrounding space", row.id)
            << mist << QString(QStringLiteral("  ") + id + QStringLiteral(" \n")) << id
            << QString();
        QTest::addRow("%s: API host", row.id) << mist << apiHost << id << QString();
        QTest::addRow("%s: API host upper-case", row.id)
            << mist << apiHost.toUpper() << id << QString();
        QTest::addRow("%s: portal host", row.id) << mist << portalHost << id << QString();
        QTest::addRow("%s: API URL with a path", row.id)
            << mist
            << QString(QStringLiteral("https://") + apiHost + QStringLiteral("/api/v1/self")) << id
            << QString();
        QTest::addRow("%s: portal URL with a path", row.id)
            << mist
            << QString(QStringLiteral("https://") + portalHost + QStringLiteral("/admin/?org_id=") +
                       orgId)
            << id << orgId;
        QTest::addRow("%s: name", row.id) << mist << name << id << QString();
        QTest::addRow("%s: name lower-case", row.id) << mist << name.toLower() << id << QString();
    }

    // The example of the vendor's own documentation, and where else org_id turns up.
    QTest::addRow("seed example")
        << mist << QString(QStringLiteral("https://manage.ac2.mist.com/admin/?org_id=") + orgId)
        << QStringLiteral("api.ac2") << orgId;
    QTest::addRow("org_id upper-case is kept lower-case")
        << mist
        << QString(QStringLiteral("https://manage.ac2.mist.com/admin/?org_id=") + orgId.toUpper())
        << QStringLiteral("api.ac2") << orgId;
    QTest::addRow("org_id among other parameters")
        << mist
        << QString(QStringLiteral("https://manage.gc3.mist.com/admin/?lang=en&org_id=") + orgId +
                   QStringLiteral("&site_id=0"))
        << QStringLiteral("api.gc3") << orgId;
    QTest::addRow("org_id in the query, page after #!")
        << mist
        << QString(QStringLiteral("https://manage.mist.com/admin/?org_id=") + orgId +
                   QStringLiteral("#!dashboard/insights"))
        << QStringLiteral("api") << orgId;
    QTest::addRow("org_id in the fragment after #!")
        << mist
        << QString(
               QStringLiteral("https://manage.gc1.mist.com/admin/#!dashboard/insights?org_id=") +
               orgId)
        << QStringLiteral("api.gc1") << orgId;
    QTest::addRow("org_id right after #!")
        << mist << QString(QStringLiteral("https://manage.eu.mist.com/admin/#!org_id=") + orgId)
        << QStringLiteral("api.eu") << orgId;
    QTest::addRow("pasted with a trailing newline")
        << mist
        << QString(QStringLiteral("https://manage.gc7.mist.com/admin/?org_id=") + orgId +
                   QStringLiteral("\n"))
        << QStringLiteral("api.gc7") << orgId;

    // A region is found, but what looks like an org id is not one: it is not kept.
    QTest::addRow("org_id not a UUID")
        << mist << QStringLiteral("https://manage.ac2.mist.com/admin/?org_id=xxxxxxx-xxxx-xxx")
        << QStringLiteral("api.ac2") << QString();
    QTest::addRow("org_id with trailing junk")
        << mist
        << QString(QStringLiteral("https://manage.ac2.mist.com/admin/?org_id=") + orgId +
                   QStringLiteral("zz"))
        << QStringLiteral("api.ac2") << QString();
    QTest::addRow("another parameter ending in org_id")
        << mist << QString(QStringLiteral("https://manage.ac2.mist.com/admin/?msporg_id=") + orgId)
        << QStringLiteral("api.ac2") << QString();
    QTest::addRow("org_id in the path only")
        << mist << QString(QStringLiteral("https://manage.ac2.mist.com/org_id=") + orgId)
        << QStringLiteral("api.ac2") << QString();

    // Routing Assurance.
    QTest::addRow("routing: id") << routing << QStringLiteral("routing")
                                 << QStringLiteral("routing") << QString();
    QTest::addRow("routing: host") << routing << QStringLiteral("routing.ai.juniper.net")
                                   << QStringLiteral("routing") << QString();
    QTest::addRow("routing: URL") << routing << QStringLiteral("https://routing.ai.juniper.net/")
                                  << QStringLiteral("routing") << QString();
    QTest::addRow("routing: name")
        << routing << QStringLiteral("routing assurance") << QStringLiteral("routing") << QString();

    // JumpCloud.
    QTest::addRow("jumpcloud: us")
        << jumpCloud << QStringLiteral("us") << QStringLiteral("us") << QString();
    QTest::addRow("jumpcloud: eu")
        << jumpCloud << QStringLiteral("eu") << QStringLiteral("eu") << QString();
    QTest::addRow("jumpcloud: EU")
        << jumpCloud << QStringLiteral(" EU ") << QStringLiteral("eu") << QString();
    QTest::addRow("jumpcloud: in")
        << jumpCloud << QStringLiteral("in") << QStringLiteral("in") << QString();
    QTest::addRow("jumpcloud: us host") << jumpCloud << QStringLiteral("console.jumpcloud.com")
                                        << QStringLiteral("us") << QString();
    QTest::addRow("jumpcloud: eu host") << jumpCloud << QStringLiteral("console.eu.jumpcloud.com")
                                        << QStringLiteral("eu") << QString();
    QTest::addRow("jumpcloud: in console URL")
        << jumpCloud << QStringLiteral("https://console.in.jumpcloud.com/#/home")
        << QStringLiteral("in") << QString();
    QTest::addRow("jumpcloud: eu API URL")
        << jumpCloud << QStringLiteral("https://console.eu.jumpcloud.com/api/organizations")
        << QStringLiteral("eu") << QString();
    QTest::addRow("jumpcloud: name")
        << jumpCloud << QStringLiteral("Europe") << QStringLiteral("eu") << QString();
}

void TestRegionResolver::resolves()
{
    QFETCH(QString, providerId);
    QFETCH(QString, input);
    QFETCH(QString, regionId);
    QFETCH(QString, orgId);

    const Provider* provider = m_catalog->provider(providerId);
    QVERIFY(provider != nullptr);
    const ResolvedRegion resolved = resolveRegion(*provider, input);
    QVERIFY2(resolved.region != nullptr, qPrintable(input));
    QCOMPARE(resolved.region->id, regionId);
    // The very region of the catalog, not a copy.
    QCOMPARE(resolved.region, provider->region(regionId));
    QCOMPARE(resolved.orgId, orgId);
}

void TestRegionResolver::nothingMatches_data()
{
    QTest::addColumn<QString>("providerId");
    QTest::addColumn<QString>("input");

    QTest::addRow("empty") << mist << QString();
    QTest::addRow("only space") << mist << QStringLiteral(" \t\n ");
    QTest::addRow("unknown id") << mist << QStringLiteral("api.gc99");
    QTest::addRow("part of an id") << mist << QStringLiteral("gc1");
    QTest::addRow("part of a name") << mist << QStringLiteral("EMEA");
    QTest::addRow("the bare domain") << mist << QStringLiteral("mist.com");
    QTest::addRow("the bare domain as URL") << mist << QStringLiteral("https://www.mist.com/");
    QTest::addRow("unknown host of the domain") << mist << QStringLiteral("api.gc99.mist.com");
    QTest::addRow("the federal domain's staging portal")
        << mist << QStringLiteral("https://manage.staging.mist-federal.com/admin/");
    QTest::addRow("the federal subdomain under mist.com")
        << mist << QStringLiteral("api.us.mist.com");
    QTest::addRow("host in the path of another site")
        << mist << QStringLiteral("https://evil.example/api.gc1.mist.com");
    QTest::addRow("host as prefix of another domain")
        << mist << QStringLiteral("https://api.gc1.mist.com.evil.example/");
    QTest::addRow("host as user info of another host")
        << mist << QStringLiteral("https://api.gc1.mist.com@evil.example/");
    QTest::addRow("host in the query of another site")
        << mist << QStringLiteral("https://evil.example/?next=https://api.gc1.mist.com");
    QTest::addRow("another site with an org_id")
        << mist << QString(QStringLiteral("https://evil.example/admin/?org_id=") + orgId);
    QTest::addRow("look-alike portal with an org_id")
        << mist
        << QString(QStringLiteral("https://manage.gc1.mist.com.evil.example/admin/?org_id=") +
                   orgId);
    QTest::addRow("ftp") << mist << QStringLiteral("ftp://api.mist.com");
    QTest::addRow("javascript") << mist << QStringLiteral("javascript:alert('api.gc1')");
    QTest::addRow("space inside a host") << mist << QStringLiteral("api.gc1 .mist.com");
    QTest::addRow("scheme only") << mist << QStringLiteral("https://");
    QTest::addRow("5000 characters") << mist << QString(5000, u'a');
    QTest::addRow("5000 characters after a real host")
        << mist << QString(QStringLiteral("https://api.gc1.mist.com/") + QString(5000, u'a'));
    QTest::addRow("mist host asked of jumpcloud")
        << jumpCloud << QStringLiteral("api.gc1.mist.com");
    QTest::addRow("mist id asked of jumpcloud") << jumpCloud << QStringLiteral("api.gc1");
    QTest::addRow("mist portal asked of jumpcloud")
        << jumpCloud
        << QString(QStringLiteral("https://manage.ac2.mist.com/admin/?org_id=") + orgId);
    QTest::addRow("jumpcloud id asked of mist") << mist << QStringLiteral("eu");
    QTest::addRow("jumpcloud host asked of mist")
        << mist << QStringLiteral("console.jumpcloud.com");
    QTest::addRow("mist host asked of routing assurance")
        << routing << QStringLiteral("api.mist.com");
}

void TestRegionResolver::nothingMatches()
{
    QFETCH(QString, providerId);
    QFETCH(QString, input);

    const Provider* provider = m_catalog->provider(providerId);
    QVERIFY(provider != nullptr);
    const ResolvedRegion resolved = resolveRegion(*provider, input);
    QCOMPARE(resolved.region != nullptr ? resolved.region->id : QString(), QString());
    QCOMPARE(resolved.region, nullptr);
    QCOMPARE(resolved.orgId, QString());
}

void TestRegionResolver::localTestServerByHostAndPort()
{
    // A region pointed at a local server is found by that address, port included.
    const std::optional<Catalog> catalog = test::builtinCatalogWith(
        mist, QStringLiteral("api.gc3"), QUrl(QStringLiteral("http://127.0.0.1:1234")));
    const Provider* provider = catalog->provider(mist);
    QVERIFY(provider != nullptr);

    const ResolvedRegion local = resolveRegion(*provider, QStringLiteral("http://127.0.0.1:1234"));
    QVERIFY(local.region != nullptr);
    QCOMPARE(local.region->id, QStringLiteral("api.gc3"));
    QCOMPARE(resolveRegion(*provider, QStringLiteral("127.0.0.1:1234")).region, local.region);
    QCOMPARE(resolveRegion(*provider, QStringLiteral("http://127.0.0.1:4321")).region, nullptr);
    // Its portal and name still work.
    QCOMPARE(resolveRegion(*provider, QStringLiteral("manage.gc3.mist.com")).region, local.region);
    QCOMPARE(resolveRegion(*provider, QStringLiteral("EMEA 02")).region, local.region);
}

QTEST_GUILESS_MAIN(TestRegionResolver)

#include "tst_regionresolver.moc"
