#include "cli/checkrequest.h"

#include "core/commandlineoptions.h"
#include "core/credential.h"
#include "core/programinputs.h"
#include "core/regionresolver.h"

#include <QCoreApplication>

namespace cc::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

constexpr double maxTimeoutSeconds = 600;

QString unknownProviderProblem(const Catalog& catalog, const QString& providerId)
{
    QStringList known;
    for (const Provider& candidate : catalog.providers()) {
        known.append(candidate.id);
    }
    return providerId.isEmpty() ? Text::tr("Name the provider with --provider (%1).")
                                      .arg(known.join(QStringLiteral(", ")))
                                : Text::tr("Unknown provider \u201c%1\u201d. Known providers: %2.")
                                      .arg(providerId, known.join(QStringLiteral(", ")));
}

QString unknownRegionProblem(const Provider& provider, const QString& regionText)
{
    QStringList known;
    for (const Region& candidate : provider.regions) {
        known.append(candidate.id);
    }
    return regionText.isEmpty()
               ? Text::tr("Name the region with --region (%1, or auto to find it).")
                     .arg(known.join(QStringLiteral(", ")))
               : Text::tr("\u201c%1\u201d is not a region of %2. Give a region id (%3), its "
                          "API or portal host, the address of your portal, or auto.")
                     .arg(regionText.left(200), provider.name, known.join(QStringLiteral(", ")));
}

} // namespace

std::optional<QString> argumentProblem(const CommandLineOptions& options, bool parsed)
{
    // A token typed on the command line by mistake comes back in these: it is echoed masked.
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

QString timeoutProblem()
{
    return Text::tr("--timeout takes a number of seconds above 0 and at most 600.");
}

ValidatedCommandLine validateCommandLine(const CommandLineOptions& options, bool parsed)
{
    ValidatedCommandLine validated;
    validated.context.providerId = options.parser.value(options.provider);
    if (std::optional<QString> problem = argumentProblem(options, parsed)) {
        validated.problem = *problem;
        return validated;
    }

    std::optional<ProgramInputs> inputs = loadProgramInputs(options, &validated.problem);
    if (!inputs) {
        return validated;
    }
    const Provider* provider = inputs->catalog.provider(validated.context.providerId);
    if (provider == nullptr) {
        validated.problem = unknownProviderProblem(inputs->catalog, validated.context.providerId);
        return validated;
    }
    const QString regionText = options.parser.value(options.region);
    const bool detect =
        regionText.trimmed().compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0;
    const ResolvedRegion resolved =
        detect ? ResolvedRegion{} : resolveRegion(*provider, regionText);
    if (!detect && resolved.region == nullptr) {
        validated.problem = unknownRegionProblem(*provider, regionText);
        return validated;
    }
    validated.context.orgId = resolved.orgId;
    const std::optional<std::chrono::milliseconds> allowed = deadline(options);
    if (!allowed) {
        validated.problem = timeoutProblem();
        return validated;
    }

    CheckRequest request;
    request.provider = *provider;
    if (!detect) {
        request.region = *resolved.region;
    }
    request.deadline = *allowed;
    request.extraAuthorities = inputs->extraAuthorities.certificates;
    validated.context.warnings.append(inputs->extraAuthorities.warnings);
    validated.request = std::move(request);
    return validated;
}

} // namespace cc::cli
