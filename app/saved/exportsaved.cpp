#include "saved/exportsaved.h"

#include "cli/output.h"
#include "connections/connectionkeeper.h"
#include "core/commandlineoptions.h"
#include "core/credential.h"
#include "storage/atomicfile.h"
#include "storage/connectionsummary.h"
#include "storage/envfile.h"
#include "storage/profilejson.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cc::saved {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SavedConnections)
};

constexpr int refused = 2;
constexpr int failed = 3;

const QString toStandardOutput = QStringLiteral("-");

int refuse(const QString& sentence)
{
    cli::printLines(stderr, {sentence});
    return refused;
}

// The .env text printed: the token read from the keychain, run through the same envFileText()
// as the file.
int printEnvFile(QCoreApplication& app, SecretStore& secrets, const ConnectionProfile& profile)
{
    int exitCode = failed;
    QObject::connect(
        secrets.read(profile.key()), &SecretJob::finished, &app, [&](const SecretResult& secret) {
            QString token = secret.secret;
            if (!secret.ok()) {
                cli::printLines(
                    stderr, {Text::tr("The .env file was not written: %1.").arg(secret.reason)});
            } else {
                QString error;
                QByteArray text = envFileText(profile, token, &error);
                if (text.isEmpty()) {
                    cli::printLines(stderr,
                                    {Text::tr("The .env file was not written: %1.").arg(error)});
                } else {
                    // The file's own bytes, for a pipe: its writer quotes every value.
                    cli::writeProgramBytes(stdout, text);
                    exitCode = 0;
                }
                text.fill('\0');
            }
            wipeSecret(token);
            QCoreApplication::quit();
        });
    app.exec();
    return exitCode;
}

int writeEnvFile(QCoreApplication& app, ConnectionKeeper& keeper, const QString& key,
                 const QString& path)
{
    int exitCode = failed;
    QObject::connect(keeper.exportEnvFile(key, path), &KeeperJob::finished, &app,
                     [&](const KeeperResult& result) {
                         cli::printLines(stderr, {result.message});
                         exitCode = result.ok() ? 0 : failed;
                         QCoreApplication::quit();
                     });
    app.exec();
    return exitCode;
}

int writeText(const QString& path, const QByteArray& content, const QString& done)
{
    QString error;
    const bool written = writeFileAtomically(path, content,
                                             QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ReadGroup | QFileDevice::ReadOther,
                                             &error);
    cli::printLines(stderr, {written ? done.arg(QDir::toNativeSeparators(path))
                                     : Text::tr("Nothing was exported: %1.").arg(error)});
    return written ? 0 : failed;
}
} // namespace

int exportSaved(QCoreApplication& app, ConnectionKeeper& keeper, SecretStore& secrets,
                const CommandLineOptions& options)
{
    const QString key = options.parser.value(options.exportSaved);
    const std::optional<ConnectionProfile> profile = keeper.profiles().profile(key);
    if (!profile) {
        return refuse(Text::tr("There is no saved connection \u201c%1\u201d. --list-saved lists "
                               "their keys.")
                          .arg(key));
    }
    const QString format = options.parser.value(options.format);
    const bool env = format == QLatin1String("env");
    const bool json = format == QLatin1String("profile");
    if (!env && !json && format != QLatin1String("summary")) {
        return refuse(Text::tr("--format takes env, profile or summary."));
    }
    if (env) {
        const QString unavailable = envFileUnavailableReason(*profile);
        if (!unavailable.isEmpty()) {
            return refuse(
                Text::tr("There is no .env export for this connection: %1.").arg(unavailable));
        }
    }
    const QString path = options.parser.value(options.output);
    if ((env || json) && path.isEmpty()) {
        return refuse(Text::tr("--format %1 writes a file: name it with --output FILE, or give "
                               "--output - to print it.")
                          .arg(format));
    }
    const bool toFile = !path.isEmpty() && path != toStandardOutput;
    if (toFile && QFileInfo::exists(path) && !options.parser.isSet(options.force)) {
        return refuse(Text::tr("%1 exists already. Add --force to replace it.")
                          .arg(QDir::toNativeSeparators(path)));
    }

    if (env) {
        return toFile ? writeEnvFile(app, keeper, key, path) : printEnvFile(app, secrets, *profile);
    }
    const QByteArray content = json ? profileJson(*profile) : connectionSummary(*profile).toUtf8();
    if (!toFile) {
        // The export's own bytes: JSON escapes control characters itself; the summary, text
        // for a person, is escaped like every other line.
        if (json) {
            cli::writeProgramBytes(stdout, content);
        } else {
            cli::printLines(stdout, QString::fromUtf8(content).split(QLatin1Char('\n')));
        }
        return 0;
    }
    return writeText(path, content,
                     json ? Text::tr("The profile is in %1. It holds no token.")
                          : Text::tr("The summary is in %1. It holds no token."));
}

} // namespace cc::saved
