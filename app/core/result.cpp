#include "core/result.h"

#include <array>
#include <utility>

namespace cc {

namespace {
constexpr std::array<std::pair<Outcome, const char*>, 11> outcomeIds{{
    {Outcome::Verified, "verified"},
    {Outcome::Rejected, "rejected"},
    {Outcome::Forbidden, "forbidden"},
    {Outcome::InvalidInput, "invalid_input"},
    {Outcome::RateLimited, "rate_limited"},
    {Outcome::ServerError, "server_error"},
    {Outcome::Timeout, "timeout"},
    {Outcome::NetworkError, "network_error"},
    {Outcome::TlsError, "tls_error"},
    {Outcome::ProxyError, "proxy_error"},
    {Outcome::UnexpectedResponse, "unexpected_response"},
}};
} // namespace

QString outcomeId(Outcome outcome)
{
    for (const auto& [candidate, id] : outcomeIds) {
        if (candidate == outcome) {
            return QLatin1String(id);
        }
    }
    return QString();
}

std::optional<Outcome> outcomeFromId(const QString& id)
{
    for (const auto& [candidate, text] : outcomeIds) {
        if (id == QLatin1String(text)) {
            return candidate;
        }
    }
    return std::nullopt;
}

int exitCodeFor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Verified:
        return 0;
    case Outcome::Rejected:
    case Outcome::Forbidden:
        return 1;
    case Outcome::InvalidInput:
        return 2;
    case Outcome::RateLimited:
    case Outcome::ServerError:
    case Outcome::Timeout:
    case Outcome::NetworkError:
    case Outcome::TlsError:
    case Outcome::ProxyError:
    case Outcome::UnexpectedResponse:
        return 3;
    }
    return 3;
}

bool isTransient(Outcome outcome)
{
    return exitCodeFor(outcome) == 3;
}

} // namespace cc
