#pragma once

namespace cc {
class ProfileStore;
}

namespace cc::saved {

// --list-saved: every saved connection, one JSON object a line with --json (savedjson.h), else
// a table of key, connection and status. Never a token: the keychain is not even opened.
// Returns the exit code.
int listSaved(const ProfileStore& profiles, bool asJson);

} // namespace cc::saved
