// When no keychain can be reached: a D-Bus session on which nothing provides the Secret Service,
// and no session bus at all (tests/run-with-secret-service no-secret-service / no-session-bus).
// Every operation says why in plain words, writes nothing, sends nothing, and leaves what was
// there before as it was.
#include "support/storagetesting.h"
#include "support/testcatalog.h"
#include "support/tlstestserver.h"

#include <QStandardPaths>
#include <QTest>

using namespace cc;
using namespace cc::test;
using Status = KeeperResult::Status;

namespace {} // namespace

class TestKeychainUnavailable final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void secretStoreSaysWhy_data();
    void secretStoreSaysWhy();
    void saveOverAConnectionKeepsIt();
    void saveOfANewConnectionWritesNothing();
    void deleteKeepsTheConnection();
    void reverifySendsNothing();
    void exportWritesNoFile();

private:
    // A connection saved earlier, when the keychain still worked: only its profile is visible now.
    ConnectionProfile storeEarlierProfile();

    QString m_reason;
    std::unique_ptr<TlsTestServer> m_server;
    std::optional<Catalog> m_catalog;
    std::unique_ptr<KeeperFixture> m_fixture;
};

void TestKeychainUnavailable::initTestCase()
{
    const QString setup = qEnvironmentVariable("CC_TEST_SECRET_SERVICE");
    if (setup == QLatin1String("no-secret-service")) {
        m_reason = QStringLiteral("the keychain is unavailable (no Secret Service is running)");
    } else if (setup == QLatin1String("no-session-bus")) {
        m_reason = QStringLiteral("the keychain is unavailable (no D-Bus session is running, so "
                                  "no Secret Service can be reached)");
    } else {
        QFAIL("run this test through tests/run-with-secret-service no-secret-service or "
              "no-session-bus (ctest does both)");
    }
    QStandardPaths::setTestModeEnabled(true);
    // Plain HTTP on 127.0.0.1 is enough to count connections: none may arrive.
    m_server = std::make_unique<TlsTestServer>(QSslConfiguration());
    QVERIFY(m_server->listen());
    m_catalog = builtinCatalogWith(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"),
                                   m_server->baseUrl());
}

void TestKeychainUnavailable::init()
{
    m_fixture = std::make_unique<KeeperFixture>(&*m_catalog);
    QVERIFY(m_fixture->dir.isValid());
}

void TestKeychainUnavailable::cleanup()
{
    m_fixture.reset();
}

ConnectionProfile TestKeychainUnavailable::storeEarlierProfile()
{
    ConnectionProfile profile = sampleMistProfile();
    profile.apiHost = m_server->baseUrl().authority();
    QString error;
    if (!m_fixture->profiles.store(profile, &error)) {
        qWarning("%s", qPrintable(error));
    }
    return profile;
}

void TestKeychainUnavailable::secretStoreSaysWhy_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addRow("write") << "write";
    QTest::addRow("read") << "read";
    QTest::addRow("remove") << "remove";
}

void TestKeychainUnavailable::secretStoreSaysWhy()
{
    QFETCH(QString, operation);
    const QString key = sampleMistProfile().key();
    SecretJob* job = operation == QLatin1String("write")
                         ? m_fixture->secrets.write(key, sampleMistToken)
                     : operation == QLatin1String("read") ? m_fixture->secrets.read(key)
                                                          : m_fixture->secrets.remove(key);
    const SecretResult result = resultOf(job);
    QCOMPARE(result.status, SecretResult::Status::Unavailable);
    QCOMPARE(result.reason, m_reason);
    QVERIFY(!result.detail.isEmpty());
    QVERIFY(result.secret.isEmpty());
}

void TestKeychainUnavailable::saveOverAConnectionKeepsIt()
{
    const ConnectionProfile earlier = storeEarlierProfile();
    const QByteArray before = readFile(m_fixture->settingsPath());
    QVERIFY(before.contains("api.gc3"));

    ConnectionProfile changed = earlier;
    changed.identity = QStringList{QStringLiteral("a newer check")};
    const KeeperResult result = resultOf(m_fixture->keeper.save(changed, sampleMistToken));
    QCOMPARE(result.status, Status::KeychainUnavailable);
    QCOMPARE(
        result.message,
        QStringLiteral("The connection was not saved: %1. Nothing was written.").arg(m_reason));
    QCOMPARE(readFile(m_fixture->settingsPath()), before);
    QCOMPARE(m_fixture->profiles.profile(earlier.key()), std::optional<ConnectionProfile>(earlier));
}

void TestKeychainUnavailable::saveOfANewConnectionWritesNothing()
{
    const KeeperResult result =
        resultOf(m_fixture->keeper.save(sampleMistProfile(), sampleMistToken));
    QCOMPARE(result.status, Status::KeychainUnavailable);
    // The note of the change is written before the keychain is asked, and taken out again.
    QVERIFY(readFile(m_fixture->settingsPath()).isEmpty());
    QVERIFY(m_fixture->profiles.profiles().isEmpty());
    QVERIFY(m_fixture->profiles.unfinishedChanges().isEmpty());
}

void TestKeychainUnavailable::deleteKeepsTheConnection()
{
    const ConnectionProfile earlier = storeEarlierProfile();
    const QByteArray before = readFile(m_fixture->settingsPath());
    const KeeperResult result = resultOf(m_fixture->keeper.remove(earlier.key()));
    QCOMPARE(result.status, Status::KeychainUnavailable);
    QCOMPARE(result.message, QStringLiteral("The connection was not deleted: %1. Its token and its "
                                            "details are both kept.")
                                 .arg(m_reason));
    QCOMPARE(result.profile, earlier);
    QCOMPARE(readFile(m_fixture->settingsPath()), before);
}

void TestKeychainUnavailable::reverifySendsNothing()
{
    const ConnectionProfile earlier = storeEarlierProfile();
    const QByteArray before = readFile(m_fixture->settingsPath());
    const KeeperResult result = resultOf(m_fixture->keeper.reverify(earlier.key()));
    QCOMPARE(result.status, Status::KeychainUnavailable);
    QCOMPARE(result.message,
             QStringLiteral("The connection was not checked: %1. Its details are unchanged.")
                 .arg(m_reason));
    QCOMPARE(m_server->connectionCount(), 0);
    QCOMPARE(readFile(m_fixture->settingsPath()), before);
}

void TestKeychainUnavailable::exportWritesNoFile()
{
    const ConnectionProfile earlier = storeEarlierProfile();
    const QString envPath = m_fixture->dir.filePath(QStringLiteral("mist.env"));
    const KeeperResult result = resultOf(m_fixture->keeper.exportEnvFile(earlier.key(), envPath));
    QCOMPARE(result.status, Status::KeychainUnavailable);
    QCOMPARE(result.message, QStringLiteral("The .env file was not written: %1.").arg(m_reason));
    QVERIFY(!QFile::exists(envPath));
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
