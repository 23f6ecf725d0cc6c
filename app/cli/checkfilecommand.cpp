#include "cli/checkfilecommand.h"

#include "cli/checkfilerun.h"
#include "cli/checkrequest.h"
#include "cli/output.h"
#include "core/batch/checklistreader.h"
#include "core/batch/listfile.h"
#include "core/commandlineoptions.h"
#include "core/outcomemessages.h"
#include "core/verifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>

#include <cstdio>

namespace cc::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

bool isStandardInput(const QString& path)
{
    return path == QLatin1String("-");
}

// Opened unbuffered, so that the only buffer holding its bytes is the reader's, which wipes them.
// Read-only: the list is never written.
bool open(QFile& file, const QString& path)
{
    if (isStandardInput(path)) {
        return file.open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    file.setFileName(path);
    return file.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

QString displayName(const QString& path)
{
    return isStandardInput(path) ? Text::tr("standard input") : path;
}

int reportUnusable(const QString& problem, const ResultContext& context, bool asJson)
{
    VerificationResult result;
    describeInvalidInput(result, problem);
    if (asJson) {
        printJson(resultToJson(result, context));
    } else {
        printLines(stdout, {outcomeId(result.outcome) + QStringLiteral(": ") + result.title,
                            result.message});
    }
    return exitCodeFor(result.outcome);
}
} // namespace

int runCheckFile(QCoreApplication& app, const CheckFileRequest& request,
                 const ResultContext& context, bool asJson)
{
    QFile file;
    if (!open(file, request.path)) {
        return reportUnusable(listUnreadableProblem(displayName(request.path), file.errorString()),
                              context, asJson);
    }
    ChecklistReader reader(file);
    if (!reader.start()) {
        const QString problem =
            reader.failed() ? listUnreadableProblem(displayName(request.path), file.errorString())
                            : notAListProblem(displayName(request.path));
        return reportUnusable(problem, context, asJson);
    }
    QStringList warnings = context.warnings;
    if (!isStandardInput(request.path) && othersCanRead(request.path)) {
        warnings.append(othersCanReadWarning(displayName(request.path)));
    }
    QStringList warningLines;
    for (const QString& warning : std::as_const(warnings)) {
        warningLines.append(Text::tr("Warning: %1").arg(warning));
    }
    printLines(stderr, warningLines);

    QNetworkAccessManager network;
    Verifier verifier(&network);
    verifier.setDeadline(request.deadline);
    verifier.addCaCertificates(request.inputs.extraAuthorities.certificates);
    // One request per row, as polite to the vendor as a loop of curl: the organizations a
    // token reaches are still read, its own name and this hour's calls are not.
    verifier.setAskAboutTheToken(false);
    CheckQueue queue(verifier, CheckLimits{request.jobs, jobsPerHost});
    CheckFileReport report(asJson);
    // Warnings about the whole run were said once, above; a row's own come with the row.
    CheckFileRun run(reader, request.inputs.catalog, queue, report, ResultContext{});
    QObject::connect(&run, &CheckFileRun::finished, &app, [] { QCoreApplication::exit(0); });
    run.start();
    app.exec();
    if (reader.failed()) {
        printLines(stderr, {listUnreadableProblem(displayName(request.path), file.errorString())});
        return 2;
    }
    report.printSummary();
    return report.exitCode();
}

} // namespace cc::cli
