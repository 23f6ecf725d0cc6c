#include "core/commandlineoptions.h"

#include "core/translations.h"

#include <QCoreApplication>

namespace cc {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
} // namespace

CommandLineOptions::CommandLineOptions()
    : check(QStringLiteral("check"),
            Text::tr("Verify a token without opening a window. The token is read from "
                     "standard input (one line).")),
      checkFile(QStringLiteral("check-file"),
                Text::tr("Verify every token of a list without opening a window: CSV with the "
                         "columns provider, region, token and optionally label, or JSON Lines "
                         "with the same keys; - for standard input."),
                QStringLiteral("FILE")),
      jobs(QStringLiteral("jobs"),
           Text::tr("With --check-file and --check-saved: requests in flight at once, at most "
                    "(default %1, at most %2; never more than %3 to one API host).")
               .arg(defaultJobs)
               .arg(maxJobs)
               .arg(jobsPerHost),
           QStringLiteral("N")),
      provider(QStringLiteral("provider"),
               Text::tr("Provider id: juniper-mist, juniper-routing-assurance or jumpcloud."),
               QStringLiteral("ID")),
      region(QStringLiteral("region"),
             Text::tr("Region id (api.gc3), API host, portal host, a portal or API URL, or "
                      "auto: ask every region of the provider at once; the first to accept "
                      "the token wins."),
             QStringLiteral("REGION")),
      timeout(QStringLiteral("timeout"),
              Text::tr("Total time allowed for the check, in seconds (default 20, at most "
                       "600)."),
              QStringLiteral("SECONDS")),
      json(QStringLiteral("json"),
           Text::tr("Print one JSON object with outcome, provider, region, endpoint, "
                    "http_status, retry_after_s, identity and message.")),
      caBundle(QStringLiteral("ca-bundle"),
               Text::tr("Also trust the certificate authorities in this PEM file, for this "
                        "program only."),
               QStringLiteral("FILE")),
      catalog(QStringLiteral("catalog"),
              Text::tr("Use this provider catalog (JSON) instead of the built-in one, for "
                       "private regions. It is checked like any untrusted input."),
              QStringLiteral("FILE")),
      language(QStringLiteral("language"),
               Text::tr("Show the window in this language instead of the system's: %1.")
                   .arg(shippedLanguages().join(QStringLiteral(", "))),
               QStringLiteral("CODE")),
      listSaved(QStringLiteral("list-saved"),
                Text::tr("List the saved connections and how their last check went (never a "
                         "token).")),
      checkSaved(QStringLiteral("check-saved"),
                 Text::tr("Check every saved connection with its token from the system "
                          "keychain, print one row each and record the outcome in the "
                          "connection.")),
      notify(QStringLiteral("notify"),
             Text::tr("With --check-saved: show a desktop notification naming each connection "
                      "a service has started to refuse, with what to do (Watch my "
                      "connections).")),
      exportSaved(QStringLiteral("export-saved"),
                  Text::tr("Export the saved connection with this key (see --list-saved)."),
                  QStringLiteral("KEY")),
      format(QStringLiteral("format"),
             Text::tr("With --export-saved: env (the token in the clear, for the vendors' "
                      "tools), profile (JSON, no token) or summary (text for a ticket)."),
             QStringLiteral("FORMAT")),
      output(QStringLiteral("output"),
             Text::tr("With --export-saved: the file to write, or - for standard output. "
                      "Needed for env and profile."),
             QStringLiteral("FILE")),
      force(QStringLiteral("force"),
            Text::tr("With --export-saved: replace the file given to --output if it exists.")),
      help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
           Text::tr("Show this help and exit.")),
      version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
              Text::tr("Show the version and exit."))
{
    parser.setApplicationDescription(
        Text::tr("Credential Connect links a Juniper Mist, Mist Routing Assurance or JumpCloud "
                 "account: it asks the provider's API whether a token works and what it "
                 "grants. Without --check it opens the connect window."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({check, checkFile, jobs, provider, region, timeout, json, caBundle, catalog,
                       language, listSaved, checkSaved, notify, exportSaved, format, output, force,
                       help, version});
}

QString CommandLineOptions::helpText() const
{
    return parser.helpText() + QLatin1Char('\n') +
           Text::tr("Command-line check:\n"
                    "  echo \"$TOKEN\" | credential-connect --check --provider juniper-mist "
                    "--region api.gc3 --json\n"
                    "  echo \"$TOKEN\" | credential-connect --check --provider juniper-mist "
                    "--region auto\n"
                    "With --region auto the token is sent to the API host of every region of "
                    "the provider; the answer names the region found and lists what each "
                    "region answered (with --json, in \"detection\").\n"
                    "\n"
                    "Exit codes:\n"
                    "  0  verified: the token works\n"
                    "  1  rejected or forbidden: the service refused the token (with auto: "
                    "every region refused it)\n"
                    "  2  invalid input: nothing was sent\n"
                    "  3  could not tell: rate limit, server, network, TLS, proxy, timeout or "
                    "an unexpected answer (with auto: in a region that did not refuse it)\n") +
           QLatin1Char('\n') +
           Text::tr("Checking a list:\n"
                    "  credential-connect --check-file tokens.csv --json\n"
                    "The first line of a CSV file names the columns: provider,region,token,label. "
                    "With --json, one object per row in the order of the file, as --check "
                    "prints it, with \"line\" and \"label\", then {\"summary\": ...}. The same "
                    "provider, region and token twice are sent once. A row that cannot be used is "
                    "invalid_input; the others go on.\n"
                    "Exit codes: 0 every row verified; 1 some refused, forbidden or invalid, and "
                    "every row answered; 2 the file cannot be read (nothing was sent); 3 some row "
                    "could not be checked.\n") +
           QLatin1Char('\n') +
           Text::tr("Saved connections (tokens from the system keychain):\n"
                    "  credential-connect --list-saved --json\n"
                    "  credential-connect --check-saved --json\n"
                    "  credential-connect --export-saved KEY --format env --output mist.env\n"
                    "--check-saved exits 0 when every connection verified, 1 when some were "
                    "refused and all the others verified, 3 when any could not be checked. "
                    "--list-saved and --export-saved exit 0 when done, 2 when refused before "
                    "anything was written, 3 when the keychain or the file could not be used.\n");
}

bool wantsCommandLineMode(const QStringList& arguments)
{
    static const QStringList triggers{
        QStringLiteral("--check"),  QStringLiteral("-check"), QStringLiteral("--help"),
        QStringLiteral("-help"),    QStringLiteral("-h"),     QStringLiteral("--version"),
        QStringLiteral("-version"), QStringLiteral("-v"),
    };
    for (const QString& argument : arguments.mid(1)) {
        if (triggers.contains(argument) || argument == QLatin1String("--check-file") ||
            argument.startsWith(QLatin1String("--check-file="))) {
            return true;
        }
    }
    return false;
}

bool wantsSavedConnectionsMode(const QStringList& arguments)
{
    // With one dash or two, and with the value after "=" ("--export-saved=KEY").
    static const QStringList triggers{QStringLiteral("-list-saved"), QStringLiteral("-check-saved"),
                                      QStringLiteral("-export-saved")};
    for (const QString& argument : arguments.mid(1)) {
        QString name = argument.section(QLatin1Char('='), 0, 0);
        if (name.startsWith(QLatin1String("--"))) {
            name.remove(0, 1);
        }
        if (triggers.contains(name)) {
            return true;
        }
    }
    return false;
}

} // namespace cc
