#include "saved/savedcommand.h"

#include "cli/checkrequest.h"
#include "cli/output.h"
#include "connections/connectionkeeper.h"
#include "core/cabundle.h"
#include "core/commandlineoptions.h"
#include "core/programinputs.h"
#include "core/verifier.h"
#include "saved/checksavedrun.h"
#include "saved/desktopnotification.h"
#include "saved/exportsaved.h"
#include "saved/listsaved.h"
#include "storage/appsettings.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSettings>

namespace cc::saved {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SavedConnections)
};

int refuse(const QString& problem)
{
    cli::printLines(stderr, {problem});
    return 2;
}

// The certificate authorities the window trusts too: --ca-bundle and the settings' extra file.
QList<QSslCertificate> trustedAuthorities(const ProgramInputs& inputs, const AppSettings& settings)
{
    QList<QSslCertificate> trusted = inputs.extraAuthorities.certificates;
    const QString path = settings.extraCaBundle();
    if (path.isEmpty()) {
        return trusted;
    }
    QString error;
    if (const std::optional<CaBundle> bundle = loadCaBundle(path, &error)) {
        trusted.append(bundle->certificates);
    } else {
        cli::printLines(stderr, {Text::tr("Warning: the extra certificate authorities of the "
                                          "settings are not trusted: %1")
                                     .arg(error)});
    }
    return trusted;
}

// --notify: the desktop is told of the connections that stopped working, then the run ends
// with the check's exit code. A notification that cannot be shown is a warning on standard
// error (the journal, for the timer's run), not another outcome.
void notifyThenExit(QCoreApplication& app, DesktopNotification& notification,
                    const QList<StoppedConnection>& stopped, int exitCode)
{
    if (stopped.isEmpty()) {
        app.exit(exitCode);
        return;
    }
    QObject::connect(&notification, &DesktopNotification::finished, &app,
                     [&app, exitCode](const QString& problem) {
                         if (!problem.isEmpty()) {
                             cli::printLines(stderr,
                                             {Text::tr("Warning: the desktop notification could "
                                                       "not be shown: %1")
                                                  .arg(problem)});
                         }
                         app.exit(exitCode);
                     });
    const StoppedWorkingNotice notice = stoppedWorkingNotice(stopped);
    notification.send(notice.summary, notice.body);
}

int checkSaved(QCoreApplication& app, ConnectionKeeper& keeper, int jobs, bool asJson, bool notify)
{
    CheckSavedRun run(keeper, jobs, asJson);
    DesktopNotification notification;
    QObject::connect(&run, &CheckSavedRun::finished, &app, [&](int exitCode) {
        if (notify) {
            notifyThenExit(app, notification, run.stoppedWorking(), exitCode);
        } else {
            app.exit(exitCode);
        }
    });
    // Its finished() comes from the event loop, even for an empty list.
    run.start();
    return app.exec();
}
} // namespace

int runSavedCommand(QCoreApplication& app)
{
    CommandLineOptions options;
    const bool parsed = options.parser.parse(app.arguments());
    if (options.parser.isSet(options.help)) {
        cli::printText(stdout, options.helpText());
        return 0;
    }
    if (const std::optional<QString> problem = cli::argumentProblem(options, parsed)) {
        return refuse(*problem);
    }
    const bool list = options.parser.isSet(options.listSaved);
    const bool check = options.parser.isSet(options.checkSaved);
    const bool exportOne = options.parser.isSet(options.exportSaved);
    if (int(list) + int(check) + int(exportOne) != 1) {
        return refuse(Text::tr("Give one of --list-saved, --check-saved and --export-saved."));
    }
    if (options.parser.isSet(options.notify) && !check) {
        return refuse(Text::tr("--notify goes with --check-saved only."));
    }
    const std::optional<int> jobs = cli::jobs(options);
    if (!jobs) {
        return refuse(cli::jobsProblem());
    }
    const std::optional<std::chrono::milliseconds> allowed = cli::deadline(options);
    if (!allowed) {
        return refuse(cli::timeoutProblem());
    }
    QString problem;
    const std::optional<ProgramInputs> inputs = loadProgramInputs(options, &problem);
    if (!inputs) {
        return refuse(problem);
    }
    for (const QString& warning : inputs->extraAuthorities.warnings) {
        cli::printLines(stderr, {Text::tr("Warning: %1").arg(warning)});
    }

    // The window's own settings and keychain entries: what it saved, this lists and checks.
    QSettings settings;
    const AppSettings appSettings(&settings);
    ProfileStore profiles(&settings);
    if (list) {
        return listSaved(profiles, options.parser.isSet(options.json));
    }
    QNetworkAccessManager network;
    Verifier verifier(&network);
    verifier.setDeadline(*allowed);
    verifier.addCaCertificates(trustedAuthorities(*inputs, appSettings));
    SecretStore secrets;
    ConnectionKeeper keeper(&secrets, &profiles, &inputs->catalog, &verifier);
    if (exportOne) {
        return exportSaved(app, keeper, secrets, options);
    }
    return checkSaved(app, keeper, *jobs, options.parser.isSet(options.json),
                      options.parser.isSet(options.notify));
}

} // namespace cc::saved
