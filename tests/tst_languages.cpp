// Every shipped language, in the real windows: Qt's own texts come translated too, and no two
// keyboard mnemonics clash in one window, page or dialog, so Alt + letter always reaches its field.
#include "core/translations.h"
#include "gui/checklist/checklistdialog.h"
#include "gui/connectform.h"
#include "gui/mainwindow.h"
#include "gui/savedconnectionsview.h"
#include "gui/settingsdialog.h"
#include "gui/wizard/setupwizard.h"
#include "support/demoanswers.h"
#include "support/storagetesting.h"
#include "support/testprompts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace cc;
using namespace cc::test;

namespace {
// The letter after a single '&', lower case; a null character when the text has none.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype at = 0; at + 1 < text.size(); ++at) {
        if (text.at(at) == QLatin1Char('&')) {
            if (text.at(at + 1) == QLatin1Char('&')) {
                ++at; // a literal ampersand
                continue;
            }
            return text.at(at + 1).toLower();
        }
    }
    return QChar();
}

// Whether a widget can be on screen with the rest of top: shown now, or inside the form's
// question that appears on demand.
bool canShowWith(const QWidget* widget, const QWidget* top)
{
    for (const QWidget* ancestor = widget; ancestor != nullptr && ancestor != top;
         ancestor = ancestor->parentWidget()) {
        if (ancestor->objectName() == QLatin1String("detectConsent")) {
            return true;
        }
    }
    return widget->isVisibleTo(top);
}

// The texts with a mnemonic that can be on screen together in top, plus extra (menus, tabs,
// the wizard's buttons).
QStringList mnemonicTexts(const QWidget* top, const QStringList& extra = {})
{
    QStringList texts = extra;
    for (const QLabel* label : top->findChildren<QLabel*>()) {
        if (label->buddy() != nullptr && canShowWith(label, top)) {
            texts.append(label->text());
        }
    }
    for (const QAbstractButton* button : top->findChildren<QAbstractButton*>()) {
        if (canShowWith(button, top)) {
            texts.append(button->text());
        }
    }
    for (const QGroupBox* group : top->findChildren<QGroupBox*>()) {
        if (canShowWith(group, top)) {
            texts.append(group->title());
        }
    }
    return texts;
}

// Names every pair of texts that share a mnemonic; empty when there is none.
QString clashes(const QStringList& texts)
{
    QHash<QChar, QString> seen;
    QStringList found;
    for (const QString& text : texts) {
        const QChar letter = mnemonicOf(text);
        if (letter.isNull()) {
            continue;
        }
        if (seen.contains(letter)) {
            found.append(seen.value(letter) + QStringLiteral(" / ") + text);
        } else {
            seen.insert(letter, text);
        }
    }
    return found.join(QStringLiteral("; "));
}
} // namespace

class TestLanguages final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void mnemonicsDoNotClash_data();
    void mnemonicsDoNotClash();
    void qtOwnTextsAreTranslated_data();
    void qtOwnTextsAreTranslated();

private:
    void useLanguage(const QString& code);

    DemoService m_demo;
    TestPrompts m_answers;
};

void TestLanguages::initTestCase()
{
    quietOffscreenSizeHints();
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
}

void TestLanguages::cleanup()
{
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestLanguages::useLanguage(const QString& code)
{
    installTranslations(*QCoreApplication::instance(), QLocale(code));
}

void TestLanguages::mnemonicsDoNotClash_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : shippedLanguages()) {
        QTest::addRow("%s", qPrintable(language)) << language;
    }
}

void TestLanguages::mnemonicsDoNotClash()
{
    QFETCH(QString, language);
    useLanguage(language);
    KeeperFixture store(&*m_demo.catalog);

    gui::MainWindow window(*m_demo.catalog, store.verifier, store.keeper, store.appSettings,
                           m_answers.prompts);
    QStringList shared;
    for (const QAction* menu : window.menuBar()->actions()) {
        shared.append(menu->text());
    }
    for (int tab = 0; tab < window.tabs()->count(); ++tab) {
        shared.append(window.tabs()->tabText(tab));
    }
    for (QWidget* tab : {static_cast<QWidget*>(window.connectForm()),
                         static_cast<QWidget*>(window.savedConnections())}) {
        const QString found = clashes(mnemonicTexts(tab, shared));
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }
    for (const QAction* menu : window.menuBar()->actions()) {
        QStringList items;
        for (const QAction* item : menu->menu()->actions()) {
            items.append(item->text());
        }
        QVERIFY2(clashes(items).isEmpty(), qPrintable(clashes(items)));
    }

    gui::SetupWizard wizard(*m_demo.catalog, store.verifier, store.keeper, store.appSettings,
                            m_answers.prompts);
    QStringList buttons;
    for (QWizard::WizardButton button :
         {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton}) {
        buttons.append(wizard.buttonText(button));
    }
    for (int id : wizard.pageIds()) {
        const QString found = clashes(mnemonicTexts(wizard.page(id), buttons));
        QVERIFY2(found.isEmpty(), qPrintable(QString::number(id) + QStringLiteral(": ") + found));
    }

    gui::SettingsDialog settings(store.appSettings);
    QVERIFY2(clashes(mnemonicTexts(&settings)).isEmpty(),
             qPrintable(clashes(mnemonicTexts(&settings))));

    gui::ChecklistDialog list(*m_demo.catalog, store.verifier, store.keeper, m_answers.prompts);
    QVERIFY2(clashes(mnemonicTexts(&list)).isEmpty(), qPrintable(clashes(mnemonicTexts(&list))));
}

void TestLanguages::qtOwnTextsAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& language : shippedLanguages()) {
        if (language != QLatin1String("en")) {
            QTest::addRow("%s", qPrintable(language)) << language;
        }
    }
    if (shippedLanguages().size() <= 1) {
        QSKIP("only English ships");
    }
}

void TestLanguages::qtOwnTextsAreTranslated()
{
    QFETCH(QString, language);
    useLanguage(language);
    KeeperFixture store(&*m_demo.catalog);
    gui::SetupWizard wizard(*m_demo.catalog, store.verifier, store.keeper, store.appSettings,
                            m_answers.prompts);

    // Qt's own buttons, from Qt's translations, and the program's own words.
    QVERIFY2(wizard.buttonText(QWizard::NextButton) != QLatin1String("&Next >"),
             qPrintable(wizard.buttonText(QWizard::NextButton)));
    QVERIFY2(wizard.buttonText(QWizard::CancelButton) != QLatin1String("Cancel"),
             qPrintable(wizard.buttonText(QWizard::CancelButton)));
    QVERIFY2(wizard.windowTitle() != QLatin1String("Connect an account"),
             qPrintable(wizard.windowTitle()));
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
