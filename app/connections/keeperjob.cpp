#include "connections/keeperjob.h"

#include "connections/connectionlock.h"
#include "storage/secretresult.h"

namespace cc {

KeeperJob::KeeperJob(QString key, QObject* parent) : QObject(parent), m_key(std::move(key)) {}

KeeperJob::~KeeperJob() = default;

void KeeperJob::refuseBusy()
{
    fail(KeeperResult::Status::Busy, tr("Another change to this connection is still under way. "
                                        "Wait for it to finish, then try again."));
}

void KeeperJob::refuseHeldElsewhere()
{
    fail(KeeperResult::Status::Busy,
         tr("Another window is changing this connection and did not finish within %1 seconds. "
            "Nothing was changed; try again once it is done.")
             .arg(ConnectionLock::waitMs / 1000));
}

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
            finishing(result);
            emit finished(result);
            deleteLater();
        },
        Qt::QueuedConnection);
}

void KeeperJob::finishing(const KeeperResult&) {}

void KeeperJob::fail(KeeperResult::Status status, const QString& message,
                     const ConnectionProfile& kept, const QString& detail)
{
    KeeperResult result;
    result.status = status;
    result.message = message;
    result.profile = kept;
    result.detail = detail;
    finish(result);
}

void KeeperJob::failKeychain(const SecretResult& secret, const QString& sentence,
                             const ConnectionProfile& kept)
{
    KeeperResult::Status status = KeeperResult::Status::KeychainFailed;
    switch (secret.status) {
    case SecretResult::Status::Unavailable:
        status = KeeperResult::Status::KeychainUnavailable;
        break;
    case SecretResult::Status::Refused:
        status = KeeperResult::Status::KeychainRefused;
        break;
    case SecretResult::Status::NotFound:
        status = KeeperResult::Status::NotFound;
        break;
    case SecretResult::Status::Done:
    case SecretResult::Status::Failed:
        break;
    }
    fail(status, sentence.arg(secret.reason), kept, secret.detail);
}

void KeeperJob::failNotFound()
{
    fail(KeeperResult::Status::NotFound, tr("There is no saved connection %1.").arg(m_key));
}

bool holdsSecret(const SecretResult& secret)
{
    return secret.status == SecretResult::Status::Done;
}

bool readFailed(const SecretResult& secret)
{
    return !holdsSecret(secret) && secret.status != SecretResult::Status::NotFound;
}

} // namespace cc
