#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace cc {

// The languages the program ships, beside the English source texts.
QStringList shippedLanguages();

// Installs, in this order so the later ones are searched first: the English plural forms,
// Qt's own translations (buttons, context menus) and the program's, for the given locale.
void installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace cc
