// Hostile networks, one fault per row, through real sockets against servers on 127.x started
// here: every check ends in time with the outcome of docs/ARCHITECTURE.md, and no server but the
// chosen API host ever receives the token. Each row prints its outcome and how long the check took.
#include "core/catalog.h"
#include "core/verifier.h"
#include "support/connectproxy.h"
#include "support/messagelog.h"
#include "support/sampleanswers.h"
#include "support/testpki.h"
#include "support/tlstestserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace cc;
using namespace cc::test;
using namespace std::chrono_literals;

namespace {
const QString token = sampleMistToken;
const QByteArray userBody = sampleMistUserBody;

enum class Fault {
    NeverAnswers,
    NeverStartsTls,
    DripsTheBody,
    ResetAfterStatus,
    ClosedMidBody,
    TruncatedJson,
    WrongShapeJson,
    CaptivePortal,
    HugeBodyDeclared,
    HugeBodyUndeclared,
    RedirectToAnotherHost,
    RedirectToPlainHttp,
    RedirectLoop,
    ExpiredCertificate,
    WrongHostCertificate,
    SelfSignedCertificate,
    NameDoesNotResolve,
    ConnectionRefused,
    ProxyTunnels,
    ProxyAsksForCredentials,
    ProxyRefusesConnections,
    RateLimitedWithRetryAfter,
    RateLimitedWithoutRetryAfter,
    Status500WithRetryAfter,
    Status502WithRetryAfter,
    Status503WithRetryAfter,
};

// Where a row sends its check, and how.
struct Scenario
{
    QUrl apiBase;
    QNetworkProxy proxy{QNetworkProxy::NoProxy};
    std::chrono::milliseconds deadline = 10s;
};

QUrl httpsUrl(const QHostAddress& host, quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host.toString());
    url.setPort(port);
    return url;
}

// A name no resolver can answer: five labels of 60 characters make it longer than the 255
// octets DNS allows. Qt accepts it, and the C library refuses it before building a query, so
// the lookup fails on this machine and no packet goes to any DNS server. A short unknown name
// would instead be asked of the configured resolver, which may be anywhere.
QString unresolvableHostName()
{
    const QString label(60, QLatin1Char('x'));
    return QStringList(5, label).join(QLatin1Char('.')) + QStringLiteral(".invalid");
}

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

// Starts a new peak at the current resident size, so a measurement sees one check alone.
void resetPeakResident()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly)) {
        clearRefs.write("5");
    }
}

CannedReply redirectTo(const QByteArray& location)
{
    CannedReply redirect = CannedReply::json(302, "");
    redirect.headers.append({"Location", location});
    return redirect;
}
} // namespace

Q_DECLARE_METATYPE(Fault)
Q_DECLARE_METATYPE(cc::Cause)

class TestFaults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void faults_data();
    void faults();
    void cleanupTestCase();

private:
    Scenario arrange(Fault fault);

    TestPki m_pki;
    std::optional<Catalog> m_builtin;
    // The chosen API host, and two more on another address that must never see the token.
    std::unique_ptr<TlsTestServer> m_api;
    std::unique_ptr<TlsTestServer> m_elsewhere;
    std::unique_ptr<TlsTestServer> m_plainElsewhere;
    std::unique_ptr<TlsTestServer> m_speaksNoTls;
    std::unique_ptr<ConnectProxy> m_proxy;
    std::unique_ptr<ConnectProxy> m_authenticatingProxy;
    std::unique_ptr<TlsTestServer> m_server; // the one that answers in this row
    QStringList m_summary;
};

void TestFaults::initTestCase()
{
    startRecordingMessages();
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    m_builtin = Catalog::loadBuiltin(&error);
    QVERIFY2(m_builtin, qPrintable(error));
    m_api = std::make_unique<TlsTestServer>(m_pki.trustedServerConfiguration());
    QVERIFY(m_api->listen(QHostAddress(QStringLiteral("127.0.0.1"))));
    m_elsewhere = std::make_unique<TlsTestServer>(m_pki.trustedServerConfiguration());
    QVERIFY(m_elsewhere->listen(QHostAddress(QStringLiteral("127.0.0.2"))));
    m_elsewhere->setReply(CannedReply::json(200, userBody));
    m_plainElsewhere = std::make_unique<TlsTestServer>(QSslConfiguration());
    QVERIFY(m_plainElsewhere->listen(QHostAddress(QStringLiteral("127.0.0.2"))));
    m_plainElsewhere->setReply(CannedReply::json(200, userBody));
    // Plain TCP behind an https:// address: it reads the TLS greeting and never answers it.
    m_speaksNoTls = std::make_unique<TlsTestServer>(QSslConfiguration());
    QVERIFY(m_speaksNoTls->listen(QHostAddress(QStringLiteral("127.0.0.3"))));
    CannedReply silent;
    silent.action = CannedReply::Action::NeverAnswer;
    m_speaksNoTls->setReply(silent);
    m_proxy = std::make_unique<ConnectProxy>(ConnectProxy::Mode::Tunnel);
    QVERIFY(m_proxy->listen(QHostAddress(QStringLiteral("127.0.0.4"))));
    m_authenticatingProxy =
        std::make_unique<ConnectProxy>(ConnectProxy::Mode::RequireAuthentication);
    QVERIFY(m_authenticatingProxy->listen(QHostAddress(QStringLiteral("127.0.0.4"))));
}

void TestFaults::init()
{
    m_server.reset();
}

Scenario TestFaults::arrange(Fault fault)
{
    Scenario scenario;
    scenario.apiBase = m_api->baseUrl();
    const QByteArray self = m_api->baseUrl().toEncoded() + "/api/v1/self";
    auto answer = [this](const CannedReply& reply) {
        m_api->setReply(reply);
    };
    auto serverWith = [this, &scenario](const QSslConfiguration& tls) {
        m_server = std::make_unique<TlsTestServer>(tls);
        m_server->listen(QHostAddress(QStringLiteral("127.0.0.5")));
        m_server->setReply(CannedReply::json(200, userBody));
        scenario.apiBase = m_server->baseUrl();
    };
    CannedReply reply = CannedReply::json(200, userBody);
    switch (fault) {
    case Fault::NeverAnswers:
        reply.action = CannedReply::Action::NeverAnswer;
        answer(reply);
        scenario.deadline = 2s;
        break;
    case Fault::NeverStartsTls:
        scenario.apiBase = httpsUrl(QHostAddress(QStringLiteral("127.0.0.3")),
                                    quint16(m_speaksNoTls->baseUrl().port()));
        scenario.deadline = 2s;
        break;
    case Fault::DripsTheBody:
        // Every byte arrives well within any per-read timeout; only a total deadline ends this.
        reply.action = CannedReply::Action::Drip;
        reply.dripIntervalMs = 2000;
        answer(reply);
        scenario.deadline = 3s;
        break;
    case Fault::ResetAfterStatus:
        reply.action = CannedReply::Action::ResetMidBody;
        answer(reply);
        break;
    case Fault::ClosedMidBody:
        reply.action = CannedReply::Action::CloseMidBody;
        answer(reply);
        break;
    case Fault::TruncatedJson:
        answer(CannedReply::json(200, userBody.left(userBody.size() / 2)));
        break;
    case Fault::WrongShapeJson:
        answer(CannedReply::json(200, R"({"status": "ok", "user": {"name": "Ada"}})"));
        break;
    case Fault::CaptivePortal:
        reply.headers = {{"Content-Type", "text/html"}};
        reply.body = "<html><body><form>Accept the terms to use the guest Wi-Fi</form></body>"
                     "</html>";
        answer(reply);
        break;
    case Fault::HugeBodyDeclared:
    case Fault::HugeBodyUndeclared:
        reply.action = CannedReply::Action::Stream;
        reply.streamBytes = 200LL * 1024 * 1024;
        reply.sendContentLength = fault == Fault::HugeBodyDeclared;
        answer(reply);
        break;
    case Fault::RedirectToAnotherHost:
        answer(redirectTo(m_elsewhere->baseUrl().toEncoded() + "/api/v1/self"));
        break;
    case Fault::RedirectToPlainHttp:
        answer(redirectTo(m_plainElsewhere->baseUrl().toEncoded() + "/api/v1/self"));
        break;
    case Fault::RedirectLoop:
        answer(redirectTo(self));
        break;
    case Fault::ExpiredCertificate:
        serverWith(m_pki.expiredServerConfiguration());
        break;
    case Fault::WrongHostCertificate:
        serverWith(m_pki.wrongHostServerConfiguration());
        break;
    case Fault::SelfSignedCertificate:
        serverWith(m_pki.selfSignedServerConfiguration());
        break;
    case Fault::NameDoesNotResolve:
        scenario.apiBase.setHost(unresolvableHostName());
        break;
    case Fault::ConnectionRefused:
        scenario.apiBase = httpsUrl(QHostAddress::LocalHost, refusedPort());
        break;
    case Fault::ProxyTunnels:
    case Fault::ProxyAsksForCredentials: {
        answer(CannedReply::json(200, userBody));
        // A name only the proxy can reach: Qt never asks a proxy about loopback addresses.
        scenario.apiBase.setHost(QLatin1String(proxiedHostName));
        const ConnectProxy& proxy =
            fault == Fault::ProxyTunnels ? *m_proxy : *m_authenticatingProxy;
        scenario.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, proxy.url().host(),
                                       quint16(proxy.url().port()));
        break;
    }
    case Fault::ProxyRefusesConnections:
        scenario.apiBase.setHost(QLatin1String(proxiedHostName));
        scenario.proxy =
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.4"), refusedPort());
        break;
    case Fault::RateLimitedWithRetryAfter:
        answer(CannedReply::json(429, R"({"detail": "Too Many Request"})")
                   .withHeader("Retry-After", "30"));
        break;
    case Fault::RateLimitedWithoutRetryAfter:
        answer(CannedReply::json(429, R"({"detail": "Too Many Request"})"));
        break;
    case Fault::Status500WithRetryAfter:
        answer(CannedReply::json(500, "{}").withHeader("Retry-After", "60"));
        break;
    case Fault::Status502WithRetryAfter:
        reply = CannedReply::json(502, "<html>Bad Gateway</html>");
        reply.headers = {{"Content-Type", "text/html"}, {"Retry-After", "90"}};
        answer(reply);
        break;
    case Fault::Status503WithRetryAfter:
        answer(CannedReply::json(503, "{}").withHeader("Retry-After", "120"));
        break;
    }
    return scenario;
}

void TestFaults::faults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<Cause>("cause");
    QTest::addColumn<int>("retryAfter"); // -1: none
    QTest::addColumn<int>("atLeastMs");  // ends no sooner: a deadline that is really total
    QTest::addColumn<int>("atMostMs");   // a generous bound: sanitizers slow everything down

    const auto row = [](const char* name, Fault fault, const char* outcome, Cause cause,
                        int retryAfter = -1, int atLeastMs = 0, int atMostMs = 8000) {
        QTest::newRow(name) << fault << QString::fromLatin1(outcome) << cause << retryAfter
                            << atLeastMs << atMostMs;
    };
    row("accepts, never answers (2 s deadline)", Fault::NeverAnswers, "timeout", Cause::None, -1,
        1900, 5000);
    row("accepts, never starts TLS (2 s deadline)", Fault::NeverStartsTls, "timeout", Cause::None,
        -1, 1900, 5000);
    row("body dripped 1 byte / 2 s (3 s deadline)", Fault::DripsTheBody, "timeout", Cause::None, -1,
        2900, 5500);
    row("reset after a 200 status line", Fault::ResetAfterStatus, "network_error",
        Cause::ConnectionClosed);
    row("closed mid-body after a 200 status line", Fault::ClosedMidBody, "network_error",
        Cause::ConnectionClosed);
    row("truncated JSON", Fault::TruncatedJson, "unexpected_response", Cause::NotJson);
    row("valid JSON of the wrong shape", Fault::WrongShapeJson, "unexpected_response",
        Cause::WrongShape);
    row("HTML page with 200 (captive portal)", Fault::CaptivePortal, "unexpected_response",
        Cause::NotJson);
    row("200 MB body, length declared", Fault::HugeBodyDeclared, "unexpected_response",
        Cause::TooLarge);
    row("200 MB body, length not declared", Fault::HugeBodyUndeclared, "unexpected_response",
        Cause::TooLarge);
    row("redirect to another host", Fault::RedirectToAnotherHost, "unexpected_response",
        Cause::Redirect);
    row("redirect to plain http", Fault::RedirectToPlainHttp, "unexpected_response",
        Cause::Redirect);
    row("redirect loop (to itself)", Fault::RedirectLoop, "unexpected_response", Cause::Redirect);
    row("expired certificate", Fault::ExpiredCertificate, "tls_error", Cause::None);
    row("certificate for another host", Fault::WrongHostCertificate, "tls_error", Cause::None);
    row("self-signed certificate", Fault::SelfSignedCertificate, "tls_error", Cause::None);
    row("name that cannot resolve", Fault::NameDoesNotResolve, "network_error",
        Cause::HostNotFound);
    row("refused connection", Fault::ConnectionRefused, "network_error", Cause::ConnectionRefused);
    row("HTTP proxy tunnels the check", Fault::ProxyTunnels, "verified", Cause::None);
    row("proxy answers 407", Fault::ProxyAsksForCredentials, "proxy_error",
        Cause::ProxyAuthenticationRequired);
    // Qt reports a refused proxy as an unknown network error; its words still say "refused".
    row("proxy refuses connections", Fault::ProxyRefusesConnections, "proxy_error",
        Cause::OtherProxyFailure);
    row("429 with Retry-After", Fault::RateLimitedWithRetryAfter, "rate_limited", Cause::None, 30);
    row("429 without Retry-After", Fault::RateLimitedWithoutRetryAfter, "rate_limited",
        Cause::None);
    row("500 with Retry-After", Fault::Status500WithRetryAfter, "server_error", Cause::None, 60);
    row("502 with Retry-After", Fault::Status502WithRetryAfter, "server_error", Cause::None, 90);
    row("503 with Retry-After", Fault::Status503WithRetryAfter, "server_error", Cause::None, 120);
}

void TestFaults::faults()
{
    QFETCH(Fault, fault);
    QFETCH(QString, outcome);
    QFETCH(Cause, cause);
    QFETCH(int, retryAfter);
    QFETCH(int, atLeastMs);
    QFETCH(int, atMostMs);

    const Scenario scenario = arrange(fault);
    // The region is changed as a copy, not through a catalog: a catalog refuses a host as long
    // as the one that cannot resolve.
    const Provider* mist = m_builtin->provider(QStringLiteral("juniper-mist"));
    Region region = *mist->region(QStringLiteral("api.gc3"));
    region.api = scenario.apiBase;
    const int apiRequestsBefore = int(m_api->requests().size());
    const int proxyConnectionsBefore = m_proxy->connectionCount();

    QNetworkAccessManager network;
    network.setProxy(scenario.proxy);
    Verifier verifier(&network);
    verifier.setDeadline(scenario.deadline);
    verifier.addCaCertificates(m_pki.caCertificates());
    resetPeakResident();
    const qint64 peakBefore = peakResidentKiB();
    QElapsedTimer clock;
    clock.start();
    VerificationJob* job = verifier.start(*mist, region, token);
    QSignalSpy finished(job, &VerificationJob::finished);
    QVERIFY(finished.wait(30000));
    const qint64 elapsedMs = clock.elapsed();
    const qint64 grownKiB = peakResidentKiB() - peakBefore;
    const auto result = finished.constFirst().constFirst().value<VerificationResult>();

    const QString line =
        QStringLiteral("%1 | %2 | %3 ms")
            .arg(QString::fromLatin1(QTest::currentDataTag()), outcomeId(result.outcome))
            .arg(elapsedMs);
    qInfo("fault: %s", qPrintable(line));
    m_summary.append(line);

    QCOMPARE(outcomeId(result.outcome), outcome);
    QCOMPARE(result.cause, cause);
    QCOMPARE(result.retryAfterSeconds.value_or(-1), retryAfter);
    QVERIFY2(elapsedMs >= atLeastMs && elapsedMs <= atMostMs, QByteArray::number(elapsedMs));
    QVERIFY(!result.title.isEmpty());
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!result.message.contains(token));
    QVERIFY(!result.technicalDetail.contains(token));

    // What the servers received: the token in the provider's header, once, and nowhere else.
    const QByteArray header = "Token " + token.toLatin1();
    for (qsizetype i = apiRequestsBefore; i < m_api->requests().size(); ++i) {
        const ReceivedRequest& request = m_api->requests().at(i);
        QCOMPARE(request.headerValues("Authorization"), QList<QByteArray>{header});
        QCOMPARE(request.raw.count(token.toLatin1()), 1);
        QVERIFY(!request.target.contains(token.toLatin1()));
    }
    for (const TlsTestServer* other :
         {m_elsewhere.get(), m_plainElsewhere.get(), m_speaksNoTls.get(), m_server.get()}) {
        if (other == nullptr) {
            continue;
        }
        for (const ReceivedRequest& request : other->requests()) {
            QVERIFY2(!request.raw.contains(token.toLatin1()), "another server got the token");
        }
    }
    QVERIFY2(!m_proxy->receivedBytes().contains(token.toLatin1()), "the proxy read the token");
    QVERIFY(!m_authenticatingProxy->receivedBytes().contains(token.toLatin1()));

    switch (fault) {
    case Fault::HugeBodyDeclared:
    case Fault::HugeBodyUndeclared:
        qInfo("200 MB body: peak memory grew %lld KiB", grownKiB);
        QVERIFY2(grownKiB < 64 * 1024, QByteArray::number(grownKiB));
        break;
    case Fault::RedirectToAnotherHost:
    case Fault::RedirectToPlainHttp:
    case Fault::RedirectLoop:
        // Never followed: the other hosts heard nothing, and the loop went round once only.
        QCOMPARE(m_elsewhere->connectionCount(), 0);
        QCOMPARE(m_plainElsewhere->connectionCount(), 0);
        QCOMPARE(m_api->requests().size(), apiRequestsBefore + 1);
        QCOMPARE(result.httpStatus, 302);
        QVERIFY(!result.redirectTarget.isEmpty());
        QVERIFY2(result.message.contains(result.redirectTarget), qPrintable(result.message));
        QVERIFY2(fault != Fault::RedirectToPlainHttp ||
                     result.redirectTarget.startsWith(QLatin1String("http://127.0.0.2:")),
                 qPrintable(result.redirectTarget));
        break;
    case Fault::ExpiredCertificate:
    case Fault::WrongHostCertificate:
    case Fault::SelfSignedCertificate:
        // Subject and issuer let IT recognise an inspecting proxy; the token stayed here.
        QVERIFY(!result.tls.problem.isEmpty());
        QVERIFY(!result.tls.subject.isEmpty());
        QVERIFY(!result.tls.issuer.isEmpty());
        QVERIFY2(result.message.contains(result.tls.subject), qPrintable(result.message));
        QVERIFY2(result.message.contains(result.tls.issuer), qPrintable(result.message));
        QVERIFY(m_server->requests().isEmpty());
        if (fault == Fault::SelfSignedCertificate) {
            QCOMPARE(result.tls.issuer, QStringLiteral("Inspecting Proxy Root"));
        }
        break;
    case Fault::NameDoesNotResolve:
        QVERIFY2(result.message.contains(QLatin1String("could not be found")),
                 qPrintable(result.message));
        break;
    case Fault::ConnectionRefused:
        QVERIFY2(result.message.contains(QLatin1String("refused")), qPrintable(result.message));
        break;
    case Fault::ProxyTunnels:
        // The proxy saw the tunnel request and encrypted bytes; the API host saw the token.
        // One tunnel per request: the check and its follow-ups (the test server closes each).
        QCOMPARE(m_proxy->connectionCount(), proxyConnectionsBefore + mistUserRequests);
        QCOMPARE(m_proxy->requestLines().constLast(),
                 "CONNECT " + QByteArray(proxiedHostName) + ':' +
                     QByteArray::number(m_api->baseUrl().port()) + " HTTP/1.1");
        QCOMPARE(m_api->requests().size(), apiRequestsBefore + mistUserRequests);
        QCOMPARE(result.proxy, m_proxy->hostAndPort());
        QCOMPARE(result.identity.email, QStringLiteral("ada@example.com"));
        break;
    case Fault::ProxyAsksForCredentials:
        QVERIFY(m_authenticatingProxy->requestLines().constLast().startsWith("CONNECT "));
        QVERIFY2(result.message.contains(m_authenticatingProxy->hostAndPort()),
                 qPrintable(result.message));
        QCOMPARE(m_api->requests().size(), apiRequestsBefore);
        break;
    case Fault::ProxyRefusesConnections:
        QVERIFY2(result.message.contains(QLatin1String("127.0.0.4:")), qPrintable(result.message));
        QVERIFY2(result.technicalDetail.contains(QLatin1String("refused")),
                 qPrintable(result.technicalDetail));
        break;
    default:
        break;
    }
}

void TestFaults::cleanupTestCase()
{
    qInfo("fault | outcome | time to end\n%s", qPrintable(m_summary.join(QLatin1Char('\n'))));
    // Qt's own debug messages of every category were on: the token is in none of them.
    const QStringList messages = stopRecordingMessages();
    QVERIFY(!messages.isEmpty());
    for (const QString& message : messages) {
        QVERIFY2(!message.contains(token), "a logged message holds the token");
    }
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
