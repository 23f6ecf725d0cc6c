// credential-connect: the command-line check, and the way into the window and the saved
// connections. It links no widget, font, image or keychain library, so a check loads only what
// it uses; for the window, and for the saved connections (which need the keychain), it hands the
// process over to the program that does, before any Qt application object exists.
#include "cli/checkcommand.h"
#include "core/commandlineoptions.h"
#include "core/processhardening.h"
#include "core/programidentity.h"
#include "core/translations.h"
#include "privateprogram.h"

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

enum class PrivateProgram { Window, Saved };

// Only when the window program or the saved-connections program could not be started: said on
// the terminal, in the person's language, since there is nothing else to say it in.
int reportMissingProgram(int argc, char* argv[], PrivateProgram program, const std::string& problem)
{
    QCoreApplication app(argc, argv);
    cc::describeProgram();
    cc::installTranslations(app, QLocale());
    const QString reason = QString::fromLocal8Bit(problem.c_str());
    const QString sentence =
        program == PrivateProgram::Window
            ? Text::tr("Credential Connect cannot open its window: %1. The command-line check "
                       "(--check) still works.")
                  .arg(reason)
            : Text::tr("Credential Connect cannot reach its saved connections: %1. The "
                       "command-line check (--check) still works.")
                  .arg(reason);
    std::fprintf(stderr, "%s\n", qPrintable(sentence));
    return 1;
}
} // namespace

int main(int argc, char* argv[])
{
    cc::hardenProcess();
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    // Before --help: "--check-saved --help" is answered by the program that runs it.
    if (cc::wantsSavedConnectionsMode(arguments)) {
        return reportMissingProgram(argc, argv, PrivateProgram::Saved,
                                    cc::execPrivateProgram("credential-connect-saved", argv));
    }
    if (cc::wantsCommandLineMode(arguments)) {
        return checkFromCommandLine(argc, argv);
    }
    return reportMissingProgram(argc, argv, PrivateProgram::Window,
                                cc::execPrivateProgram("credential-connect-window", argv));
}
