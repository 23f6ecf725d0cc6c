#pragma once

#include "connections/keeperresult.h"

#include <QObject>
#include <QString>

namespace cc {

struct SecretResult;

// One operation of ConnectionKeeper, carried out by a subclass whose steps are named methods,
// each starting the next. Emits finished() exactly once, from a later turn of the event loop,
// then deletes itself.
class KeeperJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeeperJob)

public:
    ~KeeperJob() override;

    const QString& key() const { return m_key; }

    // Runs the first step. Called by ConnectionKeeper once no other operation holds the key.
    virtual void start() = 0;
    // Finishes with Busy at once: another operation holds the key.
    void refuseBusy();
    // Finishes with Busy: another window kept the connection for longer than the keeper waits.
    void refuseHeldElsewhere();

signals:
    void finished(const cc::KeeperResult& result);

protected:
    KeeperJob(QString key, QObject* parent);

    // Emits from the event loop even when called at once, so the caller always has the time to
    // connect. Only the first call counts.
    void finish(KeeperResult result);
    void fail(KeeperResult::Status status, const QString& message,
              const ConnectionProfile& kept = ConnectionProfile(),
              const QString& detail = QString());
    // The keychain's failure in sentence, which has one %1 for its reason.
    void failKeychain(const SecretResult& secret, const QString& sentence,
                      const ConnectionProfile& kept = ConnectionProfile());
    void failNotFound();
    // Called once with the result just before finished() is emitted, while the job still holds
    // its connection's lock: the last step that must not race another window.
    virtual void finishing(const KeeperResult& result);

private:
    QString m_key;
    bool m_finished = false;
};

// A read that could not tell whether the keychain holds a token: nothing may be changed then.
bool readFailed(const SecretResult& secret);
bool holdsSecret(const SecretResult& secret);

} // namespace cc
