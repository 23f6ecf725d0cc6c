// Keeping connections against a real Secret Service: GNOME Keyring in a D-Bus session and a home
// of the test's own (tests/run-with-secret-service keyring), a real HTTPS server on 127.0.0.1 for
// re-verify, and secret-tool, the command the README gives scripts, to see what was stored.
#include "storage/connectionsummary.h"
#include "storage/profilejson.h"
#include "support/storagetesting.h"
#include "support/testcatalog.h"
#include "support/testpki.h"
#include "support/tlstestserver.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace cc;
using namespace cc::test;
using Status = KeeperResult::Status;

namespace {
const QString secondToken = QStringLiteral("Zq9") + QString(93, QLatin1Char('x'));

const QByteArray mistUserBody = R"({
  "email": "ada@example.com", "first_name": "Ada", "last_name": "Lovelace",
  "privileges": [
    {"scope": "org", "role": "admin", "name": "ACME Corp", "org_id": "a97c1b22-a4e9-411e-9bfd-d8695a0f9e61"},
    {"scope": "site", "role": "read", "name": "Berlin HQ", "org_name": "ACME Corp", "org_id": "a97c1b22-a4e9-411e-9bfd-d8695a0f9e61"}
  ]
})";
const QByteArray jumpCloudBody = R"({
  "results": [{"_id": "5f1e0c1e9a3b4c0012345678", "displayName": "ACME Europe"}],
  "totalCount": 1
})";

// Every message Qt, QtKeychain or the program logs, to prove the token is in none of them.
QStringList loggedMessages;
QtMessageHandler testlibHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    loggedMessages.append(message);
    testlibHandler(type, context, message);
}

// What `secret-tool lookup server SERVICE user KEY` prints, the README's command for scripts;
// empty when it finds nothing.
QString secretToolLookup(const QString& service, const QString& key)
{
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                                 service, QStringLiteral("user"), key});
    if (!lookup.waitForFinished(30000) || lookup.exitCode() != 0) {
        return QString();
    }
    return QString::fromUtf8(lookup.readAllStandardOutput());
}

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void saveReadReverifyDelete_data();
    void saveReadReverifyDelete();
    void entryCarriesTheDocumentedAttributes();
    void savingOverReplacesTokenAndProfile();
    void failedSettingsWriteKeepsTheConnection_data();
    void failedSettingsWriteKeepsTheConnection();
    void failedSettingsWriteTakesOutTheNewToken();
    void removingAMissingEntryIsNotAFailure();
    void refusedReverifyIsRecorded();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void secondOperationOnAConnectionWaits();
    void tokenIsOnlyInTheKeychainAndTheEnvFile();
    void cleanupTestCase();

private:
    ConnectionProfile savedProfile(const QString& providerId, const QString& regionId) const;
    KeeperResult save(const ConnectionProfile& profile, const QString& token);

    TestPki m_pki;
    std::unique_ptr<TlsTestServer> m_server;
    std::optional<Catalog> m_catalog;
    std::unique_ptr<KeeperFixture> m_fixture;
    const QDateTime m_now{QDate(2026, 3, 2), QTime(9, 30), Qt::UTC};
};

void TestKeychain::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("CC_TEST_SECRET_SERVICE") == QLatin1String("keyring"),
             "run this test through tests/run-with-secret-service keyring, which gives it a "
             "keyring of its own (ctest does)");
    QStandardPaths::setTestModeEnabled(true);
    testlibHandler = qInstallMessageHandler(recordMessage);
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    m_server = std::make_unique<TlsTestServer>(m_pki.trustedServerConfiguration());
    QVERIFY(m_server->listen());
    // The server knows the real tokens; anything else is refused, as the vendors do.
    m_server->setResponder([](const ReceivedRequest& request) {
        if (request.headerValues("Authorization") ==
            QList<QByteArray>{"Token " + sampleMistToken.toLatin1()}) {
            return CannedReply::json(200, mistUserBody);
        }
        if (request.headerValues("x-api-key") ==
            QList<QByteArray>{sampleJumpCloudToken.toLatin1()}) {
            return CannedReply::json(200, jumpCloudBody);
        }
        return CannedReply::json(401,
                                 R"({"detail": "Authentication credentials were not provided."})");
    });
    m_catalog = builtinCatalogWith({{QStringLiteral("juniper-mist"), QStringLiteral("api.gc3")},
                                    {QStringLiteral("jumpcloud"), QStringLiteral("eu")}},
                                   m_server->baseUrl());
}

void TestKeychain::init()
{
    m_fixture = std::make_unique<KeeperFixture>(&*m_catalog);
    QVERIFY(m_fixture->dir.isValid());
    m_fixture->verifier.addCaCertificates(m_pki.caCertificates());
    m_fixture->keeper.setClock([this] { return m_now; });
}

void TestKeychain::cleanup()
{
    // Nothing stays in the keyring for the next test.
    for (const QString& key :
         {savedProfile(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3")).key(),
          savedProfile(QStringLiteral("jumpcloud"), QStringLiteral("eu")).key()}) {
        QVERIFY(resultOf(m_fixture->secrets.remove(key)).ok());
    }
    m_fixture.reset();
}

ConnectionProfile TestKeychain::savedProfile(const QString& providerId,
                                             const QString& regionId) const
{
    // As the wizard hands it over after a check: the identity of that check, no date yet known
    // to the re-verify below.
    ConnectionProfile profile =
        providerId == QLatin1String("jumpcloud")
            ? sampleJumpCloudProfile(regionId, QStringLiteral("5f1e0c1e9a3b4c0012345678"),
                                     QStringLiteral("ACME Europe"))
            : sampleMistProfile();
    profile.identity = QStringList{QStringLiteral("as verified in the wizard")};
    return profile;
}

KeeperResult TestKeychain::save(const ConnectionProfile& profile, const QString& token)
{
    return resultOf(m_fixture->keeper.save(profile, token));
}

void TestKeychain::saveReadReverifyDelete_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QStringList>("identity");

    QTest::addRow("juniper mist")
        << "juniper-mist"
        << "api.gc3" << sampleMistToken
        << QStringList{QStringLiteral("Personal token of Ada Lovelace <ada@example.com>"),
                       QStringLiteral("Super User on organization ACME Corp"),
                       QStringLiteral("Observer on site Berlin HQ (organization ACME Corp)")};
    QTest::addRow("jumpcloud") << "jumpcloud"
                               << "eu" << sampleJumpCloudToken
                               << QStringList{QStringLiteral("Administrator key for ACME Europe")};
}

void TestKeychain::saveReadReverifyDelete()
{
    QFETCH(QString, provider);
    QFETCH(QString, region);
    QFETCH(QString, token);
    QFETCH(QStringList, identity);
    const ConnectionProfile profile = savedProfile(provider, region);
    const QString key = profile.key();
    // The keeper tells the views what changed, whoever asked for the change.
    QSignalSpy changed(&m_fixture->keeper, &ConnectionKeeper::connectionChanged);
    QSignalSpy removedSignal(&m_fixture->keeper, &ConnectionKeeper::connectionRemoved);

    // Save: the token in the keychain, the profile (with the catalog's names) in the settings.
    const KeeperResult saved = save(profile, QStringLiteral("  ") + token + QStringLiteral("\n"));
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QCOMPARE(saved.key, key);
    QCOMPARE(saved.profile.apiHost, m_server->baseUrl().authority());
    QCOMPARE(secretToolLookup(testServiceName(), key), token);
    QSettings fresh(m_fixture->settingsPath(), QSettings::IniFormat);
    QCOMPARE(ProfileStore(&fresh).profile(key), std::optional<ConnectionProfile>(saved.profile));
    QCOMPARE(changed.count(), 1);

    // Re-verify: the stored token goes to the region's host, and the profile learns the answer.
    const qsizetype before = m_server->requests().size();
    const KeeperResult reverified = resultOf(m_fixture->keeper.reverify(key));
    QVERIFY2(reverified.ok(), qPrintable(reverified.message));
    QCOMPARE(m_server->requests().size(), before + 1);
    QCOMPARE(m_server->requests().constLast().raw.count(token.toLatin1()), 1);
    QCOMPARE(reverified.verification.outcome, Outcome::Verified);
    QCOMPARE(reverified.profile.identity, identity);
    QCOMPARE(reverified.profile.verifiedAt, m_now);
    QCOMPARE(m_fixture->profiles.profile(key),
             std::optional<ConnectionProfile>(reverified.profile));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.constLast().constFirst().toString(), key);

    // Delete: keychain entry and profile together.
    const KeeperResult removed = resultOf(m_fixture->keeper.remove(key));
    QVERIFY2(removed.ok(), qPrintable(removed.message));
    QCOMPARE(secretToolLookup(testServiceName(), key), QString());
    QVERIFY(!m_fixture->profiles.profile(key).has_value());
    QCOMPARE(removedSignal.count(), 1);
    QCOMPARE(removedSignal.constFirst().constFirst().toString(), key);
    const SecretResult gone = resultOf(m_fixture->secrets.read(key));
    QCOMPARE(gone.status, SecretResult::Status::NotFound);
    QCOMPARE(gone.reason, QStringLiteral("the keychain holds no token for this connection"));
    QCOMPARE(resultOf(m_fixture->keeper.remove(key)).status, Status::NotFound);
}

void TestKeychain::entryCarriesTheDocumentedAttributes()
{
    const ConnectionProfile profile =
        savedProfile(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"));
    QVERIFY(save(profile, sampleMistToken).ok());

    QProcess search;
    search.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                 QStringLiteral("server"), testServiceName()});
    QVERIFY(search.waitForFinished(30000));
    QCOMPARE(search.exitCode(), 0);
    // secret-tool writes the attributes to standard error and the rest to standard output.
    const QString listing =
        QString::fromUtf8(search.readAllStandardOutput() + search.readAllStandardError());
    QVERIFY(listing.contains(QStringLiteral("attribute.user = ") + profile.key()));
    QVERIFY(listing.contains(QStringLiteral("attribute.server = ") + testServiceName()));
    QVERIFY(listing.contains(QStringLiteral("attribute.type = plaintext")));
    QVERIFY(listing.contains(QStringLiteral("schema = org.qt.keychain")));
    QVERIFY(listing.contains(QStringLiteral("label = ") + testServiceName()));
}

void TestKeychain::savingOverReplacesTokenAndProfile()
{
    ConnectionProfile profile =
        savedProfile(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"));
    QVERIFY(save(profile, sampleMistToken).ok());
    profile.identity = QStringList{QStringLiteral("second save")};
    const KeeperResult second = save(profile, secondToken);
    QVERIFY2(second.ok(), qPrintable(second.message));

    QCOMPARE(secretToolLookup(testServiceName(), profile.key()), secondToken);
    QCOMPARE(m_fixture->profiles.profiles().size(), 1);
    QCOMPARE(m_fixture->profiles.profile(profile.key())->identity,
             QStringList{QStringLiteral("second save")});
}

void TestKeychain::failedSettingsWriteKeepsTheConnection_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("message");
    QTest::addRow("save over it")
        << "save"
        << "The connection was not saved: the settings file %1 could not be written. "
           "The keychain holds what it held before.";
    QTest::addRow("delete it")
        << "delete"
        << "The connection was not deleted: the settings file %1 could not be written. "
           "Its token was put back in the keychain; its details are kept.";
}

void TestKeychain::failedSettingsWriteKeepsTheConnection()
{
    QFETCH(QString, operation);
    QFETCH(QString, message);
    const ConnectionProfile profile =
        savedProfile(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"));
    const KeeperResult saved = save(profile, sampleMistToken);
    QVERIFY(saved.ok());
    const QByteArray settingsBefore = readFile(m_fixture->settingsPath());

    ConnectionProfile second = profile;
    second.identity = QStringList{QStringLiteral("second save")};
    KeeperResult failed;
    {
        const FileSizeLimit limit(16);
        failed = operation == QLatin1String("save")
                     ? save(second, secondToken)
                     : resultOf(m_fixture->keeper.remove(profile.key()));
    }
    QCOMPARE(failed.status, KeeperResult::Status::SettingsFailed);
    QCOMPARE(failed.message, message.arg(m_fixture->settingsPath()));
    QCOMPARE(failed.profile, saved.profile);
    QCOMPARE(secretToolLookup(testServiceName(), profile.key()), sampleMistToken);
    QCOMPARE(readFile(m_fixture->settingsPath()), settingsBefore);
    QCOMPARE(m_fixture->profiles.profile(profile.key()),
             std::optional<ConnectionProfile>(saved.profile));
}

void TestKeychain::failedSettingsWriteTakesOutTheNewToken()
{
    const ConnectionProfile profile =
        savedProfile(QStringLiteral("jumpcloud"), QStringLiteral("eu"));
    KeeperResult failed;
    {
        const FileSizeLimit limit(16);
        failed = save(profile, sampleJumpCloudToken);
    }
    QCOMPARE(failed.status, Status::SettingsFailed);
    QCOMPARE(secretToolLookup(testServiceName(), profile.key()), QString());
    QVERIFY(!m_fixture->profiles.profile(profile.key()).has_value());
    QVERIFY(readFile(m_fixture->settingsPath()).isEmpty());
}

void TestKeychain::removingAMissingEntryIsNotAFailure()
{
    const SecretResult removed = resultOf(m_fixture->secrets.remove(QStringLiteral("never/saved")));
    QVERIFY2(removed.ok(), qPrintable(removed.reason));

    // A profile whose token is already gone from the keychain is still deleted.
    const ConnectionProfile profile =
        savedProfile(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"));
    QString error;
    QVERIFY(m_fixture->profiles.store(profile, &error));
    const KeeperResult deleted = resultOf(m_fixture->keeper.remove(profile.key()));
    QVERIFY2(deleted.ok(), qPrintable(deleted.message));
    QVERIFY(!m_fixture->profiles.profile(profile.key()).has_value());
}

void TestKeychain::refusedReverifyIsRecorded()
{
    const ConnectionProfile profile =
        savedProfile(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"));
    const KeeperResult saved = save(profile, secondToken); // a token the server refuses
    QVERIFY(saved.ok());

    const KeeperResult refused = resultOf(m_fixture->keeper.reverify(profile.key()));
    QCOMPARE(refused.status, Status::NotVerified);
    QCOMPARE(refused.verification.outcome, Outcome::Rejected);
    QVERIFY(refused.message.startsWith(refused.verification.message));
    QVERIFY(refused.message.endsWith(QStringLiteral(
        "This failed check is recorded with the connection; its other details are unchanged.")));
    // The check is kept, not the rest: the identity and the date it last verified stay.
    ConnectionProfile expected = saved.profile;
    expected.lastCheckedAt = m_now;
    expected.lastOutcome = QStringLiteral("rejected");
    expected.lastMessage = refused.verification.message;
    expected.failingSince = m_now;
    QCOMPARE(refused.profile, expected);
    QCOMPARE(*m_fixture->profiles.profile(profile.key()), expected);

    // A second failure keeps the date the failures began; a success clears it.
    const QDateTime later = m_now.addSecs(3600);
    m_fixture->keeper.setClock([later] { return later; });
    const KeeperResult again = resultOf(m_fixture->keeper.reverify(profile.key()));
    QCOMPARE(again.status, Status::NotVerified);
    QCOMPARE(again.profile.failingSince, m_now);
    QCOMPARE(again.profile.lastCheckedAt, later);
    QVERIFY(save(profile, sampleMistToken).ok());
    const KeeperResult verified = resultOf(m_fixture->keeper.reverify(profile.key()));
    QVERIFY2(verified.ok(), qPrintable(verified.message));
    QCOMPARE(verified.profile.lastOutcome, QStringLiteral("verified"));
    QCOMPARE(verified.profile.verifiedAt, later);
    QVERIFY(!verified.profile.failingSince.isValid());
}

void TestKeychain::badInputWritesNothing_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("message");

    const ConnectionProfile mist =
        savedProfile(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"));
    QTest::addRow("empty token") << mist << "  "
                                 << "The connection was not saved: Enter the token: the field is "
                                    "empty. Nothing was written.";
    QTest::addRow("space inside") << mist << "u8jzPde0IgxLd6Gn cfBAepfJBd0K"
                                  << "The connection was not saved: The token has a space or line "
                                     "break at character 17. Tokens never contain spaces: copy it "
                                     "again in one piece. Nothing was written.";
    ConnectionProfile unknown = mist;
    unknown.regionId = QStringLiteral("api.gc99");
    QTest::addRow("unknown region")
        << unknown << sampleMistToken
        << "The connection was not saved: its provider or region is not "
           "one the program knows. Nothing was written.";
}

void TestKeychain::badInputWritesNothing()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QString, token);
    QFETCH(QString, message);
    const KeeperResult refused = save(profile, token);
    QCOMPARE(refused.status, Status::InvalidInput);
    QCOMPARE(refused.message, message);
    QCOMPARE(secretToolLookup(testServiceName(), profile.key()), QString());
    QVERIFY(!QFile::exists(m_fixture->settingsPath()));
}

void TestKeychain::secondOperationOnAConnectionWaits()
{
    const ConnectionProfile profile =
        savedProfile(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"));
    KeeperJob* first = m_fixture->keeper.save(profile, sampleMistToken);
    KeeperJob* second = m_fixture->keeper.remove(profile.key());
    const KeeperResult busy = resultOf(second);
    QCOMPARE(busy.status, Status::Busy);
    QVERIFY(resultOf(first).ok());
    QCOMPARE(secretToolLookup(testServiceName(), profile.key()), sampleMistToken);
    // Once the first is done, the connection takes the next operation.
    const KeeperResult next = resultOf(m_fixture->keeper.reverify(profile.key()));
    QVERIFY2(next.ok(), qPrintable(next.message));
}

void TestKeychain::tokenIsOnlyInTheKeychainAndTheEnvFile()
{
    // The whole way through, as the wizard and the saved-connections window go.
    QString error;
    QVERIFY(m_fixture->appSettings.setLastProviderId(QStringLiteral("juniper-mist"), &error));
    QVERIFY(m_fixture->appSettings.setLastRegionId(QStringLiteral("api.gc3"), &error));
    const ConnectionProfile profile =
        savedProfile(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"));
    QVERIFY(save(profile, sampleMistToken).ok());
    const KeeperResult reverified = resultOf(m_fixture->keeper.reverify(profile.key()));
    QVERIFY2(reverified.ok(), qPrintable(reverified.message));
    const QString jsonPath = m_fixture->dir.filePath(QStringLiteral("profile.json"));
    QVERIFY2(writeProfileJson(jsonPath, reverified.profile, &error), qPrintable(error));
    const QString summaryPath = m_fixture->dir.filePath(QStringLiteral("summary.txt"));
    {
        QFile summary(summaryPath);
        QVERIFY(summary.open(QIODevice::WriteOnly));
        summary.write(connectionSummary(reverified.profile).toUtf8());
    }
    const QString envPath = m_fixture->dir.filePath(QStringLiteral("mist.env"));
    const KeeperResult exported = resultOf(m_fixture->keeper.exportEnvFile(profile.key(), envPath));
    QVERIFY2(exported.ok(), qPrintable(exported.message));
    m_fixture->settings.sync();

    QCOMPARE(m_fixture->appSettings.lastProviderId(), QStringLiteral("juniper-mist"));
    QCOMPARE(m_fixture->appSettings.lastRegionId(), QStringLiteral("api.gc3"));
    QVERIFY(readFile(summaryPath).contains("Identity: Personal token of Ada Lovelace"));

    // Byte by byte, every file the run left behind: the token, in the clear or in Base64,
    // is in the .env file alone.
    const QByteArray clear = sampleMistToken.toLatin1();
    const QByteArray base64 = clear.toBase64();
    QStringList scanned;
    QDirIterator files(m_fixture->dir.path(), QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        scanned.append(files.fileName());
        if (path == envPath) {
            continue;
        }
        const QByteArray bytes = readFile(path);
        QVERIFY2(!bytes.isEmpty(), qPrintable(path));
        QVERIFY2(!bytes.contains(clear) && !bytes.contains(base64), qPrintable(path));
    }
    scanned.sort();
    QCOMPARE(scanned, (QStringList{QStringLiteral("mist.env"), QStringLiteral("profile.json"),
                                   QStringLiteral("settings.ini"), QStringLiteral("summary.txt")}));
    QCOMPARE(fileMode(envPath), 0600);
    // Once for mistapi (MIST_APITOKEN), once for Terraform (MIST_API_TOKEN).
    QCOMPARE(readFile(envPath).count(clear), 2);
    QVERIFY(!connectionSummary(reverified.profile).contains(sampleMistToken));
}

void TestKeychain::cleanupTestCase()
{
    qInstallMessageHandler(testlibHandler);
    for (const QString& message : std::as_const(loggedMessages)) {
        QVERIFY2(!message.contains(sampleMistToken) && !message.contains(secondToken) &&
                     !message.contains(sampleJumpCloudToken),
                 "a logged message holds a token");
    }
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
