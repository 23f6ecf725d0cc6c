#pragma once

#include "core/result.h"
#include "storage/connectionprofile.h"

#include <QMetaType>
#include <QString>

namespace cc {

// What became of one ConnectionKeeper operation.
struct KeeperResult
{
    enum class Status {
        Done,
        NotFound,            // no saved connection with that key, or no token in the keychain
        Busy,                // another operation on the same connection is still running
        InvalidInput,        // refused before anything was written or sent
        KeychainUnavailable, // no keychain to talk to (no Secret Service, no D-Bus session...)
        KeychainRefused,     // the keychain refused: access denied, or locked
        KeychainFailed,      // anything else the keychain reported
        SettingsFailed,      // the settings file could not be written
        NotVerified,         // re-verify: the provider did not accept the token (see verification)
        ExportFailed,        // the exported file could not be written
    };

    Status status = Status::Done;
    QString key; // the connection's key
    // The one thing to tell the person, in plain translated sentences: what happened, including
    // what was kept. Views show it as it is, with the check's details (verification) beneath.
    QString message;
    QString detail; // the keychain's or the file system's own words, for support
    // The profile as stored after the operation: saved, re-verified, or kept as it was.
    ConnectionProfile profile;
    // Re-verify only, once the provider answered: the check's full answer. Its endpoint is
    // empty when no check was made.
    VerificationResult verification;

    bool ok() const { return status == Status::Done; }
};

} // namespace cc

Q_DECLARE_METATYPE(cc::KeeperResult)
