#include "support/messagerecorder.h"

#include <QMutex>
#include <QMutexLocker>

namespace cc::test {

namespace {
// A message handler is a plain function, so what it records lives here.
QMutex recordedLock;
QStringList recorded;
QtMessageHandler previousHandler = nullptr;

void record(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker locker(&recordedLock);
        recorded.append(message);
    }
    if (previousHandler != nullptr) {
        previousHandler(type, context, message);
    }
}
} // namespace

MessageRecorder::MessageRecorder()
{
    const QMutexLocker locker(&recordedLock);
    recorded.clear();
    previousHandler = qInstallMessageHandler(record);
}

MessageRecorder::~MessageRecorder()
{
    qInstallMessageHandler(previousHandler);
}

QStringList MessageRecorder::messages() const
{
    const QMutexLocker locker(&recordedLock);
    return recorded;
}

} // namespace cc::test
