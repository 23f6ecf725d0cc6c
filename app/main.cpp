// Picks the mode: the command-line check (no window) or the connect window.
#include "cli/checkcommand.h"
#include "cli/commandlineoptions.h"
#include "gui/application.h"
#include "version.h"

#include <QApplication>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QTranslator>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Credential Connect"));
    QCoreApplication::setApplicationName(QStringLiteral(CREDENTIAL_CONNECT_EXECUTABLE));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDENTIAL_CONNECT_VERSION));
    // Honour the system's proxy settings (https_proxy, no_proxy and the desktop's own).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

// English holds only the plural forms of the source texts; the person's own language,
// installed after it, is searched first.
void installTranslations(QCoreApplication& app)
{
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/credential-connect_en.qm"))) {
        QCoreApplication::installTranslator(english);
    }
    auto* local = new QTranslator(&app);
    if (local->load(QLocale(), QStringLiteral("credential-connect"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")) &&
        local->language() != QLatin1String("en")) {
        QCoreApplication::installTranslator(local);
    }
}
} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    if (cc::cli::wantsCommandLineMode(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        installTranslations(app);
        return cc::cli::runCommandLine(app);
    }
    QApplication app(argc, argv);
    describeApplication();
    installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral(CREDENTIAL_CONNECT_APP_NAME));
    QApplication::setDesktopFileName(QStringLiteral(CREDENTIAL_CONNECT_APP_ID));
    return cc::gui::runWindow(app);
}
