// From what the network said to what the person reads: transport errors and HTTP statuses to
// outcomes, Retry-After to a wait, outcomes to the words of docs/ARCHITECTURE.md and the CLI's exit
// codes, and every outcome to a title and a message with a next step.
#include "core/catalog.h"
#include "core/outcomemessages.h"
#include "core/replyclassifier.h"
#include "core/result.h"
#include "core/retryafter.h"

#include <QTest>
#include <QTimeZone>

#include <chrono>
#include <optional>

using namespace cc;
using namespace std::chrono_literals;

namespace {

// A fixed "now" for every Retry-After date: Monday, 6 May 2024, 08:00:00 UTC.
QDateTime fixedNow()
{
    return QDateTime(QDate(2024, 5, 6), QTime(8, 0, 0), QTimeZone::utc());
}

const Outcome allOutcomes[] = {
    Outcome::Verified,     Outcome::Rejected,           Outcome::Forbidden,
    Outcome::InvalidInput, Outcome::RateLimited,        Outcome::ServerError,
    Outcome::Timeout,      Outcome::NetworkError,       Outcome::TlsError,
    Outcome::ProxyError,   Outcome::UnexpectedResponse,
};

} // namespace

class TestClassification final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void classifyReply_data();
    void classifyReply();
    void proxyAskingAgainAfterASignInRefusedIt_data();
    void proxyAskingAgainAfterASignInRefusedIt();

    void parseRetryAfter_data();
    void parseRetryAfter();
    void retryAfterDateIsReadAsUtcWhateverNowsZone();
    void retryAfterDateIgnoresTheComputersTimeZone();

    void outcomeWords_data();
    void outcomeWords();
    void unknownOutcomeWords_data();
    void unknownOutcomeWords();

    void describeOutcome_data();
    void describeOutcome();
    void describeInvalidInput();
    void rejectedMistMessageNamesTheRegion();
    void rejectedJumpCloudMessageNamesTheRegion();
    void forbiddenMessageSaysWhatToAskFor_data();
    void forbiddenMessageSaysWhatToAskFor();
    void rateLimitedMessageMentionsTheWait_data();
    void rateLimitedMessageMentionsTheWait();
    void tlsMessageNamesTheCertificate();
    void timeoutMessageNamesTheDeadline();

private:
    const Provider& provider(const QString& id) const;
    const Region& region(const QString& providerId, const QString& regionId) const;

    std::optional<Catalog> m_catalog;
};

void TestClassification::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltin(&error);
    QVERIFY2(m_catalog.has_value(), qPrintable(error));
    QVERIFY(m_catalog->provider(QStringLiteral("juniper-mist")) != nullptr);
    QVERIFY(m_catalog->provider(QStringLiteral("jumpcloud")) != nullptr);
}

const Provider& TestClassification::provider(const QString& id) const
{
    return *m_catalog->provider(id);
}

const Region& TestClassification::region(const QString& providerId, const QString& regionId) const
{
    return *provider(providerId).region(regionId);
}

void TestClassification::classifyReply_data()
{
    using E = QNetworkReply::NetworkError;
    using O = Outcome;
    using C = Cause;
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("viaProxy");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Cause>("cause");

    // Transport failures: no HTTP answer arrived.
    QTest::addRow("host not found")
        << E::HostNotFoundError << 0 << false << O::NetworkError << C::HostNotFound;
    QTest::addRow("connection refused")
        << E::ConnectionRefusedError << 0 << false << O::NetworkError << C::ConnectionRefused;
    QTest::addRow("remote host closed")
        << E::RemoteHostClosedError << 0 << false << O::NetworkError << C::ConnectionClosed;
    QTest::addRow("timeout") << E::TimeoutError << 0 << false << O::Timeout << C::None;
    QTest::addRow("operation canceled")
        << E::OperationCanceledError << 0 << false << O::NetworkError << C::OtherNetworkFailure;
    QTest::addRow("TLS handshake failed")
        << E::SslHandshakeFailedError << 0 << false << O::TlsError << C::None;
    QTest::addRow("temporary network failure") << E::TemporaryNetworkFailureError << 0 << false
                                               << O::NetworkError << C::OtherNetworkFailure;
    QTest::addRow("network session failed")
        << E::NetworkSessionFailedError << 0 << false << O::NetworkError << C::OtherNetworkFailure;
    QTest::addRow("background request not allowed")
        << E::BackgroundRequestNotAllowedError << 0 << false << O::NetworkError
        << C::OtherNetworkFailure;
    QTest::addRow("unknown network error")
        << E::UnknownNetworkError << 0 << false << O::NetworkError << C::OtherNetworkFailure;
    QTest::addRow("too many redirects")
        << E::TooManyRedirectsError << 0 << false << O::UnexpectedResponse << C::Redirect;
    QTest::addRow("insecure redirect")
        << E::InsecureRedirectError << 0 << false << O::UnexpectedResponse << C::Redirect;

    // The proxy.
    QTest::addRow("proxy connection refused")
        << E::ProxyConnectionRefusedError << 0 << true << O::ProxyError << C::ProxyRefused;
    QTest::addRow("proxy connection closed")
        << E::ProxyConnectionClosedError << 0 << true << O::ProxyError << C::ProxyRefused;
    QTest::addRow("proxy not found")
        << E::ProxyNotFoundError << 0 << true << O::ProxyError << C::OtherProxyFailure;
    QTest::addRow("proxy timeout")
        << E::ProxyTimeoutError << 0 << true << O::ProxyError << C::OtherProxyFailure;
    QTest::addRow("proxy authentication required")
        << E::ProxyAuthenticationRequiredError << 0 << true << O::ProxyError
        << C::ProxyAuthenticationRequired;
    QTest::addRow("proxy authentication required with 407")
        << E::ProxyAuthenticationRequiredError << 407 << true << O::ProxyError
        << C::ProxyAuthenticationRequired;
    QTest::addRow("unknown proxy error")
        << E::UnknownProxyError << 0 << true << O::ProxyError << C::OtherProxyFailure;
    // Through a proxy, failing before any answer means the proxy failed.
    QTest::addRow("refused via proxy")
        << E::ConnectionRefusedError << 0 << true << O::ProxyError << C::ProxyRefused;
    QTest::addRow("host not found via proxy")
        << E::HostNotFoundError << 0 << true << O::ProxyError << C::OtherProxyFailure;
    QTest::addRow("unknown network error via proxy")
        << E::UnknownNetworkError << 0 << true << O::ProxyError << C::OtherProxyFailure;
    QTest::addRow("closed via proxy is still the connection")
        << E::RemoteHostClosedError << 0 << true << O::NetworkError << C::ConnectionClosed;
    QTest::addRow("TLS via proxy is still TLS")
        << E::SslHandshakeFailedError << 0 << true << O::TlsError << C::None;
    QTest::addRow("401 via proxy")
        << E::AuthenticationRequiredError << 401 << true << O::Rejected << C::None;

    // A transport failure wins over a status line: a broken body is no answer.
    QTest::addRow("closed mid-answer after 200")
        << E::RemoteHostClosedError << 200 << false << O::NetworkError << C::ConnectionClosed;
    QTest::addRow("closed mid-answer after 200 via proxy")
        << E::RemoteHostClosedError << 200 << true << O::NetworkError << C::ConnectionClosed;
    QTest::addRow("timeout after 200") << E::TimeoutError << 200 << false << O::Timeout << C::None;
    QTest::addRow("canceled after 401")
        << E::OperationCanceledError << 401 << false << O::NetworkError << C::OtherNetworkFailure;

    // The status decides, with the error Qt reports alongside it.
    QTest::addRow("200") << E::NoError << 200 << false << O::Verified << C::None;
    QTest::addRow("200 via proxy") << E::NoError << 200 << true << O::Verified << C::None;
    QTest::addRow("401") << E::AuthenticationRequiredError << 401 << false << O::Rejected
                         << C::None;
    QTest::addRow("403") << E::ContentAccessDenied << 403 << false << O::Forbidden << C::None;
    QTest::addRow("407 without a proxy error") << E::UnknownContentError << 407 << false
                                               << O::ProxyError << C::ProxyAuthenticationRequired;
    QTest::addRow("429") << E::UnknownContentError << 429 << false << O::RateLimited << C::None;
    QTest::addRow("500") << E::InternalServerError << 500 << false << O::ServerError << C::None;
    QTest::addRow("502") << E::UnknownServerError << 502 << false << O::ServerError << C::None;
    QTest::addRow("503") << E::ServiceUnavailableError << 503 << false << O::ServerError << C::None;
    QTest::addRow("504") << E::UnknownServerError << 504 << false << O::ServerError << C::None;
    QTest::addRow("599") << E::UnknownServerError << 599 << false << O::ServerError << C::None;
    QTest::addRow("301") << E::NoError << 301 << false << O::UnexpectedResponse << C::Redirect;
    QTest::addRow("302") << E::NoError << 302 << false << O::UnexpectedResponse << C::Redirect;
    QTest::addRow("307") << E::NoError << 307 << false << O::UnexpectedResponse << C::Redirect;
    QTest::addRow("404") << E::ContentNotFoundError << 404 << false << O::UnexpectedResponse
                         << C::UnexpectedStatus;
    QTest::addRow("418") << E::UnknownContentError << 418 << false << O::UnexpectedResponse
                         << C::UnexpectedStatus;
    QTest::addRow("204") << E::NoError << 204 << false << O::UnexpectedResponse
                         << C::UnexpectedStatus;
    QTest::addRow("400") << E::ProtocolInvalidOperationError << 400 << false
                         << O::UnexpectedResponse << C::UnexpectedStatus;
    QTest::addRow("600") << E::NoError << 600 << false << O::UnexpectedResponse
                         << C::UnexpectedStatus;
    QTest::addRow("0, no error: not HTTP")
        << E::NoError << 0 << false << O::UnexpectedResponse << C::NotJson;
    QTest::addRow("0, protocol failure")
        << E::ProtocolFailure << 0 << false << O::UnexpectedResponse << C::NotJson;
    QTest::addRow("0, unknown protocol")
        << E::ProtocolUnknownError << 0 << false << O::UnexpectedResponse << C::NotJson;
}

void TestClassification::classifyReply()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(int, httpStatus);
    QFETCH(bool, viaProxy);
    QFETCH(Outcome, outcome);
    QFETCH(Cause, cause);

    const Classification classification = cc::classifyReply(error, httpStatus, viaProxy);
    QCOMPARE(outcomeId(classification.outcome), outcomeId(outcome));
    QCOMPARE(classification.outcome, outcome);
    QCOMPARE(classification.cause, cause);
    // Nothing the network says is ever "the input was wrong": that is decided before.
    QVERIFY(classification.outcome != Outcome::InvalidInput);
}

void TestClassification::proxyAskingAgainAfterASignInRefusedIt_data()
{
    using E = QNetworkReply::NetworkError;
    using C = Cause;
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<Cause>("cause");
    QTest::addRow("Qt's proxy error")
        << E::ProxyAuthenticationRequiredError << 0 << C::ProxySignInRefused;
    QTest::addRow("407") << E::ProxyAuthenticationRequiredError << 407 << C::ProxySignInRefused;
    // A sign-in the proxy took says nothing about what came after it.
    QTest::addRow("401 after the sign-in") << E::AuthenticationRequiredError << 401 << C::None;
    QTest::addRow("proxy refused the connection")
        << E::ProxyConnectionRefusedError << 0 << C::ProxyRefused;
}

void TestClassification::proxyAskingAgainAfterASignInRefusedIt()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(int, httpStatus);
    QFETCH(Cause, cause);

    const Classification given = cc::classifyReply(error, httpStatus, true, true);
    QCOMPARE(given.cause, cause);
    QCOMPARE(given.outcome, cc::classifyReply(error, httpStatus, true).outcome);
}

void TestClassification::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds"); // -1: nothing readable

    QTest::addRow("120") << QByteArray("120") << 120;
    QTest::addRow("0") << QByteArray("0") << 0;
    QTest::addRow("surrounding space") << QByteArray(" 7 ") << 7;
    QTest::addRow("leading zeros") << QByteArray("007") << 7;
    QTest::addRow("one day") << QByteArray("86400") << 86400;
    QTest::addRow("a day and a second, capped") << QByteArray("86401") << 86400;
    QTest::addRow("9999999999, capped") << QByteArray("9999999999") << 86400;
    QTest::addRow("beyond 64 bits, capped") << QByteArray("99999999999999999999999999") << 86400;
    QTest::addRow("date 90 s ahead") << QByteArray("Mon, 06 May 2024 08:01:30 GMT") << 90;
    QTest::addRow("date now") << QByteArray("Mon, 06 May 2024 08:00:00 GMT") << 0;
    QTest::addRow("date across midnight")
        << QByteArray("Tue, 07 May 2024 00:00:00 GMT") << 16 * 3600;
    QTest::addRow("date in the past") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 0;
    QTest::addRow("date a second ago") << QByteArray("Mon, 06 May 2024 07:59:59 GMT") << 0;
    QTest::addRow("date a year ahead, capped")
        << QByteArray("Tue, 06 May 2025 08:00:00 GMT") << 86400;
    // RFC 9110 5.6.7: a recipient MUST also accept the two obsolete forms.
    QTest::addRow("obsolete RFC 850 date") << QByteArray("Monday, 06-May-24 08:01:30 GMT") << 90;
    QTest::addRow("obsolete asctime date") << QByteArray("Mon May  6 08:01:30 2024") << 90;
    QTest::addRow("soon") << QByteArray("soon") << -1;
    QTest::addRow("empty") << QByteArray() << -1;
    QTest::addRow("only space") << QByteArray("   ") << -1;
    QTest::addRow("-5") << QByteArray("-5") << -1;
    QTest::addRow("+5") << QByteArray("+5") << -1;
    QTest::addRow("1.5") << QByteArray("1.5") << -1;
    QTest::addRow("with a unit") << QByteArray("120s") << -1;
    QTest::addRow("hex") << QByteArray("0x10") << -1;
    QTest::addRow("date without zone") << QByteArray("Mon, 06 May 2024 08:01:30") << -1;
    QTest::addRow("date with an impossible day")
        << QByteArray("Mon, 32 May 2024 08:01:30 GMT") << -1;
    QTest::addRow("ISO date") << QByteArray("2024-05-06T08:01:30Z") << -1;
    QTest::addRow("very long") << QByteArray(100, '1') << -1;
}

void TestClassification::parseRetryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);

    const std::optional<int> wait = cc::parseRetryAfter(header, fixedNow());
    if (seconds < 0) {
        QVERIFY2(!wait.has_value(), qPrintable(QString::number(wait.value_or(-1))));
    } else {
        QVERIFY(wait.has_value());
        QCOMPARE(*wait, seconds);
    }
}

void TestClassification::retryAfterDateIsReadAsUtcWhateverNowsZone()
{
    // The same instant as fixedNow(), written two hours east of UTC.
    const QDateTime now(QDate(2024, 5, 6), QTime(10, 0, 0), QTimeZone(2 * 3600));
    QCOMPARE(now.toMSecsSinceEpoch(), fixedNow().toMSecsSinceEpoch());
    QCOMPARE(cc::parseRetryAfter("Mon, 06 May 2024 08:01:30 GMT", now), std::optional<int>(90));
    QCOMPARE(cc::parseRetryAfter("Mon, 06 May 2024 08:01:30 GMT", now.toLocalTime()),
             std::optional<int>(90));
}

void TestClassification::retryAfterDateIgnoresTheComputersTimeZone()
{
    // An HTTP-date is GMT whatever the computer's zone. 02:30 on 31 March 2024 does not exist
    // as local time in Berlin (clocks jump from 02:00 to 03:00), but it does in GMT.
    const QByteArray savedTz = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", "Europe/Berlin");
    const QDateTime now(QDate(2024, 3, 31), QTime(2, 29, 0), QTimeZone::utc());
    const std::optional<int> inGap = cc::parseRetryAfter("Sun, 31 Mar 2024 02:30:00 GMT", now);
    const std::optional<int> outsideGap =
        cc::parseRetryAfter("Sun, 31 Mar 2024 03:30:00 GMT", now.addSecs(3600));
    if (hadTz) {
        qputenv("TZ", savedTz);
    } else {
        qunsetenv("TZ");
    }
    QCOMPARE(outsideGap, std::optional<int>(60));
    QCOMPARE(inGap, std::optional<int>(60));
}

void TestClassification::outcomeWords_data()
{
    using O = Outcome;
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("exitCode");

    // The outcome table of docs/ARCHITECTURE.md, in its order.
    QTest::addRow("verified") << O::Verified << QStringLiteral("verified") << 0;
    QTest::addRow("rejected") << O::Rejected << QStringLiteral("rejected") << 1;
    QTest::addRow("forbidden") << O::Forbidden << QStringLiteral("forbidden") << 1;
    QTest::addRow("invalid_input") << O::InvalidInput << QStringLiteral("invalid_input") << 2;
    QTest::addRow("rate_limited") << O::RateLimited << QStringLiteral("rate_limited") << 3;
    QTest::addRow("server_error") << O::ServerError << QStringLiteral("server_error") << 3;
    QTest::addRow("timeout") << O::Timeout << QStringLiteral("timeout") << 3;
    QTest::addRow("network_error") << O::NetworkError << QStringLiteral("network_error") << 3;
    QTest::addRow("tls_error") << O::TlsError << QStringLiteral("tls_error") << 3;
    QTest::addRow("proxy_error") << O::ProxyError << QStringLiteral("proxy_error") << 3;
    QTest::addRow("unexpected_response")
        << O::UnexpectedResponse << QStringLiteral("unexpected_response") << 3;
}

void TestClassification::outcomeWords()
{
    QFETCH(Outcome, outcome);
    QFETCH(QString, word);
    QFETCH(int, exitCode);

    QCOMPARE(outcomeId(outcome), word);
    const std::optional<Outcome> back = outcomeFromId(word);
    QVERIFY(back.has_value());
    QCOMPARE(*back, outcome);
    QCOMPARE(exitCodeFor(outcome), exitCode);
    // Exit code 3 is "could not tell": worth trying again later.
    QCOMPARE(isTransient(outcome), exitCode == 3);

    // Every outcome has a word of its own.
    int sameWord = 0;
    for (const Outcome other : allOutcomes) {
        if (outcomeId(other) == word) {
            ++sameWord;
        }
    }
    QCOMPARE(sameWord, 1);
}

void TestClassification::unknownOutcomeWords_data()
{
    QTest::addColumn<QString>("word");

    QTest::addRow("empty") << QString();
    QTest::addRow("upper-case") << QStringLiteral("VERIFIED");
    QTest::addRow("hyphen for underscore") << QStringLiteral("rate-limited");
    QTest::addRow("camel case") << QStringLiteral("RateLimited");
    QTest::addRow("padded") << QStringLiteral(" verified");
    QTest::addRow("unknown") << QStringLiteral("ok");
}

void TestClassification::unknownOutcomeWords()
{
    QFETCH(QString, word);
    QVERIFY(!outcomeFromId(word).has_value());
}

void TestClassification::describeOutcome_data()
{
    using O = Outcome;
    using C = Cause;
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<Cause>("cause");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("mentions"); // a part of the message that must be there

    const QString host = QStringLiteral("api.gc3.mist.com");
    QTest::addRow("verified") << O::Verified << C::None << 200 << QStringLiteral("EMEA 02");
    QTest::addRow("rejected") << O::Rejected << C::None << 401 << QStringLiteral("Juniper Mist");
    QTest::addRow("forbidden") << O::Forbidden << C::None << 403 << QStringLiteral("Juniper Mist");
    QTest::addRow("rate_limited") << O::RateLimited << C::None << 429 << QStringLiteral("5,000");
    QTest::addRow("server_error") << O::ServerError << C::None << 503 << QStringLiteral("503");
    QTest::addRow("timeout") << O::Timeout << C::None << 0 << host;
    QTest::addRow("network_error: host not found")
        << O::NetworkError << C::HostNotFound << 0 << host;
    QTest::addRow("network_error: refused") << O::NetworkError << C::ConnectionRefused << 0 << host;
    QTest::addRow("network_error: closed") << O::NetworkError << C::ConnectionClosed << 0 << host;
    QTest::addRow("network_error: other") << O::NetworkError << C::OtherNetworkFailure << 0 << host;
    QTest::addRow("tls_error") << O::TlsError << C::None << 0 << host;
    QTest::addRow("proxy_error: sign-in")
        << O::ProxyError << C::ProxyAuthenticationRequired << 407 << QStringLiteral("proxy");
    QTest::addRow("proxy_error: sign-in refused")
        << O::ProxyError << C::ProxySignInRefused << 407
        << QStringLiteral("refused the user name or password");
    QTest::addRow("proxy_error: refused")
        << O::ProxyError << C::ProxyRefused << 0 << QStringLiteral("proxy");
    QTest::addRow("proxy_error: other")
        << O::ProxyError << C::OtherProxyFailure << 0 << QStringLiteral("proxy");
    QTest::addRow("unexpected_response: redirect")
        << O::UnexpectedResponse << C::Redirect << 302 << host;
    QTest::addRow("unexpected_response: too large")
        << O::UnexpectedResponse << C::TooLarge << 200 << QStringLiteral("1 MiB");
    QTest::addRow("unexpected_response: not JSON")
        << O::UnexpectedResponse << C::NotJson << 200 << host;
    QTest::addRow("unexpected_response: wrong shape")
        << O::UnexpectedResponse << C::WrongShape << 200 << host;
    QTest::addRow("unexpected_response: status")
        << O::UnexpectedResponse << C::UnexpectedStatus << 418 << QStringLiteral("418");
}

void TestClassification::describeOutcome()
{
    QFETCH(Outcome, outcome);
    QFETCH(Cause, cause);
    QFETCH(int, httpStatus);
    QFETCH(QString, mentions);

    VerificationResult result;
    result.outcome = outcome;
    result.cause = cause;
    result.httpStatus = httpStatus;
    cc::describeOutcome(result, provider(QStringLiteral("juniper-mist")),
                        region(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3")), 10s);
    QVERIFY(!result.title.isEmpty());
    QVERIFY(!result.message.isEmpty());
    QVERIFY2(result.message.contains(mentions, Qt::CaseInsensitive), qPrintable(result.message));
    // Only verified says "verified".
    QCOMPARE(result.title.contains(QStringLiteral("Verified")), outcome == Outcome::Verified);
}

void TestClassification::describeInvalidInput()
{
    // invalid_input never reaches the network, so it has its own describer.
    VerificationResult result;
    const QString problem = QStringLiteral("Enter the token: the field is empty.");
    cc::describeInvalidInput(result, problem);
    QCOMPARE(result.outcome, Outcome::InvalidInput);
    QVERIFY(!result.title.isEmpty());
    QVERIFY2(result.message.startsWith(problem), qPrintable(result.message));
    QVERIFY2(result.message.size() > problem.size(), qPrintable(result.message));
}

void TestClassification::rejectedMistMessageNamesTheRegion()
{
    VerificationResult result;
    result.outcome = Outcome::Rejected;
    result.httpStatus = 401;
    cc::describeOutcome(result, provider(QStringLiteral("juniper-mist")),
                        region(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3")), 10s);
    // A good token sent to the wrong region is refused the same way: the message says so.
    QVERIFY2(result.message.contains(QStringLiteral("EMEA 02")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("api.gc3.mist.com")),
             qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("wrong region")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("manage.gc3.mist.com")),
             qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("personal token unused for 90 days")),
             qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("source addresses")),
             qPrintable(result.message));
}

void TestClassification::rejectedJumpCloudMessageNamesTheRegion()
{
    VerificationResult result;
    result.outcome = Outcome::Rejected;
    result.httpStatus = 401;
    cc::describeOutcome(result, provider(QStringLiteral("jumpcloud")),
                        region(QStringLiteral("jumpcloud"), QStringLiteral("eu")), 10s);
    QVERIFY2(result.message.contains(QStringLiteral("JumpCloud")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("Europe")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("console.eu.jumpcloud.com")),
             qPrintable(result.message));
    // Generating a new key revokes the old one, and a jca_ key may have expired.
    QVERIFY2(result.message.contains(QStringLiteral("revokes")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("jca_ can expire")),
             qPrintable(result.message));
}

void TestClassification::forbiddenMessageSaysWhatToAskFor_data()
{
    QTest::addColumn<QString>("providerId");
    QTest::addColumn<QString>("regionId");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("Juniper Mist: an organization token's addresses")
        << "juniper-mist"
        << "api.gc3"
        << "An organization token limited to certain source addresses is refused from any other "
           "network";
    QTest::addRow("JumpCloud: API access, which only the Billing role turns on")
        << "jumpcloud"
        << "eu"
        << "only an administrator with the Billing role can turn it on";
}

void TestClassification::forbiddenMessageSaysWhatToAskFor()
{
    QFETCH(QString, providerId);
    QFETCH(QString, regionId);
    QFETCH(QString, mentions);
    VerificationResult result;
    result.outcome = Outcome::Forbidden;
    result.httpStatus = 403;
    cc::describeOutcome(result, provider(providerId), region(providerId, regionId), 10s);
    QCOMPARE(result.title, QStringLiteral("Token recognised, access denied"));
    QVERIFY2(result.message.contains(QStringLiteral("denied access")), qPrintable(result.message));
    QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
}

void TestClassification::rateLimitedMessageMentionsTheWait_data()
{
    QTest::addColumn<int>("retryAfter"); // -1: not sent
    QTest::addColumn<QString>("mentions");

    QTest::addRow("30 seconds") << 30 << QStringLiteral("30 second");
    QTest::addRow("1 second") << 1 << QStringLiteral("1 second");
    QTest::addRow("119 seconds") << 119 << QStringLiteral("119 second");
    QTest::addRow("2 minutes") << 120 << QStringLiteral("2 minute");
    QTest::addRow("an hour") << 3600 << QStringLiteral("60 minute");
    QTest::addRow("rounded up to whole minutes") << 121 << QStringLiteral("3 minute");
    QTest::addRow("not sent") << -1 << QStringLiteral("few minutes");
}

void TestClassification::rateLimitedMessageMentionsTheWait()
{
    QFETCH(int, retryAfter);
    QFETCH(QString, mentions);

    for (const Outcome outcome : {Outcome::RateLimited, Outcome::ServerError}) {
        VerificationResult result;
        result.outcome = outcome;
        result.httpStatus = outcome == Outcome::RateLimited ? 429 : 503;
        if (retryAfter >= 0) {
            result.retryAfterSeconds = retryAfter;
        }
        cc::describeOutcome(result, provider(QStringLiteral("juniper-mist")),
                            region(QStringLiteral("juniper-mist"), QStringLiteral("api")), 10s);
        QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
    }
}

void TestClassification::tlsMessageNamesTheCertificate()
{
    VerificationResult result;
    result.outcome = Outcome::TlsError;
    result.tls.problem = QStringLiteral("The issuer certificate of a locally looked up "
                                        "certificate could not be found");
    result.tls.subject = QStringLiteral("CN=api.gc1.mist.com");
    result.tls.issuer = QStringLiteral("CN=Contoso Inspection CA,O=Contoso");
    cc::describeOutcome(result, provider(QStringLiteral("juniper-mist")),
                        region(QStringLiteral("juniper-mist"), QStringLiteral("api.gc1")), 10s);
    QVERIFY(!result.title.isEmpty());
    QVERIFY2(result.message.contains(result.tls.subject), qPrintable(result.message));
    QVERIFY2(result.message.contains(result.tls.issuer), qPrintable(result.message));
    QVERIFY2(result.message.contains(result.tls.problem), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("api.gc1.mist.com")),
             qPrintable(result.message));
    // TLS errors are never ignored: the message says nothing was sent.
    QVERIFY2(result.message.contains(QStringLiteral("not sent")), qPrintable(result.message));
}

void TestClassification::timeoutMessageNamesTheDeadline()
{
    VerificationResult result;
    result.outcome = Outcome::Timeout;
    cc::describeOutcome(result, provider(QStringLiteral("jumpcloud")),
                        region(QStringLiteral("jumpcloud"), QStringLiteral("us")), 15s);
    QVERIFY2(result.message.contains(QStringLiteral("15 second")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QStringLiteral("console.jumpcloud.com")),
             qPrintable(result.message));

    // A partial second is rounded up, never down to "0 seconds".
    VerificationResult shortWait;
    shortWait.outcome = Outcome::Timeout;
    cc::describeOutcome(shortWait, provider(QStringLiteral("jumpcloud")),
                        region(QStringLiteral("jumpcloud"), QStringLiteral("us")), 300ms);
    QVERIFY2(shortWait.message.contains(QStringLiteral("1 second")), qPrintable(shortWait.message));
}

QTEST_GUILESS_MAIN(TestClassification)

#include "tst_classification.moc"
