// Picks the mode: the command-line check (no window) or the connect window.
#include "cli/checkcommand.h"
#include "cli/commandlineoptions.h"
#include "core/programidentity.h"
#include "core/translations.h"
#include "windowmain.h"

#include <QCoreApplication>
#include <QLocale>

#include <csignal>
#include <cstdio>
#include <cstdlib>

#ifdef CC_WINDOW_MODULE
#include <dlfcn.h>
#endif

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

#ifdef CC_WINDOW_MODULE
// The window module is found through the executable's run path: beside the build's bin/
// folder, or in the private library folder of an installed program.
int runWindowModule(int argc, char* argv[])
{
    using WindowMain = int (*)(int, char*[]);
    void* module = dlopen(CC_WINDOW_MODULE, RTLD_LAZY | RTLD_LOCAL);
    auto windowMain =
        module != nullptr
            ? reinterpret_cast<WindowMain>(dlsym(module, "credentialConnectWindowMain"))
            : nullptr;
    if (windowMain != nullptr) {
        return windowMain(argc, argv);
    }
    const QString problem = QString::fromLocal8Bit(dlerror());
    QCoreApplication app(argc, argv);
    cc::describeProgram();
    cc::installTranslations(app, QLocale());
    std::fprintf(stderr, "%s\n",
                 qPrintable(Text::tr("Credential Connect cannot open its window: %1. The "
                                     "command-line check (--check) still works.")
                                .arg(problem)));
    return 1;
}
#endif
} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    if (cc::cli::wantsCommandLineMode(arguments)) {
        return checkFromCommandLine(argc, argv);
    }
#ifdef CC_WINDOW_MODULE
    return runWindowModule(argc, argv);
#else
    return credentialConnectWindowMain(argc, argv);
#endif
}
