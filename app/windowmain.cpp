#include "windowmain.h"

#include "core/programidentity.h"
#include "gui/application.h"
#include "version.h"

#include <QApplication>

extern "C" Q_DECL_EXPORT int credentialConnectWindowMain(int argc, char* argv[])
{
    QApplication app(argc, argv);
    cc::describeProgram();
    QApplication::setApplicationDisplayName(QStringLiteral(CREDENTIAL_CONNECT_APP_NAME));
    QApplication::setDesktopFileName(QStringLiteral(CREDENTIAL_CONNECT_APP_ID));
    return cc::gui::runWindow(app);
}
