#pragma once

#include "core/result.h"
#include "storage/connectionprofile.h"

#include <QMetaType>
#include <QObject>
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
    QString key;     // the connection's key
    QString message; // what happened, in plain translated sentences, including what was kept
    QString detail;  // the keychain's or the file system's own words, for support
    // The profile as stored after the operation: saved, re-verified, or kept as it was.
    ConnectionProfile profile;
    VerificationResult verification; // re-verify only: the check's full answer
    QString token;                   // readToken() only. Never show, log or write it anywhere.

    bool ok() const { return status == Status::Done; }
};

// One operation of ConnectionKeeper. Emits finished() exactly once, from a later turn of the
// event loop, then deletes itself.
class KeeperJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeeperJob)

public:
    KeeperJob(QString key, QObject* parent);

    const QString& key() const { return m_key; }

    // Called by ConnectionKeeper only. Emits from the event loop even when called at once, so
    // the caller always has the time to connect.
    void finish(KeeperResult result);

signals:
    void finished(const cc::KeeperResult& result);

private:
    QString m_key;
    bool m_finished = false;
};

} // namespace cc

Q_DECLARE_METATYPE(cc::KeeperResult)
