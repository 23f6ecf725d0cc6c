#pragma once

#include <QString>

#include <optional>

class QLabel;
class QPushButton;
class QWidget;

namespace cc {
struct ConnectionProfile;
}

namespace cc::gui {

struct Prompts;

// What the wizard's last page and the saved connections share: the ticket summary, the profile
// export, and where a .env file goes, with the person's say on where and whether. The keeper
// writes the .env file (ConnectionKeeper::exportEnvFile) and words its outcome.
struct ExportOutcome
{
    enum class Status { Done, Cancelled, Failed };
    Status status = Status::Cancelled;
    QString message;
};

// The path chosen in the save dialog, or empty. Only a regular file already there is a question
// of replacing; a link or anything else the export refuses, saying what it is, so the person
// is never asked to replace a file that is not the one named.
QString confirmedSavePath(QWidget* parent, const Prompts& prompts, const QString& title,
                          const QString& suggestedPath, const QString& filter);

ExportOutcome copySummaryToClipboard(const ConnectionProfile& profile);
ExportOutcome exportProfileJson(QWidget* parent, const Prompts& prompts,
                                const ConnectionProfile& profile);
// Offers the .env export only where a vendor's tool could use the file: for a connection that
// no tool could use one for (envFileUnavailableReason), the button stays off, and its tooltip
// and the note, shown only then, say why. Otherwise the button follows enabled.
void offerEnvFileExport(QPushButton& button, QLabel& note,
                        const std::optional<ConnectionProfile>& profile, bool enabled);
// Asks whether to write the token in the clear, then where. Empty when the person declined.
QString chooseEnvFilePath(QWidget* parent, const Prompts& prompts,
                          const ConnectionProfile& profile);

} // namespace cc::gui
