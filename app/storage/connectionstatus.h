#pragma once

#include <QString>

namespace cc {

struct ConnectionProfile;

// A saved connection named in one line, as the lists show it and --check-saved prints it:
// "Juniper Mist · EMEA 02 · ACME Corp" (the organization only when there is one).
QString connectionLabel(const ConnectionProfile& profile);

// Where a connection stands after its last check, for the status column, --list-saved and the
// table of --check-saved. Failing ones sort first: they need someone.
enum class ConnectionStanding { Failing = 0, NotChecked = 1, Verified = 2 };

ConnectionStanding connectionStanding(const ConnectionProfile& profile);

// The standing in words, with its date in UTC so every reader sees the same:
//   "Verified 2026-03-02 14:05 UTC"
//   "Failing since 2026-03-01 10:00 UTC: <what the last check said>"
//   "Not checked since it was saved"
QString connectionStatusText(const ConnectionProfile& profile);

} // namespace cc
