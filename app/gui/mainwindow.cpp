#include "gui/mainwindow.h"

#include "gui/connectform.h"
#include "gui/statusicons.h"
#include "gui/wizard/setupwizard.h"
#include "version.h"

#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>

namespace cc::gui {

MainWindow::MainWindow(const Catalog& catalog, Verifier& verifier, QWidget* parent)
    : QMainWindow(parent), m_form(new ConnectForm(catalog, verifier, this))
{
    setWindowTitle(tr("Credential Connect"));
    setWindowIcon(applicationIcon());
    setCentralWidget(m_form);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* setUp =
        fileMenu->addAction(tr("&Connect an Account\u2026"), this, [this, &catalog, &verifier] {
            auto* wizard = new SetupWizard(catalog, verifier, this);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            wizard->open();
        });
    setUp->setShortcut(QKeySequence::New);
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Credential Connect"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    resize(640, 560);
}

MainWindow::~MainWindow() = default;

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
