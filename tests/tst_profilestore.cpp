// Connection profiles and the program's own settings in QSettings: what is stored and read back,
// the connection key, the last provider and region and their place in the file, and a failed write
// (a real one: the file size limit) that leaves the settings, on disk and in memory, as they were.
#include "core/catalog.h"
#include "core/result.h"
#include "storage/appsettings.h"
#include "storage/profilestore.h"
#include "support/storagetesting.h"
#include "support/testcatalog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(cc::Identity)

using namespace cc;
using namespace cc::test;

class TestProfileStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void connectionKey_data();
    void connectionKey();
    void sameKeyReplacesAndListIsSorted();
    void removeDeletesOnlyThatConnection();
    void lastProviderAndRegionAreRemembered();
    void extraCaBundleKeepsItsKey();
    void groupsNotWrittenByTheProgramAreIgnored();
    void failedWriteKeepsThePreviousState_data();
    void failedWriteKeepsThePreviousState();
    void absurdlyLargeSettingsAreNotWritten();
    void heldSettingsLockIsWaitedForOnlySoLong();
    void organizationsOfAToken_data();
    void organizationsOfAToken();
    void profileFromVerification();

private:
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<AppSettings> m_app;
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    m_store = std::make_unique<ProfileStore>(m_settings.get());
    m_app = std::make_unique<AppSettings>(m_settings.get());
}

void TestProfileStore::cleanup()
{
    m_app.reset();
    m_store.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestProfileStore::roundTrip_data()
{
    QTest::addColumn<ConnectionProfile>("profile");

    QTest::addRow("mist user token") << sampleMistProfile();
    QTest::addRow("jumpcloud, no organization")
        << sampleJumpCloudProfile(QStringLiteral("eu"), QString(), QString());

    ConnectionProfile awkward = sampleMistProfile();
    // A key with a group separator and an escape character, names QSettings must quote.
    awkward.organizationId = QStringLiteral("org/with%slash");
    awkward.organizationName = QStringLiteral("Café \u201cZürich\u201d, \"Ops\" = 1; #2");
    awkward.identity.append(QStringLiteral("Observer on site Berlin, HQ\nsecond line"));
    QTest::addRow("awkward characters") << awkward;

    ConnectionProfile neverVerified = sampleMistProfile();
    neverVerified.verifiedAt = QDateTime();
    neverVerified.identity.clear();
    QTest::addRow("never verified") << neverVerified;

    ConnectionProfile failing = sampleMistProfile();
    failing.lastCheckedAt = QDateTime(QDate(2026, 3, 3), QTime(8, 0, 0, 250), Qt::UTC);
    failing.lastOutcome = QStringLiteral("rejected");
    failing.lastMessage = QStringLiteral("The service refused the token.");
    failing.failingSince = QDateTime(QDate(2026, 3, 2), QTime(23, 59), Qt::UTC);
    QTest::addRow("failing since") << failing;
}

void TestProfileStore::roundTrip()
{
    QFETCH(ConnectionProfile, profile);
    QString error;
    QVERIFY2(m_store->store(profile, &error), qPrintable(error));

    // Another process starting later reads the same.
    QSettings fresh(settingsPath(), QSettings::IniFormat);
    ProfileStore reader(&fresh);
    const std::optional<ConnectionProfile> read = reader.profile(profile.key());
    QVERIFY(read.has_value());
    QCOMPARE(*read, profile);
    QCOMPARE(reader.profiles().size(), 1);
    QCOMPARE(reader.profiles().constFirst(), profile);
}

void TestProfileStore::connectionKey_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("organization");
    QTest::addColumn<QString>("key");

    QTest::addRow("mist") << "juniper-mist"
                          << "api.gc3"
                          << "a97c1b22"
                          << "juniper-mist/api.gc3/a97c1b22";
    QTest::addRow("jumpcloud") << "jumpcloud"
                               << "in"
                               << "5f1e0c1e9a3b4c0012345678"
                               << "jumpcloud/in/5f1e0c1e9a3b4c0012345678";
    QTest::addRow("no organization") << "juniper-routing-assurance"
                                     << "routing"
                                     << ""
                                     << "juniper-routing-assurance/routing";
}

void TestProfileStore::connectionKey()
{
    QFETCH(QString, provider);
    QFETCH(QString, region);
    QFETCH(QString, organization);
    QFETCH(QString, key);
    QCOMPARE(cc::connectionKey(provider, region, organization), key);
}

void TestProfileStore::sameKeyReplacesAndListIsSorted()
{
    QString error;
    QVERIFY(m_store->store(
        sampleJumpCloudProfile(QStringLiteral("eu"), QStringLiteral("b2"), QStringLiteral("Beta")),
        &error));
    QVERIFY(m_store->store(sampleMistProfile(), &error));
    QVERIFY(m_store->store(
        sampleJumpCloudProfile(QStringLiteral("eu"), QStringLiteral("a1"), QStringLiteral("Alpha")),
        &error));

    ConnectionProfile changed = sampleMistProfile();
    changed.identity = QStringList{QStringLiteral("Organization token \u201cci\u201d")};
    QVERIFY(m_store->store(changed, &error));

    const QList<ConnectionProfile> profiles = m_store->profiles();
    QCOMPARE(profiles.size(), 3);
    QCOMPARE(profiles.at(0).organizationName, QStringLiteral("Alpha"));
    QCOMPARE(profiles.at(1).organizationName, QStringLiteral("Beta"));
    QCOMPARE(profiles.at(2), changed);
}

void TestProfileStore::removeDeletesOnlyThatConnection()
{
    QString error;
    const ConnectionProfile kept =
        sampleJumpCloudProfile(QStringLiteral("eu"), QStringLiteral("a1"), QStringLiteral("Alpha"));
    QVERIFY(m_store->store(kept, &error));
    QVERIFY(m_store->store(sampleMistProfile(), &error));

    QVERIFY2(m_store->remove(sampleMistProfile().key(), &error), qPrintable(error));

    QSettings fresh(settingsPath(), QSettings::IniFormat);
    const QList<ConnectionProfile> left = ProfileStore(&fresh).profiles();
    QCOMPARE(left, QList<ConnectionProfile>{kept});
    QVERIFY(!readFile(settingsPath()).contains("api.gc3"));
}

void TestProfileStore::lastProviderAndRegionAreRemembered()
{
    QCOMPARE(m_app->lastProviderId(), QString());
    QCOMPARE(m_app->lastRegionId(), QString());
    QVERIFY(m_app->setLastProviderId(QStringLiteral("jumpcloud")));
    QVERIFY(m_app->setLastRegionId(QStringLiteral("in")));

    QSettings fresh(settingsPath(), QSettings::IniFormat);
    AppSettings reader(&fresh);
    QCOMPARE(reader.lastProviderId(), QStringLiteral("jumpcloud"));
    QCOMPARE(reader.lastRegionId(), QStringLiteral("in"));
    // Where earlier versions kept them, so an update remembers the choice.
    QCOMPARE(fresh.value(QStringLiteral("last/provider")).toString(), QStringLiteral("jumpcloud"));
    QCOMPARE(fresh.value(QStringLiteral("last/region")).toString(), QStringLiteral("in"));
}

void TestProfileStore::extraCaBundleKeepsItsKey()
{
    QCOMPARE(m_app->extraCaBundle(), QString());
    QString error;
    QVERIFY2(m_app->setExtraCaBundle(QStringLiteral("/etc/ssl/inspecting-proxy.pem"), &error),
             qPrintable(error));

    QSettings fresh(settingsPath(), QSettings::IniFormat);
    QCOMPARE(AppSettings(&fresh).extraCaBundle(), QStringLiteral("/etc/ssl/inspecting-proxy.pem"));
    QCOMPARE(fresh.value(QStringLiteral("tls/extra_ca_bundle")).toString(),
             QStringLiteral("/etc/ssl/inspecting-proxy.pem"));
}

void TestProfileStore::groupsNotWrittenByTheProgramAreIgnored()
{
    m_settings->setValue(QStringLiteral("connections/stray/provider"), QStringLiteral("jumpcloud"));
    m_settings->setValue(QStringLiteral("connections/stray/region"), QStringLiteral("eu"));
    m_settings->setValue(QStringLiteral("connections/half/region"), QStringLiteral("eu"));
    QString error;
    QVERIFY(m_store->store(sampleMistProfile(), &error));

    QCOMPARE(m_store->profiles(), QList<ConnectionProfile>{sampleMistProfile()});
    QVERIFY(!m_store->profile(QStringLiteral("stray")).has_value());
}

void TestProfileStore::failedWriteKeepsThePreviousState_data()
{
    QTest::addColumn<QString>("change");
    QTest::addRow("store a new connection") << "store new";
    QTest::addRow("store over a connection") << "store over";
    QTest::addRow("remove a connection") << "remove";
    QTest::addRow("remember the provider") << "last provider";
}

void TestProfileStore::failedWriteKeepsThePreviousState()
{
    QFETCH(QString, change);
    QString error;
    QVERIFY(m_store->store(sampleMistProfile(), &error));
    QVERIFY(m_app->setLastProviderId(QStringLiteral("juniper-mist"), &error));
    const QByteArray before = readFile(settingsPath());
    const QList<ConnectionProfile> profilesBefore = m_store->profiles();

    ConnectionProfile over = sampleMistProfile();
    over.identity = QStringList{QStringLiteral("Organization token \u201cci\u201d")};
    bool written = true;
    {
        const FileSizeLimit limit(16);
        if (change == QLatin1String("store new")) {
            written =
                m_store->store(sampleJumpCloudProfile(QStringLiteral("eu"), QStringLiteral("a1"),
                                                      QStringLiteral("A")),
                               &error);
        } else if (change == QLatin1String("store over")) {
            written = m_store->store(over, &error);
        } else if (change == QLatin1String("remove")) {
            written = m_store->remove(sampleMistProfile().key(), &error);
        } else {
            written = m_app->setLastProviderId(QStringLiteral("jumpcloud"), &error);
        }
    }
    QVERIFY(!written);
    QCOMPARE(error,
             QStringLiteral("the settings file %1 could not be written").arg(settingsPath()));
    QCOMPARE(readFile(settingsPath()), before);
    // In memory too: neither the injected QSettings nor a later write brings the change back.
    QCOMPARE(m_store->profiles(), profilesBefore);
    QCOMPARE(m_app->lastProviderId(), QStringLiteral("juniper-mist"));
    QVERIFY(m_app->setLastRegionId(QStringLiteral("api.gc3"), &error));
    QSettings fresh(settingsPath(), QSettings::IniFormat);
    QCOMPARE(ProfileStore(&fresh).profiles(), profilesBefore);
    const AppSettings reader(&fresh);
    QCOMPARE(reader.lastProviderId(), QStringLiteral("juniper-mist"));
    QCOMPARE(reader.lastRegionId(), QStringLiteral("api.gc3"));
}

void TestProfileStore::absurdlyLargeSettingsAreNotWritten()
{
    // Far more than any number of saved connections: rewriting it on every check would freeze
    // the window for seconds.
    {
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        // 1 KiB a line, 5 MiB in all.
        const QByteArray line = "[junk]\nfiller=" + QByteArray(1009, 'x') + "\n";
        for (int i = 0; i < 5 * 1024; ++i) {
            file.write(line);
        }
    }
    const QByteArray before = readFile(settingsPath());
    QElapsedTimer clock;
    clock.start();
    QString error;
    QVERIFY(!m_app->setLastProviderId(QStringLiteral("jumpcloud"), &error));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(error, QStringLiteral("the settings file %1 is 5.0 MB, far more than the program "
                                   "writes, so it was left as it is")
                        .arg(settingsPath()));
    QVERIFY(readFile(settingsPath()) == before);
}

void TestProfileStore::heldSettingsLockIsWaitedForOnlySoLong()
{
    // Another window in the middle of writing, or stuck there: it holds the settings' lock file.
    QLockFile otherWindow(settingsPath() + QStringLiteral(".lock"));
    QVERIFY(otherWindow.tryLock(0));
    QElapsedTimer clock;
    clock.start();
    QString error;
    QVERIFY(!m_app->setLastProviderId(QStringLiteral("jumpcloud"), &error));
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(error, QStringLiteral("the settings file %1 is being written by another window or "
                                   "program, which did not finish within 3 seconds")
                        .arg(settingsPath()));
    otherWindow.unlock();
    QVERIFY(m_app->setLastProviderId(QStringLiteral("jumpcloud"), &error));
}

void TestProfileStore::organizationsOfAToken_data()
{
    QTest::addColumn<Identity>("identity");
    QTest::addColumn<QStringList>("choices"); // "id name"

    Identity mist;
    mist.kind = Identity::Kind::MistUser;
    Privilege org;
    org.scope = QStringLiteral("org");
    org.role = QStringLiteral("admin");
    org.name = QStringLiteral("ACME Corp");
    org.orgId = QStringLiteral("o1");
    Privilege site;
    site.scope = QStringLiteral("site");
    site.role = QStringLiteral("read");
    site.name = QStringLiteral("Berlin HQ");
    site.orgName = QStringLiteral("ACME Corp");
    site.orgId = QStringLiteral("o1");
    Privilege otherSite = site;
    otherSite.orgName = QStringLiteral("Globex");
    otherSite.orgId = QStringLiteral("o2");
    Privilege msp;
    msp.scope = QStringLiteral("msp");
    msp.role = QStringLiteral("admin");
    msp.name = QStringLiteral("Reseller");
    mist.privileges = {org, site, otherSite, msp};
    QTest::addRow("mist") << mist
                          << QStringList{QStringLiteral("o1 ACME Corp"),
                                         QStringLiteral("o2 Globex")};

    Identity jumpCloud;
    jumpCloud.kind = Identity::Kind::JumpCloudAdmin;
    jumpCloud.organizations = {Organization{QStringLiteral("j1"), QStringLiteral("ACME Europe")},
                               Organization{QStringLiteral("j2"), QStringLiteral("ACME Asia")}};
    jumpCloud.totalOrganizations = 2;
    QTest::addRow("jumpcloud") << jumpCloud
                               << QStringList{QStringLiteral("j1 ACME Europe"),
                                              QStringLiteral("j2 ACME Asia")};
}

void TestProfileStore::organizationsOfAToken()
{
    QFETCH(Identity, identity);
    QFETCH(QStringList, choices);
    QStringList found;
    for (const Organization& organization : cc::organizationsOf(identity)) {
        found.append(organization.id + QLatin1Char(' ') + organization.name);
    }
    QCOMPARE(found, choices);
}

void TestProfileStore::profileFromVerification()
{
    const std::optional<Catalog> catalog =
        builtinCatalogWith(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"),
                           QUrl(QStringLiteral("https://127.0.0.1:8443")));
    const Provider& mist = *catalog->provider(QStringLiteral("juniper-mist"));
    const Provider& jumpCloud = *catalog->provider(QStringLiteral("jumpcloud"));

    VerificationResult result;
    result.outcome = Outcome::Verified;
    result.identity.kind = Identity::Kind::MistOrgToken;
    result.identity.name = QStringLiteral("ci-bot");
    const QDateTime at(QDate(2026, 3, 2), QTime(15, 5), Qt::OffsetFromUTC, 3600);

    const ConnectionProfile local =
        cc::profileFromVerification(mist, *mist.region(QStringLiteral("api.gc3")), result,
                                    Organization{QStringLiteral("o1"), QStringLiteral("ACME")}, at);
    QCOMPARE(local.key(), QStringLiteral("juniper-mist/api.gc3/o1"));
    QCOMPARE(local.providerName, QStringLiteral("Juniper Mist"));
    QCOMPARE(local.regionName, QStringLiteral("EMEA 02"));
    QCOMPARE(local.apiHost, QStringLiteral("127.0.0.1:8443"));
    QCOMPARE(local.organizationName, QStringLiteral("ACME"));
    QCOMPARE(local.identity, describeIdentity(result.identity));
    QCOMPARE(local.verifiedAt, at);
    QCOMPARE(local.verifiedAt.timeSpec(), Qt::UTC);

    const ConnectionProfile india = cc::profileFromVerification(
        jumpCloud, *jumpCloud.region(QStringLiteral("in")), result, Organization{}, at);
    QCOMPARE(india.apiHost, QStringLiteral("console.in.jumpcloud.com"));
    QCOMPARE(india.key(), QStringLiteral("jumpcloud/in"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
