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
// broken body is no answer. Otherwise the status decides.
Classification classifyReply(QNetworkReply::NetworkError error, int httpStatus);

} // namespace cc
