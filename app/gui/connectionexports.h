#pragma once

#include <QString>

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

ExportOutcome copySummaryToClipboard(const ConnectionProfile& profile);
ExportOutcome exportProfileJson(QWidget* parent, const Prompts& prompts,
                                const ConnectionProfile& profile);
// Asks whether to write the token in the clear, then where. Empty when the person declined.
QString chooseEnvFilePath(QWidget* parent, const Prompts& prompts,
                          const ConnectionProfile& profile);

} // namespace cc::gui
