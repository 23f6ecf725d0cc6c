#include "core/outcomemessages.h"

#include "core/catalog.h"
#include "core/providers/answerparser.h"

#include <QCoreApplication>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Outcome)
};

QString waitAdvice(const VerificationResult& result)
{
    const std::optional<int>& retryAfter = result.retryAfterSeconds;
    if (!retryAfter && result.retryAt.isValid()) {
        return Text::tr("The limit starts again at the full hour: try again after %1 UTC.")
            .arg(result.retryAt.toUTC().toString(QStringLiteral("HH:mm")));
    }
    if (!retryAfter) {
        return Text::tr("Wait a few minutes, then try again.");
    }
    if (*retryAfter >= 120) {
        return Text::tr("The service asks to wait %n minute(s) before trying again.", nullptr,
                        (*retryAfter + 59) / 60);
    }
    return Text::tr("The service asks to wait %n second(s) before trying again.", nullptr,
                    *retryAfter);
}

QString tlsMessage(const VerificationResult& result, const QString& host)
{
    QString certificate;
    if (!result.tls.subject.isEmpty() || !result.tls.issuer.isEmpty()) {
        certificate = Text::tr("The certificate was issued to \u201c%1\u201d by \u201c%2\u201d.")
                          .arg(result.tls.subject, result.tls.issuer);
    }
    return joinSentences({
        Text::tr("The secure connection to %1 could not be trusted, so the token was not sent.")
            .arg(host),
        result.tls.problem.isEmpty() ? QString() : result.tls.problem + QLatin1Char('.'),
        certificate,
        Text::tr("A network that inspects encrypted traffic causes this. Ask your IT department "
                 "whether its certificate authority should be installed on this computer."),
    });
}

QString networkMessage(const VerificationResult& result, const QString& host)
{
    switch (result.cause) {
    case Cause::HostNotFound:
        return Text::tr("The address %1 could not be found. Check the network connection and, "
                        "if you use a VPN or a proxy, that it is connected.")
            .arg(host);
    case Cause::ConnectionRefused:
        return Text::tr("%1 refused the connection. A firewall may block it: check the "
                        "network connection, or ask your IT department.")
            .arg(host);
    case Cause::ConnectionClosed:
        return Text::tr("The connection to %1 closed before the answer was complete. Try "
                        "again; if it happens again, a firewall or proxy may be interfering.")
            .arg(host);
    default:
        return Text::tr("The network failed while asking %1. Check the connection and try "
                        "again.")
            .arg(host);
    }
}

QString proxyMessage(const VerificationResult& result)
{
    const QString proxy = result.proxy.isEmpty()
                              ? Text::tr("The proxy server")
                              : Text::tr("The proxy server %1").arg(result.proxy);
    switch (result.cause) {
    case Cause::ProxyAuthenticationRequired:
        return Text::tr("%1 asks for a sign-in, and none was given, so the token was not sent. "
                        "Sign in to the proxy when the window asks; for the command line, put "
                        "the user name and password in the proxy address "
                        "(https_proxy=http://user:password@host:port). Your IT department "
                        "knows which sign-in the proxy takes.")
            .arg(proxy);
    case Cause::ProxySignInRefused:
        return Text::tr("%1 refused the user name or password it was given, so the token was "
                        "not sent. Check them and try again; your IT department can tell you "
                        "which sign-in the proxy takes.")
            .arg(proxy);
    case Cause::ProxyRefused:
        return Text::tr("%1 refused or dropped the connection. Check the proxy settings of "
                        "this computer.")
            .arg(proxy);
    default:
        return Text::tr("%1 could not be used. Check the proxy settings of this computer.")
            .arg(proxy);
    }
}

QString unexpectedMessage(const VerificationResult& result, const QString& host)
{
    switch (result.cause) {
    case Cause::Redirect:
        return result.redirectTarget.isEmpty()
                   ? Text::tr("%1 answered with a redirect. Redirects are never followed, so "
                              "the token went nowhere else. A sign-in page of a hotel or guest "
                              "network can cause this: open a web page in your browser first.")
                         .arg(host)
                   : Text::tr("%1 redirected the request to %2. Redirects are never followed, "
                              "so the token was not sent there. A sign-in page of a hotel or "
                              "guest network can cause this: open a web page in your browser "
                              "first.")
                         .arg(host, result.redirectTarget);
    case Cause::TooLarge:
        return Text::tr("The answer from %1 was larger than any real answer (over 1 MiB) and "
                        "was cut off. Something between you and the service may be "
                        "interfering.")
            .arg(host);
    case Cause::NotJson:
        return Text::tr("The answer from %1 was not what the API sends; it may be a web page. "
                        "A sign-in page of a hotel or guest network, or a proxy, may be "
                        "answering instead: open a web page in your browser, then try again.")
            .arg(host);
    case Cause::WrongShape:
        return Text::tr("%1 answered, but not in the form this check expects, so it cannot "
                        "tell what the token grants. Try again later; if it persists, report "
                        "it with the details below.")
            .arg(host);
    default:
        return Text::tr("%1 answered with HTTP status %2, which a check does not expect. Check "
                        "the region; if it persists, report it with the details below.")
            .arg(host)
            .arg(result.httpStatus);
    }
}
} // namespace

void describeOutcome(VerificationResult& result, const Provider& provider, const Region& region,
                     std::chrono::milliseconds deadline)
{
    const QString host = region.api.host();
    const ProviderAdvice advice = adviceFor(provider.answerFormat);
    switch (result.outcome) {
    case Outcome::Verified:
        result.title = Text::tr("Verified: the token works");
        result.message = Text::tr("%1 (%2) accepted the token.").arg(provider.name, region.name);
        break;
    case Outcome::Rejected:
        result.title = Text::tr("Token refused");
        result.message = joinSentences({
            Text::tr("%1 did not accept this token.").arg(provider.name),
            advice.rejected != nullptr ? advice.rejected(region) : QString(),
        });
        break;
    case Outcome::Forbidden:
        result.title = Text::tr("Token recognised, access denied");
        result.message = joinSentences({
            Text::tr("%1 recognised the token but denied access to its own details. The "
                     "account or token lacks a permission: ask an administrator of your "
                     "organization to grant API access, or use a token with a higher role.")
                .arg(provider.name),
            advice.forbidden != nullptr ? advice.forbidden() : QString(),
        });
        break;
    case Outcome::RateLimited:
        result.title = Text::tr("Too many requests");
        result.message = joinSentences({
            Text::tr("%1 is limiting requests for this token.").arg(provider.name),
            waitAdvice(result),
            advice.rateLimited != nullptr ? advice.rateLimited() : QString(),
        });
        break;
    case Outcome::ServerError:
        result.title = Text::tr("The service has a problem");
        result.message = joinSentences({
            Text::tr("%1 answered with a server error (HTTP %2). The fault is on the "
                     "service's side, not with the token.")
                .arg(host)
                .arg(result.httpStatus),
            waitAdvice(result),
        });
        break;
    case Outcome::Timeout:
        result.title = Text::tr("No answer in time");
        result.message = Text::tr("%1 did not answer within %n second(s). Check the network "
                                  "connection, VPN or proxy, then try again.",
                                  nullptr, int((deadline.count() + 999) / 1000))
                             .arg(host);
        break;
    case Outcome::NetworkError:
        result.title = Text::tr("Could not reach the service");
        result.message = networkMessage(result, host);
        break;
    case Outcome::TlsError:
        result.title = Text::tr("Connection not trusted");
        result.message = tlsMessage(result, host);
        break;
    case Outcome::ProxyError:
        result.title = Text::tr("Proxy problem");
        result.message = proxyMessage(result);
        break;
    case Outcome::UnexpectedResponse:
        result.title = Text::tr("Unexpected answer");
        result.message = unexpectedMessage(result, host);
        break;
    case Outcome::InvalidInput:
        result.title = Text::tr("Check the input");
        break;
    }
}

QString joinSentences(const QStringList& parts)
{
    QStringList present;
    for (const QString& part : parts) {
        if (!part.isEmpty()) {
            present.append(part);
        }
    }
    return present.join(QLatin1Char(' '));
}

void describeInvalidInput(VerificationResult& result, const QString& problem)
{
    result.outcome = Outcome::InvalidInput;
    result.title = Text::tr("Check the input");
    result.message = problem + QLatin1Char(' ') + Text::tr("Nothing was sent.");
}

} // namespace cc
