#pragma once

#include "core/result.h"

#include <QNetworkReply>

namespace cc {

struct Classification
{
    Outcome outcome = Outcome::UnexpectedResponse;
    Cause cause = Cause::None;
};

// The one place where a network error and an HTTP status become an outcome. A transport
// failure (connection, TLS, proxy) wins over any status, since a status line followed by a
// broken body is no answer. Otherwise the status decides. Through a proxy, a connection
// that fails before any answer failed at the proxy: Qt reports some of those as plain
// network errors, so viaProxy says which to read as proxy failures. A proxy that still asks
// for a sign-in after one was given (proxySignInGiven) refused it.
Classification classifyReply(QNetworkReply::NetworkError error, int httpStatus,
                             bool viaProxy = false, bool proxySignInGiven = false);

} // namespace cc
