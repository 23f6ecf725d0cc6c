// Names from a catalog, a server or the command line, shown in the real dialogs and wizard
// offscreen: whatever markup they hold is shown as written, never read as bold text, an
// image or a link.
#include "core/catalog.h"
#include "gui/application.h"
#include "gui/connectionexports.h"
#include "gui/prompts.h"
#include "gui/wizard/setupwizard.h"
#include "storage/connectionprofile.h"
#include "support/storagetesting.h"
#include "support/testcatalog.h"
#include "support/testprompts.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTimer>

#include <functional>

using namespace cc;
using namespace cc::test;

namespace {
// Bold text, an image from this computer and a live link, if read as markup.
const QString markupName = QStringLiteral("<b>x</b><img src=\"/usr/share/pixmaps/debian-logo.png\">"
                                          "<a href=\"https://example.com/\">y</a>");

// The program as a person starts it who asked for a language named with markup; runWindow
// reads these arguments from the application.
char programName[] = "credential-connect";
char languageOption[] = "--language";
char languageValue[] = "<b>x</b><img src=\"/usr/share/pixmaps/debian-logo.png\">"
                       "<a href=\"https://example.com/\">y</a>";

// True when the label shows its text as written: plain text, or text that Qt does not take
// for markup.
bool showsAsWritten(const QLabel* label)
{
    return label->textFormat() == Qt::PlainText ||
           (label->textFormat() == Qt::AutoText && !Qt::mightBeRichText(label->text()));
}

// What a tooltip shows: Qt reads it as markup whenever it looks like markup.
QString shownTooltip(const QString& tooltip)
{
    return Qt::mightBeRichText(tooltip) ? QTextDocumentFragment::fromHtml(tooltip).toPlainText()
                                        : tooltip;
}

// Calls inspect with the next message box, as soon as it is open.
void inspectNextMessageBox(const std::function<void(QMessageBox*)>& inspect)
{
    auto* poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, inspect]() {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            poll->deleteLater();
            poll->stop();
            inspect(box);
        }
    });
    poll->start(10);
}

// The shipped catalog, with every provider and region named with markup.
Catalog catalogWithMarkupNames()
{
    QJsonObject catalog =
        QJsonDocument::fromJson(builtinCatalogJsonWith(QStringLiteral("juniper-mist"),
                                                       QStringLiteral("api.gc3"),
                                                       QUrl(QStringLiteral("https://127.0.0.1"))))
            .object();
    QJsonArray providers = catalog.value(QLatin1String("providers")).toArray();
    for (qsizetype index = 0; index < providers.size(); ++index) {
        QJsonObject provider = providers.at(index).toObject();
        provider.insert(QStringLiteral("name"), markupName);
        QJsonArray regions = provider.value(QLatin1String("regions")).toArray();
        for (qsizetype at = 0; at < regions.size(); ++at) {
            QJsonObject region = regions.at(at).toObject();
            region.insert(QStringLiteral("name"), markupName);
            regions.replace(at, region);
        }
        provider.insert(QStringLiteral("regions"), regions);
        providers.replace(index, provider);
    }
    catalog.insert(QStringLiteral("providers"), providers);
    QString error;
    std::optional<Catalog> parsed = Catalog::fromJson(QJsonDocument(catalog).toJson(), &error);
    if (!parsed) {
        qFatal("the catalog with markup names is refused: %s", qPrintable(error));
    }
    return *parsed;
}
} // namespace

class TestPlainTextNames final : public QObject
{
    Q_OBJECT

private slots:
    void cannotStartBoxShowsTheProblemAsWritten();
    void confirmationShowsTheQuestionAsWritten();
    void wizardTitleShowsTheProviderAsWritten();
    void envFileTooltipShowsTheRegionAsWritten();
};

void TestPlainTextNames::cannotStartBoxShowsTheProblemAsWritten()
{
    QString shown;
    bool asWritten = false;
    inspectNextMessageBox([&](QMessageBox* box) {
        const auto* label = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"));
        QVERIFY(label != nullptr);
        shown = label->text();
        asWritten = showsAsWritten(label);
        box->done(QMessageBox::Ok);
    });

    QCOMPARE(gui::runWindow(*qApp), 2);

    QVERIFY2(shown.contains(markupName), qPrintable(shown));
    QVERIFY2(asWritten, qPrintable(shown));
}

void TestPlainTextNames::confirmationShowsTheQuestionAsWritten()
{
    const QString question =
        QStringLiteral("Delete the %1 connection in %2?").arg(markupName, markupName);
    QString shown;
    bool asWritten = false;
    inspectNextMessageBox([&](QMessageBox* box) {
        const auto* label = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"));
        QVERIFY(label != nullptr);
        shown = label->text();
        asWritten = showsAsWritten(label);
        box->reject();
    });

    const bool agreed = gui::Prompts::systemDialogs().confirm(
        nullptr, QStringLiteral("Delete the Connection?"), question, QStringLiteral("Delete"));

    QVERIFY(!agreed);
    QCOMPARE(shown, question);
    QVERIFY(asWritten);
}

void TestPlainTextNames::wizardTitleShowsTheProviderAsWritten()
{
    const Catalog catalog = catalogWithMarkupNames();
    KeeperFixture store(&catalog);
    TestPrompts answers;
    gui::SetupWizard wizard(catalog, store.verifier, store.keeper, store.appSettings,
                            answers.prompts);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    wizard.next();

    QCOMPARE(wizard.currentId(), int(gui::SetupWizard::TokenGuidePageId));
    const QString title = QStringLiteral("Get a %1 token").arg(markupName);
    QCOMPARE(wizard.currentPage()->title(), title);
    int shownTitles = 0;
    for (const QLabel* label : wizard.findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().contains(QLatin1String("<b>x</b>"))) {
            QVERIFY2(showsAsWritten(label), qPrintable(label->objectName() + label->text()));
            shownTitles += label->text() == title ? 1 : 0;
        }
    }
    QCOMPARE(shownTitles, 1);
}

void TestPlainTextNames::envFileTooltipShowsTheRegionAsWritten()
{
    // A JumpCloud region the PowerShell module has no JCEnvironment for: the reason no file is
    // offered names the region.
    ConnectionProfile profile;
    profile.providerId = QStringLiteral("jumpcloud");
    profile.providerName = QStringLiteral("JumpCloud");
    profile.regionId = QStringLiteral("mars");
    profile.regionName = markupName;
    profile.apiHost = QStringLiteral("console.mars.example");
    QPushButton button;
    QLabel note;

    gui::offerEnvFileExport(button, note, profile, true);

    QVERIFY(!button.isEnabled());
    QVERIFY2(note.text().contains(markupName), qPrintable(note.text()));
    QCOMPARE(shownTooltip(button.toolTip()), note.text());
    // Ordinary spaces, so the tooltip wraps like the note.
    QVERIFY(!button.toolTip().contains(QChar::Nbsp));
}

int main(int argc, char* argv[])
{
    int programArgc = 3;
    char* programArgv[] = {programName, languageOption, languageValue, nullptr};
    QApplication app(programArgc, programArgv);
    QStandardPaths::setTestModeEnabled(true);
    TestPlainTextNames test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_plaintextnames.moc"
