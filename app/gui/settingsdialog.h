#pragma once

#include "core/cabundle.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace cc {
class AppSettings;
}

namespace cc::gui {

// The program's settings: today, a file of certificate authorities to trust besides the
// system's, for networks whose proxy inspects TLS. Never a switch that ignores TLS errors.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Checks the file and keeps the setting; stays open with the reason when either fails.
    void accept() override;

    // The authorities chosen, once accepted: empty for none.
    const CaBundle& authorities() const { return m_authorities; }

private:
    void browse();
    void showMessage(const QString& text, bool isProblem);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings& m_settings;
    CaBundle m_authorities;
};

} // namespace cc::gui
