#include "core/replyclassifier.h"

namespace cc {

namespace {
std::optional<Classification> classifyTransport(QNetworkReply::NetworkError error)
{
    using E = QNetworkReply::NetworkError;
    switch (error) {
    case E::NoError:
        return std::nullopt;
    case E::HostNotFoundError:
        return Classification{Outcome::NetworkError, Cause::HostNotFound};
    case E::ConnectionRefusedError:
        return Classification{Outcome::NetworkError, Cause::ConnectionRefused};
    case E::RemoteHostClosedError:
        return Classification{Outcome::NetworkError, Cause::ConnectionClosed};
    case E::TimeoutError:
        return Classification{Outcome::Timeout, Cause::None};
    case E::SslHandshakeFailedError:
        return Classification{Outcome::TlsError, Cause::None};
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
    case E::BackgroundRequestNotAllowedError:
    case E::OperationCanceledError:
    case E::UnknownNetworkError:
        return Classification{Outcome::NetworkError, Cause::OtherNetworkFailure};
    case E::TooManyRedirectsError:
    case E::InsecureRedirectError:
        return Classification{Outcome::UnexpectedResponse, Cause::Redirect};
    case E::ProxyAuthenticationRequiredError:
        return Classification{Outcome::ProxyError, Cause::ProxyAuthenticationRequired};
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
        return Classification{Outcome::ProxyError, Cause::ProxyRefused};
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::UnknownProxyError:
        return Classification{Outcome::ProxyError, Cause::OtherProxyFailure};
    default:
        // Content, protocol and server errors follow from the HTTP status: read below.
        return std::nullopt;
    }
}

// The outcome as if no sign-in had been given to a proxy.
Classification classifyAnswer(QNetworkReply::NetworkError error, int httpStatus, bool viaProxy)
{
    if (viaProxy && httpStatus == 0) {
        using E = QNetworkReply::NetworkError;
        if (error == E::ConnectionRefusedError) {
            return Classification{Outcome::ProxyError, Cause::ProxyRefused};
        }
        if (error == E::HostNotFoundError || error == E::UnknownNetworkError) {
            return Classification{Outcome::ProxyError, Cause::OtherProxyFailure};
        }
    }
    if (const std::optional<Classification> transport = classifyTransport(error)) {
        return *transport;
    }
    if (httpStatus == 200) {
        // The body still has to be read: the verifier asks the provider's parser.
        return Classification{Outcome::Verified, Cause::None};
    }
    if (httpStatus == 401) {
        return Classification{Outcome::Rejected, Cause::None};
    }
    if (httpStatus == 403) {
        return Classification{Outcome::Forbidden, Cause::None};
    }
    if (httpStatus == 407) {
        return Classification{Outcome::ProxyError, Cause::ProxyAuthenticationRequired};
    }
    if (httpStatus == 429) {
        return Classification{Outcome::RateLimited, Cause::None};
    }
    if (httpStatus >= 500 && httpStatus <= 599) {
        return Classification{Outcome::ServerError, Cause::None};
    }
    if (httpStatus >= 300 && httpStatus <= 399) {
        return Classification{Outcome::UnexpectedResponse, Cause::Redirect};
    }
    // No status at all means the peer spoke something other than HTTP.
    return Classification{Outcome::UnexpectedResponse,
                          httpStatus == 0 ? Cause::NotJson : Cause::UnexpectedStatus};
}

} // namespace

Classification classifyReply(QNetworkReply::NetworkError error, int httpStatus, bool viaProxy,
                             bool proxySignInGiven)
{
    const Classification classification = classifyAnswer(error, httpStatus, viaProxy);
    if (proxySignInGiven && classification.cause == Cause::ProxyAuthenticationRequired) {
        return Classification{Outcome::ProxyError, Cause::ProxySignInRefused};
    }
    return classification;
}

} // namespace cc
