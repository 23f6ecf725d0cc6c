#pragma once

class QCoreApplication;

namespace cc::saved {

// credential-connect-saved's command line: --list-saved, --check-saved or --export-saved,
// exactly one. Parse, validate, run over the saved connections in the program's settings and
// the system keychain; returns the exit code. A command line it cannot run sends and writes
// nothing, says why on standard error and exits 2.
int runSavedCommand(QCoreApplication& app);

} // namespace cc::saved
