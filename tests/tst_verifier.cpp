// The verifier against a real HTTPS server on 127.0.0.1, through real sockets: the exact
// request, and the answers of a working service. tst_faults has the hostile networks.
#include "core/verifier.h"
#include "support/messagelog.h"
#include "support/sampleanswers.h"
#include "support/testcatalog.h"
#include "support/testpki.h"
#include "support/tlstestserver.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace cc;
using namespace cc::test;

namespace {
const QString mistToken = sampleMistToken;
const QString jumpCloudToken = sampleJumpCloudToken;

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
    void mistLimitWithoutRetryAfterEndsAtTheFullHour();
    void jumpCloudLimitWithoutRetryAfterHasNoTime();
    void vendorMessageFromTheBody_data();
    void vendorMessageFromTheBody();
    void testAuthorityIsNotTrustedByDefault();
    void cancelEmitsNothing();
    void cleanupTestCase();

private:
    VerificationResult check(const Catalog& catalog, const QString& providerId,
                             const QString& regionId, const QString& token,
                             bool trustTestAuthority = true);
    Catalog catalogFor(const TlsTestServer& server) const;

    TestPki m_pki;
    std::unique_ptr<TlsTestServer> m_server;
    std::optional<Catalog> m_catalog;
    std::function<QDateTime()> m_clock;
};

void TestVerifier::cleanupTestCase()
{
    for (const QString& message : stopRecordingMessages()) {
        QVERIFY2(!message.contains(mistToken) && !message.contains(jumpCloudToken),
                 "a logged message holds the token");
    }
}

void TestVerifier::initTestCase()
{
    startRecordingMessages();
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    m_server = std::make_unique<TlsTestServer>(m_pki.trustedServerConfiguration());
    QVERIFY(m_server->listen());
    m_catalog = catalogFor(*m_server);
}

Catalog TestVerifier::catalogFor(const TlsTestServer& server) const
{
    return builtinCatalogWith({{QStringLiteral("juniper-mist"), QStringLiteral("api.gc3")},
                               {QStringLiteral("jumpcloud"), QStringLiteral("eu")}},
                              server.baseUrl());
}

VerificationResult TestVerifier::check(const Catalog& catalog, const QString& providerId,
                                       const QString& regionId, const QString& token,
                                       bool trustTestAuthority)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    Verifier verifier(&network);
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
    QTest::addRow("404") << CannedReply::json(404, "{}") << "unexpected_response" << 404 << -1
                         << int(Cause::UnexpectedStatus);
    QTest::addRow("body over the size cap")
        << CannedReply::json(200, QByteArray(2 * 1024 * 1024, ' ')) << "unexpected_response" << 200
        << -1 << int(Cause::TooLarge);
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

void TestVerifier::mistLimitWithoutRetryAfterEndsAtTheFullHour()
{
    // Mist resets its count at the hourly boundary and declares no Retry-After.
    m_clock = [] {
        return QDateTime(QDate(2026, 11, 24), QTime(23, 37, 12), QTimeZone::utc());
    };
    m_server->setReply(CannedReply::json(429, R"({"detail": "Too Many Request"})"));

    const VerificationResult result =
        check(*m_catalog, QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), mistToken);
    m_clock = nullptr;

    QCOMPARE(result.outcome, Outcome::RateLimited);
    QVERIFY(!result.retryAfterSeconds);
    QCOMPARE(result.retryAt, QDateTime(QDate(2026, 11, 25), QTime(0, 0), QTimeZone::utc()));
    QVERIFY2(result.message.contains(QLatin1String("try again after 00:00 UTC")),
             qPrintable(result.message));
    QVERIFY2(!result.message.contains(QLatin1String("few minutes")), qPrintable(result.message));
    QCOMPARE(result.vendorMessage, QStringLiteral("Too Many Request"));
}

void TestVerifier::jumpCloudLimitWithoutRetryAfterHasNoTime()
{
    // JumpCloud publishes no reset time: the program does not invent one.
    m_server->setReply(CannedReply::json(429, R"({"message": "Too many requests"})"));

    const VerificationResult result =
        check(*m_catalog, QStringLiteral("jumpcloud"), QStringLiteral("eu"), jumpCloudToken);

    QCOMPARE(result.outcome, Outcome::RateLimited);
    QVERIFY(!result.retryAt.isValid());
    QVERIFY2(result.message.contains(QLatin1String("few minutes")), qPrintable(result.message));
}

void TestVerifier::vendorMessageFromTheBody_data()
{
    QTest::addColumn<QString>("providerId");
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<CannedReply>("reply");
    QTest::addColumn<QString>("vendorMessage");

    const QString mist = QStringLiteral("juniper-mist");
    const QString jumpCloud = QStringLiteral("jumpcloud");
    QTest::addRow("mist refusal") << mist << "api.gc3"
                                  << CannedReply::json(401, R"({"detail": "Invalid token."})")
                                  << "Invalid token.";
    QTest::addRow("mist without a detail")
        << mist << "api.gc3" << CannedReply::json(401, R"({"message": "elsewhere"})") << "";
    QTest::addRow("jumpcloud unknown key")
        << jumpCloud << "eu"
        << CannedReply::json(
               401, R"({"error":"Unauthorized","message":"Unauthorized: api key user not found"})")
        << "Unauthorized: api key user not found";
    QTest::addRow("jumpcloud multi-tenant key without an organization")
        << jumpCloud << "eu"
        << CannedReply::json(401, R"({"message":"Unauthorized: no organization selected"})")
        << "Unauthorized: no organization selected";
    QTest::addRow("jumpcloud error only")
        << jumpCloud << "eu" << CannedReply::json(403, R"({"error":"Forbidden"})") << "Forbidden";
    QTest::addRow("server error") << mist << "api.gc3"
                                  << CannedReply::json(503, R"({"detail": "Down for upkeep"})")
                                  << "Down for upkeep";
    QTest::addRow("line breaks, escapes and a direction override")
        << mist << "api.gc3"
        << CannedReply::json(401, R"({"detail": "Invalid\n\u001b[31mtoken\u202e.\t"})")
        << "Invalid \\x1b[31mtoken.";
    QTest::addRow("markup stays text")
        << mist << "api.gc3" << CannedReply::json(401, R"({"detail": "<b>Invalid</b> token"})")
        << "<b>Invalid</b> token";
    QTest::addRow("longer than 300 characters")
        << mist << "api.gc3"
        << CannedReply::json(401, "{\"detail\": \"" + QByteArray(400, 'x') + "\"}")
        << QString(QString(299, u'x') + QChar(0x2026));
    QTest::addRow("an HTML page") << mist << "api.gc3"
                                  << CannedReply::json(401, "<html>Sign in</html>") << "";
    QTest::addRow("detail not a text")
        << mist << "api.gc3" << CannedReply::json(401, R"({"detail": {"x": 1}})") << "";
}

void TestVerifier::vendorMessageFromTheBody()
{
    QFETCH(QString, providerId);
    QFETCH(QString, regionId);
    QFETCH(CannedReply, reply);
    QFETCH(QString, vendorMessage);
    m_server->setReply(reply);

    const VerificationResult result =
        check(*m_catalog, providerId, regionId,
              providerId == QLatin1String("jumpcloud") ? jumpCloudToken : mistToken);

    QCOMPARE(result.httpStatus, reply.status);
    QCOMPARE(result.vendorMessage, vendorMessage);
    // The program's own words stay its own.
    if (!vendorMessage.isEmpty()) {
        QVERIFY2(!result.message.contains(vendorMessage), qPrintable(result.message));
    }
}

void TestVerifier::testAuthorityIsNotTrustedByDefault()
{
    m_server->setReply(CannedReply::json(200, mistUserBody));
    const int before = int(m_server->requests().size());

    const VerificationResult result = check(*m_catalog, QStringLiteral("juniper-mist"),
                                            QStringLiteral("api.gc3"), mistToken, false);

    QCOMPARE(result.outcome, Outcome::TlsError);
    QCOMPARE(result.tls.issuer, QStringLiteral("Credential Connect Test Root"));
    QCOMPARE(m_server->requests().size(), before);
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

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
