#pragma once

#include "storage/secretresult.h"

#include <QObject>

namespace QKeychain {
class Job;
}

namespace cc {

// One keychain operation: a write, a read or a removal. Made by SecretStore; emits finished()
// exactly once, from a later turn of the event loop, then deletes itself.
class SecretJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretJob)

public:
    enum class Kind { Write, Read, Remove };

    // Takes over a QtKeychain job that has not been started yet, and starts it.
    SecretJob(Kind kind, QKeychain::Job* keychainJob, QObject* parent);

signals:
    void finished(const cc::SecretResult& result);

private:
    void onKeychainFinished(QKeychain::Job* keychainJob);
    // Asks why the keychain could not be reached before saying so.
    void explainUnreachable(SecretResult result);
    void finish(const SecretResult& result);

    Kind m_kind;
};

} // namespace cc
