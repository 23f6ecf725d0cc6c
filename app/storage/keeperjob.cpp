#include "storage/keeperjob.h"

namespace cc {

KeeperJob::KeeperJob(QString key, QObject* parent) : QObject(parent), m_key(std::move(key)) {}

void KeeperJob::finish(KeeperResult result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    result.key = m_key;
    QMetaObject::invokeMethod(
        this,
        [this, result = std::move(result)] {
            emit finished(result);
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace cc
