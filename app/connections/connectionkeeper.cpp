#include "connections/connectionkeeper.h"

#include "connections/connectionlock.h"
#include "connections/exportenvjob.h"
#include "connections/removeconnectionjob.h"
#include "connections/restoreconnectionjob.h"
#include "connections/reverifyconnectionjob.h"
#include "connections/saveconnectionjob.h"
#include "storage/profilestore.h"

namespace cc {

ConnectionKeeper::ConnectionKeeper(SecretStore* secrets, ProfileStore* profiles,
                                   const Catalog* catalog, Verifier* verifier, QObject* parent)
    : QObject(parent), m_secrets(secrets), m_profiles(profiles), m_catalog(catalog),
      m_verifier(verifier), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

KeeperJob* ConnectionKeeper::save(const ConnectionProfile& profile, const QString& token)
{
    auto* job = new SaveConnectionJob(*m_secrets, *m_profiles, *m_catalog, profile, token, this);
    announceSuccess(job, &ConnectionKeeper::connectionChanged);
    return launch(job);
}

KeeperJob* ConnectionKeeper::reverify(const QString& key)
{
    auto* job = new ReverifyConnectionJob(*m_secrets, *m_profiles, *m_catalog, *m_verifier, m_clock,
                                          key, this);
    // A refused token is recorded too, so the profile changed then as well.
    connect(job, &KeeperJob::finished, this, [this](const KeeperResult& result) {
        if (result.ok() || result.status == KeeperResult::Status::NotVerified) {
            emit connectionChanged(result.key);
        }
    });
    return launch(job);
}

KeeperJob* ConnectionKeeper::remove(const QString& key)
{
    auto* job = new RemoveConnectionJob(*m_secrets, *m_profiles, key, this);
    announceSuccess(job, &ConnectionKeeper::connectionRemoved);
    return launch(job);
}

QList<ConnectionProfile> ConnectionKeeper::unfinished() const
{
    m_profiles->reload();
    QList<ConnectionProfile> found;
    for (const ConnectionProfile& change : m_profiles->unfinishedChanges()) {
        const QString key = change.key();
        // A change still under way, here or in another window, is not one that was cut off.
        if (!m_profiles->profile(key) && !m_busy.contains(key) &&
            !ConnectionLock::heldElsewhere(m_profiles->fileName(), key)) {
            found.append(change);
        }
    }
    return found;
}

KeeperJob* ConnectionKeeper::restore(const QString& key)
{
    auto* job = new RestoreConnectionJob(*m_secrets, *m_profiles, key, this);
    announceSuccess(job, &ConnectionKeeper::connectionChanged);
    return launch(job);
}

KeeperJob* ConnectionKeeper::exportEnvFile(const QString& key, const QString& path)
{
    return launch(new ExportEnvJob(*m_secrets, *m_profiles, key, path, this));
}

KeeperJob* ConnectionKeeper::exportEnvFile(const ConnectionProfile& profile, const QString& token,
                                           const QString& path)
{
    return launch(new ExportEnvJob(profile, token, path, this));
}

KeeperJob* ConnectionKeeper::launch(KeeperJob* job)
{
    const QString key = job->key();
    if (m_busy.contains(key)) {
        job->refuseBusy();
        return job;
    }
    m_busy.insert(key);
    connect(job, &KeeperJob::finished, this, [this, key] { m_busy.remove(key); });
    // The job owns the lock, let go once the job has finished (KeeperJob::finishing is its
    // last step under the lock), so that whoever hears of it finds the connection free.
    auto* lock = new ConnectionLock(m_profiles->fileName(), key, job);
    connect(job, &KeeperJob::finished, lock, &ConnectionLock::release);
    // Once the connection is this job's alone, what another window wrote before is read first.
    connect(lock, &ConnectionLock::acquired, this, [this] { m_profiles->reload(); });
    connect(lock, &ConnectionLock::acquired, job, &KeeperJob::start);
    connect(lock, &ConnectionLock::timedOut, job, &KeeperJob::refuseHeldElsewhere);
    lock->acquire();
    return job;
}

void ConnectionKeeper::announceSuccess(KeeperJob* job,
                                       void (ConnectionKeeper::*signal)(const QString&))
{
    connect(job, &KeeperJob::finished, this, [this, signal](const KeeperResult& result) {
        if (result.ok()) {
            emit(this->*signal)(result.key);
        }
    });
}

} // namespace cc
