// The verifier against a real HTTPS server on 127.0.0.1, through real sockets: every
// outcome of DESIGN.md, and what the server received.
#include "core/verifier.h"
#include "support/messagerecorder.h"
#include "support/testcatalog.h"
#include "support/testpki.h"
#include "support/tlstestserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace cc;
using namespace cc::test;

namespace {
const QString mistToken = QStringLiteral("u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0Rlg"
                                         "LKOmxgJTeKdNnFRIBXuDL7DxtpYlSXpfKtHF4vU");
const QString jumpCloudToken = QStringLiteral("jca_7Hq2Lm9Xv4Rt8Kp3Wn6Zb1Yc5Fd0Gs7Je2Ua");

const QByteArray mistUserBody = R"({
  "email": "ada@example.com", "first_name": "Ada", "last_name": "Lovelace",
  "privileges": [
    {"scope": "org", "role": "admin", "name": "ACME Corp", "org_id": "a97c1b22-a4e9-411e-9bfd-d8695a0f9e61"},
    {"scope": "site", "role": "read", "name": "Berlin HQ", "org_name": "ACME Corp"}
  ]
})";

const QByteArray jumpCloudBody = R"({
  "results": [
    {"_id": "5f1e0c1e9a3b4c0012345678", "displayName": "ACME Europe"},
    {"_id": "5f1e0c1e9a3b4c0087654321", "displayName": "ACME Asia"}
  ],
  "totalCount": 2
})";
} // namespace

class TestVerifier final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verifiesMistUserTokenWithTheExactRequest();
    void verifiesJumpCloudKeyInItsOwnHeader();
    void outcomes_data();
    void outcomes();
    void retryAfterAsHttpDate();
    void redirectIsNeverFollowed();
    void deadlineEndsASilentServer();
    void refusedConnection();
    void untrustedCertificateSendsNothing();
    void testAuthorityIsNotTrustedByDefault();
    void proxyAskingForCredentials();
    void proxyRefusingConnections();
    void cancelEmitsNothing();
    void deadlineIsTotalNotPerRead();
    void hugeBodyStopsAtTheCap_data();
    void hugeBodyStopsAtTheCap();
    void certificateProblems_data();
    void certificateProblems();
    void cleanupTestCase();

private:
    VerificationResult check(const Catalog& catalog, const QString& providerId,
                             const QString& regionId, const QString& token,
                             std::chrono::milliseconds deadline = std::chrono::seconds(10),
                             const QNetworkProxy& proxy = QNetworkProxy(QNetworkProxy::NoProxy),
                             bool trustTestAuthority = true);
    Catalog catalogFor(const TlsTestServer& server) const;

    std::unique_ptr<MessageRecorder> m_messages;
    TestPki m_pki;
    std::unique_ptr<TlsTestServer> m_server;
    std::optional<Catalog> m_catalog;
    std::function<QDateTime()> m_clock;
};

void TestVerifier::cleanupTestCase()
{
    const QStringList logged = m_messages->messages();
    m_messages.reset();
    for (const QString& message : logged) {
        QVERIFY2(!message.contains(mistToken) && !message.contains(jumpCloudToken),
                 "a logged message holds the token");
    }
}

void TestVerifier::initTestCase()
{
    // Every message Qt or the program logs during the run, to prove the token is in none.
    m_messages = std::make_unique<MessageRecorder>();
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    m_server = std::make_unique<TlsTestServer>(m_pki.trustedServerConfiguration());
    QVERIFY(m_server->listen());
    m_catalog = catalogFor(*m_server);
}

Catalog TestVerifier::catalogFor(const TlsTestServer& server) const
{
    Catalog catalog = builtinCatalogWith(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"),
                                         server.baseUrl());
    catalog.overrideApiBase(QStringLiteral("jumpcloud"), QStringLiteral("eu"), server.baseUrl());
    return catalog;
}

VerificationResult TestVerifier::check(const Catalog& catalog, const QString& providerId,
                                       const QString& regionId, const QString& token,
                                       std::chrono::milliseconds deadline,
                                       const QNetworkProxy& proxy, bool trustTestAuthority)
{
    QNetworkAccessManager network;
    network.setProxy(proxy);
    Verifier verifier(&network);
    verifier.setDeadline(deadline);
    if (trustTestAuthority) {
        verifier.addCaCertificates(m_pki.caCertificates());
    }
    if (m_clock) {
        verifier.setClock(m_clock);
    }
    const Provider* provider = catalog.provider(providerId);
    VerificationJob* job = verifier.start(*provider, *provider->region(regionId), token);
    QSignalSpy finished(job, &VerificationJob::finished);
    if (!finished.wait(20000)) {
        return VerificationResult{};
    }
    return finished.constFirst().constFirst().value<VerificationResult>();
}

void TestVerifier::verifiesMistUserTokenWithTheExactRequest()
{
    m_server->setReply(CannedReply::json(200, mistUserBody));
    const int before = int(m_server->requests().size());

    const VerificationResult result =
        check(*m_catalog, QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), mistToken);

    QCOMPARE(outcomeId(result.outcome), QStringLiteral("verified"));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.regionId, QStringLiteral("api.gc3"));
    QCOMPARE(result.identity.kind, Identity::Kind::MistUser);
    QCOMPARE(result.identity.name, QStringLiteral("Ada Lovelace"));
    QCOMPARE(result.identity.email, QStringLiteral("ada@example.com"));
    QCOMPARE(result.identity.privileges.size(), 2);
    QCOMPARE(describePrivilege(result.identity.privileges.at(0)),
             QStringLiteral("Super User on organization ACME Corp"));
    QVERIFY(!result.title.isEmpty());

    QCOMPARE(m_server->requests().size(), before + 1);
    const ReceivedRequest& request = m_server->requests().constLast();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, QByteArray("/api/v1/self"));
    QCOMPARE(request.headerValues("Authorization"),
             QList<QByteArray>{"Token " + mistToken.toLatin1()});
    QCOMPARE(request.headerValues("Accept"), QList<QByteArray>{"application/json"});
    QVERIFY(request.headerValues("User-Agent").value(0).startsWith("CredentialConnect/0."));
    QVERIFY(request.headerValues("x-api-key").isEmpty());
    // The token is in its header and nowhere else: not in the path, not twice.
    QCOMPARE(request.raw.count(mistToken.toLatin1()), 1);
    QVERIFY(!request.target.contains(mistToken.toLatin1()));
}

void TestVerifier::verifiesJumpCloudKeyInItsOwnHeader()
{
    m_server->setReply(CannedReply::json(200, jumpCloudBody));

    const VerificationResult result =
        check(*m_catalog, QStringLiteral("jumpcloud"), QStringLiteral("eu"), jumpCloudToken);

    QCOMPARE(result.outcome, Outcome::Verified);
    QCOMPARE(result.identity.kind, Identity::Kind::JumpCloudAdmin);
    QVERIFY(result.identity.isMultiTenant());
    QCOMPARE(result.identity.organizations.at(1).name, QStringLiteral("ACME Asia"));

    const ReceivedRequest& request = m_server->requests().constLast();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, QByteArray("/api/organizations"));
    QCOMPARE(request.headerValues("x-api-key"), QList<QByteArray>{jumpCloudToken.toLatin1()});
    QVERIFY(request.headerValues("Authorization").isEmpty());
    QCOMPARE(request.raw.count(jumpCloudToken.toLatin1()), 1);
}

void TestVerifier::outcomes_data()
{
    QTest::addColumn<CannedReply>("reply");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("retryAfter"); // -1: none
    QTest::addColumn<int>("cause");

    const auto none = int(Cause::None);
    QTest::addRow("401 bad token") << CannedReply::json(401, R"({"detail": "Invalid token."})")
                                   << "rejected" << 401 << -1 << none;
    CannedReply challenge = CannedReply::json(401, "{}");
    challenge.withHeader("WWW-Authenticate", "Token");
    QTest::addRow("401 with a challenge") << challenge << "rejected" << 401 << -1 << none;
    QTest::addRow("403") << CannedReply::json(403, R"({"detail": "no permission"})") << "forbidden"
                         << 403 << -1 << none;
    CannedReply limited = CannedReply::json(429, R"({"detail": "Too Many Request"})");
    limited.withHeader("Retry-After", "30");
    QTest::addRow("429 with Retry-After") << limited << "rate_limited" << 429 << 30 << none;
    QTest::addRow("429 without Retry-After")
        << CannedReply::json(429, "{}") << "rate_limited" << 429 << -1 << none;
    QTest::addRow("500") << CannedReply::json(500, "{}") << "server_error" << 500 << -1 << none;
    CannedReply unavailable = CannedReply::json(503, "{}");
    unavailable.withHeader("Retry-After", "120");
    QTest::addRow("503 with Retry-After") << unavailable << "server_error" << 503 << 120 << none;
    QTest::addRow("502") << CannedReply::json(502, "") << "server_error" << 502 << -1 << none;
    CannedReply portal;
    portal.headers = {{"Content-Type", "text/html"}};
    portal.body = "<html><body><form>Accept the terms to use the guest Wi-Fi</form></body></html>";
    QTest::addRow("captive portal page with 200")
        << portal << "unexpected_response" << 200 << -1 << int(Cause::NotJson);
    QTest::addRow("truncated JSON") << CannedReply::json(200, R"({"privileges": [{"scope": )")
                                    << "unexpected_response" << 200 << -1 << int(Cause::NotJson);
    QTest::addRow("JSON of the wrong shape")
        << CannedReply::json(200, R"({"status": "ok"})") << "unexpected_response" << 200 << -1
        << int(Cause::WrongShape);
    QTest::addRow("404") << CannedReply::json(404, "{}") << "unexpected_response" << 404 << -1
                         << int(Cause::UnexpectedStatus);
    QTest::addRow("body over the size cap")
        << CannedReply::json(200, QByteArray(2 * 1024 * 1024, ' ')) << "unexpected_response" << 200
        << -1 << int(Cause::TooLarge);
    CannedReply broken = CannedReply::json(200, mistUserBody);
    broken.action = CannedReply::Action::CloseMidBody;
    QTest::addRow("closed in the middle of the body")
        << broken << "network_error" << 200 << -1 << int(Cause::ConnectionClosed);
}

void TestVerifier::outcomes()
{
    QFETCH(CannedReply, reply);
    QFETCH(QString, outcome);
    QFETCH(int, httpStatus);
    QFETCH(int, retryAfter);
    QFETCH(int, cause);
    m_server->setReply(reply);

    const VerificationResult result =
        check(*m_catalog, QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), mistToken);

    QCOMPARE(outcomeId(result.outcome), outcome);
    QCOMPARE(result.httpStatus, httpStatus);
    QCOMPARE(result.retryAfterSeconds.value_or(-1), retryAfter);
    QCOMPARE(int(result.cause), cause);
    QCOMPARE(result.identity.kind, Identity::Kind::None);
    QVERIFY(!result.title.isEmpty());
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!result.message.contains(mistToken));
}

void TestVerifier::retryAfterAsHttpDate()
{
    m_clock = [] {
        return QDateTime(QDate(2026, 11, 24), QTime(12, 0, 0), QTimeZone::utc());
    };
    CannedReply limited = CannedReply::json(429, "{}");
    limited.withHeader("Retry-After", "Tue, 24 Nov 2026 12:05:00 GMT");
    m_server->setReply(limited);

    const VerificationResult result =
        check(*m_catalog, QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), mistToken);
    m_clock = nullptr;

    QCOMPARE(result.outcome, Outcome::RateLimited);
    QCOMPARE(result.retryAfterSeconds.value_or(-1), 300);
    QVERIFY2(result.message.contains(QLatin1String("5 minute")), qPrintable(result.message));
}

void TestVerifier::redirectIsNeverFollowed()
{
    // The target is another local server: had the redirect been followed, it would know.
    TlsTestServer elsewhere(m_pki.trustedServerConfiguration());
    QVERIFY(elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
    elsewhere.setReply(CannedReply::json(200, mistUserBody));
    for (const QByteArray& target :
         {QByteArray(elsewhere.baseUrl().toEncoded() + "/api/v1/self"),
          QByteArray("http://127.0.0.1:9/api/v1/self"), QByteArray("/api/v1/self")}) {
        CannedReply redirect = CannedReply::json(302, "");
        redirect.headers.append({"Location", target});
        m_server->setReply(redirect);

        const VerificationResult result =
            check(*m_catalog, QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), mistToken);

        QCOMPARE(result.outcome, Outcome::UnexpectedResponse);
        QCOMPARE(result.cause, Cause::Redirect);
        QCOMPARE(result.httpStatus, 302);
        QVERIFY2(result.message.contains(result.redirectTarget), qPrintable(result.message));
    }
    QCOMPARE(elsewhere.connectionCount(), 0);
    QVERIFY(elsewhere.requests().isEmpty());
}

void TestVerifier::deadlineEndsASilentServer()
{
    CannedReply silent;
    silent.action = CannedReply::Action::NeverAnswer;
    m_server->setReply(silent);
    QElapsedTimer clock;
    clock.start();

    const VerificationResult result =
        check(*m_catalog, QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), mistToken,
              std::chrono::milliseconds(700));

    QCOMPARE(outcomeId(result.outcome), QStringLiteral("timeout"));
    QCOMPARE(result.httpStatus, 0);
    QVERIFY2(clock.elapsed() < 5000, QByteArray::number(clock.elapsed()));
    QVERIFY(result.message.contains(QLatin1String("1 second")));
}

void TestVerifier::refusedConnection()
{
    QUrl closed;
    closed.setScheme(QStringLiteral("https"));
    closed.setHost(QStringLiteral("127.0.0.1"));
    closed.setPort(refusedPort());
    const Catalog catalog =
        builtinCatalogWith(QStringLiteral("juniper-mist"), QStringLiteral("api"), closed);

    const VerificationResult result =
        check(catalog, QStringLiteral("juniper-mist"), QStringLiteral("api"), mistToken);

    QCOMPARE(outcomeId(result.outcome), QStringLiteral("network_error"));
    QCOMPARE(result.cause, Cause::ConnectionRefused);
}

void TestVerifier::untrustedCertificateSendsNothing()
{
    TlsTestServer impostor(m_pki.selfSignedServerConfiguration());
    QVERIFY(impostor.listen());
    impostor.setReply(CannedReply::json(200, mistUserBody));
    const Catalog catalog = catalogFor(impostor);

    const VerificationResult result =
        check(catalog, QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), mistToken);

    QCOMPARE(outcomeId(result.outcome), QStringLiteral("tls_error"));
    QCOMPARE(result.tls.subject, QStringLiteral("Inspecting Proxy Root"));
    QCOMPARE(result.tls.issuer, QStringLiteral("Inspecting Proxy Root"));
    QVERIFY(!result.tls.problem.isEmpty());
    QVERIFY(result.message.contains(QLatin1String("Inspecting Proxy Root")));
    QVERIFY(impostor.requests().isEmpty());
}

void TestVerifier::testAuthorityIsNotTrustedByDefault()
{
    m_server->setReply(CannedReply::json(200, mistUserBody));
    const int before = int(m_server->requests().size());

    const VerificationResult result =
        check(*m_catalog, QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), mistToken,
              std::chrono::seconds(10), QNetworkProxy(QNetworkProxy::NoProxy), false);

    QCOMPARE(result.outcome, Outcome::TlsError);
    QCOMPARE(result.tls.issuer, QStringLiteral("Credential Connect Test Root"));
    QCOMPARE(m_server->requests().size(), before);
}

void TestVerifier::proxyAskingForCredentials()
{
    TlsTestServer proxy{QSslConfiguration()};
    QVERIFY(proxy.listen());
    CannedReply authenticate;
    authenticate.status = 407;
    authenticate.headers = {{"Proxy-Authenticate", "Basic realm=\"corporate\""}};
    proxy.setReply(authenticate);

    const VerificationResult result =
        check(*m_catalog, QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), mistToken,
              std::chrono::seconds(10),
              QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"),
                            proxy.baseUrl().port()));

    QCOMPARE(outcomeId(result.outcome), QStringLiteral("proxy_error"));
    QCOMPARE(result.cause, Cause::ProxyAuthenticationRequired);
    QVERIFY(result.message.contains(proxy.baseUrl().host()));
    QVERIFY(!proxy.requests().isEmpty());
    QCOMPARE(proxy.requests().constFirst().method, QByteArray("CONNECT"));
    // The proxy sees only the tunnel request: the token travels inside TLS, never to it.
    for (const ReceivedRequest& request : proxy.requests()) {
        QVERIFY(!request.raw.contains(mistToken.toLatin1()));
    }
}

void TestVerifier::proxyRefusingConnections()
{
    const VerificationResult result =
        check(*m_catalog, QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), mistToken,
              std::chrono::seconds(10),
              QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), refusedPort()));

    QCOMPARE(outcomeId(result.outcome), QStringLiteral("proxy_error"));
    QVERIFY2(result.technicalDetail.contains(QLatin1String("refused")),
             qPrintable(result.technicalDetail));
    QVERIFY(result.message.contains(QStringLiteral("127.0.0.1:")));
}

void TestVerifier::cancelEmitsNothing()
{
    CannedReply silent;
    silent.action = CannedReply::Action::NeverAnswer;
    m_server->setReply(silent);
    QNetworkAccessManager network;
    Verifier verifier(&network);
    verifier.addCaCertificates(m_pki.caCertificates());
    const Provider* mist = m_catalog->provider(QStringLiteral("juniper-mist"));
    QPointer<VerificationJob> job =
        verifier.start(*mist, *mist->region(QStringLiteral("api.gc3")), mistToken);
    QSignalSpy finished(job.data(), &VerificationJob::finished);
    const int before = int(m_server->requests().size());
    QTRY_COMPARE(m_server->requests().size(), before + 1);

    job->cancel();

    QTRY_VERIFY(job.isNull());
    QCOMPARE(finished.count(), 0);
}

void TestVerifier::deadlineIsTotalNotPerRead()
{
    // Every byte arrives well within any per-read timeout; only a total deadline ends this.
    CannedReply drip = CannedReply::json(200, mistUserBody);
    drip.action = CannedReply::Action::Drip;
    drip.dripIntervalMs = 2000;
    m_server->setReply(drip);
    QElapsedTimer clock;
    clock.start();

    const VerificationResult result =
        check(*m_catalog, QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), mistToken,
              std::chrono::seconds(3));

    QCOMPARE(outcomeId(result.outcome), QStringLiteral("timeout"));
    QVERIFY2(clock.elapsed() >= 2900 && clock.elapsed() < 4500,
             QByteArray::number(clock.elapsed()));
    qInfo("a body dripped one byte every 2 s ended after %lld ms", clock.elapsed());
}

namespace {
// The peak resident memory of this process so far, in KiB (Linux).
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

// Starts a new peak at the current resident size, so the measurement sees this test alone.
void resetPeakResident()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly)) {
        clearRefs.write("5");
    }
}
} // namespace

void TestVerifier::hugeBodyStopsAtTheCap_data()
{
    QTest::addColumn<bool>("declared");
    QTest::addRow("length declared") << true;
    QTest::addRow("length unknown until the end") << false;
}

void TestVerifier::hugeBodyStopsAtTheCap()
{
    QFETCH(bool, declared);
    CannedReply huge;
    huge.sendContentLength = declared;
    huge.action = CannedReply::Action::Stream;
    huge.streamBytes = 200LL * 1024 * 1024;
    huge.headers = {{"Content-Type", "application/json"}};
    m_server->setReply(huge);
    resetPeakResident();
    const qint64 peakBefore = peakResidentKiB();
    QElapsedTimer clock;
    clock.start();

    const VerificationResult result =
        check(*m_catalog, QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), mistToken);

    QCOMPARE(result.outcome, Outcome::UnexpectedResponse);
    QCOMPARE(result.cause, Cause::TooLarge);
    QVERIFY2(clock.elapsed() < 10000, QByteArray::number(clock.elapsed()));
    const qint64 grownKiB = peakResidentKiB() - peakBefore;
    qInfo("200 MB body: stopped after %lld ms, peak memory grew %lld KiB", clock.elapsed(),
          grownKiB);
    QVERIFY2(grownKiB < 64 * 1024, QByteArray::number(grownKiB));
}

void TestVerifier::certificateProblems_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("problemPart");
    QTest::addRow("issued for another host") << "wrong host"
                                             << "host name";
    QTest::addRow("expired") << "expired"
                             << "expired";
    QTest::addRow("self-signed") << "self-signed"
                                 << "self-signed";
}

void TestVerifier::certificateProblems()
{
    QFETCH(QString, kind);
    QFETCH(QString, problemPart);
    const QSslConfiguration tls =
        kind == QLatin1String("wrong host") ? m_pki.wrongHostServerConfiguration()
        : kind == QLatin1String("expired")  ? m_pki.expiredServerConfiguration()
                                            : m_pki.selfSignedServerConfiguration();
    TlsTestServer server(tls);
    QVERIFY(server.listen());
    server.setReply(CannedReply::json(200, mistUserBody));

    const VerificationResult result = check(catalogFor(server), QStringLiteral("juniper-mist"),
                                            QStringLiteral("api.gc3"), mistToken);

    QCOMPARE(outcomeId(result.outcome), QStringLiteral("tls_error"));
    QVERIFY2(result.tls.problem.contains(problemPart, Qt::CaseInsensitive),
             qPrintable(result.tls.problem));
    QVERIFY(!result.tls.subject.isEmpty());
    QVERIFY(!result.tls.issuer.isEmpty());
    QVERIFY(server.requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
