#include "cli/checkcommand.h"

#include "cli/checkfilecommand.h"
#include "cli/checkrequest.h"
#include "cli/detectionreport.h"
#include "cli/output.h"
#include "cli/resultjson.h"
#include "cli/tokeninput.h"
#include "core/checkdetails.h"
#include "core/commandlineoptions.h"
#include "core/credential.h"
#include "core/outcomemessages.h"
#include "core/regiondetector.h"
#include "core/vendortext.h"
#include "core/verifier.h"
#include "version.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <cstdio>
#include <optional>

namespace cc::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

void printWarnings(const ResultContext& context)
{
    QStringList lines;
    for (const QString& warning : context.warnings) {
        lines.append(Text::tr("Warning: %1").arg(warning));
    }
    printLines(stderr, lines);
}

// The result as lines for a person.
QStringList describeForPeople(const VerificationResult& result, const ResultContext& context)
{
    QStringList lines{outcomeId(result.outcome) + QStringLiteral(": ") + result.title,
                      result.message};
    if (!result.vendorMessage.isEmpty()) {
        lines.append(Text::tr("The service said: %1").arg(result.vendorMessage));
    }
    for (const QString& line : describeIdentity(result.identity) + describeCheckDetails(result)) {
        lines.append(QStringLiteral("  ") + line);
    }
    if (!context.orgId.isEmpty()) {
        lines.append(Text::tr("Organization ID from the URL: %1").arg(context.orgId));
    }
    if (!result.endpoint.isEmpty()) {
        lines.append(Text::tr("Endpoint: %1").arg(result.endpoint.toString()));
    }
    if (!result.technicalDetail.isEmpty() && result.outcome != Outcome::Verified) {
        lines.append(Text::tr("Detail: %1").arg(result.technicalDetail));
    }
    return lines;
}

// Prints the result as --json asks, or as lines for a person, and returns the exit code.
int report(const VerificationResult& result, const ResultContext& context, bool asJson)
{
    if (asJson) {
        printJson(resultToJson(result, context));
    } else {
        printWarnings(context);
        printLines(stdout, describeForPeople(result, context));
    }
    return exitCodeFor(result.outcome);
}

// The same for --region auto, with every region asked and its answer.
int reportDetection(const DetectionResult& detection, const ResultContext& context, bool asJson)
{
    if (asJson) {
        printJson(detectionToJson(detection, context));
    } else {
        printWarnings(context);
        QStringList lines = describeForPeople(summarizeDetection(detection), context);
        lines.append(Text::tr("Regions asked:"));
        for (const QString& line : describeRegionEntries(detection)) {
            lines.append(QStringLiteral("  ") + line);
        }
        printLines(stdout, lines);
    }
    return exitCodeFor(detection.outcome);
}

int reportInvalid(const QString& problem, const ResultContext& context, bool asJson)
{
    VerificationResult result;
    describeInvalidInput(result, problem);
    return report(result, context, asJson);
}

// Reads the token from standard input and checks its form: nothing, with the problem in
// *problem, when it must not be sent.
std::optional<QString> readToken(const Provider& provider, ResultContext& context, QString* problem)
{
    QString raw;
    switch (readTokenFromStdin(&raw)) {
    case TokenLine::Read:
        break;
    case TokenLine::NothingArrived:
        *problem = Text::tr("No token arrived on standard input. Pipe it in, one line, for "
                            "example from a password manager.");
        return std::nullopt;
    case TokenLine::TooLong:
        *problem = Text::tr("The line on standard input is longer than 64 KiB, far longer than "
                            "any token. Pipe in the token alone, on one line.");
        return std::nullopt;
    }
    QString warning;
    std::optional<QString> token = acceptToken(raw, provider, problem, &warning);
    if (!warning.isEmpty()) {
        context.warnings.append(warning);
    }
    return token;
}

// Sends the token as the request says, runs the event loop until the answer is in, and prints
// it; returns the exit code.
int runCheck(QCoreApplication& app, const CheckRequest& request, ResultContext& context,
             bool asJson)
{
    const Provider& provider = request.provider;
    if (!request.region) {
        // Said before the token is read, so a person at a terminal can still stop here.
        printLines(stderr, {Text::tr("Finding the region: the token will be sent to the API "
                                     "host of every region of %1: %2.")
                                .arg(provider.name, RegionDetector::hostsToBeAsked(provider).join(
                                                        QStringLiteral(", ")))});
    }
    QString problem;
    std::optional<QString> token = readToken(provider, context, &problem);
    if (!token) {
        return reportInvalid(problem, context, asJson);
    }

    QNetworkAccessManager network;
    Verifier verifier(&network);
    verifier.setDeadline(request.deadline);
    verifier.addCaCertificates(request.extraAuthorities);
    if (!request.region) {
        RegionDetector detector(verifier);
        QObject::connect(&detector, &RegionDetector::finished, &app,
                         [&](const DetectionResult& detection) {
                             QCoreApplication::exit(reportDetection(detection, context, asJson));
                         });
        detector.start(provider, *token);
        // Every request holds its own copy now.
        wipeSecret(*token);
        return app.exec();
    }
    VerificationJob* job = verifier.start(provider, *request.region, *token);
    // The request holds its own copy now.
    wipeSecret(*token);
    QObject::connect(job, &VerificationJob::finished, &app, [&](const VerificationResult& result) {
        QCoreApplication::exit(report(result, context, asJson));
    });
    return app.exec();
}

} // namespace

// Parse, validate (a check request, or the reason nothing may be sent), run.
int runCommandLine(QCoreApplication& app)
{
    CommandLineOptions options;
    const bool parsed = options.parser.parse(app.arguments());
    if (options.parser.isSet(options.help)) {
        printText(stdout, options.helpText());
        return 0;
    }
    if (options.parser.isSet(options.version)) {
        printLines(stdout,
                   {QStringLiteral(CREDENTIAL_CONNECT_EXECUTABLE " " CREDENTIAL_CONNECT_VERSION)});
        return 0;
    }
    const bool asJson = options.parser.isSet(options.json);
    if (options.parser.isSet(options.checkFile)) {
        ValidatedCheckFile validated = validateCheckFileCommandLine(options, parsed);
        if (!validated.request) {
            return reportInvalid(validated.problem, validated.context, asJson);
        }
        return runCheckFile(app, *validated.request, validated.context, asJson);
    }
    ValidatedCommandLine validated = validateCommandLine(options, parsed);
    if (!validated.request) {
        return reportInvalid(validated.problem, validated.context, asJson);
    }
    return runCheck(app, *validated.request, validated.context, asJson);
}

} // namespace cc::cli
