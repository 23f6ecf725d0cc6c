// The command-line check, run as the real program against a local HTTPS server.
#include "support/testcatalog.h"
#include "support/testpki.h"
#include "support/tlstestserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cc::test;

namespace {
const QByteArray token = "u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKOmxgJTeKdNnFRI"
                         "BXuDL7DxtpYlSXpfKtHF4vU";
const QByteArray userBody = R"({"email": "ada@example.com", "first_name": "Ada",
  "last_name": "Lovelace", "privileges": [{"scope": "org", "role": "admin", "name": "ACME Corp"}]})";
const QByteArray jumpCloudKey = "jca_7Hq2Lm9Xv4Rt8Kp3Wn6Zb1Yc5Fd0Gs7Je2Ua";
const QByteArray jumpCloudBody =
    R"({"results": [{"_id": "5f1e0c1e9a3b4c0012345678", "displayName": "ACME"}], "totalCount": 1})";
const QStringList jumpCloudRegions{QStringLiteral("us"), QStringLiteral("eu"),
                                   QStringLiteral("in")};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// JumpCloud's three regions (us, eu, in), each at a local server of its own on 127.0.0.2
// to 127.0.0.4 answering as given; no reply stands for a region that refuses connections.
class JumpCloudRegionsAtHome final
{
public:
    JumpCloudRegionsAtHome(const TestPki& pki, const QList<std::optional<CannedReply>>& replies,
                           const QString& catalogFile)
    {
        QMap<QPair<QString, QString>, QUrl> apiBases;
        for (int index = 0; index < jumpCloudRegions.size(); ++index) {
            const QHostAddress address(QStringLiteral("127.0.0.%1").arg(index + 2));
            QUrl base;
            if (replies.at(index)) {
                auto server = std::make_unique<TlsTestServer>(pki.trustedServerConfiguration());
                if (!server->listen(address)) {
                    qFatal("cannot listen on %s", qPrintable(address.toString()));
                }
                server->setReply(*replies.at(index));
                base = server->baseUrl();
                servers.push_back(std::move(server));
            } else {
                base.setScheme(QStringLiteral("https"));
                base.setHost(address.toString());
                base.setPort(refusedPort());
            }
            hosts.append(base.host());
            apiBases.insert({QStringLiteral("jumpcloud"), jumpCloudRegions.at(index)}, base);
        }
        QFile file(catalogFile);
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(catalogFile));
        }
        file.write(builtinCatalogJsonWith(apiBases));
    }

    std::vector<std::unique_ptr<TlsTestServer>> servers;
    QStringList hosts; // of each region, catalog order
};

QJsonObject regionEntry(const QJsonObject& json, const QString& regionId)
{
    const QJsonArray regions =
        json.value(QLatin1String("detection")).toObject().value(QLatin1String("regions")).toArray();
    for (const QJsonValue& entry : regions) {
        if (entry.toObject().value(QLatin1String("region")).toString() == regionId) {
            return entry.toObject();
        }
    }
    return {};
}
} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verifiedPrintsOneJsonObject();
    void answers_data();
    void answers();
    void invalidInputSendsNothing_data();
    void invalidInputSendsNothing();
    void humanReadableOutput();
    void pastedPortalAddressAsRegion();
    void unusualLengthIsAWarning();
    void autoRegionFindsTheRegionThatAccepts();
    void autoRegionWhenNoRegionAccepts();
    void autoRegionForPeople();
    void helpAndVersion();
    void needsNoDisplay();

private:
    Run run(const QStringList& arguments, const QByteArray& input,
            const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    QStringList checkArguments(const QString& region = QStringLiteral("api.gc3")) const;
    QStringList autoArguments() const;

    TestPki m_pki;
    QTemporaryDir m_dir;
    std::unique_ptr<TlsTestServer> m_server;
    QString m_catalogFile;
};

void TestCli::initTestCase()
{
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    m_server = std::make_unique<TlsTestServer>(m_pki.trustedServerConfiguration());
    QVERIFY(m_server->listen());
    m_catalogFile = m_dir.filePath(QStringLiteral("catalog.json"));
    QFile file(m_catalogFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(builtinCatalogJsonWith(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"),
                                      m_server->baseUrl()));
    QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(builtinCatalogJsonWith(QStringLiteral("jumpcloud"), QStringLiteral("us"),
                                        QUrl(QStringLiteral("http://console.jumpcloud.com"))));
}

Run TestCli::run(const QStringList& arguments, const QByteArray& input,
                 const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(CREDENTIAL_CONNECT_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    // The server lives in this process: wait with the event loop running.
    Run result;
    if (!finished.wait(30000)) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (result.exitCode == -2) {
        qWarning("the program crashed: %s", result.err.constData());
    }
    return result;
}

QStringList TestCli::checkArguments(const QString& region) const
{
    return {QStringLiteral("--check"),
            QStringLiteral("--provider"),
            QStringLiteral("juniper-mist"),
            QStringLiteral("--region"),
            region,
            QStringLiteral("--json"),
            QStringLiteral("--catalog"),
            m_catalogFile,
            QStringLiteral("--ca-bundle"),
            m_pki.caFile(),
            QStringLiteral("--timeout"),
            QStringLiteral("10")};
}

QStringList TestCli::autoArguments() const
{
    return {QStringLiteral("--check"),     QStringLiteral("--provider"),
            QStringLiteral("jumpcloud"),   QStringLiteral("--region"),
            QStringLiteral("auto"),        QStringLiteral("--json"),
            QStringLiteral("--catalog"),   m_dir.filePath(QStringLiteral("jumpcloud.json")),
            QStringLiteral("--ca-bundle"), m_pki.caFile(),
            QStringLiteral("--timeout"),   QStringLiteral("10")};
}

void TestCli::verifiedPrintsOneJsonObject()
{
    m_server->setReply(CannedReply::json(200, userBody));

    const Run result = run(checkArguments(), token + '\n');

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count('\n'), 1);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("verified"));
    QCOMPARE(json.value(QLatin1String("provider")).toString(), QStringLiteral("juniper-mist"));
    QCOMPARE(json.value(QLatin1String("region")).toString(), QStringLiteral("api.gc3"));
    QCOMPARE(json.value(QLatin1String("endpoint")).toString(),
             m_server->baseUrl().toString() + QStringLiteral("/api/v1/self"));
    QCOMPARE(json.value(QLatin1String("http_status")).toInt(), 200);
    QVERIFY(json.value(QLatin1String("retry_after_s")).isNull());
    QVERIFY(!json.value(QLatin1String("message")).toString().isEmpty());
    const QJsonObject identity = json.value(QLatin1String("identity")).toObject();
    QCOMPARE(identity.value(QLatin1String("type")).toString(), QStringLiteral("user_token"));
    QCOMPARE(identity.value(QLatin1String("email")).toString(), QStringLiteral("ada@example.com"));
    QCOMPARE(identity.value(QLatin1String("privileges"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("role_name"))
                 .toString(),
             QStringLiteral("Super User"));
    QCOMPARE(m_server->requests().constLast().headerValues("Authorization"),
             QList<QByteArray>{"Token " + token});
    QVERIFY(!result.out.contains(token));
    QVERIFY(!result.err.contains(token));
}

void TestCli::answers_data()
{
    QTest::addColumn<CannedReply>("reply");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("retryAfter");

    QTest::addRow("rejected") << CannedReply::json(401, R"({"detail": "Invalid token."})") << 1
                              << "rejected" << -1;
    QTest::addRow("forbidden") << CannedReply::json(403, "{}") << 1 << "forbidden" << -1;
    QTest::addRow("rate limited") << CannedReply::json(429, "{}").withHeader("Retry-After", "42")
                                  << 3 << "rate_limited" << 42;
    QTest::addRow("server error") << CannedReply::json(503, "{}") << 3 << "server_error" << -1;
    QTest::addRow("captive portal")
        << CannedReply::json(200, "<html>sign in</html>") << 3 << "unexpected_response" << -1;
}

void TestCli::answers()
{
    QFETCH(CannedReply, reply);
    QFETCH(int, exitCode);
    QFETCH(QString, outcome);
    QFETCH(int, retryAfter);
    m_server->setReply(reply);

    const Run result = run(checkArguments(), token + '\n');

    QCOMPARE(result.exitCode, exitCode);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("outcome")).toString(), outcome);
    QCOMPARE(json.value(QLatin1String("retry_after_s")).toInt(-1), retryAfter);
    QVERIFY(json.value(QLatin1String("identity")).isNull());
    QVERIFY(!json.value(QLatin1String("message")).toString().isEmpty());
    QVERIFY(!result.out.contains(token));
    QVERIFY(!result.err.contains(token));
}

void TestCli::invalidInputSendsNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("messagePart");

    const QStringList good = checkArguments();
    QTest::addRow("empty token") << good << QByteArray("\n") << "empty";
    QTest::addRow("no input at all") << good << QByteArray() << "standard input";
    QTest::addRow("space inside the token") << good << QByteArray("abcd efgh\n") << "space";
    QTest::addRow("control character") << good
                                       << QByteArray("abcd\x01"
                                                     "efgh\n")
                                       << "control";
    QTest::addRow("non-ASCII") << good
                               << QByteArray("abcd\xc3\xa9"
                                             "fgh\n")
                               << "character 5";
    QStringList unknownProvider = good;
    unknownProvider[2] = QStringLiteral("okta");
    QTest::addRow("unknown provider") << unknownProvider << token << "Unknown provider";
    QTest::addRow("unknown region")
        << checkArguments(QStringLiteral("api.gc99")) << token << "not a region";
    QStringList badTimeout = good;
    badTimeout.last() = QStringLiteral("-3");
    QTest::addRow("negative timeout") << badTimeout << token << "--timeout";
    QTest::addRow("token on the command line")
        << (good + QStringList{QString::fromLatin1(token)}) << QByteArray() << "standard input";
    QTest::addRow("unknown option")
        << (good + QStringList{QStringLiteral("--insecure")}) << token << "insecure";
    QStringList missingBundle = good;
    missingBundle[9] = QStringLiteral("/nonexistent/ca.pem");
    QTest::addRow("missing CA bundle") << missingBundle << token << "CA bundle";
    QStringList brokenCatalog = good;
    brokenCatalog[7] = m_dir.filePath(QStringLiteral("broken.json"));
    QTest::addRow("catalog sending to plain http")
        << brokenCatalog << token << "catalog cannot be used: provider 3 (jumpcloud), region 1";
}

void TestCli::invalidInputSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, messagePart);
    m_server->setReply(CannedReply::json(200, userBody));
    const int connectionsBefore = m_server->connectionCount();

    const Run result = run(arguments, input);

    QCOMPARE(result.exitCode, 2);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("invalid_input"));
    const QString message = json.value(QLatin1String("message")).toString();
    QVERIFY2(message.contains(messagePart), qPrintable(message));
    QCOMPARE(m_server->connectionCount(), connectionsBefore);
}

void TestCli::humanReadableOutput()
{
    m_server->setReply(CannedReply::json(200, userBody));
    QStringList arguments = checkArguments();
    arguments.removeAll(QStringLiteral("--json"));

    const Run result = run(arguments, token + '\n');

    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("verified: "), result.out.constData());
    QVERIFY(result.out.contains("Super User on organization ACME Corp"));
    QVERIFY(!result.out.contains(token));
}

void TestCli::pastedPortalAddressAsRegion()
{
    m_server->setReply(CannedReply::json(200, userBody));
    // The region given as the test server's own address, the way a pasted API URL arrives.
    const Run result =
        run(checkArguments(m_server->baseUrl().toString() + QStringLiteral("/api/v1/self")),
            token + '\n');

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json().value(QLatin1String("region")).toString(), QStringLiteral("api.gc3"));
}

void TestCli::unusualLengthIsAWarning()
{
    m_server->setReply(CannedReply::json(200, userBody));

    const Run result = run(checkArguments(), QByteArray("shorttoken\n"));

    QCOMPARE(result.exitCode, 0);
    const QJsonArray warnings = result.json().value(QLatin1String("warnings")).toArray();
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.at(0).toString().contains(QLatin1String("96")));
}

void TestCli::autoRegionFindsTheRegionThatAccepts()
{
    const CannedReply refused = CannedReply::json(401, R"({"message": "Unauthorized"})");
    const JumpCloudRegionsAtHome regions(m_pki,
                                         {refused, CannedReply::json(200, jumpCloudBody), refused},
                                         m_dir.filePath(QStringLiteral("jumpcloud.json")));

    const Run result = run(autoArguments(), jumpCloudKey + '\n');

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count('\n'), 1);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("verified"));
    QCOMPARE(json.value(QLatin1String("provider")).toString(), QStringLiteral("jumpcloud"));
    QCOMPARE(json.value(QLatin1String("region")).toString(), QStringLiteral("eu"));
    QCOMPARE(json.value(QLatin1String("endpoint")).toString(),
             regions.servers.at(1)->baseUrl().toString() + QStringLiteral("/api/organizations"));
    QCOMPARE(json.value(QLatin1String("http_status")).toInt(), 200);
    QVERIFY(json.value(QLatin1String("retry_after_s")).isNull());
    QCOMPARE(json.value(QLatin1String("identity"))
                 .toObject()
                 .value(QLatin1String("organizations"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("name"))
                 .toString(),
             QStringLiteral("ACME"));
    QCOMPARE(json.value(QLatin1String("title")).toString(), QStringLiteral("Found your region"));
    QCOMPARE(json.value(QLatin1String("message")).toString(),
             QStringLiteral("Found your region: Europe (127.0.0.3) accepted the token."));
    QCOMPARE(
        json.value(QLatin1String("detection")).toObject().value(QLatin1String("found")).toString(),
        QStringLiteral("eu"));
    const QJsonObject found = regionEntry(json, QStringLiteral("eu"));
    QCOMPARE(found.value(QLatin1String("outcome")).toString(), QStringLiteral("verified"));
    QCOMPARE(found.value(QLatin1String("host")).toString(), QStringLiteral("127.0.0.3"));
    QCOMPARE(found.value(QLatin1String("stopped")).toBool(), false);
    QCOMPARE(found.value(QLatin1String("http_status")).toInt(), 200);
    // The other two refused, unless the accepting answer came first and stopped them.
    for (const QString& other : {QStringLiteral("us"), QStringLiteral("in")}) {
        const QJsonObject entry = regionEntry(json, other);
        const bool stopped = entry.value(QLatin1String("stopped")).toBool();
        QCOMPARE(entry.value(QLatin1String("outcome")).toString(),
                 stopped ? QString() : QStringLiteral("rejected"));
        QCOMPARE(entry.value(QLatin1String("http_status")).toInt(), stopped ? 0 : 401);
        QVERIFY(!entry.value(QLatin1String("reason")).toString().isEmpty());
    }
    for (const auto& server : regions.servers) {
        QVERIFY(server->requests().size() <= 1);
        for (const ReceivedRequest& request : server->requests()) {
            QCOMPARE(request.headerValues("x-api-key"), QList<QByteArray>{jumpCloudKey});
        }
    }
    QVERIFY(result.err.contains("127.0.0.2, 127.0.0.3, 127.0.0.4"));
    QVERIFY(!result.out.contains(jumpCloudKey));
    QVERIFY(!result.err.contains(jumpCloudKey));
}

void TestCli::autoRegionWhenNoRegionAccepts()
{
    const CannedReply refused = CannedReply::json(401, R"({"message": "Unauthorized"})");
    const JumpCloudRegionsAtHome regions(m_pki, {refused, refused, std::nullopt},
                                         m_dir.filePath(QStringLiteral("jumpcloud.json")));

    const Run result = run(autoArguments(), jumpCloudKey + '\n');

    // Refused where it could be checked, but India could not be reached: not certain.
    QCOMPARE(result.exitCode, 3);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("network_error"));
    QCOMPARE(json.value(QLatin1String("provider")).toString(), QStringLiteral("jumpcloud"));
    for (const char* key : {"region", "endpoint", "http_status", "retry_after_s", "identity"}) {
        QVERIFY2(json.contains(QLatin1String(key)), key);
        QVERIFY2(json.value(QLatin1String(key)).isNull(), key);
    }
    const QString message = json.value(QLatin1String("message")).toString();
    QVERIFY2(message.contains(QLatin1String("India (127.0.0.4): connection refused")),
             qPrintable(message));
    QVERIFY(
        json.value(QLatin1String("detection")).toObject().value(QLatin1String("found")).isNull());
    const QJsonArray entries =
        json.value(QLatin1String("detection")).toObject().value(QLatin1String("regions")).toArray();
    QCOMPARE(entries.size(), 3);
    const QStringList expectedOutcomes{QStringLiteral("rejected"), QStringLiteral("rejected"),
                                       QStringLiteral("network_error")};
    for (int index = 0; index < entries.size(); ++index) {
        const QJsonObject entry = entries.at(index).toObject();
        QCOMPARE(entry.value(QLatin1String("region")).toString(), jumpCloudRegions.at(index));
        QCOMPARE(entry.value(QLatin1String("host")).toString(), regions.hosts.at(index));
        QCOMPARE(entry.value(QLatin1String("outcome")).toString(), expectedOutcomes.at(index));
        QCOMPARE(entry.value(QLatin1String("stopped")).toBool(), false);
        QCOMPARE(entry.value(QLatin1String("http_status")).toInt(), index < 2 ? 401 : 0);
    }
    QCOMPARE(entries.at(2).toObject().value(QLatin1String("reason")).toString(),
             QStringLiteral("connection refused"));
    for (const auto& server : regions.servers) {
        QCOMPARE(server->requests().size(), 1);
    }
    QVERIFY(!result.out.contains(jumpCloudKey));
    QVERIFY(!result.err.contains(jumpCloudKey));
}

void TestCli::autoRegionForPeople()
{
    const CannedReply refused = CannedReply::json(401, R"({"message": "Unauthorized"})");
    const JumpCloudRegionsAtHome regions(m_pki, {refused, refused, refused},
                                         m_dir.filePath(QStringLiteral("jumpcloud.json")));
    QStringList arguments = autoArguments();
    arguments.removeAll(QStringLiteral("--json"));

    const Run result = run(arguments, jumpCloudKey + '\n');

    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.startsWith("rejected: No region accepted the token\n"),
             result.out.constData());
    QVERIFY(result.out.contains("Every region of JumpCloud refused this token"));
    QVERIFY2(result.out.contains("Regions asked:\n"
                                 "  United States (127.0.0.2): refused the token (HTTP 401)\n"
                                 "  Europe (127.0.0.3): refused the token (HTTP 401)\n"
                                 "  India (127.0.0.4): refused the token (HTTP 401)\n"),
             result.out.constData());
    QVERIFY2(result.err.contains("the token will be sent to the API host of every region of "
                                 "JumpCloud: 127.0.0.2, 127.0.0.3, 127.0.0.4."),
             result.err.constData());
    QVERIFY(!result.out.contains(jumpCloudKey));
    QVERIFY(!result.err.contains(jumpCloudKey));
}

void TestCli::helpAndVersion()
{
    const Run version = run({QStringLiteral("--version")}, QByteArray());
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith("credential-connect 0."), version.out.constData());
    const Run help = run({QStringLiteral("--help")}, QByteArray());
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--check"));
    QVERIFY(help.out.contains("Exit codes"));
    QVERIFY(help.out.contains("--region auto"));
}

void TestCli::needsNoDisplay()
{
    // With no display at all, a program that opened a window would fail to start.
    QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
    bare.remove(QStringLiteral("DISPLAY"));
    bare.remove(QStringLiteral("WAYLAND_DISPLAY"));
    bare.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    m_server->setReply(CannedReply::json(200, userBody));

    const Run result = run(checkArguments(), token + '\n', bare);

    QCOMPARE(result.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
