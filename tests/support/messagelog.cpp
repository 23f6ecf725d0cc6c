#include "support/messagelog.h"

#include <QLoggingCategory>
#include <QMutex>

namespace cc::test {

namespace {
// A message handler is a plain function, so what it records has to live at file scope.
QMutex recordedMutex;
QStringList recorded;
QtMessageHandler previousHandler = nullptr;

void record(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker locker(&recordedMutex);
        recorded.append(message);
    }
    if (type != QtDebugMsg && previousHandler != nullptr) {
        previousHandler(type, context, message);
    }
}
} // namespace

void startRecordingMessages()
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    previousHandler = qInstallMessageHandler(record);
}

QStringList stopRecordingMessages()
{
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());
    const QMutexLocker locker(&recordedMutex);
    return recorded;
}

} // namespace cc::test
