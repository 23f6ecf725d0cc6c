#include "support/privatecastore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

namespace cc::test {

namespace {
const QString systemStore = QStringLiteral("/etc/ssl/certs");
const QString bundleName = QStringLiteral("ca-certificates.crt");
// Binds the copy ($0) over the system store, then becomes the command that follows.
const QString bindAndRun = QStringLiteral("mount --bind \"$0\" /etc/ssl/certs && exec \"$@\"");

bool run(const QString& program, const QStringList& arguments, QString* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(60000);
    *output = QString::fromLocal8Bit(process.readAll()) + process.errorString();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}
} // namespace

PrivateCaStore::PrivateCaStore() = default;

bool PrivateCaStore::create(const QString& caFile, QString* error)
{
    const QDir store(m_dir.filePath(QStringLiteral("certs")));
    if (!m_dir.isValid() || !QDir().mkpath(store.path())) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    // The certificates already installed, as links to where they live (hash links are remade).
    const QFileInfoList installed =
        QDir(systemStore).entryInfoList(QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : installed) {
        if (entry.fileName().endsWith(QLatin1String(".pem"))) {
            QFile::link(entry.canonicalFilePath(), store.filePath(entry.fileName()));
        }
    }
    // update-ca-certificates links /usr/local/share/ca-certificates/NAME.crt as NAME.pem and
    // appends it to the bundle file.
    QFile ca(caFile);
    QFile bundle(store.filePath(bundleName));
    QFile installedBundle(QDir(systemStore).filePath(bundleName));
    if (!ca.open(QIODevice::ReadOnly) || !bundle.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot read %1 or write the store copy").arg(caFile);
        return false;
    }
    const QByteArray authority = ca.readAll();
    if (installedBundle.open(QIODevice::ReadOnly)) {
        bundle.write(installedBundle.readAll());
    }
    bundle.write(authority);
    bundle.close();
    QFile added(store.filePath(QStringLiteral("credential-connect-test-root.pem")));
    if (!added.open(QIODevice::WriteOnly) || added.write(authority) != authority.size()) {
        *error = QStringLiteral("cannot write the authority into the store copy");
        return false;
    }
    added.close();
    QString output;
    if (!run(QStringLiteral("openssl"), {QStringLiteral("rehash"), store.path()}, &output)) {
        *error = QStringLiteral("openssl rehash failed: ") + output;
        return false;
    }
    // Prefer a user namespace: it needs no privilege. As root, a mount namespace alone will do.
    const QStringList candidates[] = {
        {QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount")},
        {QStringLiteral("--mount")},
    };
    for (const QStringList& candidate : candidates) {
        if (candidate.size() == 1 && ::geteuid() != 0) {
            continue;
        }
        if (run(QStringLiteral("unshare"),
                candidate + QStringList{QStringLiteral("sh"), QStringLiteral("-c"), bindAndRun,
                                        store.path(), QStringLiteral("true")},
                &output)) {
            m_unshare = candidate;
            break;
        }
    }
    return true;
}

bool PrivateCaStore::namespacesAvailable(QString* why) const
{
    if (m_unshare.isEmpty()) {
        *why = QStringLiteral("this machine allows no private mount namespace (unshare --user "
                              "--map-root-user --mount fails), so the system store cannot be "
                              "replaced for one program without changing it for all");
        return false;
    }
    return true;
}

QStringList PrivateCaStore::wrapper() const
{
    return QStringList{QStringLiteral("unshare")} + m_unshare +
           QStringList{QStringLiteral("sh"), QStringLiteral("-c"), bindAndRun,
                       m_dir.filePath(QStringLiteral("certs"))};
}

} // namespace cc::test
