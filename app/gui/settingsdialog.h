#pragma once

#include "core/cabundle.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class SettingsDialog;
}

namespace cc {
class AppSettings;
}

namespace cc::gui {

class WatchSchedule;

// The program's settings: a file of certificate authorities to trust besides the system's, for
// networks whose proxy inspects TLS (never a switch that ignores TLS errors), and Watch my
// connections, the daily check of the saved connections (WatchSchedule).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Checks the file, turns the daily check on or off when that changed, and keeps the
    // settings; stays open with the reason when any of it fails. A watch that could not be
    // turned on stays off.
    void accept() override;
    // Not while systemctl is changing the daily check: its answer decides what is kept.
    void reject() override;

    // The authorities chosen, once accepted: empty for none.
    const CaBundle& authorities() const { return m_authorities; }

private:
    void browse();
    // The chosen file's authorities; nothing, with the reason shown, when it cannot be used.
    std::optional<CaBundle> chosenAuthorities();
    void onWatchChanged(bool on, const QString& problem);
    void keepAndClose();
    void setBusy(bool busy);
    // A message under the settings; a problem is told to screen readers and described on the
    // field it is about.
    void showMessage(const QString& text, bool isProblem, QWidget* about = nullptr);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
    WatchSchedule* m_schedule;
    CaBundle m_chosen;
    CaBundle m_authorities;
};

} // namespace cc::gui
