// The command-line check, run as the real program against a local HTTPS server: its JSON and
// exit codes, proxies from the environment, the system's certificate store, and proof that
// the token is in no output of any outcome; and the hand-over to the window program.
#include "core/credential.h"
#include "support/connectproxy.h"
#include "support/privatecastore.h"
#include "support/programrun.h"
#include "support/sampleanswers.h"
#include "support/testcatalog.h"
#include "support/testpki.h"
#include "support/tlstestserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace cc::test;

namespace {
const QByteArray token = sampleMistToken.toLatin1();
const QByteArray userBody = sampleMistUserBody;
const QByteArray jumpCloudKey = sampleJumpCloudToken.toLatin1();
const QByteArray jumpCloudBody = sampleJumpCloudBody;
// The sign-in of m_signInProxy; the password has characters a URL must encode.
const QByteArray proxyUser = "ada.proxy";
const QByteArray proxyPassword = "Pr0xy pass:w@rd/7";
const QStringList jumpCloudRegions{QStringLiteral("us"), QStringLiteral("eu"),
                                   QStringLiteral("in")};

// Every 8-character piece of the token: output holding any of them leaks part of it. A masked
// token shows 4 and 4 characters with an ellipsis between, so it holds none.
QList<QByteArray> tokenPieces()
{
    QList<QByteArray> pieces;
    for (qsizetype at = 0; at + 8 <= token.size(); ++at) {
        pieces.append(token.mid(at, 8));
    }
    return pieces;
}

QByteArray leakIn(const QByteArray& output)
{
    for (const QByteArray& piece : tokenPieces()) {
        if (output.contains(piece)) {
            return piece;
        }
    }
    return QByteArray();
}

// The environment of a person who set no proxy and runs no desktop session, so the system
// proxy lookup (libproxy) reads only the variables a test sets.
QProcessEnvironment withoutProxySettings()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
          "no_proxy", "NO_PROXY", "DESKTOP_SESSION", "GNOME_DESKTOP_SESSION_ID", "KDE_FULL_SESSION",
          "XDG_CURRENT_DESKTOP", "PX_CONFIG_ORDER"}) {
        environment.remove(QString::fromLatin1(name));
    }
    return environment;
}

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

// A name from outside that holds what a terminal acts on: set the window title, set the
// clipboard (OSC 52), clear the screen, a line break and a line of its own that looks like a
// verified answer, a C1 control sequence introducer, DEL and a right-to-left override.
const QString hostileName =
    QStringLiteral("Ada\x1b]0;pwned\x07\x1b]52;c;cHduZWQ=\x07\x1b[2J\r\nverified: "
                   "forged\u009b1A\x7f\u202e");
// The same as plain output must show it: every one of those characters written out.
const QByteArray hostileNameShown =
    "Ada\\x1b]0;pwned\\x07\\x1b]52;c;cHduZWQ=\\x07\\x1b[2J\\x0d\\x0averified: "
    "forged\\u009b1A\\x7f\\u202e";

// The first character of plain output that a terminal would act on rather than show, as
// "U+001B"; empty when there is none. A line break ends a line the program wrote itself.
QString firstActingCharacter(const QByteArray& output)
{
    for (const QChar c : QString::fromUtf8(output)) {
        const char16_t u = c.unicode();
        const bool bidiControl = u == 0x061c || u == 0x200e || u == 0x200f ||
                                 (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
        if ((c.category() == QChar::Other_Control && u != u'\n') || bidiControl) {
            return QStringLiteral("U+%1").arg(u, 4, 16, QLatin1Char('0'));
        }
    }
    return QString();
}

bool forgesAVerifiedLine(const QByteArray& output)
{
    const QList<QByteArray> lines = output.split('\n');
    return std::any_of(lines.begin(), lines.end(), [](const QByteArray& line) {
        return line.contains("verified: forged") && line.startsWith("verified");
    });
}

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
    void tokenDetailsAndWhatCouldNotBeRead();
    void pastedPortalAddressAsRegion();
    void unusualLengthIsAWarning();
    void autoRegionFindsTheRegionThatAccepts();
    void autoRegionWhenNoRegionAccepts();
    void autoRegionForPeople();
    void autoRegionReportsTheRateLimitedMistRegion();
    void serviceWordsForPeopleAreEscaped();
    void namesFromTheAnswerAreEscapedForPeople();
    void certificateNamesAreEscapedForPeople();
    void catalogNamesAreEscapedForPeople();
    void nulInANameDoesNotCutTheOutput();
    void helpAndVersion();
    void needsNoDisplay();
    void withoutCheckTheWindowProgramTakesOver();
    void missingWindowProgramIsSaid();
    void proxyFromTheEnvironment_data();
    void proxyFromTheEnvironment();
    void noProxyIsHonoured_data();
    void noProxyIsHonoured();
    void proxyFromTheDesktopSettings_data();
    void proxyFromTheDesktopSettings();
    void proxyFailuresFromTheEnvironment_data();
    void proxyFailuresFromTheEnvironment();
    void proxySignInFromTheEnvironment_data();
    void proxySignInFromTheEnvironment();
    void trustedAuthorities_data();
    void trustedAuthorities();
    void tokenIsInNoOutput_data();
    void tokenIsInNoOutput();
    void memoryIsClosedToOtherProcesses();

private:
    ProgramRun
    run(const QStringList& arguments, const QByteArray& input,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
        const QStringList& wrapper = QStringList());
    QStringList checkArguments(const QString& region = QStringLiteral("api.gc3")) const;
    QStringList autoArguments() const;
    QStringList argumentsWithCatalog(const QString& catalogFile) const;
    QString writeCatalog(const QString& name, const QUrl& apiBase);

    TestPki m_pki;
    QTemporaryDir m_dir;
    std::unique_ptr<TlsTestServer> m_server;
    QString m_catalogFile;
    // The API host by a name only the proxy resolves, and as 0.0.0.0: an address that reaches
    // this machine without a name lookup, yet one Qt asks the proxy settings about (it never
    // does for loopback addresses).
    QString m_proxiedCatalogFile;
    QString m_anyAddressCatalogFile;
    std::unique_ptr<ConnectProxy> m_proxy;
    std::unique_ptr<ConnectProxy> m_authenticatingProxy;
    std::unique_ptr<ConnectProxy> m_signInProxy; // tunnels for proxyUser and proxyPassword
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
    QUrl proxied = m_server->baseUrl();
    proxied.setHost(QLatin1String(proxiedHostName));
    m_proxiedCatalogFile = writeCatalog(QStringLiteral("proxied.json"), proxied);
    QUrl anyAddress = m_server->baseUrl();
    anyAddress.setHost(QStringLiteral("0.0.0.0"));
    m_anyAddressCatalogFile = writeCatalog(QStringLiteral("any-address.json"), anyAddress);
    m_proxy = std::make_unique<ConnectProxy>(ConnectProxy::Mode::Tunnel);
    QVERIFY(m_proxy->listen(QHostAddress(QStringLiteral("127.0.0.4"))));
    m_authenticatingProxy =
        std::make_unique<ConnectProxy>(ConnectProxy::Mode::RequireAuthentication);
    QVERIFY(m_authenticatingProxy->listen(QHostAddress(QStringLiteral("127.0.0.4"))));
    m_signInProxy = std::make_unique<ConnectProxy>(ConnectProxy::Mode::Tunnel);
    m_signInProxy->requireSignIn(proxyUser, proxyPassword, "corporate");
    QVERIFY(m_signInProxy->listen(QHostAddress(QStringLiteral("127.0.0.4"))));
    // A named pipe no one writes to: opening it to read would wait forever.
    QCOMPARE(mkfifo(QFile::encodeName(m_dir.filePath(QStringLiteral("pipe"))).constData(), 0600),
             0);
    QFile broken(m_dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(builtinCatalogJsonWith(QStringLiteral("jumpcloud"), QStringLiteral("us"),
                                        QUrl(QStringLiteral("http://console.jumpcloud.com"))));
}

QString TestCli::writeCatalog(const QString& name, const QUrl& apiBase)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.write(
        builtinCatalogJsonWith(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), apiBase));
    return path;
}

ProgramRun TestCli::run(const QStringList& arguments, const QByteArray& input,
                        const QProcessEnvironment& environment, const QStringList& wrapper)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    if (wrapper.isEmpty()) {
        process.start(QStringLiteral(CREDENTIAL_CONNECT_BINARY), arguments);
    } else {
        process.start(wrapper.constFirst(),
                      wrapper.mid(1) + QStringList{QStringLiteral(CREDENTIAL_CONNECT_BINARY)} +
                          arguments);
    }
    process.write(input);
    process.closeWriteChannel();
    // The server lives in this process: wait with the event loop running.
    ProgramRun result;
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

QStringList TestCli::argumentsWithCatalog(const QString& catalogFile) const
{
    QStringList arguments = checkArguments();
    arguments[arguments.indexOf(QStringLiteral("--catalog")) + 1] = catalogFile;
    return arguments;
}

void TestCli::verifiedPrintsOneJsonObject()
{
    m_server->setReply(CannedReply::json(200, userBody));

    const ProgramRun result = run(checkArguments(), token + '\n');

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
    QTest::addColumn<QString>("vendorMessage"); // empty: null

    QTest::addRow("rejected") << CannedReply::json(401, R"({"detail": "Invalid token."})") << 1
                              << "rejected" << -1 << "Invalid token.";
    QTest::addRow("forbidden") << CannedReply::json(403, "{}") << 1 << "forbidden" << -1 << "";
    QTest::addRow("rate limited") << CannedReply::json(429, R"({"detail": "Too Many Request"})")
                                         .withHeader("Retry-After", "42")
                                  << 3 << "rate_limited" << 42 << "Too Many Request";
    QTest::addRow("server error") << CannedReply::json(503, "{}") << 3 << "server_error" << -1
                                  << "";
    QTest::addRow("captive portal")
        << CannedReply::json(200, "<html>sign in</html>") << 3 << "unexpected_response" << -1 << "";
}

void TestCli::answers()
{
    QFETCH(CannedReply, reply);
    QFETCH(int, exitCode);
    QFETCH(QString, outcome);
    QFETCH(int, retryAfter);
    QFETCH(QString, vendorMessage);
    m_server->setReply(reply);

    const ProgramRun result = run(checkArguments(), token + '\n');

    QCOMPARE(result.exitCode, exitCode);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("outcome")).toString(), outcome);
    QCOMPARE(json.value(QLatin1String("retry_after_s")).toInt(-1), retryAfter);
    QVERIFY(json.contains(QLatin1String("vendor_message")));
    QCOMPARE(json.value(QLatin1String("vendor_message")).toString(), vendorMessage);
    QCOMPARE(json.value(QLatin1String("vendor_message")).isNull(), vendorMessage.isEmpty());
    // A wait the service asked for is also a time, in UTC.
    QCOMPARE(json.value(QLatin1String("retry_at")).isNull(), retryAfter < 0);
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
    QStringList pipeCatalog = good;
    pipeCatalog[7] = m_dir.filePath(QStringLiteral("pipe"));
    QTest::addRow("named pipe as the catalog") << pipeCatalog << token << "named pipe";
    QStringList pipeBundle = good;
    pipeBundle[9] = m_dir.filePath(QStringLiteral("pipe"));
    QTest::addRow("named pipe as the CA bundle") << pipeBundle << token << "named pipe";
    QTest::addRow("10 MB line") << good << QByteArray(10 * 1024 * 1024, 'A') + '\n'
                                << "longer than 64 KiB";
}

void TestCli::invalidInputSendsNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, messagePart);
    m_server->setReply(CannedReply::json(200, userBody));
    const int connectionsBefore = m_server->connectionCount();

    const ProgramRun result = run(arguments, input);

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

    const ProgramRun result = run(arguments, token + '\n');

    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("verified: "), result.out.constData());
    QVERIFY(result.out.contains("Super User on organization ACME Corp"));
    QVERIFY(!result.out.contains(token));
}

void TestCli::tokenDetailsAndWhatCouldNotBeRead()
{
    // The token's name holds a terminal escape sequence; this hour's calls are refused.
    m_server->setResponder([](const ReceivedRequest& request) {
        if (request.target == "/api/v1/self/apitokens") {
            return CannedReply::json(200, R"([{"name": "ci\u001b[2Jbot", "created_time": 1700000000,
                "key": ")" + token.left(4) + "..." +
                                              token.right(4) + R"("}])");
        }
        if (request.target == "/api/v1/self/usage") {
            return CannedReply::json(403, R"({"detail": "no permission"})");
        }
        return CannedReply::json(200, R"({"email": "ada@example.com", "via_sso": false,
            "privileges": [{"scope": "org", "role": "read", "name": "ACME", "views": ["reporting"]}]})");
    });
    QStringList forPeople = checkArguments();
    forPeople.removeAll(QStringLiteral("--json"));

    const ProgramRun text = run(forPeople, token + '\n');
    const ProgramRun json = run(checkArguments(), token + '\n');
    m_server->setResponder(nullptr);

    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("named \xe2\x80\x9c"
                               "ci\\x1b[2Jbot\xe2\x80\x9d"),
             text.out.constData());
    QVERIFY(!text.out.contains('\x1b'));
    QVERIFY2(text.out.contains("with a password"), text.out.constData());
    QVERIFY2(text.out.contains("custom role limited to the views reporting"), text.out.constData());
    QVERIFY2(text.out.contains("Could not read this hour's API calls: the server answered with "
                               "HTTP status 403."),
             text.out.constData());

    QCOMPARE(json.exitCode, 0);
    const QJsonObject identity = json.json().value(QLatin1String("identity")).toObject();
    const QJsonObject own = identity.value(QLatin1String("token")).toObject();
    QCOMPARE(own.value(QLatin1String("name")).toString(), QStringLiteral("ci\u001b[2Jbot"));
    QCOMPARE(own.value(QLatin1String("created")).toString(),
             QStringLiteral("2023-11-14T22:13:20Z"));
    QCOMPARE(identity.value(QLatin1String("via_sso")), QJsonValue(false));
    QVERIFY(identity.value(QLatin1String("usage")).isNull());
    QCOMPARE(identity.value(QLatin1String("privileges"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("views")),
             QJsonValue(QJsonArray{QStringLiteral("reporting")}));
    const QJsonArray notRead = json.json().value(QLatin1String("not_read")).toArray();
    QCOMPARE(notRead.size(), 1);
    QCOMPARE(notRead.at(0).toObject().value(QLatin1String("detail")).toString(),
             QStringLiteral("usage"));
    QVERIFY(!json.out.contains(token) && !text.out.contains(token));
}

void TestCli::pastedPortalAddressAsRegion()
{
    m_server->setReply(CannedReply::json(200, userBody));
    // The region given as the test server's own address, the way a pasted API URL arrives.
    const ProgramRun result =
        run(checkArguments(m_server->baseUrl().toString() + QStringLiteral("/api/v1/self")),
            token + '\n');

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json().value(QLatin1String("region")).toString(), QStringLiteral("api.gc3"));
}

void TestCli::unusualLengthIsAWarning()
{
    m_server->setReply(CannedReply::json(200, userBody));

    const ProgramRun result = run(checkArguments(), QByteArray("shorttoken\n"));

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

    const ProgramRun result = run(autoArguments(), jumpCloudKey + '\n');

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.count('\n'), 1);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("verified"));
    QCOMPARE(json.value(QLatin1String("provider")).toString(), QStringLiteral("jumpcloud"));
    QCOMPARE(json.value(QLatin1String("region")).toString(), QStringLiteral("eu"));
    QCOMPARE(json.value(QLatin1String("endpoint")).toString(),
             regions.servers.at(1)->baseUrl().toString() +
                 QStringLiteral("/api/organizations?limit=100"));
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

    const ProgramRun result = run(autoArguments(), jumpCloudKey + '\n');

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

    const ProgramRun result = run(arguments, jumpCloudKey + '\n');

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

void TestCli::autoRegionReportsTheRateLimitedMistRegion()
{
    // The twelve Mist regions a search asks on 127.0.0.2 to 127.0.0.13, EMEA 02 rate limited
    // without a Retry-After, the others refusing; the US Government cloud on 127.0.0.14 would
    // accept the token, and must never be asked.
    QString error;
    const std::optional<cc::Catalog> builtin = cc::Catalog::loadBuiltin(&error);
    QVERIFY2(builtin, qPrintable(error));
    const QList<cc::Region> regions = builtin->provider(QStringLiteral("juniper-mist"))->regions;
    std::vector<std::unique_ptr<TlsTestServer>> servers;
    QMap<QPair<QString, QString>, QUrl> apiBases;
    for (int index = 0; index < regions.size(); ++index) {
        auto server = std::make_unique<TlsTestServer>(m_pki.trustedServerConfiguration());
        QVERIFY(server->listen(QHostAddress(QStringLiteral("127.0.0.%1").arg(index + 2))));
        const QString regionId = regions.at(index).id;
        server->setReply(regionId == QLatin1String("api.gc3")
                             ? CannedReply::json(429, R"({"detail": "Too Many Request"})")
                         : regionId == QLatin1String("gov")
                             ? CannedReply::json(200, userBody)
                             : CannedReply::json(401, R"({"detail": "Invalid token."})"));
        apiBases.insert({QStringLiteral("juniper-mist"), regionId}, server->baseUrl());
        servers.push_back(std::move(server));
    }
    QCOMPARE(regions.constLast().id, QStringLiteral("gov"));
    const QString catalogFile = m_dir.filePath(QStringLiteral("mist-regions.json"));
    QFile file(catalogFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(builtinCatalogJsonWith(apiBases));
    file.close();
    QStringList arguments = argumentsWithCatalog(catalogFile);
    arguments[arguments.indexOf(QStringLiteral("--region")) + 1] = QStringLiteral("auto");

    const QDateTime before = QDateTime::currentDateTimeUtc();
    const ProgramRun result = run(arguments, token + '\n');

    QCOMPARE(result.exitCode, 3);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("rate_limited"));
    QCOMPARE(json.value(QLatin1String("region")).toString(), QStringLiteral("api.gc3"));
    QCOMPARE(json.value(QLatin1String("http_status")).toInt(), 429);
    QVERIFY(json.value(QLatin1String("retry_after_s")).isNull());
    QCOMPARE(json.value(QLatin1String("title")).toString(),
             QStringLiteral("Region found, rate limited"));
    QCOMPARE(json.value(QLatin1String("vendor_message")).toString(),
             QStringLiteral("Too Many Request"));
    QCOMPARE(
        json.value(QLatin1String("detection")).toObject().value(QLatin1String("found")).toString(),
        QStringLiteral("api.gc3"));
    // Mist sends no Retry-After and starts counting again at the full hour.
    const QDateTime retryAt =
        QDateTime::fromString(json.value(QLatin1String("retry_at")).toString(), Qt::ISODate);
    QVERIFY2(retryAt.isValid(), qPrintable(json.value(QLatin1String("retry_at")).toString()));
    QCOMPARE(retryAt.timeSpec(), Qt::UTC);
    QCOMPARE(retryAt.time().minute(), 0);
    QCOMPARE(retryAt.time().second(), 0);
    QVERIFY(retryAt > before);
    QVERIFY(retryAt <= before.addSecs(3600 + 60));
    QVERIFY2(json.value(QLatin1String("message"))
                 .toString()
                 .contains(QStringLiteral("try again after %1 UTC")
                               .arg(retryAt.toString(QStringLiteral("HH:mm")))),
             qPrintable(json.value(QLatin1String("message")).toString()));
    const QJsonObject found = regionEntry(json, QStringLiteral("api.gc3"));
    QCOMPARE(found.value(QLatin1String("outcome")).toString(), QStringLiteral("rate_limited"));
    QCOMPARE(found.value(QLatin1String("retry_at")).toString(),
             json.value(QLatin1String("retry_at")).toString());
    QCOMPARE(found.value(QLatin1String("vendor_message")).toString(),
             QStringLiteral("Too Many Request"));
    const QJsonArray entries =
        json.value(QLatin1String("detection")).toObject().value(QLatin1String("regions")).toArray();
    QCOMPARE(entries.size(), 12);
    QVERIFY(regionEntry(json, QStringLiteral("gov")).isEmpty());
    QCOMPARE(servers.back()->connectionCount(), 0);
    QVERIFY(!result.err.contains(servers.back()->baseUrl().host().toUtf8()));
    QVERIFY(!result.out.contains(token));
    QVERIFY(!result.err.contains(token));
}

void TestCli::serviceWordsForPeopleAreEscaped()
{
    // The service's words come after the advice, with control characters written out, so a
    // hostile answer cannot move the cursor or recolour the terminal.
    m_server->setReply(
        CannedReply::json(401, R"({"detail": "Invalid\u001b[2J\u001b]0;pwned\u0007 token."})"));
    QStringList arguments = checkArguments();
    arguments.removeAll(QStringLiteral("--json"));

    const ProgramRun result = run(arguments, token + '\n');

    QCOMPARE(result.exitCode, 1);
    QVERIFY(!result.out.contains('\x1b'));
    QVERIFY(!result.out.contains('\x07'));
    const qsizetype advice = result.out.indexOf("did not accept this token");
    const qsizetype words =
        result.out.indexOf("The service said: Invalid\\x1b[2J\\x1b]0;pwned\\x07 token.\n");
    QVERIFY2(advice >= 0 && words > advice, result.out.constData());
}

void TestCli::namesFromTheAnswerAreEscapedForPeople()
{
    const QJsonObject answer{
        {QStringLiteral("email"), QStringLiteral("ada@example.com")},
        {QStringLiteral("first_name"), hostileName},
        {QStringLiteral("last_name"), QStringLiteral("Lovelace")},
        {QStringLiteral("privileges"),
         QJsonArray{QJsonObject{{QStringLiteral("scope"), QStringLiteral("org")},
                                {QStringLiteral("role"), QStringLiteral("admin")},
                                {QStringLiteral("name"), hostileName}}}}};
    m_server->setReply(CannedReply::json(200, QJsonDocument(answer).toJson()));
    QStringList arguments = checkArguments();
    arguments.removeAll(QStringLiteral("--json"));

    const ProgramRun result = run(arguments, token + '\n');

    QCOMPARE(result.exitCode, 0);
    QVERIFY2(firstActingCharacter(result.out).isEmpty(),
             qPrintable(firstActingCharacter(result.out) + QLatin1Char(' ') +
                        QString::fromUtf8(result.out)));
    QVERIFY2(!forgesAVerifiedLine(result.out), result.out.constData());
    QVERIFY2(result.out.contains(QByteArray("Super User on organization " + hostileNameShown)),
             result.out.constData());
}

void TestCli::certificateNamesAreEscapedForPeople()
{
    TlsTestServer server(m_pki.hostileNamesServerConfiguration());
    QVERIFY(server.listen());
    server.setReply(CannedReply::json(200, userBody));
    QStringList arguments =
        argumentsWithCatalog(writeCatalog(QStringLiteral("hostile-tls.json"), server.baseUrl()));
    arguments.removeAll(QStringLiteral("--json"));

    const ProgramRun result = run(arguments, token + '\n');

    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.out.startsWith("tls_error: "), result.out.constData());
    QVERIFY2(firstActingCharacter(result.out).isEmpty(),
             qPrintable(firstActingCharacter(result.out) + QLatin1Char(' ') +
                        QString::fromUtf8(result.out)));
    QVERIFY2(!forgesAVerifiedLine(result.out), result.out.constData());
    QVERIFY2(result.out.contains("evil\\x1b[2J\\x0d\\x0averified: forged\\u009b1A\\u202e"),
             result.out.constData());
}

void TestCli::catalogNamesAreEscapedForPeople()
{
    const CannedReply refused = CannedReply::json(401, R"({"message": "Unauthorized"})");
    const QString catalogFile = m_dir.filePath(QStringLiteral("jumpcloud.json"));
    const JumpCloudRegionsAtHome regions(m_pki, {refused, refused, refused}, catalogFile);
    // The provider and every region named with what a terminal acts on.
    QFile file(catalogFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject catalog = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray providers = catalog.value(QLatin1String("providers")).toArray();
    for (qsizetype index = 0; index < providers.size(); ++index) {
        QJsonObject provider = providers.at(index).toObject();
        if (provider.value(QLatin1String("id")).toString() == QLatin1String("jumpcloud")) {
            provider.insert(QStringLiteral("name"), hostileName);
            QJsonArray named = provider.value(QLatin1String("regions")).toArray();
            for (qsizetype at = 0; at < named.size(); ++at) {
                QJsonObject region = named.at(at).toObject();
                region.insert(QStringLiteral("name"), hostileName);
                named.replace(at, region);
            }
            provider.insert(QStringLiteral("regions"), named);
            providers.replace(index, provider);
        }
    }
    catalog.insert(QStringLiteral("providers"), providers);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(catalog).toJson());
    file.close();
    QStringList arguments = autoArguments();
    arguments.removeAll(QStringLiteral("--json"));

    const ProgramRun result = run(arguments, jumpCloudKey + '\n');

    QCOMPARE(result.exitCode, 1);
    for (const QByteArray& output : {result.out, result.err}) {
        QVERIFY2(firstActingCharacter(output).isEmpty(),
                 qPrintable(firstActingCharacter(output) + QLatin1Char(' ') +
                            QString::fromUtf8(output)));
        QVERIFY2(!forgesAVerifiedLine(output), output.constData());
    }
    QVERIFY2(result.out.contains(
                 QByteArray("  " + hostileNameShown + " (127.0.0.2): refused the token")),
             result.out.constData());
    QVERIFY2(result.err.contains(QByteArray("every region of " + hostileNameShown + ": 127.0.0.2")),
             result.err.constData());
}

void TestCli::nulInANameDoesNotCutTheOutput()
{
    m_server->setReply(CannedReply::json(
        200,
        R"({"email": "ada@example.com", "first_name": "Ada\u0000Byron", "last_name": "Lovelace",
                 "privileges": [{"scope": "org", "role": "admin", "name": "ACME Corp"}]})"));
    QStringList arguments = checkArguments();
    arguments.removeAll(QStringLiteral("--json"));

    const ProgramRun result = run(arguments, token + '\n');

    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!result.out.contains('\0'), result.out.constData());
    QVERIFY2(result.out.contains("Ada\\x00Byron Lovelace"), result.out.constData());
    // Everything after the name is there too.
    QVERIFY2(result.out.contains("Super User on organization ACME Corp\n"), result.out.constData());
    QVERIFY2(result.out.contains("Endpoint: "), result.out.constData());
}

void TestCli::helpAndVersion()
{
    const ProgramRun version = run({QStringLiteral("--version")}, QByteArray());
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith("credential-connect 0."), version.out.constData());
    const ProgramRun help = run({QStringLiteral("--help")}, QByteArray());
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

    const ProgramRun result = run(checkArguments(), token + '\n', bare);

    QCOMPARE(result.exitCode, 0);
}

void TestCli::withoutCheckTheWindowProgramTakesOver()
{
    // In a home of its own, so that the window reads and writes no real settings.
    const QString home = m_dir.filePath(QStringLiteral("window-home"));
    QVERIFY(QDir().mkpath(home));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CREDENTIAL_CONNECT_BINARY),
                  {QStringLiteral("--catalog"), m_catalogFile});
    QVERIFY(process.waitForStarted());

    // The same process, now running the window program: an exec, not a child.
    const QString executable = QStringLiteral("/proc/%1/exe").arg(process.processId());
    QTRY_COMPARE(QFileInfo(QFileInfo(executable).symLinkTarget()).fileName(),
                 QStringLiteral("credential-connect-window"));
    QCOMPARE(process.state(), QProcess::Running);
    process.kill();
    process.waitForFinished();
}

void TestCli::missingWindowProgramIsSaid()
{
    // A copy of the program without the window program where it looks for it.
    const QString alone = m_dir.filePath(QStringLiteral("alone/credential-connect"));
    QVERIFY(QDir().mkpath(QFileInfo(alone).path()));
    QVERIFY(QFile::copy(QStringLiteral(CREDENTIAL_CONNECT_BINARY), alone));
    QProcess process;
    process.start(alone, QStringList());
    QVERIFY(process.waitForFinished(30000));

    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("cannot open its window") && err.contains("credential-connect-window") &&
                 err.contains("(--check) still works"),
             err.constData());
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestCli::proxyFromTheEnvironment_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addRow("https_proxy") << QStringLiteral("https_proxy");
    QTest::addRow("HTTPS_PROXY") << QStringLiteral("HTTPS_PROXY");
    QTest::addRow("http_proxy, for want of an HTTPS one") << QStringLiteral("http_proxy");
}

void TestCli::proxyFromTheEnvironment()
{
    QFETCH(QString, variable);
    m_server->setReply(CannedReply::json(200, userBody));
    QProcessEnvironment environment = withoutProxySettings();
    environment.insert(variable, m_proxy->url().toString());
    const int tunnelsBefore = m_proxy->connectionCount();
    const int requestsBefore = int(m_server->requests().size());

    const ProgramRun result =
        run(argumentsWithCatalog(m_proxiedCatalogFile), token + '\n', environment);

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json().value(QLatin1String("outcome")).toString(), QStringLiteral("verified"));
    // The proxy was asked for a tunnel to the API host, one per request of the check (the test
    // server closes each connection after its answer), and carried only encrypted bytes.
    QCOMPARE(m_proxy->connectionCount(), tunnelsBefore + mistUserRequests);
    QCOMPARE(m_proxy->requestLines().constLast(),
             "CONNECT " + QByteArray(proxiedHostName) + ':' +
                 QByteArray::number(m_server->baseUrl().port()) + " HTTP/1.1");
    QVERIFY(leakIn(m_proxy->receivedBytes()).isEmpty());
    QCOMPARE(m_server->requests().size(), requestsBefore + mistUserRequests);
    QCOMPARE(m_server->requests().constLast().headerValues("Authorization"),
             QList<QByteArray>{"Token " + token});
}

void TestCli::noProxyIsHonoured_data()
{
    QTest::addColumn<QString>("exception"); // the variable that names hosts to reach directly
    QTest::addColumn<bool>("viaProxy");
    QTest::addRow("no_proxy") << QStringLiteral("no_proxy") << false;
    QTest::addRow("NO_PROXY") << QStringLiteral("NO_PROXY") << false;
    QTest::addRow("neither: the proxy is used") << QString() << true;
}

void TestCli::noProxyIsHonoured()
{
    QFETCH(QString, exception);
    QFETCH(bool, viaProxy);
    m_server->setReply(CannedReply::json(200, userBody));
    QProcessEnvironment environment = withoutProxySettings();
    environment.insert(QStringLiteral("https_proxy"), m_proxy->url().toString());
    if (!exception.isEmpty()) {
        environment.insert(exception, QStringLiteral("api.example.com,0.0.0.0"));
    }
    const int tunnelsBefore = m_proxy->connectionCount();
    const int requestsBefore = int(m_server->requests().size());

    const ProgramRun result =
        run(argumentsWithCatalog(m_anyAddressCatalogFile), token + '\n', environment);

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_server->requests().size(), requestsBefore + mistUserRequests);
    QCOMPARE(m_proxy->connectionCount(), tunnelsBefore + (viaProxy ? mistUserRequests : 0));
    if (viaProxy) {
        QCOMPARE(m_proxy->requestLines().constLast(),
                 "CONNECT 0.0.0.0:" + QByteArray::number(m_server->baseUrl().port()) + " HTTP/1.1");
    }
}

void TestCli::proxyFromTheDesktopSettings_data()
{
    QTest::addColumn<QString>("ignoreHosts"); // GNOME's list of hosts reached directly
    QTest::addColumn<bool>("viaProxy");
    QTest::addRow("GNOME: manual proxy for HTTPS") << QStringLiteral("['localhost']") << true;
    QTest::addRow("GNOME: the host in ignore-hosts")
        << QStringLiteral("['localhost', '0.0.0.0']") << false;
}

void TestCli::proxyFromTheDesktopSettings()
{
    QFETCH(QString, ignoreHosts);
    QFETCH(bool, viaProxy);
    // libproxy reads GNOME's settings through its GSettings plugin, which Debian ships apart.
    bool pluginInstalled = false;
    for (const QString& arch : QDir(QStringLiteral("/usr/lib")).entryList(QDir::Dirs)) {
        const QDir libproxy(QStringLiteral("/usr/lib/") + arch + QStringLiteral("/libproxy"));
        for (const QString& version : libproxy.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            pluginInstalled =
                pluginInstalled || QFile::exists(libproxy.filePath(
                                       version + QStringLiteral("/modules/config_gnome3.so")));
        }
    }
    if (!pluginInstalled) {
        QSKIP("libproxy1-plugin-gsettings is not installed (scripts/install-dependencies "
              "installs it)");
    }
    // GNOME's proxy settings, in a GSettings key file of this test's own instead of the
    // desktop's database: the same keys GNOME Settings writes.
    QTemporaryDir config;
    QVERIFY(QDir(config.path()).mkpath(QStringLiteral("glib-2.0/settings")));
    QFile keyfile(config.filePath(QStringLiteral("glib-2.0/settings/keyfile")));
    QVERIFY(keyfile.open(QIODevice::WriteOnly));
    keyfile.write("[system/proxy]\nmode='manual'\nignore-hosts=" + ignoreHosts.toLatin1() +
                  "\n\n[system/proxy/https]\nhost='" + m_proxy->url().host().toLatin1() +
                  "'\nport=" + QByteArray::number(m_proxy->url().port()) + "\n");
    keyfile.close();
    QProcessEnvironment environment = withoutProxySettings();
    environment.insert(QStringLiteral("DESKTOP_SESSION"), QStringLiteral("gnome"));
    environment.insert(QStringLiteral("GSETTINGS_BACKEND"), QStringLiteral("keyfile"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    m_server->setReply(CannedReply::json(200, userBody));
    const int tunnelsBefore = m_proxy->connectionCount();
    const int requestsBefore = int(m_server->requests().size());

    const ProgramRun result =
        run(argumentsWithCatalog(m_anyAddressCatalogFile), token + '\n', environment);

    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_server->requests().size(), requestsBefore + mistUserRequests);
    QCOMPARE(m_proxy->connectionCount(), tunnelsBefore + (viaProxy ? mistUserRequests : 0));
    QVERIFY(leakIn(m_proxy->receivedBytes()).isEmpty());
}

void TestCli::proxyFailuresFromTheEnvironment_data()
{
    QTest::addColumn<bool>("asksForCredentials");
    QTest::addRow("proxy answers 407") << true;
    QTest::addRow("proxy refuses connections") << false;
}

void TestCli::proxyFailuresFromTheEnvironment()
{
    QFETCH(bool, asksForCredentials);
    QUrl proxy = m_authenticatingProxy->url();
    if (!asksForCredentials) {
        proxy.setPort(refusedPort());
    }
    QProcessEnvironment environment = withoutProxySettings();
    environment.insert(QStringLiteral("https_proxy"), proxy.toString());
    const int requestsBefore = int(m_server->requests().size());

    const ProgramRun result =
        run(argumentsWithCatalog(m_proxiedCatalogFile), token + '\n', environment);

    QCOMPARE(result.exitCode, 3);
    const QJsonObject json = result.json();
    QCOMPARE(json.value(QLatin1String("outcome")).toString(), QStringLiteral("proxy_error"));
    const QString message = json.value(QLatin1String("message")).toString();
    QVERIFY2(message.contains(proxy.host() + QLatin1Char(':') + QString::number(proxy.port())),
             qPrintable(message));
    QCOMPARE(m_server->requests().size(), requestsBefore);
    QVERIFY(leakIn(m_authenticatingProxy->receivedBytes()).isEmpty());
}

void TestCli::proxySignInFromTheEnvironment_data()
{
    QTest::addColumn<QByteArray>("password"); // in the proxy address
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("outcome");
    QTest::addRow("right password, JSON") << proxyPassword << true << QStringLiteral("verified");
    QTest::addRow("right password, for people")
        << proxyPassword << false << QStringLiteral("verified");
    QTest::addRow("wrong password, JSON")
        << QByteArray("Wr0ng pass:w@rd/8") << true << QStringLiteral("proxy_error");
    QTest::addRow("wrong password, for people")
        << QByteArray("Wr0ng pass:w@rd/8") << false << QStringLiteral("proxy_error");
}

void TestCli::proxySignInFromTheEnvironment()
{
    QFETCH(QByteArray, password);
    QFETCH(bool, json);
    QFETCH(QString, outcome);
    m_server->setReply(CannedReply::json(200, userBody));
    QUrl proxy = m_signInProxy->url();
    proxy.setUserName(QString::fromLatin1(proxyUser));
    proxy.setPassword(QString::fromLatin1(password));
    QProcessEnvironment environment = withoutProxySettings();
    environment.insert(QStringLiteral("https_proxy"), proxy.toString(QUrl::FullyEncoded));
    QStringList arguments = argumentsWithCatalog(m_proxiedCatalogFile);
    if (!json) {
        arguments.removeAll(QStringLiteral("--json"));
    }
    const int requestsBefore = int(m_server->requests().size());
    const int challengesBefore = m_signInProxy->challengeCount();

    const ProgramRun result = run(arguments, token + '\n', environment);

    const bool verified = outcome == QLatin1String("verified");
    QCOMPARE(result.exitCode, verified ? 0 : 3);
    const QString expectedAuthorization =
        QStringLiteral("Basic ") +
        QString::fromLatin1(QByteArray(proxyUser + ':' + password).toBase64());
    QCOMPARE(m_signInProxy->authorizations().constLast(), expectedAuthorization.toLatin1());
    QCOMPARE(m_server->requests().size(), requestsBefore + (verified ? mistUserRequests : 0));
    // One challenge per connection (Qt sends the sign-in once asked); refused credentials are
    // sent once, not again and again.
    QCOMPARE(m_signInProxy->challengeCount() - challengesBefore, verified ? mistUserRequests : 2);
    if (json) {
        QCOMPARE(result.json().value(QLatin1String("outcome")).toString(), outcome);
    }
    if (!verified) {
        const QString words = QString::fromUtf8(result.out);
        QVERIFY2(words.contains(QStringLiteral("refused the user name or password")),
                 qPrintable(words));
        QVERIFY2(words.contains(m_signInProxy->hostAndPort()), qPrintable(words));
    }
    // Neither part of the sign-in, plain or as the address encodes it, appears anywhere.
    const QByteArray output = result.out + result.err;
    for (const QByteArray& secret :
         {proxyUser, password, QUrl::toPercentEncoding(QString::fromLatin1(password)),
          QByteArray(proxyUser + ':' + password).toBase64()}) {
        QVERIFY2(!output.contains(secret), output.constData());
    }
}

void TestCli::trustedAuthorities_data()
{
    QTest::addColumn<QString>("trust");
    QTest::addColumn<QString>("outcome");
    QTest::addRow("the test authority trusted nowhere") << "nowhere"
                                                        << "tls_error";
    QTest::addRow("--ca-bundle with the authority") << "bundle"
                                                    << "verified";
    QTest::addRow("the authority added to the system store") << "system"
                                                             << "verified";
}

void TestCli::trustedAuthorities()
{
    QFETCH(QString, trust);
    QFETCH(QString, outcome);
    m_server->setReply(CannedReply::json(200, userBody));
    QStringList arguments = checkArguments();
    QStringList wrapper;
    PrivateCaStore store;
    if (trust != QLatin1String("bundle")) {
        arguments.removeAt(arguments.indexOf(QStringLiteral("--ca-bundle")) + 1);
        arguments.removeAll(QStringLiteral("--ca-bundle"));
    }
    if (trust == QLatin1String("system")) {
        QString problem;
        QVERIFY2(store.create(m_pki.caFile(), &problem), qPrintable(problem));
        if (!store.namespacesAvailable(&problem)) {
            QSKIP(qPrintable(problem));
        }
        wrapper = store.wrapper();
    }
    const int requestsBefore = int(m_server->requests().size());

    const ProgramRun result = run(arguments, token + '\n', withoutProxySettings(), wrapper);

    const QJsonObject json = result.json();
    QVERIFY2(json.value(QLatin1String("outcome")).toString() == outcome, result.out.constData());
    if (outcome == QLatin1String("verified")) {
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(m_server->requests().size(), requestsBefore + mistUserRequests);
        return;
    }
    // Untrusted: nothing was sent, and the certificate is named for IT to recognise.
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(m_server->requests().size(), requestsBefore);
    const QJsonObject certificate = json.value(QLatin1String("certificate")).toObject();
    QCOMPARE(certificate.value(QLatin1String("issuer")).toString(),
             QStringLiteral("Credential Connect Test Root"));
    QCOMPARE(certificate.value(QLatin1String("subject")).toString(), QStringLiteral("localhost"));
}

void TestCli::tokenIsInNoOutput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<CannedReply>("reply");
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QString>("outcome");

    const QStringList good = checkArguments();
    const QByteArray line = token + '\n';
    const CannedReply ok = CannedReply::json(200, userBody);
    const auto add = [&](const char* name, const QStringList& arguments, const QByteArray& input,
                         const CannedReply& reply, const char* outcome) {
        QTest::newRow(name) << arguments << input << reply << QString()
                            << QString::fromLatin1(outcome);
    };

    add("verified", good, line, ok, "verified");
    add("rejected", good, line, CannedReply::json(401, R"({"detail": "Invalid token."})"),
        "rejected");
    add("forbidden", good, line, CannedReply::json(403, "{}"), "forbidden");
    add("rate_limited", good, line, CannedReply::json(429, "{}").withHeader("Retry-After", "30"),
        "rate_limited");
    add("server_error", good, line, CannedReply::json(503, "{}"), "server_error");
    CannedReply silent = ok;
    silent.action = CannedReply::Action::NeverAnswer;
    QStringList quick = good;
    quick.last() = QStringLiteral("1");
    add("timeout", quick, line, silent, "timeout");
    CannedReply broken = ok;
    broken.action = CannedReply::Action::CloseMidBody;
    add("network_error", good, line, broken, "network_error");
    QStringList untrusting = good;
    untrusting.removeAt(untrusting.indexOf(QStringLiteral("--ca-bundle")) + 1);
    untrusting.removeAll(QStringLiteral("--ca-bundle"));
    add("tls_error", untrusting, line, ok, "tls_error");
    QTest::newRow("proxy_error") << argumentsWithCatalog(m_proxiedCatalogFile) << line << ok
                                 << m_authenticatingProxy->url().toString()
                                 << QStringLiteral("proxy_error");
    add("unexpected_response", good, line, CannedReply::json(200, "<html>Sign in</html>"),
        "unexpected_response");

    // Input refused before any request, the token inside it.
    add("token with a space in it", good, token.left(48) + ' ' + token.mid(48) + '\n', ok,
        "invalid_input");
    add("token with a control character in it", good, token.left(48) + '\t' + token.mid(48) + '\n',
        ok, "invalid_input");
    add("token with a typographic quote in it", good,
        token.left(48) + "\xe2\x80\x9d" + token.mid(48) + '\n', ok, "invalid_input");
    add("token on the command line", good + QStringList{QString::fromLatin1(token)}, QByteArray(),
        ok, "invalid_input");
    add("token as an option", good + QStringList{QStringLiteral("--") + QString::fromLatin1(token)},
        line, ok, "invalid_input");
    add("token as an option value",
        good + QStringList{QStringLiteral("--token=") + QString::fromLatin1(token)}, line, ok,
        "invalid_input");
    QStringList unknownProvider = good;
    unknownProvider[2] = QStringLiteral("okta");
    add("unknown provider", unknownProvider, line, ok, "invalid_input");
    add("token over 64 KiB", good, token.repeated(700) + '\n', ok, "invalid_input");
    // A token given by mistake as the value of an option that is repeated back.
    const auto withValue = [&](const char* option, const QString& value) {
        QStringList arguments = good;
        arguments[arguments.indexOf(QLatin1String(option)) + 1] = value;
        return arguments;
    };
    const QString tokenText = QString::fromLatin1(token);
    add("token as the --region value", withValue("--region", tokenText), line, ok, "invalid_input");
    add("token as the --provider value", withValue("--provider", tokenText), line, ok,
        "invalid_input");
    add("token as the --ca-bundle value", withValue("--ca-bundle", tokenText), line, ok,
        "invalid_input");
    add("token as the --catalog value", withValue("--catalog", tokenText), line, ok,
        "invalid_input");
    // A captive portal that puts the request's header into the address it redirects to.
    add("redirect echoing the token", good, line,
        CannedReply::json(302, "{}").withHeader("Location", "https://portal.example/sign-in/" +
                                                                token + "?token=" + token),
        "unexpected_response");
}

void TestCli::tokenIsInNoOutput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(CannedReply, reply);
    QFETCH(QString, proxy);
    QFETCH(QString, outcome);
    m_server->setReply(reply);
    QProcessEnvironment environment = withoutProxySettings();
    // Every logging category of Qt and the program on, debug included: all of it goes to
    // standard error, which is searched like standard output.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    if (!proxy.isEmpty()) {
        environment.insert(QStringLiteral("https_proxy"), proxy);
    }
    // A home of its own, so any settings, cache or state file the program wrote would be found.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    for (const char* variable : {"HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME",
                                 "XDG_STATE_HOME", "TMPDIR"}) {
        environment.insert(QString::fromLatin1(variable), home.path());
    }
    QStringList humanArguments = arguments;
    humanArguments.removeAll(QStringLiteral("--json"));

    for (const QStringList& form : {arguments, humanArguments}) {
        const ProgramRun result = run(form, input, environment);
        // No settings, cache or any other file: the program keeps nothing, token or not.
        QDirIterator written(home.path(), QDir::Files | QDir::Hidden | QDir::System,
                             QDirIterator::Subdirectories);
        QVERIFY2(!written.hasNext(), qPrintable(written.hasNext() ? written.next() : QString()));

        QVERIFY2(result.exitCode >= 0, result.err.constData());
        // A check that went out makes Qt's network stack talk: proof the logging rules applied.
        QVERIFY2(outcome == QLatin1String("invalid_input") || !result.err.isEmpty(),
                 "no Qt debug output: the logging rules did not apply");
        QVERIFY2(leakIn(result.out).isEmpty(), result.out.constData());
        QVERIFY2(leakIn(result.err).isEmpty(), leakIn(result.err).constData());
        const QByteArray start = form.contains(QStringLiteral("--json"))
                                     ? QByteArray("{")
                                     : QByteArray(outcome.toLatin1() + ": ");
        QVERIFY2(result.out.startsWith(start), result.out.constData());
        if (form.contains(QStringLiteral("--json"))) {
            QCOMPARE(result.json().value(QLatin1String("outcome")).toString(), outcome);
        }
        // Where the program repeats what it was given, the token is masked.
        const QByteArray tag = QTest::currentDataTag();
        if (tag == "token on the command line" || tag == "token as an option" ||
            tag.startsWith("token as the --")) {
            QVERIFY2(result.out.contains(cc::maskToken(QString::fromLatin1(token)).toUtf8()),
                     result.out.constData());
        }
        // Where the answer pointed, by host: enough to recognise a sign-in page.
        if (tag == "redirect echoing the token") {
            QVERIFY2(result.out.contains("portal.example"), result.out.constData());
        }
    }
}

void TestCli::memoryIsClosedToOtherProcesses()
{
    // Another process of the same user could read a running check's memory (/proc/PID/mem,
    // ptrace) and a core dump would keep the token on disk. As root every process may read
    // every other's, so there the program and its neighbour both run as nobody.
    const QStringList asOneUser =
        geteuid() == 0
            ? QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                          QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")}
            : QStringList();
    // Core dumps allowed as far as the hard limit lets, so that the program must turn them off.
    rlimit core{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &core), 0);
    const QString coreLimit = core.rlim_max == RLIM_INFINITY ? QStringLiteral("unlimited")
                                                             : QString::number(core.rlim_max);
    const QStringList wrapper =
        QStringList{QStringLiteral("prlimit"),
                    QStringLiteral("--core=") + coreLimit + QLatin1Char(':')} +
        asOneUser;
    const auto readableByNeighbour = [&](qint64 pid) {
        QProcess neighbour;
        neighbour.start(
            asOneUser.isEmpty() ? QStringLiteral("cat") : asOneUser.constFirst(),
            asOneUser.mid(1) +
                QStringList{QStringLiteral("cat"), QStringLiteral("/proc/%1/environ").arg(pid)});
        return neighbour.waitForFinished(10000) && neighbour.exitCode() == 0;
    };

    // A process of that user that did nothing about it can be read: the check below is real.
    QProcess control;
    control.start(wrapper.constFirst(),
                  wrapper.mid(1) + QStringList{QStringLiteral("sleep"), QStringLiteral("30")});
    QVERIFY(control.waitForStarted());
    QTRY_VERIFY(readableByNeighbour(control.processId()));
    control.kill();
    control.waitForFinished();

    QProcess program;
    program.setProcessEnvironment(withoutProxySettings());
    program.start(wrapper.constFirst(),
                  wrapper.mid(1) + QStringList{QStringLiteral(CREDENTIAL_CONNECT_BINARY),
                                               QStringLiteral("--check"),
                                               QStringLiteral("--provider"),
                                               QStringLiteral("jumpcloud"),
                                               QStringLiteral("--region"), QStringLiteral("auto")});
    QVERIFY(program.waitForStarted());
    // It names the hosts it will ask before it reads the token: now it waits for the token.
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT(
        (said += program.readAllStandardError()).contains("console.jumpcloud.com"), 10000);
    const qint64 pid = program.processId();
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    QVERIFY(limits.open(QIODevice::ReadOnly));
    const QString coreLine = QString::fromLatin1(limits.readAll())
                                 .split(QLatin1Char('\n'))
                                 .filter(QStringLiteral("Max core file size"))
                                 .value(0);
    QVERIFY2(coreLine.simplified().startsWith(QStringLiteral("Max core file size 0 ")),
             qPrintable(coreLine));
    QVERIFY2(!readableByNeighbour(pid), "another process of the same user read its environment");

    program.closeWriteChannel();
    QVERIFY(program.waitForFinished(10000));
    QCOMPARE(program.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
