#pragma once

#include "connections/keeperresult.h"
#include "saved/stoppedworking.h"
#include "storage/connectionprofile.h"

#include <QList>
#include <QMap>
#include <QObject>

#include <optional>

namespace cc {
class ConnectionKeeper;
class ReverifyBatch;
} // namespace cc

namespace cc::saved {

// --check-saved: re-verifies every saved connection as the window's Re-verify all does
// (ReverifyBatch: the keeper's re-verify, which records each outcome in the connection), at
// most `jobs` at a time, and prints each row in the list's order as soon as it and the ones before
// it are in: the --check --json object with the connection's key and label, or a table row; then a
// summary. Emits finished() with the exit code: 0 all verified, 1 some refused and the others
// verified, 3 any could not be checked. Notes the connections that stopped working in this run,
// for Watch my connections' notification.
class CheckSavedRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckSavedRun)

public:
    CheckSavedRun(ConnectionKeeper& keeper, int jobs, bool asJson, QObject* parent = nullptr);
    ~CheckSavedRun() override;

    void start();

    // Once finished: the connections the service started refusing in this run, in the list's
    // order (see newlyStoppedWorking()).
    const QList<StoppedConnection>& stoppedWorking() const { return m_stopped; }

signals:
    void finished(int exitCode);

private:
    void onChecked(int row, const KeeperResult& result);
    void printReadyRows();
    void printRow(const ConnectionProfile& profile, const KeeperResult& result);
    void finishRun();

    ConnectionKeeper& m_keeper;
    ReverifyBatch* m_batch;
    bool m_asJson;
    QList<ConnectionProfile> m_profiles;
    QList<std::optional<KeeperResult>> m_results;
    int m_printed = 0;
    QMap<QString, int> m_counts; // outcome id -> rows
    QList<StoppedConnection> m_stopped;
    int m_exitCode = 0;
};

// The outcome id of a row: the check's, or "not_checked" when no request was made (no token in
// the keychain, a keychain that could not be used, a region the catalog no longer has).
QString rowOutcomeId(const KeeperResult& result);

} // namespace cc::saved
