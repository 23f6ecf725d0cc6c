#pragma once

#include <QMetaType>
#include <QString>

namespace cc {

// What became of one keychain operation of SecretStore.
struct SecretResult
{
    enum class Status {
        Done,        // written, read or removed; removing an entry that was not there is done too
        NotFound,    // a read found no entry under that key
        Unavailable, // no keychain to talk to: no Secret Service, no D-Bus session, no backend
        Refused,     // the keychain is there but refused: access denied, or locked
        Failed,      // anything else the keychain reported
    };

    Status status = Status::Failed;
    // Why it did not work, as a clause in plain translated words ("access was refused"), ready
    // to go into a sentence. Empty when done.
    QString reason;
    // The keychain's own words, for support. Never holds the secret.
    QString detail;
    // A read's secret. Never show, log or write it anywhere but where the person asked.
    QString secret;

    bool ok() const { return status == Status::Done; }
};

} // namespace cc

Q_DECLARE_METATYPE(cc::SecretResult)
