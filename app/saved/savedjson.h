#pragma once

#include <QJsonObject>

namespace cc {
struct ConnectionProfile;
}

namespace cc::saved {

// One saved connection for --list-saved --json, never its token: key, label, the profile's
// fields by the names the profile JSON gives them (provider, region, api_host, identity,
// verified_at...), and its last check: last_checked_at, last_outcome, last_message,
// failing_since (ISO 8601 UTC, or null).
QJsonObject savedConnectionJson(const ConnectionProfile& profile);

} // namespace cc::saved
