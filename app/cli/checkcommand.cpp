#include "cli/checkcommand.h"

#include "cli/commandlineoptions.h"
#include "cli/detectionreport.h"
#include "cli/resultjson.h"
#include "cli/terminaltext.h"
#include "cli/tokeninput.h"
#include "core/cabundle.h"
#include "core/catalog.h"
#include "core/checkdetails.h"
#include "core/credential.h"
#include "core/outcomemessages.h"
#include "core/regiondetector.h"
#include "core/regionresolver.h"
#include "core/verifier.h"
#include "version.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <cstdio>
#include <memory>

namespace cc::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

constexpr double maxTimeoutSeconds = 600;

void print(FILE* stream, const QString& text)
{
    std::fputs(text.toUtf8().constData(), stream);
    std::fflush(stream);
}

void printJson(const QJsonObject& object)
{
    print(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) +
                      QLatin1Char('\n'));
}

void printWarnings(const ResultContext& context)
{
    for (const QString& warning : context.warnings) {
        print(stderr, Text::tr("Warning: %1").arg(warning) + QLatin1Char('\n'));
    }
}

// The result as lines for a person.
QString describeForPeople(const VerificationResult& result, const ResultContext& context)
{
    QString text = outcomeId(result.outcome) + QStringLiteral(": ") + result.title +
                   QLatin1Char('\n') + result.message + QLatin1Char('\n');
    // The names in these lines come from the server.
    for (const QString& line : describeIdentity(result.identity) + describeCheckDetails(result)) {
        text += QStringLiteral("  ") + forTerminal(line) + QLatin1Char('\n');
    }
    if (!context.orgId.isEmpty()) {
        text += Text::tr("Organization ID from the URL: %1").arg(context.orgId) + QLatin1Char('\n');
    }
    if (!result.endpoint.isEmpty()) {
        text += Text::tr("Endpoint: %1").arg(result.endpoint.toString()) + QLatin1Char('\n');
    }
    if (!result.technicalDetail.isEmpty() && result.outcome != Outcome::Verified) {
        text += Text::tr("Detail: %1").arg(result.technicalDetail) + QLatin1Char('\n');
    }
    return text;
}

// Prints the result as --json asks, or as lines for a person, and returns the exit code.
int report(const VerificationResult& result, const ResultContext& context, bool asJson)
{
    if (asJson) {
        printJson(resultToJson(result, context));
    } else {
        printWarnings(context);
        print(stdout, describeForPeople(result, context));
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
        QString text = describeForPeople(summarizeDetection(detection), context) +
                       Text::tr("Regions asked:") + QLatin1Char('\n');
        for (const QString& line : describeRegionEntries(detection)) {
            text += QStringLiteral("  ") + line + QLatin1Char('\n');
        }
        print(stdout, text);
    }
    return exitCodeFor(detection.outcome);
}

int reportInvalid(const QString& problem, const ResultContext& context, bool asJson)
{
    VerificationResult result;
    describeInvalidInput(result, problem);
    return report(result, context, asJson);
}

std::optional<Catalog> loadCatalog(const CommandLineOptions& options, QString* error)
{
    if (options.parser.isSet(options.catalog)) {
        return Catalog::fromFile(options.parser.value(options.catalog), error);
    }
    return Catalog::loadBuiltin(error);
}

} // namespace

int runCommandLine(QCoreApplication& app)
{
    CommandLineOptions options;
    const bool parsed = options.parser.parse(app.arguments());
    const bool asJson = options.parser.isSet(options.json);
    ResultContext context;
    context.providerId = options.parser.value(options.provider);

    if (options.parser.isSet(options.help)) {
        print(stdout, options.helpText());
        return 0;
    }
    if (options.parser.isSet(options.version)) {
        print(stdout,
              QStringLiteral(CREDENTIAL_CONNECT_EXECUTABLE " " CREDENTIAL_CONNECT_VERSION "\n"));
        return 0;
    }
    // A token typed on the command line by mistake comes back here: echo it masked.
    if (!options.parser.unknownOptionNames().isEmpty()) {
        return reportInvalid(
            Text::tr("Unknown option \u201c%1\u201d. See --help for the options.")
                .arg(maskIfTokenLike(options.parser.unknownOptionNames().constFirst())),
            context, asJson);
    }
    if (!parsed) {
        return reportInvalid(options.parser.errorText(), context, asJson);
    }
    if (!options.parser.positionalArguments().isEmpty()) {
        return reportInvalid(
            Text::tr("Unexpected argument \u201c%1\u201d. The token is read from standard "
                     "input, never from the command line.")
                .arg(maskIfTokenLike(options.parser.positionalArguments().constFirst())),
            context, asJson);
    }

    QString error;
    const std::optional<Catalog> catalog = loadCatalog(options, &error);
    if (!catalog) {
        return reportInvalid(Text::tr("The provider catalog cannot be used: %1.").arg(error),
                             context, asJson);
    }
    const Provider* provider = catalog->provider(context.providerId);
    if (provider == nullptr) {
        QStringList known;
        for (const Provider& candidate : catalog->providers()) {
            known.append(candidate.id);
        }
        return reportInvalid(context.providerId.isEmpty()
                                 ? Text::tr("Name the provider with --provider (%1).")
                                       .arg(known.join(QStringLiteral(", ")))
                                 : Text::tr("Unknown provider \u201c%1\u201d. Known providers: %2.")
                                       .arg(context.providerId, known.join(QStringLiteral(", "))),
                             context, asJson);
    }
    const QString regionText = options.parser.value(options.region);
    const bool detect =
        regionText.trimmed().compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0;
    const ResolvedRegion resolved =
        detect ? ResolvedRegion{} : resolveRegion(*provider, regionText);
    if (!detect && resolved.region == nullptr) {
        QStringList known;
        for (const Region& candidate : provider->regions) {
            known.append(candidate.id);
        }
        return reportInvalid(
            regionText.isEmpty()
                ? Text::tr("Name the region with --region (%1, or auto to find it).")
                      .arg(known.join(QStringLiteral(", ")))
                : Text::tr("\u201c%1\u201d is not a region of %2. Give a region id (%3), its "
                           "API or portal host, the address of your portal, or auto.")
                      .arg(regionText.left(200), provider->name, known.join(QStringLiteral(", "))),
            context, asJson);
    }
    context.orgId = resolved.orgId;

    double timeoutSeconds = 20;
    if (options.parser.isSet(options.timeout)) {
        bool ok = false;
        timeoutSeconds = options.parser.value(options.timeout).toDouble(&ok);
        if (!ok || !(timeoutSeconds > 0) || timeoutSeconds > maxTimeoutSeconds) {
            return reportInvalid(Text::tr("--timeout takes a number of seconds above 0 and at "
                                          "most 600."),
                                 context, asJson);
        }
    }
    CaBundle extraAuthorities;
    if (options.parser.isSet(options.caBundle)) {
        const std::optional<CaBundle> loaded =
            loadCaBundle(options.parser.value(options.caBundle), &error);
        if (!loaded) {
            return reportInvalid(error, context, asJson);
        }
        extraAuthorities = *loaded;
        context.warnings.append(extraAuthorities.warnings);
    }

    if (detect) {
        // Said before the token is read, so a person at a terminal can still stop here.
        print(stderr, Text::tr("Finding the region: the token will be sent to the API host of "
                               "every region of %1: %2.")
                              .arg(provider->name, RegionDetector::hostsToBeAsked(*provider).join(
                                                       QStringLiteral(", "))) +
                          QLatin1Char('\n'));
    }
    std::optional<QString> token = readTokenFromStdin();
    if (!token) {
        return reportInvalid(Text::tr("No token arrived on standard input. Pipe it in, one "
                                      "line, for example from a password manager."),
                             context, asJson);
    }
    TokenCheck tokenCheck = checkToken(*token, *provider);
    if (!tokenCheck.isAcceptable()) {
        return reportInvalid(describeTokenProblem(tokenCheck), context, asJson);
    }
    if (tokenCheck.unusualLength) {
        context.warnings.append(describeLengthWarning(tokenCheck));
    }

    QNetworkAccessManager network;
    Verifier verifier(&network);
    verifier.setDeadline(
        std::chrono::milliseconds(static_cast<qint64>(timeoutSeconds * 1000.0 + 0.5)));
    verifier.addCaCertificates(extraAuthorities.certificates);
    if (detect) {
        RegionDetector detector(verifier);
        QObject::connect(&detector, &RegionDetector::finished, &app,
                         [&](const DetectionResult& detection) {
                             QCoreApplication::exit(reportDetection(detection, context, asJson));
                         });
        detector.start(*provider, tokenCheck.cleaned);
        // Every request holds its own copy now; these are not needed again.
        wipeSecret(tokenCheck.cleaned);
        wipeSecret(*token);
        return app.exec();
    }
    VerificationJob* job = verifier.start(*provider, *resolved.region, tokenCheck.cleaned);
    // The request holds its own copy now; these are not needed again.
    wipeSecret(tokenCheck.cleaned);
    wipeSecret(*token);
    QObject::connect(job, &VerificationJob::finished, &app, [&](const VerificationResult& result) {
        QCoreApplication::exit(report(result, context, asJson));
    });
    return app.exec();
}

} // namespace cc::cli
