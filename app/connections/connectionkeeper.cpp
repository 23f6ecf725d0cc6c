#include "connections/connectionkeeper.h"

#include "connections/exportenvjob.h"
#include "connections/removeconnectionjob.h"
#include "connections/reverifyconnectionjob.h"
#include "connections/saveconnectionjob.h"

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
    job->start();
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
