#include "gui/connectionexports.h"

#include "gui/prompts.h"
#include "storage/connectionprofile.h"
#include "storage/connectionsummary.h"
#include "storage/envfile.h"
#include "storage/profilejson.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>

namespace cc::gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionExports)
};

// "juniper-mist-api.gc3.env" in the home folder: says what it is, and sorts by provider.
QString suggestedPath(const ConnectionProfile& profile, const QString& suffix)
{
    QString name = profile.providerId + QLatin1Char('-') + profile.regionId;
    if (!profile.organizationName.isEmpty()) {
        QString organization = profile.organizationName.toLower();
        for (QChar& character : organization) {
            if (!character.isLetterOrNumber()) {
                character = QLatin1Char('-');
            }
        }
        name += QLatin1Char('-') + organization;
    }
    return QDir::home().filePath(name + suffix);
}

} // namespace

QString confirmedSavePath(QWidget* parent, const Prompts& prompts, const QString& title,
                          const QString& suggestedPath, const QString& filter)
{
    const QString path = prompts.savePath(parent, title, suggestedPath, filter);
    const QFileInfo chosen(path);
    if (path.isEmpty() || chosen.isSymLink() || !chosen.isFile()) {
        return path;
    }
    const bool replace = prompts.confirm(parent, title,
                                         Text::tr("%1 already exists. Do you want to replace it?")
                                             .arg(QDir::toNativeSeparators(path)),
                                         Text::tr("Replace"));
    return replace ? path : QString();
}

ExportOutcome copySummaryToClipboard(const ConnectionProfile& profile)
{
    QGuiApplication::clipboard()->setText(connectionSummary(profile));
    return {ExportOutcome::Status::Done,
            Text::tr("The summary is on the clipboard, ready for a ticket. It holds no token.")};
}

ExportOutcome exportProfileJson(QWidget* parent, const Prompts& prompts,
                                const ConnectionProfile& profile)
{
    const QString path = confirmedSavePath(parent, prompts, Text::tr("Export the Profile"),
                                           suggestedPath(profile, QStringLiteral(".json")),
                                           Text::tr("Profile (*.json)"));
    if (path.isEmpty()) {
        return {};
    }
    QString error;
    if (!writeProfileJson(path, profile, &error)) {
        return {ExportOutcome::Status::Failed,
                Text::tr("The profile was not exported: %1").arg(error)};
    }
    return {
        ExportOutcome::Status::Done,
        Text::tr("The profile, without the token, is in %1.").arg(QDir::toNativeSeparators(path))};
}

void offerEnvFileExport(QPushButton& button, QLabel& note,
                        const std::optional<ConnectionProfile>& profile, bool enabled)
{
    const QString reason = profile ? envFileUnavailableReason(*profile) : QString();
    const QString why =
        reason.isEmpty() ? QString()
                         : Text::tr("No .env file is offered for this connection: %1.").arg(reason);
    button.setEnabled(enabled && reason.isEmpty());
    // A disabled button takes no focus, so the note says it where keyboard and screen reader
    // users find it too.
    // A tooltip is read as markup whenever it looks like markup, and the reason names a region
    // from the catalog: as a paragraph of escaped text, it shows as written.
    button.setToolTip(why.isEmpty() ? QString()
                                    : Qt::convertFromPlainText(why, Qt::WhiteSpaceNormal));
    note.setText(why);
    note.setVisible(!why.isEmpty());
}

QString chooseEnvFilePath(QWidget* parent, const Prompts& prompts, const ConnectionProfile& profile)
{
    const bool agreed = prompts.confirm(
        parent, Text::tr("Write the Token to a File?"),
        Text::tr("A .env file holds the token in plain text, for the vendor's own tools to read. "
                 "Only you can read the file, but anyone with your account or a copy of the "
                 "file can use the token. Keep it out of shared folders and version control, "
                 "and delete it when it is no longer needed."),
        Text::tr("Choose Where to Write It"));
    if (!agreed) {
        return QString();
    }
    return confirmedSavePath(parent, prompts, Text::tr("Export a .env File"),
                             suggestedPath(profile, QStringLiteral(".env")),
                             Text::tr("Environment file (*.env)"));
}

} // namespace cc::gui
