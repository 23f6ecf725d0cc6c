#pragma once

#include <QDeadlineTimer>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QTimer>

namespace cc {

// Serialises the changes to one connection across the program's processes (two windows): one
// lock file per connection key, in a folder beside the settings file. QLockFile takes over a
// lock whose process is gone, so a program killed in the middle of a change blocks nobody.
class ConnectionLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionLock)

public:
    // How long an operation waits for another window's change to the same connection.
    static constexpr int waitMs = 3000;

    ConnectionLock(const QString& settingsFile, const QString& key, QObject* parent = nullptr);

    // Emits acquired() at once when the lock is free, otherwise tries again from the event loop
    // until waitMs have passed, then emits timedOut(). The lock is held until released.
    void acquire();
    void release();

    // Whether another process holds the lock of that connection now.
    static bool heldElsewhere(const QString& settingsFile, const QString& key);

signals:
    void acquired();
    void timedOut();

private:
    bool lockedOrUnlockable();
    void tryAgain();

    QLockFile m_file;
    QTimer m_retry;
    QDeadlineTimer m_deadline;
};

} // namespace cc
