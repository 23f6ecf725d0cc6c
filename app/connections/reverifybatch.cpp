#include "connections/reverifybatch.h"

#include "connections/connectionkeeper.h"

#include <algorithm>

namespace cc {

ReverifyBatch::ReverifyBatch(ConnectionKeeper& keeper, int cap, QObject* parent)
    : QObject(parent), m_keeper(keeper), m_cap(std::max(cap, 1))
{}

ReverifyBatch::~ReverifyBatch() = default;

void ReverifyBatch::start(const QStringList& keys)
{
    m_keys = keys;
    if (m_keys.isEmpty()) {
        QMetaObject::invokeMethod(this, &ReverifyBatch::finished, Qt::QueuedConnection);
        return;
    }
    launchMore();
}

void ReverifyBatch::launchMore()
{
    while (m_running < m_cap && m_started < m_keys.size()) {
        const int index = m_started++;
        ++m_running;
        connect(m_keeper.reverify(m_keys.at(index)), &KeeperJob::finished, this,
                [this, index](const KeeperResult& result) { onChecked(index, result); });
    }
}

void ReverifyBatch::onChecked(int index, const KeeperResult& result)
{
    --m_running;
    ++m_done;
    emit checked(index, result);
    launchMore();
    if (m_done == m_keys.size()) {
        emit finished();
    }
}

} // namespace cc
