// Picks the mode: the command-line check (no window) or the connect window.
#include "cli/checkcommand.h"
#include "core/commandlineoptions.h"
#include "core/processhardening.h"
#include "core/programidentity.h"
#include "core/translations.h"
#include "gui/application.h"
#include "version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>

#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace {
int checkFromCommandLine(int argc, char* argv[])
{
#ifdef Q_OS_UNIX
    // A reader that goes away (`| head`) makes a write fail instead of killing the check.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QCoreApplication app(argc, argv);
    cc::describeProgram();
    cc::installTranslations(app, QLocale());
    const int exitCode = cc::cli::runCommandLine(app);
    // The result is printed and nothing is left to save. Leave without tearing Qt down:
    // the system proxy lookup (libproxy) keeps a worker thread that can crash while Qt's
    // globals are destroyed at exit, turning a finished check into a crash.
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(exitCode);
}

int showWindow(int argc, char* argv[])
{
    QApplication app(argc, argv);
    cc::describeProgram();
    QApplication::setApplicationDisplayName(QStringLiteral(CREDENTIAL_CONNECT_APP_NAME));
    QApplication::setDesktopFileName(QStringLiteral(CREDENTIAL_CONNECT_APP_ID));
    return cc::gui::runWindow(app);
}
} // namespace

int main(int argc, char* argv[])
{
    cc::hardenProcess();
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return cc::wantsCommandLineMode(arguments) ? checkFromCommandLine(argc, argv)
                                               : showWindow(argc, argv);
}
