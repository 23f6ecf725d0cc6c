#pragma once

#include "cli/resultjson.h"
#include "core/catalog.h"
#include "core/programinputs.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

#include <chrono>
#include <optional>

namespace cc {
struct CommandLineOptions;
}

namespace cc::cli {

// A check the command line asks for, every option already checked: all it still needs is the
// token, which is read from standard input only once nothing else can go wrong.
struct CheckRequest
{
    Provider provider;
    std::optional<Region> region; // none: --region auto, every region of the provider is asked
    std::chrono::milliseconds deadline{0};
    QList<QSslCertificate> extraAuthorities;
};

// A parsed command line, checked: a request, or the reason nothing may be sent.
struct ValidatedCommandLine
{
    ResultContext context; // what any report of this command line carries
    std::optional<CheckRequest> request;
    QString problem; // without a request: reported as invalid input
};

// parsed: what QCommandLineParser::parse() said of the arguments.
ValidatedCommandLine validateCommandLine(const CommandLineOptions& options, bool parsed);

// A list check (--check-file), every option checked; the file is opened when it runs.
struct CheckFileRequest
{
    QString path; // "-": standard input
    ProgramInputs inputs;
    std::chrono::milliseconds deadline{0}; // of each row, from its first request
    int jobs = 0;                          // requests in flight at most
};

struct ValidatedCheckFile
{
    ResultContext context;
    std::optional<CheckFileRequest> request;
    QString problem; // without a request: reported as invalid input
};

ValidatedCheckFile validateCheckFileCommandLine(const CommandLineOptions& options, bool parsed);
// What is wrong with the arguments as such (an unknown option, a stray argument...), for any
// command; nothing when they parsed. parsed as above.
std::optional<QString> argumentProblem(const CommandLineOptions& options, bool parsed);
// --timeout, or the default of 20 seconds; nothing when the value is not a usable number.
std::optional<std::chrono::milliseconds> deadline(const CommandLineOptions& options);
// Why deadline() gave nothing.
QString timeoutProblem();
// --jobs, or defaultJobs; nothing when the value is not a whole number from 1 to maxJobs.
std::optional<int> jobs(const CommandLineOptions& options);
// Why jobs() gave nothing.
QString jobsProblem();

} // namespace cc::cli
