#include "connections/reverifybatch.h"

#include "connections/connectionkeeper.h"
#include "core/commandlineoptions.h"
#include "storage/profilestore.h"

#include <algorithm>

namespace cc {

ReverifyBatch::ReverifyBatch(ConnectionKeeper& keeper, int cap, QObject* parent)
    : QObject(parent), m_keeper(keeper), m_cap(std::max(cap, 1))
{
    m_nothingToCheck.setSingleShot(true);
    connect(&m_nothingToCheck, &QTimer::timeout, this, &ReverifyBatch::finished);
}

ReverifyBatch::~ReverifyBatch() = default;

void ReverifyBatch::start(const QStringList& keys)
{
    m_keys = keys;
    for (int index = 0; index < m_keys.size(); ++index) {
        const std::optional<ConnectionProfile> profile =
            m_keeper.profiles().profile(keys.at(index));
        // A key without a profile ends at once in the keeper (NotFound): no host to spare.
        m_hosts.append(profile ? profile->apiHost : QString());
        m_waiting.append(index);
    }
    if (m_keys.isEmpty()) {
        m_nothingToCheck.start(0);
        return;
    }
    launchMore();
}

void ReverifyBatch::launchMore()
{
    // The first waiting connections whose host has room: a host at its cap does not hold up
    // the others.
    for (auto next = m_waiting.begin(); next != m_waiting.end() && m_running < m_cap;) {
        const int index = *next;
        int& atHost = m_runningAt[m_hosts.at(index)];
        if (atHost >= jobsPerHost) {
            ++next;
            continue;
        }
        next = m_waiting.erase(next);
        ++atHost;
        ++m_running;
        connect(m_keeper.reverify(m_keys.at(index)), &KeeperJob::finished, this,
                [this, index](const KeeperResult& result) { onChecked(index, result); });
    }
}

void ReverifyBatch::onChecked(int index, const KeeperResult& result)
{
    --m_running;
    --m_runningAt[m_hosts.at(index)];
    ++m_done;
    emit checked(index, result);
    launchMore();
    if (m_done == m_keys.size()) {
        emit finished();
    }
}

} // namespace cc
