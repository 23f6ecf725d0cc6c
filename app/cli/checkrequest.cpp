#include "cli/checkrequest.h"

#include "core/checktarget.h"
#include "core/commandlineoptions.h"
#include "core/credential.h"
#include "core/programinputs.h"

#include <QCoreApplication>

namespace cc::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

constexpr double maxTimeoutSeconds = 600;
} // namespace

// A token typed on the command line by mistake comes back in these: it is echoed masked, as in
// every message below that repeats an option's value.
std::optional<QString> argumentProblem(const CommandLineOptions& options, bool parsed)
{
    if (!options.parser.unknownOptionNames().isEmpty()) {
        return Text::tr("Unknown option \u201c%1\u201d. See --help for the options.")
            .arg(maskIfTokenLike(options.parser.unknownOptionNames().constFirst()));
    }
    if (!parsed) {
        return options.parser.errorText();
    }
    if (!options.parser.positionalArguments().isEmpty()) {
        return Text::tr("Unexpected argument \u201c%1\u201d. The token is read from standard "
                        "input, never from the command line.")
            .arg(maskIfTokenLike(options.parser.positionalArguments().constFirst()));
    }
    return std::nullopt;
}

// --timeout, or the default of 20 seconds; nothing when the value is not a usable number.
std::optional<std::chrono::milliseconds> deadline(const CommandLineOptions& options)
{
    double seconds = 20;
    if (options.parser.isSet(options.timeout)) {
        bool ok = false;
        seconds = options.parser.value(options.timeout).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > maxTimeoutSeconds) {
            return std::nullopt;
        }
    }
    return std::chrono::milliseconds(static_cast<qint64>(seconds * 1000.0 + 0.5));
}

std::optional<int> jobs(const CommandLineOptions& options)
{
    if (!options.parser.isSet(options.jobs)) {
        return defaultJobs;
    }
    bool ok = false;
    const int value = options.parser.value(options.jobs).toInt(&ok);
    if (!ok || value < 1 || value > maxJobs) {
        return std::nullopt;
    }
    return value;
}

QString timeoutProblem()
{
    return Text::tr("--timeout takes a number of seconds above 0 and at most 600.");
}

QString jobsProblem()
{
    return Text::tr("--jobs takes a whole number from 1 to %1.").arg(maxJobs);
}

ValidatedCommandLine validateCommandLine(const CommandLineOptions& options, bool parsed)
{
    ValidatedCommandLine validated;
    // Repeated in the JSON until the catalog knows it: masked, in case it is a token.
    const QString providerId = options.parser.value(options.provider);
    validated.context.providerId = maskIfTokenLike(providerId);
    if (std::optional<QString> problem = argumentProblem(options, parsed)) {
        validated.problem = *problem;
        return validated;
    }

    std::optional<ProgramInputs> inputs = loadProgramInputs(options, &validated.problem);
    if (!inputs) {
        return validated;
    }
    std::optional<CheckTarget> target = resolveCheckTarget(
        inputs->catalog, providerId, options.parser.value(options.region), &validated.problem);
    if (!target) {
        return validated;
    }
    validated.context.providerId = target->provider.id;
    validated.context.orgId = target->orgId;
    const std::optional<std::chrono::milliseconds> allowed = deadline(options);
    if (!allowed) {
        validated.problem = timeoutProblem();
        return validated;
    }

    CheckRequest request;
    request.provider = std::move(target->provider);
    request.region = std::move(target->region);
    request.deadline = *allowed;
    request.extraAuthorities = inputs->extraAuthorities.certificates;
    validated.context.warnings.append(inputs->extraAuthorities.warnings);
    validated.request = std::move(request);
    return validated;
}

ValidatedCheckFile validateCheckFileCommandLine(const CommandLineOptions& options, bool parsed)
{
    ValidatedCheckFile validated;
    if (std::optional<QString> problem = argumentProblem(options, parsed)) {
        validated.problem = *problem;
        return validated;
    }
    if (options.parser.isSet(options.provider) || options.parser.isSet(options.region)) {
        validated.problem = Text::tr("--check-file takes the provider and the region from each "
                                     "row: leave out --provider and --region.");
        return validated;
    }
    const std::optional<std::chrono::milliseconds> allowed = deadline(options);
    if (!allowed) {
        validated.problem = timeoutProblem();
        return validated;
    }
    const std::optional<int> inFlight = jobs(options);
    if (!inFlight) {
        validated.problem = jobsProblem();
        return validated;
    }
    std::optional<ProgramInputs> inputs = loadProgramInputs(options, &validated.problem);
    if (!inputs) {
        return validated;
    }
    validated.context.warnings.append(inputs->extraAuthorities.warnings);
    validated.request = CheckFileRequest{options.parser.value(options.checkFile),
                                         std::move(*inputs), *allowed, *inFlight};
    return validated;
}

} // namespace cc::cli
