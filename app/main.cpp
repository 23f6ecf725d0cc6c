// credential-connect: the command-line check, and the way into the window. It links no widget,
// font, image or keychain library, so a check loads only what it uses; for the window it hands
// the process over to the window program before any Qt application object exists.
#include "cli/checkcommand.h"
#include "core/commandlineoptions.h"
#include "core/programidentity.h"
#include "core/translations.h"
#include "windowprogram.h"

#include <QCoreApplication>
#include <QLocale>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Main)
};

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

// Only when the window program could not be started: said on the terminal, in the person's
// language, since there is no window to say it in.
int reportMissingWindow(int argc, char* argv[], const std::string& problem)
{
    QCoreApplication app(argc, argv);
    cc::describeProgram();
    cc::installTranslations(app, QLocale());
    std::fprintf(stderr, "%s\n",
                 qPrintable(Text::tr("Credential Connect cannot open its window: %1. The "
                                     "command-line check (--check) still works.")
                                .arg(QString::fromLocal8Bit(problem.c_str()))));
    return 1;
}
} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    if (cc::wantsCommandLineMode(arguments)) {
        return checkFromCommandLine(argc, argv);
    }
    return reportMissingWindow(argc, argv, cc::execWindowProgram(argv));
}
