#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace cc {

QStringList shippedLanguages()
{
    // Set by CMake from CREDENTIAL_CONNECT_LANGUAGES, the one list of shipped languages.
    QStringList languages =
        QStringLiteral(CREDENTIAL_CONNECT_LANGUAGES).split(QLatin1Char(','), Qt::SkipEmptyParts);
    languages.sort();
    return languages;
}

void installTranslations(QCoreApplication& app, const QLocale& locale)
{
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/credential-connect_en.qm"))) {
        QCoreApplication::installTranslator(english);
    }
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return;
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("credential-connect"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    }
}

} // namespace cc
