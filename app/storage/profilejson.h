#pragma once

#include <QByteArray>
#include <QString>

namespace cc {

struct ConnectionProfile;

// A connection's profile as JSON, for another machine or a colleague: never the token.
// {"format": "credential-connect-profile", "version": 1, "key", "provider", "provider_name",
//  "region", "region_name", "api_host", "organization_id", "organization_name",
//  "identity": [lines], "verified_at": ISO 8601 UTC or null}
QByteArray profileJson(const ConnectionProfile& profile);

// Writes profileJson() to path atomically (mode 0644). On failure any earlier file at path is
// left as it was and *error says why.
bool writeProfileJson(const QString& path, const ConnectionProfile& profile, QString* error);

} // namespace cc
