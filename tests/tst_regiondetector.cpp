// Finding a token's region against real HTTPS servers, one per region on its own 127.x
// address: every region asked once and at once, the first verified answer wins, the other
// requests are stopped, and what each region answered is kept.
#include "core/regiondetector.h"
#include "core/verifier.h"
#include "support/messagelog.h"
#include "support/sampleanswers.h"
#include "support/serverthread.h"
#include "support/testcatalog.h"
#include "support/testpki.h"
#include "support/tlstestserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <initializer_list>
#include <limits>
#include <map>

using namespace cc;
using namespace cc::test;

namespace {
const QString mistToken = sampleMistToken;
const QString jumpCloudToken = sampleJumpCloudToken;
const QByteArray mistUserBody = sampleMistUserBody;
const QByteArray jumpCloudBody = sampleJumpCloudBody;
const QString mist = QStringLiteral("juniper-mist");
const QString jumpCloud = QStringLiteral("jumpcloud");

// How the server of one region behaves, one letter per region a search asks, in catalog order:
//   A accepts, H accepts once released, R refuses the token (401), F forbids (403),
//   L limits the rate (429, Retry-After 30), N limits it without a Retry-After, E has a server
//   error (503, Retry-After 30), C refuses connections, T presents an untrusted certificate,
//   S never answers.
CannedReply replyFor(QChar behaviour, const QString& providerId)
{
    const QByteArray accepted = providerId == mist ? mistUserBody : jumpCloudBody;
    switch (behaviour.toLatin1()) {
    case 'A':
    case 'T':
        return CannedReply::json(200, accepted);
    case 'H': {
        CannedReply held = CannedReply::json(200, accepted);
        held.action = CannedReply::Action::Hold;
        return held;
    }
    case 'F':
        return CannedReply::json(403, R"({"detail": "no permission"})");
    case 'L':
        return CannedReply::json(429, R"({"detail": "Too Many Request"})")
            .withHeader("Retry-After", "30");
    case 'N':
        return CannedReply::json(429, R"({"detail": "Too Many Request"})");
    case 'E':
        return CannedReply::json(503, R"({"detail": "Service Unavailable"})")
            .withHeader("Retry-After", "30");
    case 'S': {
        CannedReply silent;
        silent.action = CannedReply::Action::NeverAnswer;
        return silent;
    }
    default:
        return CannedReply::json(401, R"({"detail": "Invalid token."})");
    }
}

QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts) {
        list.append(QString::fromUtf8(text));
    }
    return list;
}

QHostAddress loopback(int index)
{
    return QHostAddress(QStringLiteral("127.0.0.%1").arg(index + 1));
}

Catalog builtinCatalog()
{
    QString error;
    std::optional<Catalog> catalog = Catalog::loadBuiltin(&error);
    if (!catalog) {
        qFatal("the built-in catalog does not load: %s", qPrintable(error));
    }
    return *catalog;
}

// The regions of one provider, each at a local server on its own address (127.0.0.1 for the
// first region, 127.0.0.2 for the second...), and the catalog pointed at them. A region that
// searches must not ask (the US Government cloud) gets a server that would accept the token,
// on the next address, so a test sees that it never received it.
class LocalRegions final
{
public:
    LocalRegions(const TestPki& pki, const QString& providerId, const QString& behaviours)
        : m_catalog(builtinCatalog()), m_providerId(providerId)
    {
        const Provider* provider = m_catalog.provider(providerId);
        if (provider == nullptr ||
            RegionDetector::regionsToBeAsked(*provider).size() != behaviours.size()) {
            qFatal("one behaviour per region asked of %s", qPrintable(providerId));
        }
        QString everyRegion = behaviours;
        for (int index = 0; index < provider->regions.size(); ++index) {
            if (!provider->regions.at(index).foundBySearch) {
                everyRegion.insert(index, QLatin1Char('A'));
            }
        }
        const QList<Region> regions = provider->regions;
        QMap<QPair<QString, QString>, QUrl> apiBases;
        for (int index = 0; index < regions.size(); ++index) {
            const QChar behaviour = everyRegion.at(index);
            QUrl base;
            if (behaviour == QLatin1Char('C')) {
                base.setScheme(QStringLiteral("https"));
                base.setHost(loopback(index).toString());
                base.setPort(refusedPort());
            } else {
                auto server = std::make_unique<TlsTestServer>(
                    behaviour == QLatin1Char('T') ? pki.selfSignedServerConfiguration()
                                                  : pki.trustedServerConfiguration());
                if (!server->listen(loopback(index))) {
                    qFatal("cannot listen on %s", qPrintable(loopback(index).toString()));
                }
                server->setReply(replyFor(behaviour, providerId));
                base = server->baseUrl();
                (regions.at(index).foundBySearch ? m_servers : m_unasked)[regions.at(index).id] =
                    std::move(server);
            }
            apiBases.insert({providerId, regions.at(index).id}, base);
        }
        m_catalog = test::builtinCatalogWith(apiBases);
    }

    const Provider& provider() const { return *m_catalog.provider(m_providerId); }
    // Null for a region that refuses connections: it has no server.
    TlsTestServer* server(const QString& regionId) const
    {
        for (const auto* servers : {&m_servers, &m_unasked}) {
            const auto found = servers->find(regionId);
            if (found != servers->end()) {
                return found->second.get();
            }
        }
        return nullptr;
    }
    // The servers of the regions a search asks.
    const std::map<QString, std::unique_ptr<TlsTestServer>>& servers() const { return m_servers; }

private:
    Catalog m_catalog;
    QString m_providerId;
    std::map<QString, std::unique_ptr<TlsTestServer>> m_servers;
    std::map<QString, std::unique_ptr<TlsTestServer>> m_unasked;
};

// "api.gc3: verified" for each region asked, "api.eu: stopped" when another region won first.
QStringList regionOutcomes(const DetectionResult& result)
{
    QStringList lines;
    for (const RegionAnswer& region : result.regions) {
        lines.append(
            region.region.id + QStringLiteral(": ") +
            (region.answer ? outcomeId(region.answer->outcome) : QStringLiteral("stopped")));
    }
    return lines;
}

DetectionResult resultOf(const QSignalSpy& finished)
{
    return finished.constFirst().constFirst().value<DetectionResult>();
}
} // namespace

class TestRegionDetector final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void hostsToBeAskedAreEveryRegionsApiHost();
    void firstVerifiedAnswerWinsAndStopsTheRest();
    void jumpCloudKeyGoesOnlyInItsOwnHeader();
    void mistRateLimitFindsTheRegion_data();
    void mistRateLimitFindsTheRegion();
    void jumpCloudRateLimitDoesNotTell();
    void overallOutcomeWhenNoRegionAccepts_data();
    void overallOutcomeWhenNoRegionAccepts();
    void providerWithoutRegionsAnswersOnce();
    void cancelStopsEverythingQuietly();
    void cancelFromAProgressSlot();
    void twelveSlowRegionsTakeLessThanTwiceOneCheck_data();
    void twelveSlowRegionsTakeLessThanTwiceOneCheck();
    void cleanupTestCase();

private:
    std::unique_ptr<Verifier> makeVerifier(std::chrono::milliseconds deadline);
    void verifyTokenOnlyInItsHeader(const TlsTestServer& server, const QByteArray& header,
                                    const QByteArray& value);

    TestPki m_pki;
    QNetworkAccessManager m_network;
};

void TestRegionDetector::initTestCase()
{
    // Every message Qt or the program logs during the run, to prove the token is in none.
    startRecordingMessages();
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestRegionDetector::cleanupTestCase()
{
    for (const QString& message : stopRecordingMessages()) {
        QVERIFY2(!message.contains(mistToken) && !message.contains(jumpCloudToken),
                 "a logged message holds the token");
    }
}

std::unique_ptr<Verifier> TestRegionDetector::makeVerifier(std::chrono::milliseconds deadline)
{
    auto verifier = std::make_unique<Verifier>(&m_network);
    verifier->setDeadline(deadline);
    verifier->addCaCertificates(m_pki.caCertificates());
    return verifier;
}

void TestRegionDetector::verifyTokenOnlyInItsHeader(const TlsTestServer& server,
                                                    const QByteArray& header,
                                                    const QByteArray& value)
{
    const QByteArray token = value.mid(value.indexOf(' ') + 1);
    for (const ReceivedRequest& request : server.requests()) {
        QCOMPARE(request.headerValues(header), QList<QByteArray>{value});
        QCOMPARE(request.raw.count(token), 1);
        QVERIFY(!request.target.contains(token));
    }
}

void TestRegionDetector::hostsToBeAskedAreEveryRegionsApiHost()
{
    const Catalog catalog = builtinCatalog();
    QCOMPARE(
        RegionDetector::hostsToBeAsked(*catalog.provider(mist)),
        strings({"api.mist.com", "api.gc1.mist.com", "api.ac2.mist.com", "api.gc2.mist.com",
                 "api.gc4.mist.com", "api.eu.mist.com", "api.gc3.mist.com", "api.ac6.mist.com",
                 "api.gc6.mist.com", "api.ac5.mist.com", "api.gc5.mist.com", "api.gc7.mist.com"}));
    QCOMPARE(
        RegionDetector::hostsToBeAsked(*catalog.provider(jumpCloud)),
        strings({"console.jumpcloud.com", "console.eu.jumpcloud.com", "console.in.jumpcloud.com"}));
    QCOMPARE(RegionDetector::hostsToBeAsked(
                 *catalog.provider(QStringLiteral("juniper-routing-assurance"))),
             strings({"routing.ai.juniper.net"}));
}

void TestRegionDetector::firstVerifiedAnswerWinsAndStopsTheRest()
{
    // EMEA 02 (api.gc3) holds its acceptance until every region that answers at all has
    // answered, so the list of answers is the same on every run.
    const LocalRegions regions(m_pki, mist, QStringLiteral("RRCTESHRSRRR"));
    const std::chrono::seconds deadline(60);
    const std::unique_ptr<Verifier> verifier = makeVerifier(deadline);
    RegionDetector detector(*verifier);
    QSignalSpy answered(&detector, &RegionDetector::regionAnswered);
    QSignalSpy finished(&detector, &RegionDetector::finished);

    detector.start(regions.provider(), mistToken);

    QVERIFY(detector.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 9, 20000);
    TlsTestServer* winner = regions.server(QStringLiteral("api.gc3"));
    QTRY_COMPARE(winner->requests().size(), 1);
    for (const QString& silent : {QStringLiteral("api.eu"), QStringLiteral("api.gc6")}) {
        QTRY_COMPARE(regions.server(silent)->requests().size(), 1);
    }
    QCOMPARE(finished.count(), 0);
    QElapsedTimer sinceAccepted;
    sinceAccepted.start();
    winner->release();

    QVERIFY(finished.wait(20000));
    const qint64 finishedAfter = sinceAccepted.elapsed();
    qInfo("detection finished %lld ms after the accepting region answered (deadline %lld s)",
          finishedAfter, static_cast<long long>(deadline.count()));
    QVERIFY2(finishedAfter < 10000, QByteArray::number(finishedAfter));
    QVERIFY(!detector.isRunning());
    const DetectionResult result = resultOf(finished);
    QCOMPARE(result.providerId, mist);
    QCOMPARE(outcomeId(result.outcome), QStringLiteral("verified"));
    QCOMPARE(result.winner.value_or(-1), 6);
    QVERIFY(result.found() != nullptr);
    QCOMPARE(result.found()->regionId, QStringLiteral("api.gc3"));
    QCOMPARE(result.found()->identity.name, QStringLiteral("Ada Lovelace"));
    QCOMPARE(result.title, QStringLiteral("Found your region"));
    QCOMPARE(result.message,
             QStringLiteral("Found your region: EMEA 02 (127.0.0.7) accepted the token."));
    QCOMPARE(regionOutcomes(result),
             strings({"api: rejected", "api.gc1: rejected", "api.ac2: network_error",
                      "api.gc2: tls_error", "api.gc4: server_error", "api.eu: stopped",
                      "api.gc3: verified", "api.ac6: rejected", "api.gc6: stopped",
                      "api.ac5: rejected", "api.gc5: rejected", "api.gc7: rejected"}));
    QCOMPARE(result.regions.at(0).answer->httpStatus, 401);
    QCOMPARE(result.regions.at(2).answer->cause, Cause::ConnectionRefused);
    QCOMPARE(result.regions.at(3).answer->tls.issuer, QStringLiteral("Inspecting Proxy Root"));
    QCOMPARE(result.regions.at(4).answer->retryAfterSeconds.value_or(-1), 30);
    QCOMPARE(answered.count(), 10);
    QCOMPARE(answered.constLast().constFirst().value<VerificationResult>().regionId,
             QStringLiteral("api.gc3"));

    // Each region asked once, the token only in Mist's header; none to the untrusted server,
    // and none to the US Government cloud, which a search never asks.
    QCOMPARE(regions.server(QStringLiteral("gov"))->connectionCount(), 0);
    for (const auto& [regionId, server] : regions.servers()) {
        const int expected = regionId == QLatin1String("api.gc2") ? 0 : 1;
        QVERIFY2(server->requests().size() == expected, qPrintable(regionId));
        QVERIFY2(server->connectionCount() <= 1, qPrintable(regionId));
        verifyTokenOnlyInItsHeader(*server, "Authorization", "Token " + mistToken.toLatin1());
        if (QTest::currentTestFailed()) {
            return;
        }
    }
    // The stopped requests were cancelled: their servers see the connection closed.
    for (const QString& silent : {QStringLiteral("api.eu"), QStringLiteral("api.gc6")}) {
        QTRY_COMPARE(regions.server(silent)->closedConnectionCount(), 1);
    }
    QCOMPARE(finished.count(), 1);
    QCOMPARE(answered.count(), 10);
}

void TestRegionDetector::jumpCloudKeyGoesOnlyInItsOwnHeader()
{
    const LocalRegions regions(m_pki, jumpCloud, QStringLiteral("RHR"));
    const std::unique_ptr<Verifier> verifier = makeVerifier(std::chrono::seconds(30));
    RegionDetector detector(*verifier);
    QSignalSpy answered(&detector, &RegionDetector::regionAnswered);
    QSignalSpy finished(&detector, &RegionDetector::finished);

    detector.start(regions.provider(), jumpCloudToken);
    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 2, 20000);
    QTRY_COMPARE(regions.server(QStringLiteral("eu"))->requests().size(), 1);
    regions.server(QStringLiteral("eu"))->release();

    QVERIFY(finished.wait(20000));
    const DetectionResult result = resultOf(finished);
    QVERIFY(result.found() != nullptr);
    QCOMPARE(result.found()->regionId, QStringLiteral("eu"));
    QCOMPARE(result.found()->identity.organizations.value(0).name, QStringLiteral("ACME"));
    QCOMPARE(regionOutcomes(result), strings({"us: rejected", "eu: verified", "in: rejected"}));
    for (const auto& [regionId, server] : regions.servers()) {
        QVERIFY2(server->requests().size() == 1, qPrintable(regionId));
        verifyTokenOnlyInItsHeader(*server, "x-api-key", jumpCloudToken.toLatin1());
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(server->requests().constFirst().headerValues("Authorization").isEmpty());
    }
}

void TestRegionDetector::mistRateLimitFindsTheRegion_data()
{
    QTest::addColumn<QString>("behaviours");
    QTest::addColumn<int>("retryAfter"); // -1: none
    QTest::addColumn<QDateTime>("retryAt");
    QTest::addColumn<QString>("wait");

    // The clock below says 14:37:12 UTC.
    const QDate day(2026, 11, 26);
    QTest::addRow("no Retry-After: the next full hour")
        << "RRRRRRNSSSSS" << -1 << QDateTime(day, QTime(15, 0), QTimeZone::utc())
        << "try again after 15:00 UTC";
    QTest::addRow("Retry-After 30 seconds")
        << "RRRRRRLSSSSS" << 30 << QDateTime(day, QTime(14, 37, 42), QTimeZone::utc())
        << "wait 30 second";
}

void TestRegionDetector::mistRateLimitFindsTheRegion()
{
    // Mist limits the requests of a token it knows and refuses one it does not with 401, so a
    // 429 is the token's home region: the search ends there, as the vendor's browser
    // extension's does, and the regions still silent are stopped.
    QFETCH(QString, behaviours);
    QFETCH(int, retryAfter);
    QFETCH(QDateTime, retryAt);
    QFETCH(QString, wait);
    const LocalRegions regions(m_pki, mist, behaviours);
    const std::unique_ptr<Verifier> verifier = makeVerifier(std::chrono::seconds(60));
    verifier->setClock(
        [] { return QDateTime(QDate(2026, 11, 26), QTime(14, 37, 12), QTimeZone::utc()); });
    RegionDetector detector(*verifier);
    QSignalSpy finished(&detector, &RegionDetector::finished);

    detector.start(regions.provider(), mistToken);

    QVERIFY(finished.wait(20000));
    const DetectionResult result = resultOf(finished);
    QCOMPARE(outcomeId(result.outcome), QStringLiteral("rate_limited"));
    QCOMPARE(exitCodeFor(result.outcome), 3);
    QCOMPARE(result.winner.value_or(-1), 6);
    QVERIFY(result.found() != nullptr);
    QCOMPARE(result.found()->regionId, QStringLiteral("api.gc3"));
    QCOMPARE(result.found()->retryAfterSeconds.value_or(-1), retryAfter);
    QCOMPARE(result.found()->retryAt, retryAt);
    QCOMPARE(result.title, QStringLiteral("Region found, rate limited"));
    for (const QString& part : {QStringLiteral("The token belongs to EMEA 02 (127.0.0.7)"), wait}) {
        QVERIFY2(result.message.contains(part), qPrintable(result.message));
    }
    QCOMPARE(result.vendorMessage, QStringLiteral("Too Many Request"));
    const QStringList outcomes = regionOutcomes(result);
    QCOMPARE(outcomes.mid(6),
             strings({"api.gc3: rate_limited", "api.ac6: stopped", "api.gc6: stopped",
                      "api.ac5: stopped", "api.gc5: stopped", "api.gc7: stopped"}));
    for (const QString& silent : {QStringLiteral("api.ac6"), QStringLiteral("api.gc7")}) {
        TlsTestServer* server = regions.server(silent);
        QTRY_VERIFY2(server->closedConnectionCount() == server->connectionCount(),
                     qPrintable(silent));
    }
    QCOMPARE(regions.server(QStringLiteral("gov"))->connectionCount(), 0);
}

void TestRegionDetector::jumpCloudRateLimitDoesNotTell()
{
    // JumpCloud publishes neither whom it limits nor when the limit ends: a 429 there says
    // nothing about where the key is at home.
    const LocalRegions regions(m_pki, jumpCloud, QStringLiteral("RNR"));
    const std::unique_ptr<Verifier> verifier = makeVerifier(std::chrono::seconds(30));
    RegionDetector detector(*verifier);
    QSignalSpy finished(&detector, &RegionDetector::finished);

    detector.start(regions.provider(), jumpCloudToken);

    QVERIFY(finished.wait(20000));
    const DetectionResult result = resultOf(finished);
    QVERIFY(result.found() == nullptr);
    QCOMPARE(outcomeId(result.outcome), QStringLiteral("rate_limited"));
    QCOMPARE(result.title, QStringLiteral("Region not found for certain"));
    QCOMPARE(regionOutcomes(result), strings({"us: rejected", "eu: rate_limited", "in: rejected"}));
    QVERIFY(!result.regions.at(1).answer->retryAt.isValid());
}

void TestRegionDetector::overallOutcomeWhenNoRegionAccepts_data()
{
    QTest::addColumn<QString>("behaviours");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("messageParts");

    QTest::addRow("every region refuses the token")
        << "RRRRRRRRRRRR"
        << "rejected" << 1 << "No region accepted the token"
        << strings({"Every region of Juniper Mist refused this token"});
    QTest::addRow("refused where checked, one region unreachable")
        << "RRRRRRRRRCRR"
        << "network_error" << 3 << "Region not found for certain"
        << strings({"not every region could be checked: APAC 01 (127.0.0.10): connection "
                    "refused.",
                    "127.0.0.10 refused the connection."});
    QTest::addRow("refused where checked, one region with a server error")
        << "RRRRERRRRRRR"
        << "server_error" << 3 << "Region not found for certain"
        << strings({"Global 05 (127.0.0.5): server error.", "30 second"});
    QTest::addRow("an untrusted certificate tells more than a server error")
        << "RRRRERRRRRTR"
        << "tls_error" << 3 << "Region not found for certain"
        << strings({"Global 05 (127.0.0.5): server error; APAC 02 (127.0.0.11): "
                    "connection not trusted.",
                    "Inspecting Proxy Root"});
    QTest::addRow("one region recognises the token but denies access")
        << "RRRRRRFRRRRR"
        << "forbidden" << 1 << "Region found, access denied"
        << strings({"The token belongs to EMEA 02 (127.0.0.7).", "denied access"});
    QTest::addRow("no region reachable") << "CCCCCCCCCCCC"
                                         << "network_error" << 3 << "No region could be checked"
                                         << strings({"No region of Juniper Mist could be checked",
                                                     "127.0.0.1 refused the connection."});
}

void TestRegionDetector::overallOutcomeWhenNoRegionAccepts()
{
    QFETCH(QString, behaviours);
    QFETCH(QString, outcome);
    QFETCH(int, exitCode);
    QFETCH(QString, title);
    QFETCH(QStringList, messageParts);
    const LocalRegions regions(m_pki, mist, behaviours);
    const std::unique_ptr<Verifier> verifier = makeVerifier(std::chrono::seconds(30));
    RegionDetector detector(*verifier);
    QSignalSpy answered(&detector, &RegionDetector::regionAnswered);
    QSignalSpy finished(&detector, &RegionDetector::finished);

    detector.start(regions.provider(), mistToken);

    QVERIFY(finished.wait(30000));
    const DetectionResult result = resultOf(finished);
    QVERIFY(result.found() == nullptr);
    QCOMPARE(result.regions.size(), 12);
    QCOMPARE(answered.count(), 12);
    for (const RegionAnswer& region : result.regions) {
        QVERIFY2(region.answer, qPrintable(region.region.id)); // none stopped
    }
    QCOMPARE(outcomeId(result.outcome), outcome);
    QCOMPARE(exitCodeFor(result.outcome), exitCode);
    QCOMPARE(result.title, title);
    for (const QString& part : messageParts) {
        QVERIFY2(result.message.contains(part), qPrintable(result.message));
    }
    QVERIFY(!result.message.contains(mistToken));
    for (const auto& [regionId, server] : regions.servers()) {
        QVERIFY2(server->requests().size() <= 1, qPrintable(regionId));
    }
}

void TestRegionDetector::providerWithoutRegionsAnswersOnce()
{
    Provider empty = *builtinCatalog().provider(jumpCloud);
    empty.regions.clear();
    const std::unique_ptr<Verifier> verifier = makeVerifier(std::chrono::seconds(30));
    RegionDetector detector(*verifier);
    QSignalSpy finished(&detector, &RegionDetector::finished);

    detector.start(empty, jumpCloudToken);

    QVERIFY(detector.isRunning());
    QCOMPARE(finished.count(), 0); // never from inside start()
    QVERIFY(finished.wait(5000));
    QVERIFY(!detector.isRunning());
    const DetectionResult result = resultOf(finished);
    QCOMPARE(result.outcome, Outcome::InvalidInput);
    QVERIFY2(result.message.contains(QLatin1String("Nothing was sent")),
             qPrintable(result.message));
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
}

void TestRegionDetector::cancelStopsEverythingQuietly()
{
    const LocalRegions regions(m_pki, mist, QStringLiteral("SSSSSSSSSSSS"));
    const std::unique_ptr<Verifier> verifier = makeVerifier(std::chrono::seconds(60));
    RegionDetector detector(*verifier);
    QSignalSpy answered(&detector, &RegionDetector::regionAnswered);
    QSignalSpy finished(&detector, &RegionDetector::finished);
    detector.start(regions.provider(), mistToken);
    for (const auto& [regionId, server] : regions.servers()) {
        QTRY_VERIFY2_WITH_TIMEOUT(server->requests().size() == 1, qPrintable(regionId), 20000);
    }

    detector.cancel();

    QVERIFY(!detector.isRunning());
    for (const auto& [regionId, server] : regions.servers()) {
        QTRY_VERIFY2(server->closedConnectionCount() == 1, qPrintable(regionId));
    }
    QTest::qWait(200); // time for any stray signal to arrive
    QCOMPARE(answered.count(), 0);
    QCOMPARE(finished.count(), 0);
}

void TestRegionDetector::cancelFromAProgressSlot()
{
    // The first answer, a refusal, makes the listener give up: the silent regions are
    // stopped, and nothing is reported after that.
    const LocalRegions regions(m_pki, jumpCloud, QStringLiteral("RSS"));
    const std::unique_ptr<Verifier> verifier = makeVerifier(std::chrono::seconds(60));
    RegionDetector detector(*verifier);
    connect(&detector, &RegionDetector::regionAnswered, &detector, &RegionDetector::cancel);
    QSignalSpy answered(&detector, &RegionDetector::regionAnswered);
    QSignalSpy finished(&detector, &RegionDetector::finished);

    detector.start(regions.provider(), jumpCloudToken);

    QTRY_COMPARE_WITH_TIMEOUT(answered.count(), 1, 20000);
    QVERIFY(!detector.isRunning());
    for (const QString& silent : {QStringLiteral("eu"), QStringLiteral("in")}) {
        TlsTestServer* server = regions.server(silent);
        QTRY_VERIFY2(server->closedConnectionCount() == server->connectionCount(),
                     qPrintable(silent));
    }
    QTest::qWait(200);
    QCOMPARE(answered.count(), 1);
    QCOMPARE(finished.count(), 0);
}

void TestRegionDetector::twelveSlowRegionsTakeLessThanTwiceOneCheck_data()
{
    QTest::addColumn<QString>("behaviours");
    QTest::addColumn<QString>("outcome");
    QTest::addRow("every region refuses, so every answer is awaited") << "RRRRRRRRRRRR"
                                                                      << "rejected";
    QTest::addRow("the last region accepts") << "RRRRRRRRRRRA"
                                             << "verified";
}

void TestRegionDetector::twelveSlowRegionsTakeLessThanTwiceOneCheck()
{
    // Every region answers 300 ms after its request arrives. The servers run in a thread of
    // their own: twelve server-side TLS handshakes in this thread would queue behind each
    // other and behind the client, and measure the test rather than the detection. What the
    // detection spends beyond one check is the client's twelve handshakes, which Qt's network
    // thread does one after another: tens of milliseconds in a release build, about four
    // times more under AddressSanitizer.
    QFETCH(QString, behaviours);
    QFETCH(QString, outcome);
    constexpr int answerDelayMs = 300;
    constexpr int rounds = 5;
    ServerThread serverThread;
    Catalog catalog = builtinCatalog();
    const QList<Region> mistRegions = RegionDetector::regionsToBeAsked(*catalog.provider(mist));
    QMap<QPair<QString, QString>, QUrl> apiBases;
    QList<TlsTestServer*> servers;
    for (int index = 0; index < mistRegions.size(); ++index) {
        CannedReply reply = replyFor(behaviours.at(index), mist);
        reply.delayMs = answerDelayMs;
        TlsTestServer* server =
            serverThread.addServer(m_pki.trustedServerConfiguration(), loopback(index), reply);
        QVERIFY(server != nullptr);
        QUrl base;
        serverThread.run([&base, server] { base = server->baseUrl(); });
        apiBases.insert({mist, mistRegions.at(index).id}, base);
        servers.append(server);
    }
    catalog = test::builtinCatalogWith(apiBases);
    const Provider& provider = *catalog.provider(mist);
    const Region lastRegion = *provider.region(mistRegions.constLast().id);
    const std::unique_ptr<Verifier> verifier = makeVerifier(std::chrono::seconds(30));

    const auto timeOneCheck = [&]() -> qint64 {
        QElapsedTimer clock;
        clock.start();
        VerificationJob* job = verifier->start(provider, lastRegion, mistToken);
        QSignalSpy done(job, &VerificationJob::finished);
        return done.wait(20000) ? clock.elapsed() : -1;
    };
    const auto timeDetection = [&]() -> qint64 {
        RegionDetector detector(*verifier);
        QSignalSpy done(&detector, &RegionDetector::finished);
        QElapsedTimer clock;
        clock.start();
        detector.start(provider, mistToken);
        if (!done.wait(20000)) {
            return -1;
        }
        const qint64 elapsed = clock.elapsed();
        return outcomeId(resultOf(done).outcome) == outcome ? elapsed : -2;
    };

    // Loads the system's certificate store and starts the network thread, once per process.
    QVERIFY(timeOneCheck() > 0);
    // The best of five rounds: a burst of load on a shared machine is not the detection.
    qint64 bestCheck = std::numeric_limits<qint64>::max();
    qint64 bestDetection = std::numeric_limits<qint64>::max();
    for (int round = 0; round < rounds; ++round) {
        const qint64 check = timeOneCheck();
        const qint64 detection = timeDetection();
        QVERIFY2(check > 0 && detection > 0, "a check or detection failed or gave another outcome");
        qInfo("round %d: one check %lld ms, detection over %lld regions %lld ms", round + 1, check,
              static_cast<long long>(mistRegions.size()), detection);
        bestCheck = std::min(bestCheck, check);
        bestDetection = std::min(bestDetection, detection);
    }
    const double ratio = double(bestDetection) / double(bestCheck);
    qInfo("best of %d: one check %lld ms, detection over %lld regions %lld ms, ratio %.2f", rounds,
          bestCheck, static_cast<long long>(mistRegions.size()), bestDetection, ratio);
    QVERIFY2(bestCheck >= answerDelayMs, QByteArray::number(bestCheck));
    QVERIFY2(ratio < 2.0, QByteArray::number(ratio));

    // At most one request per region and detection; the last region also had its own checks.
    QList<qsizetype> requestCounts;
    serverThread.run([&] {
        for (const TlsTestServer* server : servers) {
            requestCounts.append(server->requests().size());
        }
    });
    for (int index = 0; index < requestCounts.size(); ++index) {
        const int checks = index == requestCounts.size() - 1 ? 1 + rounds : 0;
        QVERIFY2(requestCounts.at(index) <= rounds + checks, qPrintable(mistRegions.at(index).id));
    }
}

QTEST_GUILESS_MAIN(TestRegionDetector)
#include "tst_regiondetector.moc"
