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
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

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
    void killedBetweenKeychainAndSettingsIsRecoverable_data();
    void killedBetweenKeychainAndSettingsIsRecoverable();
    void twoProcessesChangingOneConnectionAgree();
    void childSavesAndDiesAtTheSettingsWrite();
    void childSavesAndDeletes();
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
    QCOMPARE(m_server->requests().size(),
             before + (provider == QLatin1String("juniper-mist") ? mistUserRequests : 1));
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
           "Nothing was written.";
    QTest::addRow("delete it")
        << "delete"
        << "The connection was not deleted: the settings file %1 could not be written. "
           "Its token and its details are both kept.";
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

namespace {
// The keeper test run as a second process on the same settings file and keychain service: the
// second window of the same person, or the program killed in the middle of a change.
QProcess* startChild(const QString& function, const QString& settingsPath)
{
    auto* child = new QProcess;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CC_CHILD_SETTINGS"), settingsPath);
    environment.insert(QStringLiteral("CC_CHILD_SERVICE"), testServiceName());
    child->setProcessEnvironment(environment);
    child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child->start(QCoreApplication::applicationFilePath(), {function});
    return child;
}
} // namespace

void TestKeychain::killedBetweenKeychainAndSettingsIsRecoverable_data()
{
    QTest::addColumn<bool>("restore");
    QTest::addRow("restore it") << true;
    QTest::addRow("remove it") << false;
}

void TestKeychain::killedBetweenKeychainAndSettingsIsRecoverable()
{
    QFETCH(bool, restore);
    const ConnectionProfile profile =
        savedProfile(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"));
    std::unique_ptr<QProcess> child(startChild(
        QStringLiteral("childSavesAndDiesAtTheSettingsWrite"), m_fixture->settingsPath()));
    QVERIFY(child->waitForFinished(60000));
    QCOMPARE(child->exitStatus(), QProcess::CrashExit);
    // What the killed program left: a token in the keychain and no profile for it.
    QCOMPARE(secretToolLookup(testServiceName(), profile.key()), sampleMistToken);
    QSettings settings(m_fixture->settingsPath(), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    QVERIFY(profiles.profiles().isEmpty());

    // The next start finds it, and can restore or remove it.
    ConnectionKeeper keeper(&m_fixture->secrets, &profiles, &*m_catalog, &m_fixture->verifier);
    const QList<ConnectionProfile> unfinished = keeper.unfinished();
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished.constFirst().key(), profile.key());
    QCOMPARE(unfinished.constFirst().organizationName, profile.organizationName);
    const KeeperResult done =
        resultOf(restore ? keeper.restore(profile.key()) : keeper.remove(profile.key()));
    QVERIFY2(done.ok(), qPrintable(done.message));
    QVERIFY(keeper.unfinished().isEmpty());
    if (restore) {
        QCOMPARE(profiles.profile(profile.key())->organizationName, profile.organizationName);
        QCOMPARE(secretToolLookup(testServiceName(), profile.key()), sampleMistToken);
        QVERIFY(resultOf(keeper.reverify(profile.key())).ok());
    } else {
        QVERIFY(profiles.profiles().isEmpty());
        QCOMPARE(secretToolLookup(testServiceName(), profile.key()), QString());
    }
}

void TestKeychain::twoProcessesChangingOneConnectionAgree()
{
    const ConnectionProfile profile =
        savedProfile(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"));
    std::unique_ptr<QProcess> child(
        startChild(QStringLiteral("childSavesAndDeletes"), m_fixture->settingsPath()));
    QVERIFY(child->waitForStarted());
    for (int round = 0; round < 6; ++round) {
        for (const bool saving : {true, false}) {
            const KeeperResult result = saving ? save(profile, sampleMistToken)
                                               : resultOf(m_fixture->keeper.remove(profile.key()));
            // Each change is whole, or refused because the other window holds the connection.
            QVERIFY2(result.ok() || result.status == Status::NotFound ||
                         result.message.startsWith(QStringLiteral("Another window")),
                     qPrintable(result.message));
        }
    }
    // waitForFinished() says false when the child is already done.
    QVERIFY(child->state() == QProcess::NotRunning || child->waitForFinished(120000));
    QCOMPARE(child->exitStatus(), QProcess::NormalExit);
    QCOMPARE(child->exitCode(), 0);
    // Both or neither: never a token without its profile, nor a profile without its token.
    QSettings settings(m_fixture->settingsPath(), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    const bool hasToken = !secretToolLookup(testServiceName(), profile.key()).isEmpty();
    QCOMPARE(profiles.profile(profile.key()).has_value(), hasToken);
    ConnectionKeeper keeper(&m_fixture->secrets, &profiles, &*m_catalog, &m_fixture->verifier);
    QVERIFY(keeper.unfinished().isEmpty());
}

void TestKeychain::childSavesAndDiesAtTheSettingsWrite()
{
    const QString path = qEnvironmentVariable("CC_CHILD_SETTINGS");
    if (path.isEmpty()) {
        QSKIP("run by killedBetweenKeychainAndSettingsIsRecoverable as a process of its own");
    }
    QSettings settings(path, QSettings::IniFormat);
    ProfileStore profiles(&settings);
    SecretStore secrets(qEnvironmentVariable("CC_CHILD_SERVICE"));
    ConnectionKeeper keeper(&secrets, &profiles, &*m_catalog, &m_fixture->verifier);
    // Once the settings file is first written, it may not grow: the next, larger write is
    // killed by the kernel (SIGXFSZ), as a power cut or kill -9 would end the program there.
    QFileSystemWatcher watcher({QFileInfo(path).absolutePath()});
    connect(&watcher, &QFileSystemWatcher::directoryChanged, this, [path] {
        const QFileInfo file(path);
        if (file.exists()) {
            // Killed, not stopped with an error; and no core file left behind.
            const rlimit noCore{0, 0};
            ::setrlimit(RLIMIT_CORE, &noCore);
            std::signal(SIGXFSZ, SIG_DFL);
            const rlimit limit{rlim_t(file.size()), rlim_t(file.size())};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        }
    });
    const KeeperResult saved = resultOf(keeper.save(
        savedProfile(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3")), sampleMistToken));
    QFAIL(qPrintable(QStringLiteral("the save ran to its end: ") + saved.message));
}

void TestKeychain::childSavesAndDeletes()
{
    const QString path = qEnvironmentVariable("CC_CHILD_SETTINGS");
    if (path.isEmpty()) {
        QSKIP("run by twoProcessesChangingOneConnectionAgree as a process of its own");
    }
    QSettings settings(path, QSettings::IniFormat);
    ProfileStore profiles(&settings);
    SecretStore secrets(qEnvironmentVariable("CC_CHILD_SERVICE"));
    ConnectionKeeper keeper(&secrets, &profiles, &*m_catalog, &m_fixture->verifier);
    const ConnectionProfile profile =
        savedProfile(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"));
    for (int round = 0; round < 6; ++round) {
        resultOf(keeper.save(profile, sampleMistToken));
        resultOf(keeper.remove(profile.key()));
    }
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
