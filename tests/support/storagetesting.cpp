#include "support/storagetesting.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSignalSpy>

#include <csignal>

#include <sys/stat.h>

namespace cc::test {

namespace {
constexpr int waitMs = 30000;
} // namespace

ConnectionProfile sampleMistProfile()
{
    ConnectionProfile profile;
    profile.providerId = QStringLiteral("juniper-mist");
    profile.providerName = QStringLiteral("Juniper Mist");
    profile.regionId = QStringLiteral("api.gc3");
    profile.regionName = QStringLiteral("EMEA 02");
    profile.apiHost = QStringLiteral("api.gc3.mist.com");
    profile.organizationId = QStringLiteral("a97c1b22-a4e9-411e-9bfd-d8695a0f9e61");
    profile.organizationName = QStringLiteral("ACME Corp");
    profile.identity =
        QStringList{QStringLiteral("Personal token of Ada Lovelace <ada@example.com>"),
                    QStringLiteral("Super User on organization ACME Corp")};
    profile.verifiedAt = QDateTime(QDate(2026, 3, 2), QTime(14, 5, 7, 250), Qt::UTC);
    return profile;
}

ConnectionProfile sampleRoutingAssuranceProfile()
{
    ConnectionProfile profile = sampleMistProfile();
    profile.providerId = QStringLiteral("juniper-routing-assurance");
    profile.providerName = QStringLiteral("Juniper Mist Routing Assurance");
    profile.regionId = QStringLiteral("routing");
    profile.regionName = QStringLiteral("Routing Assurance");
    profile.apiHost = QStringLiteral("routing.ai.juniper.net");
    return profile;
}

ConnectionProfile sampleJumpCloudProfile(const QString& regionId, const QString& organizationId,
                                         const QString& organizationName)
{
    const QHash<QString, QPair<QString, QString>> regions = {
        {QStringLiteral("us"), {QStringLiteral("US"), QStringLiteral("console.jumpcloud.com")}},
        {QStringLiteral("eu"), {QStringLiteral("EU"), QStringLiteral("console.eu.jumpcloud.com")}},
        {QStringLiteral("in"),
         {QStringLiteral("India"), QStringLiteral("console.in.jumpcloud.com")}}};
    ConnectionProfile profile;
    profile.providerId = QStringLiteral("jumpcloud");
    profile.providerName = QStringLiteral("JumpCloud");
    profile.regionId = regionId;
    profile.regionName = regions.value(regionId).first;
    profile.apiHost = regions.value(regionId).second;
    profile.organizationId = organizationId;
    profile.organizationName = organizationName;
    profile.identity =
        QStringList{QStringLiteral("Administrator key for %1").arg(organizationName)};
    profile.verifiedAt = QDateTime(QDate(2026, 1, 31), QTime(23, 59), Qt::UTC);
    return profile;
}

KeeperFixture::KeeperFixture(const Catalog* catalog)
    : settings(settingsPath(), QSettings::IniFormat), appSettings(&settings), profiles(&settings),
      secrets(testServiceName()), verifier(&network),
      keeper(&secrets, &profiles, catalog, &verifier)
{}

QString testServiceName()
{
    return QStringLiteral("org.credentialconnect.CredentialConnect.test-") +
           QString::number(QCoreApplication::applicationPid());
}

KeeperResult resultOf(KeeperJob* job)
{
    QSignalSpy finished(job, &KeeperJob::finished);
    if (!finished.wait(waitMs)) {
        KeeperResult result;
        result.status = KeeperResult::Status::KeychainFailed;
        result.message = QStringLiteral("the job did not finish within %1 ms").arg(waitMs);
        return result;
    }
    return finished.constFirst().constFirst().value<KeeperResult>();
}

SecretResult resultOf(SecretJob* job)
{
    QSignalSpy finished(job, &SecretJob::finished);
    if (!finished.wait(waitMs)) {
        SecretResult result;
        result.reason = QStringLiteral("the keychain job did not finish within %1 ms").arg(waitMs);
        return result;
    }
    return finished.constFirst().constFirst().value<SecretResult>();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int fileMode(const QString& path)
{
    struct stat info
    {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

FileSizeLimit::FileSizeLimit(rlim_t bytes)
{
    // Past the limit the kernel sends SIGXFSZ, which would end the test; ignored, the write
    // fails with EFBIG instead.
    std::signal(SIGXFSZ, SIG_IGN);
    getrlimit(RLIMIT_FSIZE, &m_previous);
    rlimit limited = m_previous;
    limited.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &limited);
}

FileSizeLimit::~FileSizeLimit()
{
    setrlimit(RLIMIT_FSIZE, &m_previous);
}

} // namespace cc::test
