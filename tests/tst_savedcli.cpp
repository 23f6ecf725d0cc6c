// The saved connections on the command line (--list-saved, --export-saved, --check-saved), run
// as the real executables (credential-connect, which execs credential-connect-saved) against a
// real GNOME Keyring (tests/run-with-secret-service keyring) and a TLS server on 127.0.0.1.
// The connections are put where the window keeps them: the program's settings file and the
// keychain under the program's own service name, in the throwaway home of the run.
// --check-saved --notify, as the daily timer of Watch my connections runs it, tells a
// notification server on the test's own session bus (support/notificationserver.h).
#include "core/commandlineoptions.h"
#include "storage/profilestore.h"
#include "support/notificationserver.h"
#include "support/programrun.h"
#include "support/storagetesting.h"
#include "support/testcatalog.h"
#include "support/testpki.h"
#include "support/tlstestserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace cc;
using namespace cc::test;

namespace {
const QString refusedToken = QStringLiteral("Zq9") + QString(93, QLatin1Char('x'));

const QByteArray mistUserBody = R"({
  "email": "ada@example.com", "first_name": "Ada", "last_name": "Lovelace",
  "privileges": [{"scope": "org", "role": "admin", "name": "ACME Corp", "org_id": "a97c1b22-a4e9-411e-9bfd-d8695a0f9e61"}]
})";

// Where the program keeps its settings (QSettings of organization "Credential Connect").
QString programSettingsPath()
{
    return qEnvironmentVariable("XDG_CONFIG_HOME") +
           QStringLiteral("/Credential Connect/credential-connect.conf");
}
} // namespace

class TestSavedCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listShowsEveryConnectionAndNoToken();
    void exportsEachFormat_data();
    void exportsEachFormat();
    void exportRefusals_data();
    void exportRefusals();
    void checkRecordsEachOutcome();
    void checkSavedKeepsToTheHostCap();
    void notifiesWhenAConnectionStopsWorking_data();
    void notifiesWhenAConnectionStopsWorking();
    void notifiesOnceForEachStretchOfRefusals();
    void notifiesNothingWhileEveryConnectionWorks();
    void namesInTheNotificationAreText_data();
    void namesInTheNotificationAreText();
    void notifyNeedsCheckSaved();

private:
    // Saves a connection as the window would: the token in the keychain, the profile in the
    // program's settings.
    void saveConnection(const ConnectionProfile& profile, const QString& token);
    ConnectionProfile storedProfile(const QString& key);
    ProgramRun run(const QStringList& arguments);
    ProgramRun runProcess(QProcess& process, const QStringList& arguments);
    // Runs --check-saved --notify as the systemd user service does: no terminal (a session of
    // its own), nothing on standard input, an environment of a few variables.
    ProgramRun runAsTheTimer();
    // The connection ACME Corp with the token the server accepts, and Old Corp with another.
    void saveWorkingAndRefusedConnections(ConnectionProfile* working, ConnectionProfile* refused);
    QStringList catalogArguments() const;

    TestPki m_pki;
    QTemporaryDir m_dir;
    std::unique_ptr<TlsTestServer> m_server;
    QString m_catalogFile;
    QStringList m_keys;
    NotificationServer m_notifications;
};

void TestSavedCli::initTestCase()
{
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    QVERIFY2(m_notifications.registerOnSessionBus(&error), qPrintable(error));
}

void TestSavedCli::init()
{
    QFile::remove(programSettingsPath());
    m_notifications.clear();
    m_notifications.setCapabilities({QStringLiteral("body")});
    // A server of its own for each test, so that what it counts starts at zero.
    m_server = std::make_unique<TlsTestServer>(m_pki.trustedServerConfiguration());
    QVERIFY(m_server->listen());
    m_server->setResponder([](const ReceivedRequest& request) {
        if (request.headerValues("Authorization") ==
            QList<QByteArray>{"Token " + sampleMistToken.toLatin1()}) {
            return CannedReply::json(200, mistUserBody);
        }
        return CannedReply::json(401,
                                 R"({"detail": "Authentication credentials were not provided."})");
    });
    m_catalogFile = m_dir.filePath(QStringLiteral("catalog.json"));
    QFile file(m_catalogFile);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(builtinCatalogJsonWith(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"),
                                      m_server->baseUrl()));
}

void TestSavedCli::cleanup()
{
    SecretStore secrets;
    for (const QString& key : std::as_const(m_keys)) {
        resultOf(secrets.remove(key));
    }
    m_keys.clear();
}

void TestSavedCli::saveConnection(const ConnectionProfile& profile, const QString& token)
{
    SecretStore secrets;
    const SecretResult written = resultOf(secrets.write(profile.key(), token));
    QVERIFY2(written.ok(), qPrintable(written.reason));
    m_keys.append(profile.key());
    QSettings settings(programSettingsPath(), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    QString error;
    QVERIFY2(profiles.store(profile, &error), qPrintable(error));
}

ConnectionProfile TestSavedCli::storedProfile(const QString& key)
{
    QSettings settings(programSettingsPath(), QSettings::IniFormat);
    return ProfileStore(&settings).profile(key).value_or(ConnectionProfile());
}

QStringList TestSavedCli::catalogArguments() const
{
    return {QStringLiteral("--catalog"), m_catalogFile, QStringLiteral("--ca-bundle"),
            m_pki.caFile()};
}

ProgramRun TestSavedCli::run(const QStringList& arguments)
{
    QProcess process;
    return runProcess(process, arguments);
}

ProgramRun TestSavedCli::runAsTheTimer()
{
    QProcess process;
    QProcessEnvironment environment;
    for (const char* name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR",
                             "DBUS_SESSION_BUS_ADDRESS", "PATH", "LANG"}) {
        environment.insert(QLatin1String(name), qEnvironmentVariable(name));
    }
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setChildProcessModifier([] { setsid(); });
    return runProcess(process, {QStringLiteral("--check-saved"), QStringLiteral("--notify")});
}

void TestSavedCli::saveWorkingAndRefusedConnections(ConnectionProfile* working,
                                                    ConnectionProfile* refused)
{
    *working = sampleMistProfile();
    *refused = sampleMistProfile();
    refused->organizationId = QStringLiteral("0b4d0000-0000-4000-8000-000000000000");
    refused->organizationName = QStringLiteral("Old Corp");
    saveConnection(*working, sampleMistToken);
    saveConnection(*refused, refusedToken);
}

ProgramRun TestSavedCli::runProcess(QProcess& process, const QStringList& arguments)
{
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(CREDENTIAL_CONNECT_BINARY), arguments + catalogArguments());
    process.closeWriteChannel();
    ProgramRun result;
    // The server lives in this process: wait with the event loop running.
    if (!finished.wait(60000)) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void TestSavedCli::listShowsEveryConnectionAndNoToken()
{
    const ConnectionProfile mist = sampleMistProfile();
    saveConnection(mist, sampleMistToken);

    const ProgramRun text = run({QStringLiteral("--list-saved")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(mist.key().toUtf8()), text.out.constData());
    QVERIFY(text.out.contains("Juniper Mist \xc2\xb7 EMEA 02 \xc2\xb7 ACME Corp"));
    QVERIFY(text.out.contains("Not checked since it was saved"));

    const ProgramRun json = run({QStringLiteral("--list-saved"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QList<QJsonObject> rows = json.jsonLines();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst().value(QStringLiteral("key")).toString(), mist.key());
    QCOMPARE(rows.constFirst().value(QStringLiteral("api_host")).toString(), mist.apiHost);
    QVERIFY(rows.constFirst().value(QStringLiteral("last_outcome")).isNull());
    for (const ProgramRun& listing : {text, json}) {
        QVERIFY(!listing.out.contains(sampleMistToken.toLatin1()));
        QVERIFY(!listing.err.contains(sampleMistToken.toLatin1()));
    }
}

void TestSavedCli::exportsEachFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("holdsToken");

    // The .env holds the token: readable by its owner only. The others hold none, as in the
    // window.
    QTest::addRow("env") << "env" << QByteArray("MIST_HOST=") << 0600 << true;
    QTest::addRow("profile") << "profile"
                             << QByteArray("\"format\": \"credential-connect-profile\"") << 0644
                             << false;
    QTest::addRow("summary") << "summary" << QByteArray("Organization: ACME Corp") << 0644 << false;
}

void TestSavedCli::exportsEachFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, expected);
    QFETCH(int, mode);
    QFETCH(bool, holdsToken);
    const ConnectionProfile mist = sampleMistProfile();
    saveConnection(mist, sampleMistToken);
    const QString path = m_dir.filePath(format + QStringLiteral(".out"));
    QFile::remove(path);
    const QStringList arguments{QStringLiteral("--export-saved"), mist.key(),
                                QStringLiteral("--format"), format};

    const ProgramRun written = run(arguments + QStringList{QStringLiteral("--output"), path});
    QVERIFY2(written.exitCode == 0, written.err.constData());
    QVERIFY(written.out.isEmpty());
    QVERIFY2(readFile(path).contains(expected), readFile(path).constData());
    QCOMPARE(readFile(path).contains(sampleMistToken.toLatin1()), holdsToken);
    QCOMPARE(fileMode(path), mode);

    // An existing file is replaced only when asked.
    const ProgramRun again = run(arguments + QStringList{QStringLiteral("--output"), path});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains("exists already"), again.err.constData());
    const ProgramRun forced =
        run(arguments + QStringList{QStringLiteral("--output"), path, QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, forced.err.constData());

    // Standard output only with "--output -" (the summary goes there by default).
    const ProgramRun printed =
        run(arguments + QStringList{QStringLiteral("--output"), QStringLiteral("-")});
    QCOMPARE(printed.exitCode, 0);
    QVERIFY(printed.out.contains(expected));
    const ProgramRun unnamed = run(arguments);
    QCOMPARE(unnamed.exitCode, format == QLatin1String("summary") ? 0 : 2);
    QCOMPARE(unnamed.out.contains(sampleMistToken.toLatin1()), false);
}

void TestSavedCli::exportRefusals_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("routingAssurance");
    QTest::addColumn<QByteArray>("said");

    QTest::addRow("env for Routing Assurance")
        << "env" << true << QByteArray("There is no .env export");
    QTest::addRow("unknown format") << "yaml" << false << QByteArray("--format takes");
}

void TestSavedCli::exportRefusals()
{
    QFETCH(QString, format);
    QFETCH(bool, routingAssurance);
    QFETCH(QByteArray, said);
    const ConnectionProfile profile =
        routingAssurance ? sampleRoutingAssuranceProfile() : sampleMistProfile();
    saveConnection(profile, sampleMistToken);
    const QString path = m_dir.filePath(QStringLiteral("refused.out"));

    const ProgramRun refused =
        run({QStringLiteral("--export-saved"), profile.key(), QStringLiteral("--format"), format,
             QStringLiteral("--output"), path});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(said), refused.err.constData());
    QVERIFY(!QFile::exists(path));
}

void TestSavedCli::checkRecordsEachOutcome()
{
    const ConnectionProfile good = sampleMistProfile();
    ConnectionProfile bad = sampleMistProfile();
    bad.organizationId = QStringLiteral("0b4d0000-0000-4000-8000-000000000000");
    bad.organizationName = QStringLiteral("Old Corp");
    saveConnection(good, sampleMistToken);
    saveConnection(bad, refusedToken);

    const ProgramRun first = run({QStringLiteral("--check-saved"), QStringLiteral("--json")});
    QVERIFY2(first.exitCode == 1, first.err.constData());
    const QList<QJsonObject> rows = first.jsonLines();
    QCOMPARE(rows.size(), 3);
    // In the list's order (by organization name): ACME Corp, then Old Corp.
    QCOMPARE(rows.at(0).value(QStringLiteral("key")).toString(), good.key());
    QCOMPARE(rows.at(0).value(QStringLiteral("outcome")).toString(), QStringLiteral("verified"));
    QCOMPARE(rows.at(0).value(QStringLiteral("label")).toString(),
             QStringLiteral("Juniper Mist \u00b7 EMEA 02 \u00b7 ACME Corp"));
    QCOMPARE(rows.at(1).value(QStringLiteral("key")).toString(), bad.key());
    QCOMPARE(rows.at(1).value(QStringLiteral("outcome")).toString(), QStringLiteral("rejected"));
    const QJsonObject summary = rows.at(2).value(QStringLiteral("summary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("connections")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("verified")).toInt(), 1);
    QCOMPARE(summary.value(QStringLiteral("rejected")).toInt(), 1);
    for (const QString& token : {sampleMistToken, refusedToken}) {
        QVERIFY(!first.out.contains(token.toLatin1()));
        QVERIFY(!first.err.contains(token.toLatin1()));
    }

    // Recorded in each connection, as the window's Re-verify does.
    const ConnectionProfile verified = storedProfile(good.key());
    QCOMPARE(verified.lastOutcome, QStringLiteral("verified"));
    QVERIFY(verified.verifiedAt > good.verifiedAt);
    QVERIFY(!verified.failingSince.isValid());
    const ConnectionProfile failing = storedProfile(bad.key());
    QCOMPARE(failing.lastOutcome, QStringLiteral("rejected"));
    QVERIFY(!failing.lastMessage.isEmpty());
    QVERIFY(failing.failingSince.isValid());
    QCOMPARE(failing.verifiedAt, bad.verifiedAt);

    // A second failure keeps the date the failures began; the table says the same.
    const ProgramRun second =
        run({QStringLiteral("--check-saved"), QStringLiteral("--jobs"), QStringLiteral("1")});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.out.contains("checked: 1 rejected, 1 verified."), second.out.constData());
    const ConnectionProfile stillFailing = storedProfile(bad.key());
    QVERIFY(stillFailing.lastCheckedAt > failing.lastCheckedAt);
    QCOMPARE(stillFailing.failingSince, failing.failingSince);
    const ProgramRun listed = run({QStringLiteral("--list-saved")});
    QVERIFY(listed.out.contains("Failing since"));
}

void TestSavedCli::checkSavedKeepsToTheHostCap()
{
    // Ten connections in one region, each answer 300 ms late: with --jobs 16 they would all be
    // in flight at once (Qt itself allows six connections to a host); the host's cap keeps
    // them to four.
    for (int index = 0; index < 10; ++index) {
        ConnectionProfile profile = sampleMistProfile();
        profile.organizationId =
            QStringLiteral("0b4d0000-0000-4000-8000-%1").arg(index, 12, 10, QLatin1Char('0'));
        profile.organizationName = QStringLiteral("Client %1").arg(index);
        saveConnection(profile, sampleMistToken);
    }
    m_server->setResponder([](const ReceivedRequest&) {
        CannedReply late = CannedReply::json(200, mistUserBody);
        late.delayMs = 300;
        return late;
    });
    const ProgramRun checked = run({QStringLiteral("--check-saved"), QStringLiteral("--jobs"),
                                    QStringLiteral("16"), QStringLiteral("--json")});
    QVERIFY2(checked.exitCode == 0, checked.err.constData());
    QCOMPARE(checked.jsonLines().size(), 11);
    QVERIFY2(m_server->maxOpenConnections() <= jobsPerHost,
             qPrintable(QString::number(m_server->maxOpenConnections())));
    QVERIFY2(m_server->maxOpenConnections() >= 2, "the checks never overlapped");
}

void TestSavedCli::notifiesWhenAConnectionStopsWorking_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("notified");

    // A refusal means the token no longer works: a person must act. An answer that tells
    // nothing about the token (the service down, too many calls) is no alarm: it is recorded,
    // and the next day's check asks again.
    QTest::addRow("refused (401)") << 401 << true;
    QTest::addRow("forbidden (403)") << 403 << true;
    QTest::addRow("rate limited (429)") << 429 << false;
    QTest::addRow("server error (503)") << 503 << false;
}

void TestSavedCli::notifiesWhenAConnectionStopsWorking()
{
    QFETCH(int, status);
    QFETCH(bool, notified);
    ConnectionProfile working;
    ConnectionProfile failing;
    saveWorkingAndRefusedConnections(&working, &failing);
    m_server->setResponder([status](const ReceivedRequest& request) {
        if (request.headerValues("Authorization") ==
            QList<QByteArray>{"Token " + sampleMistToken.toLatin1()}) {
            return CannedReply::json(200, mistUserBody);
        }
        return CannedReply::json(status, R"({"detail": "no"})");
    });

    const ProgramRun checked = runAsTheTimer();
    QVERIFY2(checked.exitCode == (status < 429 ? 1 : 3), checked.err.constData());
    QCOMPARE(storedProfile(failing.key()).lastOutcome.isEmpty(), false);
    if (!notified) {
        QCOMPARE(m_notifications.received().size(), 0);
        return;
    }
    QCOMPARE(m_notifications.received().size(), 1);
    const NotificationServer::Notification& notice = m_notifications.received().constFirst();
    QCOMPARE(notice.appName, QStringLiteral("Credential Connect"));
    QVERIFY2(notice.summary.contains(QStringLiteral("stopped working")),
             qPrintable(notice.summary));
    // The one that failed, by name, with what to do; not the one that works.
    QVERIFY2(notice.body.contains(QStringLiteral("Juniper Mist \u00b7 EMEA 02 \u00b7 Old Corp")),
             qPrintable(notice.body));
    QVERIFY2(!notice.body.contains(QStringLiteral("ACME Corp")), qPrintable(notice.body));
    QVERIFY2(notice.body.contains(QStringLiteral("90 days")), qPrintable(notice.body));
    QVERIFY2(notice.body.contains(QStringLiteral("save the connection again")),
             qPrintable(notice.body));
    QCOMPARE(notice.hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral("org.credentialconnect.CredentialConnect"));
    // No token anywhere in what the desktop was given.
    const QString everything = notice.appName + notice.appIcon + notice.summary + notice.body +
                               notice.actions.join(QString()) +
                               QStringList(notice.hints.keys()).join(QString());
    for (const QString& token : {sampleMistToken, refusedToken}) {
        QVERIFY(!everything.contains(token.left(8)));
        QVERIFY(!checked.out.contains(token.toLatin1()));
        QVERIFY(!checked.err.contains(token.toLatin1()));
    }
    for (const QVariant& hint : std::as_const(notice.hints)) {
        QVERIFY(!hint.toString().contains(refusedToken.left(8)));
    }
}

void TestSavedCli::notifiesOnceForEachStretchOfRefusals()
{
    ConnectionProfile working;
    ConnectionProfile refused;
    saveWorkingAndRefusedConnections(&working, &refused);

    QCOMPARE(runAsTheTimer().exitCode, 1);
    QCOMPARE(m_notifications.received().size(), 1);
    // The next day the same refusal: it was told once, the window's Status column keeps it.
    QCOMPARE(runAsTheTimer().exitCode, 1);
    QCOMPARE(m_notifications.received().size(), 1);

    // It works again (the token was renewed in the portal), then is refused again: told again.
    m_server->setResponder(
        [](const ReceivedRequest&) { return CannedReply::json(200, mistUserBody); });
    QCOMPARE(runAsTheTimer().exitCode, 0);
    QCOMPARE(m_notifications.received().size(), 1);
    m_server->setResponder([](const ReceivedRequest& request) {
        if (request.headerValues("Authorization") ==
            QList<QByteArray>{"Token " + sampleMistToken.toLatin1()}) {
            return CannedReply::json(200, mistUserBody);
        }
        return CannedReply::json(401, R"({"detail": "Invalid token."})");
    });
    QCOMPARE(runAsTheTimer().exitCode, 1);
    QCOMPARE(m_notifications.received().size(), 2);
    QVERIFY(m_notifications.received().constLast().body.contains(QStringLiteral("Old Corp")));
}

void TestSavedCli::notifiesNothingWhileEveryConnectionWorks()
{
    saveConnection(sampleMistProfile(), sampleMistToken);

    const ProgramRun checked = runAsTheTimer();

    QVERIFY2(checked.exitCode == 0, checked.err.constData());
    QCOMPARE(storedProfile(sampleMistProfile().key()).lastOutcome, QStringLiteral("verified"));
    QCOMPARE(m_notifications.received().size(), 0);
}

void TestSavedCli::namesInTheNotificationAreText_data()
{
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<QString>("shown");

    // A server that reads markup in the body gets the name escaped, so it shows as written; one
    // that does not shows the body as it comes.
    const QString name = QStringLiteral("<b>Big</b> & <a href=\"https://example.org\">Co</a>");
    QTest::addRow("body-markup") << QStringList{QStringLiteral("body"),
                                                QStringLiteral("body-markup")}
                                 << name.toHtmlEscaped();
    QTest::addRow("plain body") << QStringList{QStringLiteral("body")} << name;
}

void TestSavedCli::namesInTheNotificationAreText()
{
    QFETCH(QStringList, capabilities);
    QFETCH(QString, shown);
    m_notifications.setCapabilities(capabilities);
    ConnectionProfile profile = sampleMistProfile();
    profile.organizationName =
        QStringLiteral("<b>Big</b> & <a href=\"https://example.org\">Co</a>");
    saveConnection(profile, refusedToken);

    QCOMPARE(runAsTheTimer().exitCode, 1);

    QCOMPARE(m_notifications.received().size(), 1);
    const QString body = m_notifications.received().constFirst().body;
    QVERIFY2(body.contains(shown), qPrintable(body));
    if (capabilities.contains(QStringLiteral("body-markup"))) {
        QVERIFY2(!body.contains(QLatin1Char('<')), qPrintable(body));
    }
}

void TestSavedCli::notifyNeedsCheckSaved()
{
    saveConnection(sampleMistProfile(), refusedToken);

    const ProgramRun refused = run({QStringLiteral("--list-saved"), QStringLiteral("--notify")});

    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains("--notify"), refused.err.constData());
    QCOMPARE(m_notifications.received().size(), 0);
}

QTEST_GUILESS_MAIN(TestSavedCli)
#include "tst_savedcli.moc"
