#include "connections/connectionlock.h"

#include <QDir>
#include <QUrl>

namespace cc {

namespace {
constexpr int retryMs = 50;

QString lockPath(const QString& settingsFile, const QString& key)
{
    const QString folder = settingsFile + QStringLiteral(".locks");
    QDir().mkpath(folder);
    // Keys hold "/", which the file name must not.
    return folder + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(key)) +
           QStringLiteral(".lock");
}
} // namespace

ConnectionLock::ConnectionLock(const QString& settingsFile, const QString& key, QObject* parent)
    : QObject(parent), m_file(lockPath(settingsFile, key))
{
    // Changes take seconds at most; a lock older than that whose process still lives is held.
    m_file.setStaleLockTime(0);
    m_retry.setInterval(retryMs);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionLock::tryAgain);
}

void ConnectionLock::acquire()
{
    m_deadline.setRemainingTime(waitMs);
    if (lockedOrUnlockable()) {
        emit acquired();
        return;
    }
    m_retry.start();
}

void ConnectionLock::release()
{
    m_file.unlock();
}

bool ConnectionLock::lockedOrUnlockable()
{
    // A lock file that cannot be written (a full disk) serialises nothing: the operation goes
    // on as it would alone, and meets the same disk in the settings.
    return m_file.tryLock(0) || m_file.error() != QLockFile::LockFailedError;
}

void ConnectionLock::tryAgain()
{
    if (lockedOrUnlockable()) {
        m_retry.stop();
        emit acquired();
    } else if (m_deadline.hasExpired()) {
        m_retry.stop();
        emit timedOut();
    }
}

bool ConnectionLock::heldElsewhere(const QString& settingsFile, const QString& key)
{
    QLockFile file(lockPath(settingsFile, key));
    file.setStaleLockTime(0);
    return !file.tryLock(0);
}

} // namespace cc
