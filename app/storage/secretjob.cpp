#include "storage/secretjob.h"

#ifdef CC_SECRET_SERVICE_PROBE
#include "storage/secretserviceprobe.h"
#endif

#include <qt6keychain/keychain.h>

namespace cc {

namespace {
using Status = SecretResult::Status;

SecretResult failure(Status status, const QString& reason, const QString& detail)
{
    SecretResult result;
    result.status = status;
    result.reason = reason;
    result.detail = detail;
    return result;
}

// Every keychain error in plain words, in one place.
SecretResult resultFor(const QKeychain::Job& job, SecretJob::Kind kind)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        return failure(Status::Done, QString(), QString());
    case QKeychain::EntryNotFound:
        // Removing what is not there leaves the keychain as the caller wanted it.
        if (kind == SecretJob::Kind::Remove) {
            return failure(Status::Done, QString(), QString());
        }
        return failure(Status::NotFound,
                       SecretJob::tr("the keychain holds no token for this connection"), detail);
    case QKeychain::AccessDeniedByUser:
        return failure(Status::Refused, SecretJob::tr("access was refused"), detail);
    case QKeychain::AccessDenied:
        return failure(Status::Refused,
                       SecretJob::tr("the keychain refused access (it may be locked)"), detail);
    case QKeychain::CouldNotDeleteEntry:
        return failure(Status::Failed, SecretJob::tr("the keychain could not delete the entry"),
                       detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return failure(Status::Unavailable,
                       SecretJob::tr("the keychain is unavailable (this system offers none the "
                                     "program can use)"),
                       detail);
    case QKeychain::OtherError:
        break;
    }
    return failure(Status::Failed,
                   SecretJob::tr("the keychain could not be used (%1); it may be locked or have no "
                                 "default keyring yet")
                       .arg(detail),
                   detail);
}
} // namespace

SecretJob::SecretJob(Kind kind, QKeychain::Job* keychainJob, QObject* parent)
    : QObject(parent), m_kind(kind)
{
    // The keychain job deletes itself once done; it must not be a child of this object, which
    // may go first, while libsecret still holds a pointer to the job.
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);
    connect(keychainJob, &QKeychain::Job::finished, this, &SecretJob::onKeychainFinished);
    keychainJob->start();
}

void SecretJob::onKeychainFinished(QKeychain::Job* keychainJob)
{
    SecretResult result = resultFor(*keychainJob, m_kind);
    if (result.ok() && m_kind == Kind::Read) {
        result.secret = static_cast<QKeychain::ReadPasswordJob*>(keychainJob)->textData();
    }
    if (keychainJob->error() == QKeychain::OtherError ||
        keychainJob->error() == QKeychain::NoBackendAvailable) {
        explainUnreachable(result);
        return;
    }
    finish(result);
}

void SecretJob::explainUnreachable(SecretResult result)
{
#ifdef CC_SECRET_SERVICE_PROBE
    auto* probe = new SecretServiceProbe(this);
    connect(probe, &SecretServiceProbe::finished, this,
            [this, result](SecretServiceProbe::Finding finding) mutable {
                switch (finding) {
                case SecretServiceProbe::Finding::NoSessionBus:
                    result.status = Status::Unavailable;
                    result.reason = tr("the keychain is unavailable (no D-Bus session is running, "
                                       "so no Secret Service can be reached)");
                    break;
                case SecretServiceProbe::Finding::NoSecretService:
                    result.status = Status::Unavailable;
                    result.reason =
                        tr("the keychain is unavailable (no Secret Service is running)");
                    break;
                case SecretServiceProbe::Finding::ServicePresent:
                    break;
                }
                finish(result);
            });
    probe->start();
#else
    finish(result);
#endif
}

void SecretJob::finish(const SecretResult& result)
{
    emit finished(result);
    deleteLater();
}

} // namespace cc
