#pragma once

#include <QStringList>

class QCoreApplication;

namespace cc::cli {

// The program without a window: --check (token on standard input), --help and --version.
// Runs the application's event loop while the check is under way; returns the exit code.
int runCommandLine(QCoreApplication& app);

} // namespace cc::cli
