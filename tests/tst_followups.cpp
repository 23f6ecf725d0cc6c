// What a verified check reads after the verify request, against a real HTTPS server on
// 127.0.0.1 that answers each path apart: every page of a JumpCloud MSP's organizations, a
// Mist token's own name, its MSP's organizations and this hour's calls. Each follow-up goes to
// the same host with the same header, within the same deadline, and none changes the outcome.
#include "core/checkdetails.h"
#include "core/providers/jumpcloud.h"
#include "core/verifier.h"
#include "support/demoanswers.h"
#include "support/messagelog.h"
#include "support/sampleanswers.h"
#include "support/testcatalog.h"
#include "support/testpki.h"
#include "support/tlstestserver.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace cc;
using namespace cc::test;

namespace {
const QString mistToken = sampleMistToken;
const QString jumpCloudToken = sampleJumpCloudToken;
const QByteArray mistSelf = "/api/v1/self";

// How Mist lists this token among the account's: its first and last four characters.
QByteArray maskedMistToken()
{
    return mistToken.left(4).toLatin1() + "..." + mistToken.right(4).toLatin1();
}

const QByteArray mistUserBody = R"({
  "email": "ada@example.com", "first_name": "Ada", "last_name": "Lovelace", "via_sso": true,
  "privileges": [
    {"scope": "org", "role": "read", "name": "ACME Corp", "org_id": "a97c1b22-a4e9-411e-9bfd-d8695a0f9e61",
     "views": ["reporting", "marketing"]},
    {"scope": "msp", "role": "admin", "name": "ACME Managed", "msp_id": "1b2c3d4e-0000-4000-8000-00000000abcd"}
  ]
})";

QByteArray apiTokensBody()
{
    return R"([{"id": "864f351a-0000-4000-8000-000000000001", "name": "reporting job", "key": "Zz9y...Xx8w",
                "created_time": 1626875902, "last_used": 1690115110},
               {"id": "864f351a-0000-4000-8000-000000000002", "name": "inventory script", "key": ")" +
           maskedMistToken() + R"(", "created_time": 1700000000, "last_used": null}])";
}

const QByteArray mspOrgsBody = R"([
  {"id": "0a000000-0000-4000-8000-000000000001", "name": "Tenant One", "msp_id": "1b2c3d4e-0000-4000-8000-00000000abcd"},
  {"id": "0a000000-0000-4000-8000-000000000002", "name": "Tenant Two", "msp_id": "1b2c3d4e-0000-4000-8000-00000000abcd"}
])";
const QByteArray usageBody = R"({"requests": 37, "request_limit": 5000, "seconds": 1200})";

QByteArray pathOf(const ReceivedRequest& request)
{
    return request.target.left(request.target.indexOf('?') < 0 ? request.target.size()
                                                               : request.target.indexOf('?'));
}

QUrlQuery queryOf(const ReceivedRequest& request)
{
    return QUrlQuery(QUrl::fromEncoded("https://host" + request.target).query());
}

} // namespace

class TestFollowUps final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void jumpCloudPagesThroughEveryOrganization_data();
    void jumpCloudPagesThroughEveryOrganization();
    void jumpCloudListStopsAtTheBound();
    void jumpCloudAcceptsIdWithoutUnderscore();
    void mistPersonalTokenDetails();
    void mistOrganizationTokenReadsOnlyItsUsage();
    void failedFollowUpLeavesTheOutcome_data();
    void failedFollowUpLeavesTheOutcome();
    void followUpStoppedByTheDeadline();
    void refusedTokenAsksNothingMore();
    void cleanupTestCase();

private:
    VerificationResult check(const QString& providerId, const QString& regionId,
                             const QString& token,
                             std::chrono::milliseconds deadline = std::chrono::seconds(20));
    // The requests since `from`, each checked: the one host, the one header, nothing else.
    QList<ReceivedRequest> requestsSince(qsizetype from, const QByteArray& header,
                                         const QByteArray& value) const;

    TestPki m_pki;
    std::unique_ptr<TlsTestServer> m_server;
    std::optional<Catalog> m_catalog;
};

void TestFollowUps::initTestCase()
{
    startRecordingMessages();
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    m_server = std::make_unique<TlsTestServer>(m_pki.trustedServerConfiguration());
    QVERIFY(m_server->listen());
    m_catalog = builtinCatalogWith({{QStringLiteral("juniper-mist"), QStringLiteral("api.gc3")},
                                    {QStringLiteral("jumpcloud"), QStringLiteral("eu")}},
                                   m_server->baseUrl());
}

void TestFollowUps::init()
{
    // Each test chooses the answers: one reply for every path, or a responder per path.
    m_server->setResponder(nullptr);
}

void TestFollowUps::cleanupTestCase()
{
    for (const QString& message : stopRecordingMessages()) {
        QVERIFY2(!message.contains(mistToken) && !message.contains(jumpCloudToken),
                 "a logged message holds the token");
    }
}

VerificationResult TestFollowUps::check(const QString& providerId, const QString& regionId,
                                        const QString& token, std::chrono::milliseconds deadline)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    Verifier verifier(&network);
    verifier.addCaCertificates(m_pki.caCertificates());
    verifier.setDeadline(deadline);
    const Provider* provider = m_catalog->provider(providerId);
    VerificationJob* job = verifier.start(*provider, *provider->region(regionId), token);
    QSignalSpy finished(job, &VerificationJob::finished);
    if (!finished.wait(30000)) {
        return VerificationResult{};
    }
    return finished.constFirst().constFirst().value<VerificationResult>();
}

QList<ReceivedRequest> TestFollowUps::requestsSince(qsizetype from, const QByteArray& header,
                                                    const QByteArray& value) const
{
    const QByteArray host = m_server->baseUrl().authority().toLatin1();
    const QList<ReceivedRequest> requests = m_server->requests().mid(from);
    for (const ReceivedRequest& request : requests) {
        if (request.method != "GET" || request.headerValues("Host") != QList<QByteArray>{host} ||
            request.headerValues(header) != QList<QByteArray>{value} ||
            request.raw.count(value) != 1) {
            qWarning("unexpected request: %s", request.raw.constData());
            return {};
        }
    }
    return requests;
}

void TestFollowUps::jumpCloudPagesThroughEveryOrganization_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("pageCap");
    QTest::addColumn<QList<int>>("skips"); // of each request; -1: none

    // An MSP with 40 clients, from a service that answers 10 a page whatever is asked.
    QTest::addRow("40 in pages of 10") << 40 << 10 << QList<int>{-1, 10, 20, 30};
    QTest::addRow("250 in pages of 100") << 250 << 100 << QList<int>{-1, 100, 200};
    QTest::addRow("100 in one page") << 100 << 100 << QList<int>{-1};
}

void TestFollowUps::jumpCloudPagesThroughEveryOrganization()
{
    QFETCH(int, count);
    QFETCH(int, pageCap);
    QFETCH(QList<int>, skips);
    m_server->setResponder([count, pageCap](const ReceivedRequest& request) {
        return jumpCloudClientsPage(request, count, pageCap);
    });
    const qsizetype before = m_server->requests().size();

    const VerificationResult result =
        check(QStringLiteral("jumpcloud"), QStringLiteral("eu"), jumpCloudToken);

    QCOMPARE(result.outcome, Outcome::Verified);
    QCOMPARE(result.identity.organizations.size(), count);
    QCOMPARE(result.identity.totalOrganizations, count);
    QSet<QString> ids;
    for (const Organization& organization : result.identity.organizations) {
        ids.insert(organization.id);
    }
    QCOMPARE(ids.size(), count);
    QVERIFY(result.missingDetails.isEmpty());
    QCOMPARE(result.endpoint.query(), QStringLiteral("limit=100"));

    const QList<ReceivedRequest> requests =
        requestsSince(before, "x-api-key", jumpCloudToken.toLatin1());
    QCOMPARE(requests.size(), skips.size());
    for (qsizetype index = 0; index < requests.size(); ++index) {
        const QUrlQuery query = queryOf(requests.at(index));
        QCOMPARE(pathOf(requests.at(index)), QByteArray("/api/organizations"));
        QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
        QCOMPARE(query.hasQueryItem(QStringLiteral("skip")), skips.at(index) >= 0);
        if (skips.at(index) >= 0) {
            QCOMPARE(query.queryItemValue(QStringLiteral("skip")).toInt(), skips.at(index));
        }
    }
    // A summary names the first few; the wizard's choice has them all.
    const QStringList lines = describeIdentity(result.identity);
    QVERIFY2(lines.constFirst().contains(QString::number(count)), qPrintable(lines.constFirst()));
    QVERIFY(lines.size() <= 12);
    QCOMPARE(organizationsOf(result.identity).size(), count);
}

void TestFollowUps::jumpCloudListStopsAtTheBound()
{
    // 6,000 clients: the list stops after 50 pages of 100, and says how many there are.
    m_server->setResponder(
        [](const ReceivedRequest& request) { return jumpCloudClientsPage(request, 6000); });
    const qsizetype before = m_server->requests().size();

    const VerificationResult result =
        check(QStringLiteral("jumpcloud"), QStringLiteral("eu"), jumpCloudToken);

    QCOMPARE(result.outcome, Outcome::Verified);
    QCOMPARE(requestsSince(before, "x-api-key", jumpCloudToken.toLatin1()).size(),
             jumpcloud::maxPages);
    QCOMPARE(result.identity.organizations.size(), jumpcloud::maxPages * jumpcloud::pageSize);
    QCOMPARE(result.identity.totalOrganizations, 6000);
    QVERIFY(result.missingDetails.isEmpty());
    const QString last = describeIdentity(result.identity).constLast();
    QVERIFY2(last.contains(QStringLiteral("6000")) && last.contains(QLocale().toString(5000)),
             qPrintable(last));
}

void TestFollowUps::jumpCloudAcceptsIdWithoutUnderscore()
{
    m_server->setReply(CannedReply::json(
        200, R"({"results": [{"id": "5f1e0c1e9a3b4c0000000001", "displayName": "ACME"},
                            {"id": "5f1e0c1e9a3b4c0000000002", "displayName": "Zeta"}], "totalCount": 2})"));

    const VerificationResult result =
        check(QStringLiteral("jumpcloud"), QStringLiteral("eu"), jumpCloudToken);

    QCOMPARE(result.outcome, Outcome::Verified);
    QCOMPARE(result.identity.organizations.size(), 2);
    QCOMPARE(result.identity.organizations.at(1).id, QStringLiteral("5f1e0c1e9a3b4c0000000002"));
}

void TestFollowUps::mistPersonalTokenDetails()
{
    m_server->setResponder([](const ReceivedRequest& request) {
        const QByteArray path = pathOf(request);
        if (path == "/api/v1/self/apitokens") {
            return CannedReply::json(200, apiTokensBody());
        }
        if (path == "/api/v1/msps/1b2c3d4e-0000-4000-8000-00000000abcd/orgs") {
            return CannedReply::json(200, mspOrgsBody);
        }
        if (path == "/api/v1/self/usage") {
            return CannedReply::json(200, usageBody);
        }
        return CannedReply::json(path == mistSelf ? 200 : 404, mistUserBody);
    });
    const qsizetype before = m_server->requests().size();

    const VerificationResult result =
        check(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), mistToken);

    QCOMPARE(result.outcome, Outcome::Verified);
    const QList<ReceivedRequest> requests =
        requestsSince(before, "Authorization", "Token " + mistToken.toLatin1());
    QList<QByteArray> targets;
    for (const ReceivedRequest& request : requests) {
        targets.append(request.target);
    }
    QCOMPARE(targets, (QList<QByteArray>{mistSelf, "/api/v1/self/apitokens",
                                         "/api/v1/msps/1b2c3d4e-0000-4000-8000-00000000abcd/orgs",
                                         "/api/v1/self/usage"}));

    const Identity& identity = result.identity;
    QCOMPARE(identity.tokenName, QStringLiteral("inventory script"));
    QCOMPARE(identity.tokenCreated.toSecsSinceEpoch(), 1700000000);
    QCOMPARE(identity.viaSso.value_or(false), true);
    QCOMPARE(identity.usage->requests, 37);
    QCOMPARE(identity.usage->limit, 5000);
    QCOMPARE(identity.privileges.at(0).views,
             (QStringList{QStringLiteral("reporting"), QStringLiteral("marketing")}));
    QCOMPARE(identity.privileges.at(1).mspOrganizations->size(), 2);
    QVERIFY(result.missingDetails.isEmpty());

    // The wizard offers the grant's organization and the MSP's two.
    const QList<Organization> organizations = organizationsOf(identity);
    QCOMPARE(organizations.size(), 3);
    QCOMPARE(organizations.at(2).name, QStringLiteral("Tenant Two"));

    QVERIFY2(describePrivilege(identity.privileges.at(0)).contains(QStringLiteral("reporting")),
             qPrintable(describePrivilege(identity.privileges.at(0))));
    const QString details = describeCheckDetails(result).join(QLatin1Char('\n'));
    QVERIFY2(details.contains(QStringLiteral("\u201cinventory script\u201d")) &&
                 details.contains(QStringLiteral("2023-11-14")) &&
                 details.contains(QStringLiteral("single sign-on")) &&
                 details.contains(QStringLiteral("37 of ") + QLocale().toString(5000)) &&
                 details.contains(QStringLiteral("ACME Managed has 2 organizations")),
             qPrintable(details));
    QVERIFY(!details.contains(mistToken.left(8)));
}

void TestFollowUps::mistOrganizationTokenReadsOnlyItsUsage()
{
    m_server->setResponder([](const ReceivedRequest& request) {
        if (pathOf(request) == "/api/v1/self/usage") {
            return CannedReply::json(200, usageBody);
        }
        return CannedReply::json(200, R"({"name": "ci", "privileges": [
            {"scope": "org", "role": "write", "org_id": "a97c1b22-a4e9-411e-9bfd-d8695a0f9e61"}]})");
    });
    const qsizetype before = m_server->requests().size();

    const VerificationResult result =
        check(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), mistToken);

    QCOMPARE(result.identity.kind, Identity::Kind::MistOrgToken);
    const QList<ReceivedRequest> requests =
        requestsSince(before, "Authorization", "Token " + mistToken.toLatin1());
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(1).target, QByteArray("/api/v1/self/usage"));
    QVERIFY(!result.identity.viaSso);
    QVERIFY2(describeCheckDetails(result)
                 .join(QLatin1Char(' '))
                 .contains(QStringLiteral("by this token: 37 of ") + QLocale().toString(5000)),
             qPrintable(describeCheckDetails(result).join(QLatin1Char(' '))));
}

void TestFollowUps::failedFollowUpLeavesTheOutcome_data()
{
    QTest::addColumn<CannedReply>("reply");
    QTest::addColumn<QString>("reason");

    QTest::addRow("500") << CannedReply::json(500, "{}") << "HTTP status 500";
    QTest::addRow("403") << CannedReply::json(403, R"({"detail": "no permission"})")
                         << "HTTP status 403";
    QTest::addRow("redirect") << CannedReply::json(302, "").withHeader(
                                     "Location", "https://elsewhere.example/api/v1/self/usage")
                              << "HTTP status 302";
    QTest::addRow("not JSON") << CannedReply::json(200, "<html>") << "documented form";
    QTest::addRow("too large") << CannedReply::json(200, QByteArray(2 * 1024 * 1024, ' '))
                               << "1 MiB";
}

void TestFollowUps::failedFollowUpLeavesTheOutcome()
{
    QFETCH(CannedReply, reply);
    QFETCH(QString, reason);
    m_server->setResponder([reply](const ReceivedRequest& request) {
        return pathOf(request) == mistSelf ? CannedReply::json(200, mistUserBody) : reply;
    });

    const VerificationResult result =
        check(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), mistToken);

    QCOMPARE(result.outcome, Outcome::Verified);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.identity.name, QStringLiteral("Ada Lovelace"));
    QCOMPARE(result.identity.privileges.size(), 2);
    QVERIFY(!result.identity.usage);
    QVERIFY(result.identity.tokenName.isEmpty());
    QStringList ids;
    for (const MissingDetail& missing : result.missingDetails) {
        ids.append(missing.id);
        QVERIFY2(missing.reason.contains(reason), qPrintable(missing.reason));
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("token"), QStringLiteral("msp_organizations"),
                               QStringLiteral("usage")}));
    const QString lines = describeCheckDetails(result).join(QLatin1Char('\n'));
    QVERIFY2(lines.contains(QStringLiteral("Could not read this hour's API calls")),
             qPrintable(lines));
}

void TestFollowUps::followUpStoppedByTheDeadline()
{
    // /self answers at once, the next request never: the deadline ends the check, verified.
    m_server->setResponder([](const ReceivedRequest& request) {
        if (pathOf(request) == mistSelf) {
            return CannedReply::json(200, mistUserBody);
        }
        CannedReply silent;
        silent.action = CannedReply::Action::NeverAnswer;
        return silent;
    });
    QElapsedTimer clock;
    clock.start();

    const VerificationResult result =
        check(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), mistToken,
              std::chrono::milliseconds(1500));

    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(result.outcome, Outcome::Verified);
    QCOMPARE(result.missingDetails.size(), 3);
    QCOMPARE(result.missingDetails.at(0).id, QStringLiteral("token"));
    QVERIFY2(result.missingDetails.at(0).reason.contains(QStringLiteral("time limit")),
             qPrintable(result.missingDetails.at(0).reason));
    QVERIFY2(result.missingDetails.at(2).reason.contains(QStringLiteral("before it was asked")),
             qPrintable(result.missingDetails.at(2).reason));
}

void TestFollowUps::refusedTokenAsksNothingMore()
{
    m_server->setReply(CannedReply::json(401, R"({"detail": "Invalid token."})"));
    const qsizetype before = m_server->requests().size();

    const VerificationResult result =
        check(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), mistToken);

    QCOMPARE(result.outcome, Outcome::Rejected);
    QCOMPARE(m_server->requests().size(), before + 1);
    QVERIFY(result.missingDetails.isEmpty());
}

QTEST_GUILESS_MAIN(TestFollowUps)
#include "tst_followups.moc"
