#pragma once

#include "connections/connectionkeeper.h"
#include "connections/keeperjob.h"
#include "core/verifier.h"
#include "storage/appsettings.h"
#include "storage/connectionprofile.h"
#include "storage/profilestore.h"
#include "storage/secretresult.h"
#include "storage/secretstore.h"
#include "support/sampleanswers.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include <sys/resource.h>

namespace cc::test {

// A saved Juniper Mist connection of a personal token: EMEA 02, organization ACME Corp.
ConnectionProfile sampleMistProfile();
// A saved Mist Routing Assurance connection of a personal token (routing.ai.juniper.net).
ConnectionProfile sampleRoutingAssuranceProfile();
// A saved JumpCloud connection in regionId for one organization (or none, when id is empty).
ConnectionProfile sampleJumpCloudProfile(const QString& regionId, const QString& organizationId,
                                         const QString& organizationName);

// A service name of this test process's own, so that no test touches another's entries, let
// alone a person's.
QString testServiceName();

// A ConnectionKeeper and all it uses, and the program's own settings, on a settings file in a
// temporary folder of its own and the keychain entries of this process's own service name
// (testServiceName()).
struct KeeperFixture
{
    explicit KeeperFixture(const Catalog* catalog);

    QString settingsPath() const { return dir.filePath(QStringLiteral("settings.ini")); }

    QTemporaryDir dir;
    QSettings settings;
    AppSettings appSettings;
    ProfileStore profiles;
    SecretStore secrets;
    QNetworkAccessManager network;
    Verifier verifier;
    ConnectionKeeper keeper;
};

// Waits for a job's single finished() and returns its result; a failed result saying so when
// nothing came within the time.
KeeperResult resultOf(KeeperJob* job);
SecretResult resultOf(SecretJob* job);

QByteArray readFile(const QString& path);
// The file's permission bits (0600...), or -1 when it does not exist.
int fileMode(const QString& path);

// Limits the size of the files this process may write while it lives (RLIMIT_FSIZE): a real
// write failure, the same as a full disk, for QSettings and QSaveFile. Other processes, such as
// the keyring daemon, are not affected.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_previous{};
};

} // namespace cc::test
