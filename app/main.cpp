// Picks the mode: the command-line check (no window) or the connect window.
#include "cli/checkcommand.h"
#include "cli/commandlineoptions.h"
#include "core/translations.h"
#include "gui/application.h"
#include "version.h"

#include <QApplication>
#include <QLocale>
#include <QNetworkProxyFactory>

#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Credential Connect"));
    QCoreApplication::setApplicationName(QStringLiteral(CREDENTIAL_CONNECT_EXECUTABLE));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDENTIAL_CONNECT_VERSION));
    // Honour the system's proxy settings (https_proxy, no_proxy and the desktop's own).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    if (cc::cli::wantsCommandLineMode(arguments)) {
#ifdef Q_OS_UNIX
        // A reader that goes away (`| head`) makes a write fail instead of killing the check.
        std::signal(SIGPIPE, SIG_IGN);
#endif
        QCoreApplication app(argc, argv);
        describeApplication();
        cc::installTranslations(app, QLocale());
        const int exitCode = cc::cli::runCommandLine(app);
        // The result is printed and nothing is left to save. Leave without tearing Qt down:
        // the system proxy lookup (libproxy) keeps a worker thread that can crash while Qt's
        // globals are destroyed at exit, turning a finished check into a crash.
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(exitCode);
    }
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral(CREDENTIAL_CONNECT_APP_NAME));
    QApplication::setDesktopFileName(QStringLiteral(CREDENTIAL_CONNECT_APP_ID));
    return cc::gui::runWindow(app);
}
