#pragma once

#include "cli/resultjson.h"
#include "core/catalog.h"

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

// What is wrong with the arguments as such (an unknown option, a stray argument...), for any
// command; nothing when they parsed. parsed as above.
std::optional<QString> argumentProblem(const CommandLineOptions& options, bool parsed);
// --timeout, or the default of 20 seconds; nothing when the value is not a usable number.
std::optional<std::chrono::milliseconds> deadline(const CommandLineOptions& options);
// Why deadline() gave nothing.
QString timeoutProblem();

} // namespace cc::cli
