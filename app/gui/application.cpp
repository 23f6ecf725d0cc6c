#include "gui/application.h"

#include "connections/connectionkeeper.h"
#include "core/commandlineoptions.h"
#include "core/programinputs.h"
#include "core/translations.h"
#include "core/verifier.h"
#include "gui/mainwindow.h"
#include "gui/maskedaccessibility.h"
#include "gui/prompts.h"
#include "gui/proxysignin.h"
#include "gui/proxyuserlogfilter.h"
#include "storage/appsettings.h"
#include "storage/profilestore.h"
#include "storage/proxycredentialstore.h"
#include "storage/secretstore.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>

namespace cc::gui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Application)
};

int refuseToStart(const QString& problem)
{
    QMessageBox box(QMessageBox::Critical, Text::tr("Credential Connect cannot start"), problem);
    // The problem repeats what it was given (a language, an option, a catalog's names): shown
    // as typed, never as markup.
    box.setTextFormat(Qt::PlainText);
    box.exec();
    return 2;
}
} // namespace

int runWindow(QApplication& app)
{
    installMaskedTextEvents();
    installProxyUserLogFilter();
    CommandLineOptions options;
    if (!options.parser.parse(app.arguments())) {
        return refuseToStart(options.parser.errorText());
    }
    QLocale locale;
    if (options.parser.isSet(options.language)) {
        const QString code = options.parser.value(options.language);
        if (!shippedLanguages().contains(code)) {
            return refuseToStart(
                Text::tr("There is no translation \u201c%1\u201d. Choose one of: %2.")
                    .arg(code, shippedLanguages().join(QStringLiteral(", "))));
        }
        locale = QLocale(code);
    }
    installTranslations(app, locale);
    QLocale::setDefault(locale);

    QString error;
    const std::optional<ProgramInputs> inputs = loadProgramInputs(options, &error);
    if (!inputs) {
        return refuseToStart(error);
    }
    const Catalog& catalog = inputs->catalog;

    QNetworkAccessManager network;
    Verifier verifier(&network);
    QSettings settings;
    AppSettings appSettings(&settings);
    ProfileStore profiles(&settings);
    SecretStore secrets;
    ProxyCredentialStore proxyCredentials;
    ConnectionKeeper keeper(&secrets, &profiles, &catalog, &verifier);
    const Prompts prompts = Prompts::systemDialogs();

    MainWindow window(catalog, verifier, keeper, appSettings, prompts,
                      inputs->extraAuthorities.certificates);
    ProxySignIn proxySignIn(network, verifier, proxyCredentials, prompts, &window);
    window.show();
    return app.exec();
}

} // namespace cc::gui
