#include "gui/application.h"

#include "cli/commandlineoptions.h"
#include "core/catalog.h"
#include "core/translations.h"
#include "core/verifier.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSslCertificate>

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

    QNetworkAccessManager network;
    Verifier verifier(&network);
    if (options.parser.isSet(options.caBundle)) {
        QFile bundle(options.parser.value(options.caBundle));
        const QList<QSslCertificate> authorities =
            bundle.open(QIODevice::ReadOnly)
                ? QSslCertificate::fromData(bundle.read(16 * 1024 * 1024), QSsl::Pem)
                : QList<QSslCertificate>();
        if (authorities.isEmpty()) {
            return refuseToStart(Text::tr("The CA bundle %1 cannot be read or holds no PEM "
                                          "certificate.")
                                     .arg(bundle.fileName()));
        }
        verifier.addCaCertificates(authorities);
    }

    MainWindow window(*catalog, verifier);
    window.show();
    return app.exec();
}

} // namespace cc::gui
