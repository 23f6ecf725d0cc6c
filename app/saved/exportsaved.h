#pragma once

class QCoreApplication;

namespace cc {
class ConnectionKeeper;
class SecretStore;
struct CommandLineOptions;
} // namespace cc

namespace cc::saved {

// --export-saved KEY --format env|profile|summary [--output FILE|-] [--force]: the window's
// exports of a saved connection, by its rules. The .env file only where the window offers it
// (not for Mist Routing Assurance), written atomically with mode 0600; the profile JSON and the
// summary hold no token and are written as the window writes the profile (0644).
//
// env and profile go to a file, or to standard output only with "--output -": a runbook that
// forgets --output must not leave a token in a job log. The summary, text for a ticket, goes to
// standard output unless --output names a file. An existing file is replaced only with --force,
// the answer the window's save dialog asks for. Messages go to standard error, so standard
// output carries only what was exported. Returns the exit code: 0 done, 2 refused before
// anything was written, 3 the keychain or the file could not be used.
int exportSaved(QCoreApplication& app, ConnectionKeeper& keeper, SecretStore& secrets,
                const CommandLineOptions& options);

} // namespace cc::saved
