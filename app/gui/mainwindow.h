#pragma once

#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <QSslCertificate>

namespace cc {
class AppSettings;
class Catalog;
class ConnectionKeeper;
class Verifier;
} // namespace cc

class QTabWidget;

namespace cc::gui {

class ChecklistDialog;
class ConnectForm;
class SavedConnectionsView;
struct Prompts;

// The program's window: a quick check of a token, the saved connections, the setup wizard
// that connects an account, and the settings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // commandLineAuthorities: from --ca-bundle, trusted besides the setting's, for this run.
    // Borrows the rest, which must outlive the window.
    MainWindow(const Catalog& catalog, Verifier& verifier, ConnectionKeeper& keeper,
               AppSettings& settings, const Prompts& prompts,
               QList<QSslCertificate> commandLineAuthorities = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    ConnectForm* connectForm() const { return m_form; }
    // The saved connections, made the first time they are asked for or their tab is opened.
    SavedConnectionsView* savedConnections();
    // Brings the saved connections' tab to the front.
    SavedConnectionsView* showSavedConnections();
    QTabWidget* tabs() const { return m_tabs; }

    // Opens the setup wizard, starting from the provider and region chosen last.
    void connectAccount();
    void showSettings();
    // File › Check a List…: opens the list dialog, or brings it to the front.
    ChecklistDialog* checkList();

private:
    // Trusts the setting's certificate authorities (and --ca-bundle's); says so when the
    // setting's file cannot be read any more.
    void applyTrustSetting();
    void showAbout();

    const Catalog& m_catalog;
    Verifier& m_verifier;
    ConnectionKeeper& m_keeper;
    AppSettings& m_settings;
    const Prompts& m_prompts;
    QList<QSslCertificate> m_commandLineAuthorities;
    QTabWidget* m_tabs;
    ConnectForm* m_form;
    QWidget* m_savedPage; // the tab's page; holds m_saved once it is made
    SavedConnectionsView* m_saved = nullptr;
    QPointer<ChecklistDialog> m_checklist;
};

} // namespace cc::gui
