// credential-connect-saved: the saved connections on the command line (--list-saved,
// --check-saved, --export-saved), so a runbook can do what the window's Saved connections tab
// does. credential-connect execs it for those options: they need the keychain, which the
// check's executable does not load. It links no widget library.
#include "core/programidentity.h"
#include "core/translations.h"
#include "saved/savedcommand.h"

#include <QCoreApplication>
#include <QLocale>

#include <csignal>
#include <cstdio>
#include <cstdlib>

int main(int argc, char* argv[])
{
    // A reader that goes away (`| head`) makes a write fail instead of killing the run.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    cc::describeProgram();
    cc::installTranslations(app, QLocale());
    const int exitCode = cc::saved::runSavedCommand(app);
    // Every outcome is in the settings by now (each is written to disk as it is recorded).
    // Leave without tearing Qt down, for credential-connect's reason (main.cpp): libproxy's
    // worker thread can crash while Qt's globals are destroyed at exit.
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(exitCode);
}
