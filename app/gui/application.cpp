#include "gui/application.h"

#include "cli/commandlineoptions.h"
#include "core/cabundle.h"
#include "core/catalog.h"
#include "core/translations.h"
#include "core/verifier.h"
#include "gui/mainwindow.h"
#include "gui/maskedaccessibility.h"
#include "gui/prompts.h"
#include "storage/connectionkeeper.h"
#include "storage/profilestore.h"
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
    QMessageBox::critical(nullptr, Text::tr("Credential Connect cannot start"), problem);
    return 2;
}
} // namespace

int runWindow(QApplication& app)
{
    installMaskedTextEvents();
    cli::CommandLineOptions options;
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
    const std::optional<Catalog> catalog =
        options.parser.isSet(options.catalog)
            ? Catalog::fromFile(options.parser.value(options.catalog), &error)
            : Catalog::loadBuiltin(&error);
    if (!catalog) {
        return refuseToStart(Text::tr("The provider catalog cannot be used: %1.").arg(error));
    }

    QList<QSslCertificate> commandLineAuthorities;
    if (options.parser.isSet(options.caBundle)) {
        const std::optional<CaBundle> bundle =
            loadCaBundle(options.parser.value(options.caBundle), &error);
        if (!bundle) {
            return refuseToStart(error);
        }
        commandLineAuthorities = bundle->certificates;
    }

    QNetworkAccessManager network;
    Verifier verifier(&network);
    QSettings settings;
    ProfileStore profiles(&settings);
    SecretStore secrets;
    ConnectionKeeper keeper(&secrets, &profiles, &*catalog, &verifier);
    const Prompts prompts = Prompts::systemDialogs();

    MainWindow window(*catalog, verifier, keeper, prompts, commandLineAuthorities);
    window.show();
    return app.exec();
}

} // namespace cc::gui
