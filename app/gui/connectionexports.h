#pragma once

#include <QString>

class QWidget;

namespace cc {
struct ConnectionProfile;
}

namespace cc::gui {

struct Prompts;

// What the wizard's last page and the saved connections share: the ticket summary and the
// two exports, with the person's say on where and whether. Each returns the words to show.
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
// The words for a .env file written (or not) at path.
ExportOutcome envFileOutcome(bool written, const QString& path, const QString& error);

} // namespace cc::gui
