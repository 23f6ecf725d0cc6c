#include "gui/mainwindow.h"

#include "core/cabundle.h"
#include "core/result.h"
#include "core/verifier.h"
#include "gui/checklist/checklistdialog.h"
#include "gui/connectform.h"
#include "gui/savedconnectionsview.h"
#include "gui/scrollable.h"
#include "gui/settingsdialog.h"
#include "gui/statusicons.h"
#include "gui/wizard/setupwizard.h"
#include "storage/appsettings.h"
#include "version.h"

#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cc::gui {

MainWindow::MainWindow(const Catalog& catalog, Verifier& verifier, ConnectionKeeper& keeper,
                       AppSettings& settings, const Prompts& prompts,
                       QList<QSslCertificate> commandLineAuthorities, QWidget* parent)
    : QMainWindow(parent), m_catalog(catalog), m_verifier(verifier), m_keeper(keeper),
      m_settings(settings), m_prompts(prompts),
      m_commandLineAuthorities(std::move(commandLineAuthorities)), m_tabs(new QTabWidget(this)),
      m_form(new ConnectForm(catalog, verifier, m_tabs)), m_savedPage(new QWidget(m_tabs))
{
    setWindowTitle(tr("Credential Connect"));
    setWindowIcon(applicationIcon());
    m_tabs->addTab(scrollable(m_form), tr("Quick chec&k"));
    // The saved connections are made when their tab is first opened: a person who only checks
    // a token does not wait for a list, its buttons and their layout at start-up.
    auto* savedLayout = new QVBoxLayout(m_savedPage);
    savedLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_savedPage, tr("&Saved connections"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_savedPage) {
            savedConnections();
        }
    });
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);

    // Where the person left off last time.
    m_form->selectProvider(m_settings.lastProviderId());
    m_form->selectRegion(m_settings.lastRegionId());
    connect(m_form, &ConnectForm::verificationFinished, this,
            [this](const VerificationResult& result) { m_settings.rememberChoice(result); });

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* connectAction =
        fileMenu->addAction(tr("&Connect an Account\u2026"), this, &MainWindow::connectAccount);
    connectAction->setShortcut(QKeySequence::New);
    fileMenu->addAction(tr("Check a &List\u2026"), this, &MainWindow::checkList);
    QAction* settingsAction =
        fileMenu->addAction(tr("S&ettings\u2026"), this, &MainWindow::showSettings);
    settingsAction->setShortcut(QKeySequence::Preferences);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Credential Connect"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    applyTrustSetting();
    resize(760, 680);
}

MainWindow::~MainWindow() = default;

void MainWindow::connectAccount()
{
    auto* wizard = new SetupWizard(m_catalog, m_verifier, m_keeper, m_settings, m_prompts, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SetupWizard::connectionSaved, this,
            [this](const QString& key) { showSavedConnections()->select(key); });
    wizard->open();
}

SavedConnectionsView* MainWindow::savedConnections()
{
    if (m_saved == nullptr) {
        m_saved = new SavedConnectionsView(m_keeper, m_prompts, m_savedPage);
        m_savedPage->layout()->addWidget(m_saved);
        connect(m_saved, &SavedConnectionsView::connectRequested, this,
                &MainWindow::connectAccount);
    }
    return m_saved;
}

SavedConnectionsView* MainWindow::showSavedConnections()
{
    SavedConnectionsView* view = savedConnections();
    m_tabs->setCurrentWidget(m_savedPage);
    return view;
}

ChecklistDialog* MainWindow::checkList()
{
    if (m_checklist == nullptr) {
        m_checklist = new ChecklistDialog(m_catalog, m_verifier, m_keeper, m_prompts, this);
        m_checklist->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_checklist->show();
    m_checklist->raise();
    m_checklist->activateWindow();
    return m_checklist;
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted) {
        applyTrustSetting();
    }
}

void MainWindow::applyTrustSetting()
{
    QList<QSslCertificate> trusted = m_commandLineAuthorities;
    const QString path = m_settings.extraCaBundle();
    if (!path.isEmpty()) {
        QString error;
        const std::optional<CaBundle> bundle = loadCaBundle(path, &error);
        if (bundle) {
            trusted.append(bundle->certificates);
            if (!bundle->warnings.isEmpty()) {
                statusBar()->showMessage(bundle->warnings.join(QLatin1Char(' ')));
            }
        } else {
            statusBar()->showMessage(
                tr("The extra certificate authorities of the settings are not trusted: %1")
                    .arg(error));
        }
    }
    m_verifier.setCaCertificates(trusted);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Credential Connect"),
        tr("Credential Connect %1\n\nLinks a Juniper Mist, Mist Routing Assurance or JumpCloud "
           "account by its API token: it asks the provider whether the token works and what it "
           "grants. The token goes only to the API host of the region you choose.")
            .arg(QStringLiteral(CREDENTIAL_CONNECT_VERSION)));
}

} // namespace cc::gui
