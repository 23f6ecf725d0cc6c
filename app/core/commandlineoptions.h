#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

namespace cc {

// Every option the program takes, in both modes, declared once so --help lists them all.
struct CommandLineOptions
{
    CommandLineOptions();

    QCommandLineParser parser;
    QCommandLineOption check;
    QCommandLineOption checkFile;
    QCommandLineOption jobs;
    QCommandLineOption provider;
    QCommandLineOption region;
    QCommandLineOption timeout;
    QCommandLineOption json;
    QCommandLineOption caBundle;
    QCommandLineOption catalog;
    QCommandLineOption language;
    // The saved connections, run by credential-connect-saved.
    QCommandLineOption listSaved;
    QCommandLineOption checkSaved;
    QCommandLineOption notify;
    QCommandLineOption exportSaved;
    QCommandLineOption format;
    QCommandLineOption output;
    QCommandLineOption force;
    QCommandLineOption help;
    QCommandLineOption version;

    // Text for --help: the options and how the check is used.
    QString helpText() const;
};

// Requests a list check (--check-file, --check-saved) has in flight at most, unless --jobs says
// otherwise.
inline constexpr int defaultJobs = 16;
inline constexpr int maxJobs = 64;
// Of those, to any one API host: a vendor sees one person's script, not a crowd.
inline constexpr int jobsPerHost = 4;

// True when the arguments ask for no window: --check, --check-file, --help or --version.
bool wantsCommandLineMode(const QStringList& arguments);
// True when they ask for the saved connections: --list-saved, --check-saved or --export-saved.
// Those need the keychain, which the program for --check does not load.
bool wantsSavedConnectionsMode(const QStringList& arguments);

} // namespace cc
