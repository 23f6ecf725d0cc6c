#pragma once

#include "connections/keeperresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace cc {

class ConnectionKeeper;

// Re-verifies many saved connections through the keeper, a few at a time, so that neither the
// provider nor a slow network is flooded: at most `cap` checks in all and jobsPerHost
// (core/commandlineoptions.h) to one API host, the limits of --check-file. Each check is the
// keeper's re-verify, and so records its outcome in the connection (ReverifyConnectionJob):
// the window's Re-verify all and --check-saved run this.
class ReverifyBatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReverifyBatch)

public:
    // At most `cap` checks are under way at a time (at least one), at most jobsPerHost of them
    // to the same API host.
    ReverifyBatch(ConnectionKeeper& keeper, int cap, QObject* parent = nullptr);
    ~ReverifyBatch() override;

    // Starts the checks of keys, in their order. finished() follows checked() for every key;
    // with no keys, from the event loop.
    void start(const QStringList& keys);

signals:
    // The check of keys[index] has ended, in whatever order the answers come.
    void checked(int index, const cc::KeeperResult& result);
    void finished();

private:
    void launchMore();
    void onChecked(int index, const KeeperResult& result);

    ConnectionKeeper& m_keeper;
    int m_cap;
    QStringList m_keys;
    QStringList m_hosts;             // the API host of each key, as its profile stores it
    QList<int> m_waiting;            // indexes not started yet, in order
    QHash<QString, int> m_runningAt; // checks under way per API host
    int m_running = 0;
    int m_done = 0;
    // Ends an empty batch from the event loop, as every other batch ends.
    QTimer m_nothingToCheck;
};

} // namespace cc
