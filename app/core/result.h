#pragma once

#include "core/identity.h"

#include <QDateTime>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <optional>

namespace cc {

// The outcome words of docs/ARCHITECTURE.md: the same in the window, the CLI's JSON and the tests.
enum class Outcome {
    Verified,
    Rejected,
    Forbidden,
    InvalidInput,
    RateLimited,
    ServerError,
    Timeout,
    NetworkError,
    TlsError,
    ProxyError,
    UnexpectedResponse,
};

// Why an outcome came about, where one outcome has several causes with different advice.
enum class Cause {
    None,
    HostNotFound,
    ConnectionRefused,
    ConnectionClosed,
    OtherNetworkFailure,
    ProxyAuthenticationRequired, // the proxy asks for a sign-in, and none was given
    ProxySignInRefused,          // the proxy refused the user name or password given
    ProxyRefused,
    OtherProxyFailure,
    Redirect,
    NotJson,
    WrongShape,
    TooLarge,
    UnexpectedStatus,
};

QString outcomeId(Outcome outcome);
std::optional<Outcome> outcomeFromId(const QString& id);
// Exit code of the command-line check: 0 verified, 1 refused, 2 bad input, 3 could not tell.
int exitCodeFor(Outcome outcome);
// True where trying again later may give another answer.
bool isTransient(Outcome outcome);

// What the certificate of a failed TLS handshake said, for IT to recognise an inspecting proxy.
struct TlsDetails
{
    QString problem; // Qt's words for the first error
    QString subject;
    QString issuer;
};

// An optional fact a follow-up request could not read. The check's outcome stands.
struct MissingDetail
{
    QString id;   // what it is, for scripts: "organizations", "token", "usage", "msp_organizations"
    QString what; // in words: "this hour's API usage"
    QString reason; // in words: "the server answered with HTTP status 403"
};

struct VerificationResult
{
    Outcome outcome = Outcome::UnexpectedResponse;
    Cause cause = Cause::None;
    QString providerId;
    QString regionId;
    QUrl endpoint;
    int httpStatus = 0;                   // 0: no HTTP answer arrived
    std::optional<int> retryAfterSeconds; // the wait a Retry-After header asked for
    // When trying again makes sense, in UTC: the Retry-After's time or, without one, the next
    // full hour where the provider's limit resets then (RateLimit::resetsAtFullHour).
    // Invalid when not known.
    QDateTime retryAt;
    Identity identity;
    QList<MissingDetail> missingDetails; // what the follow-ups of a verified check could not read
    // The scheme, host and port a 3xx answer pointed to (never followed).
    QString redirectTarget;
    TlsDetails tls;
    QString proxy;           // host:port of the proxy the request went through, if any
    QString technicalDetail; // Qt's error text or the parser's complaint, for support
    QString vendorMessage;   // the service's own words in a refusal or error, cleaned
    QString title;           // a short headline in plain words
    QString message;         // what happened and what to do next
};

} // namespace cc

Q_DECLARE_METATYPE(cc::VerificationResult)
