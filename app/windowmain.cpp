// credential-connect-window: the connect window, a plain Qt Widgets program. credential-connect
// execs it with its own arguments whenever they ask for no command-line mode; it also starts
// by itself.
#include "core/programidentity.h"
#include "gui/application.h"
#include "version.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    cc::describeProgram();
    QApplication::setApplicationDisplayName(QStringLiteral(CREDENTIAL_CONNECT_APP_NAME));
    QApplication::setDesktopFileName(QStringLiteral(CREDENTIAL_CONNECT_APP_ID));
    return cc::gui::runWindow(app);
}
