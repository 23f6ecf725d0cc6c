#pragma once

#include <QString>

namespace cc {

struct ConnectionProfile;

// The text of "Copy summary", for a help-desk ticket: provider, region and API host,
// organization, identity and roles, when it was last verified. Never the token. One fact per
// line, so it reads well pasted into any ticket system:
//
//   Juniper Mist connection
//   Region: EMEA 02 (api.gc3.mist.com)
//   Organization: ACME Corp (ID a97c1b22-…)
//   Identity: Personal token of Ada Lovelace <ada@example.com>
//   Roles:
//   - Super User on organization ACME Corp
//   Verified at: 2026-03-02 14:05 UTC
QString connectionSummary(const ConnectionProfile& profile);

} // namespace cc
