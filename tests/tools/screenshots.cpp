// Takes the pictures of every screen of the program: the real main window, wizard and settings,
// driven by their widgets' names (so it works in every language), against the demo world of
// support/demoanswers.h. Nothing leaves this machine. scripts/take-screenshots runs it under
// Xvfb with a keyring and a home of its own.
//
// Usage: credential-connect-screenshots --out DIR [--language CODE] [--dark]
//        credential-connect-screenshots --watch PROGRAM
// With --watch it only runs Watch my connections' daily check (PROGRAM --check-saved --notify)
// over two saved connections the demo world now refuses, so that the desktop's notification
// server shows its notification (scripts/take-notification-screenshot photographs it).
#include "connections/connectionkeeper.h"
#include "core/translations.h"
#include "core/verifier.h"
#include "gui/checklist/checklistdialog.h"
#include "gui/checklist/checklistmodel.h"
#include "gui/connectform.h"
#include "gui/mainwindow.h"
#include "gui/savedconnectionsview.h"
#include "gui/settingsdialog.h"
#include "gui/wizard/credentialspage.h"
#include "gui/wizard/setupwizard.h"
#include "storage/appsettings.h"
#include "storage/profilestore.h"
#include "storage/secretstore.h"
#include "support/child.h"
#include "support/darkpalette.h"
#include "support/demoanswers.h"
#include "support/sampleanswers.h"
#include "support/storagetesting.h"
#include "support/testprompts.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <cstdio>

using namespace cc;
using namespace cc::test;

namespace {
const QString token = sampleMistToken;

// Fails loudly: a picture of the wrong screen is worse than none.
[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "screenshots: %s\n", what);
    std::exit(1);
}

void waitFor(const std::function<bool()>& condition, const char* what)
{
    if (!QTest::qWaitFor(condition, 20000)) {
        fail(what);
    }
}

class Photographer
{
public:
    Photographer(QString directory, QString suffix)
        : m_directory(std::move(directory)), m_suffix(std::move(suffix))
    {}

    void take(QWidget* window, const QString& name) const
    {
        QTest::qWait(300); // let the last layout and paint settle
        const QString path = QDir(m_directory).filePath(name + m_suffix + QStringLiteral(".png"));
        if (!window->grab().save(path)) {
            fail("cannot write a picture");
        }
        std::printf("%s\n", qPrintable(path));
    }

private:
    QString m_directory;
    QString m_suffix;
};

void verify(gui::ConnectForm* form, const QString& regionId, const QString& typed)
{
    form->selectRegion(regionId);
    auto* tokenEdit = child<QLineEdit>(form, "tokenEdit");
    tokenEdit->clear();
    QTest::keyClicks(tokenEdit, typed);
    QSignalSpy finished(form, &gui::ConnectForm::verificationFinished);
    QTest::mouseClick(child<QPushButton>(form, "verifyButton"), Qt::LeftButton);
    if (typed.contains(QLatin1Char(' '))) {
        return; // refused before anything is sent
    }
    waitFor([&finished] { return finished.count() > 0; }, "no answer to a check");
}
// Saves a connection where the program keeps them, as the window would: the token in the
// keychain, the profile in the program's settings.
void saveConnection(const ConnectionProfile& profile, const QString& savedToken)
{
    SecretStore secrets;
    if (!resultOf(secrets.write(profile.key(), savedToken)).ok()) {
        fail("the keychain did not take a token");
    }
    QSettings settings(qEnvironmentVariable("XDG_CONFIG_HOME") +
                           QStringLiteral("/Credential Connect/credential-connect.conf"),
                       QSettings::IniFormat);
    ProfileStore profiles(&settings);
    QString error;
    if (!profiles.store(profile, &error)) {
        fail(qPrintable(error));
    }
}

// The daily check as the timer runs it, against the demo world, where tokens starting "bad" are
// refused: a Mist token gone after 90 days unused, and a JumpCloud key replaced by a new one.
int runTheWatch(const DemoWorld& world, const QString& program)
{
    QTemporaryDir dir;
    QFile catalog(dir.filePath(QStringLiteral("catalog.json")));
    if (!catalog.open(QIODevice::WriteOnly) || catalog.write(world.catalogJson()) < 0) {
        fail("cannot write the catalog");
    }
    catalog.close();
    saveConnection(sampleMistProfile(), QStringLiteral("bad") + token.mid(3));
    saveConnection(sampleJumpCloudProfile(QStringLiteral("eu"),
                                          QStringLiteral("5f3c8a2b9d1e4f6a7b8c9d0e"),
                                          QStringLiteral("Globex Europe")),
                   QStringLiteral("bad") + sampleJumpCloudToken.mid(3));
    QProcess watch;
    watch.setProcessChannelMode(QProcess::ForwardedChannels);
    QSignalSpy finished(&watch, &QProcess::finished);
    watch.start(program, {QStringLiteral("--check-saved"), QStringLiteral("--notify"),
                          QStringLiteral("--catalog"), catalog.fileName(),
                          QStringLiteral("--ca-bundle"), world.pki.caFile()});
    // The demo servers live in this process: wait with the event loop running.
    waitFor([&finished] { return finished.count() > 0; }, "the check did not end");
    // 1: the services refused the tokens, as they should.
    return watch.exitCode() == 1 ? 0 : 1;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder for the pictures."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Language of the windows."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("A dark palette."));
    const QCommandLineOption watch(QStringLiteral("watch"),
                                   QStringLiteral("Only run the daily check of this program."),
                                   QStringLiteral("PROGRAM"));
    parser.addOptions({out, language, dark, watch});
    parser.process(app);
    if (parser.isSet(watch)) {
        DemoWorld world;
        QString error;
        if (!world.start(&error)) {
            fail(qPrintable(error));
        }
        return runTheWatch(world, parser.value(watch));
    }
    if (!parser.isSet(out)) {
        fail("--out is missing");
    }
    const QLocale locale(parser.isSet(language) ? parser.value(language) : QStringLiteral("en"));
    installTranslations(app, locale);
    QLocale::setDefault(locale);
    if (parser.isSet(dark)) {
        QApplication::setPalette(darkPalette());
    }
    QString suffix = parser.isSet(language) ? QLatin1Char('-') + parser.value(language) : QString();
    if (parser.isSet(dark)) {
        suffix += QStringLiteral("-dark");
    }
    QDir().mkpath(parser.value(out));
    const Photographer camera(parser.value(out), suffix);

    DemoWorld world;
    QString error;
    if (!world.start(&error)) {
        fail(qPrintable(error));
    }
    QNetworkAccessManager network;
    Verifier verifier(&network);
    QSettings settings;
    AppSettings appSettings(&settings);
    ProfileStore profiles(&settings);
    SecretStore secrets;
    ConnectionKeeper keeper(&secrets, &profiles, &*world.catalog, &verifier);
    TestPrompts answers;

    gui::MainWindow window(*world.catalog, verifier, keeper, appSettings, answers.prompts,
                           world.pki.caCertificates());
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        fail("the main window did not show");
    }
    gui::ConnectForm* form = window.connectForm();

    verify(form, QStringLiteral("api.gc3"), token);
    camera.take(&window, QStringLiteral("connect-verified"));
    verify(form, QStringLiteral("api.gc3"), QStringLiteral("bad") + token.mid(3));
    camera.take(&window, QStringLiteral("connect-refused"));
    verify(form, QStringLiteral("api.gc3"), QStringLiteral("u8jzPde0IgxLd6Gn cfBAepfJBd0K"));
    camera.take(&window, QStringLiteral("connect-invalid-input"));

    // Find my region: the token checked in the wrong region, the search offered, asked, done.
    verify(form, QStringLiteral("api.gc1"), token);
    QTest::mouseClick(child<QPushButton>(form, "findRegionButton"), Qt::LeftButton);
    camera.take(&window, QStringLiteral("find-region-ask"));
    QSignalSpy found(form, &gui::ConnectForm::verificationFinished);
    QTest::mouseClick(child<QPushButton>(form, "startDetectButton"), Qt::LeftButton);
    waitFor([&found] { return found.count() > 0; }, "the region search did not end");
    camera.take(&window, QStringLiteral("find-region-found"));

    // A token at home in EMEA 02 that has used up its hour: the search still names its region.
    child<QLineEdit>(form, "tokenEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(form, "tokenEdit"), QStringLiteral("limit") + token.mid(5));
    QTest::mouseClick(child<QPushButton>(form, "findRegionButton"), Qt::LeftButton);
    QSignalSpy limited(form, &gui::ConnectForm::verificationFinished);
    QTest::mouseClick(child<QPushButton>(form, "startDetectButton"), Qt::LeftButton);
    waitFor([&limited] { return limited.count() > 0; }, "the rate-limited search did not end");
    camera.take(&window, QStringLiteral("find-region-rate-limited"));

    // The setup wizard, page by page.
    window.connectAccount();
    auto* wizard = window.findChild<gui::SetupWizard*>();
    if (wizard == nullptr || !QTest::qWaitForWindowExposed(wizard)) {
        fail("the wizard did not open");
    }
    QTest::mouseClick(child<QRadioButton>(wizard, "provider-juniper-mist"), Qt::LeftButton, {},
                      QPoint(4, 8));
    camera.take(wizard, QStringLiteral("wizard-1-provider"));
    wizard->next();
    auto* portal = child<QComboBox>(wizard->currentPage(), "portalCombo");
    portal->setCurrentIndex(portal->findData(QStringLiteral("api.gc3")));
    camera.take(wizard, QStringLiteral("wizard-2-token-guide"));
    wizard->next();
    verify(wizard->credentialsPage()->connectForm(), QStringLiteral("api.gc3"), token);
    camera.take(wizard, QStringLiteral("wizard-3-check"));
    wizard->next();
    auto* organizations = child<QListView>(wizard->currentPage(), "organizationList");
    organizations->selectionModel()->setCurrentIndex(organizations->model()->index(0, 0),
                                                     QItemSelectionModel::ClearAndSelect);
    camera.take(wizard, QStringLiteral("wizard-4-result"));
    wizard->next();
    QSignalSpy saved(wizard, &gui::SetupWizard::connectionSaved);
    QTest::mouseClick(child<QPushButton>(wizard->currentPage(), "saveButton"), Qt::LeftButton);
    waitFor([&saved] { return saved.count() > 0; }, "the connection was not saved");
    camera.take(wizard, QStringLiteral("wizard-5-keep"));
    const QPointer<gui::SetupWizard> accepted(wizard); // it deletes itself once closed
    wizard->accept();

    auto* list = child<QTreeWidget>(window.savedConnections(), "connectionList");
    list->setCurrentItem(list->topLevelItem(0));
    camera.take(&window, QStringLiteral("saved-connections"));

    gui::SettingsDialog dialog(appSettings, &window);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog)) {
        fail("the settings did not open");
    }
    camera.take(&dialog, QStringLiteral("settings"));
    dialog.close();

    // A multi-tenant JumpCloud administrator with 40 clients: the organization choice.
    waitFor([&accepted] { return accepted.isNull(); }, "the first wizard stayed open");
    window.connectAccount();
    wizard = window.findChild<gui::SetupWizard*>();
    if (wizard == nullptr || !QTest::qWaitForWindowExposed(wizard)) {
        fail("the second wizard did not open");
    }
    QTest::mouseClick(child<QRadioButton>(wizard, "provider-jumpcloud"), Qt::LeftButton, {},
                      QPoint(4, 8));
    wizard->next();
    portal = child<QComboBox>(wizard->currentPage(), "portalCombo");
    portal->setCurrentIndex(portal->findData(QStringLiteral("eu")));
    wizard->next();
    verify(wizard->credentialsPage()->connectForm(), QStringLiteral("eu"),
           QStringLiteral("msp") + sampleJumpCloudToken.mid(3));
    wizard->next();
    auto* clients = child<QListView>(wizard->currentPage(), "organizationList");
    clients->selectionModel()->setCurrentIndex(clients->model()->index(2, 0),
                                               QItemSelectionModel::ClearAndSelect);
    camera.take(wizard, QStringLiteral("wizard-4-organizations"));
    wizard->reject();

    // Re-verify all, with a connection whose token was revoked after it was saved: the Status
    // column says which still work, which fail and since when, sorted by status.
    ConnectionProfile revoked = sampleMistProfile();
    revoked.organizationId = QStringLiteral("0b4d0000-0000-4000-8000-000000000000");
    revoked.organizationName = QStringLiteral("Old Corp");
    QSignalSpy kept(keeper.save(revoked, QStringLiteral("bad") + token.mid(3)),
                    &KeeperJob::finished);
    waitFor([&kept] { return kept.count() > 0; }, "the revoked connection was not saved");
    gui::SavedConnectionsView* savedView = window.showSavedConnections();
    list->sortByColumn(4, Qt::AscendingOrder);
    list->setCurrentItem(list->topLevelItem(0));
    auto* reverifyAll = child<QPushButton>(savedView, "reverifyAllButton");
    QTest::mouseClick(reverifyAll, Qt::LeftButton);
    waitFor([reverifyAll] { return reverifyAll->isEnabled(); }, "Re-verify all did not end");
    camera.take(&window, QStringLiteral("saved-connections-status"));
    // File › Check a List…: a finished list with every kind of answer.
    QTemporaryDir listDir;
    const QString listPath = listDir.filePath(QStringLiteral("tokens.csv"));
    QFile listFile(listPath);
    if (!listFile.open(QIODevice::WriteOnly)) {
        fail("cannot write the list");
    }
    const QByteArray mist = token.toLatin1();
    listFile.write("provider,region,token,label\n"
                   "juniper-mist,api.gc3," +
                   mist +
                   ",\"Ada, network admin\"\n"
                   "juniper-mist,api.gc3," +
                   mist.left(mist.size() - 3) +
                   "org,Inventory sync\n"
                   "jumpcloud,eu," +
                   sampleJumpCloudToken.toLatin1() +
                   ",Help desk\n"
                   "juniper-mist,api.gc3,bad" +
                   mist.mid(3) +
                   ",Old laptop token\n"
                   "juniper-mist,auto,limit" +
                   mist.mid(5) +
                   ",Reporting job\n"
                   "juniper-mist,api.gc3,u8jzPde0IgxLd6Gn cfBAepfJBd0K,Pasted with a space\n"
                   "okta,us," +
                   mist + ",Wrong provider\n");
    listFile.close();
    listFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    answers.openPath = listPath;
    gui::ChecklistDialog* checklist = window.checkList();
    if (!QTest::qWaitForWindowExposed(checklist)) {
        fail("the list did not open");
    }
    QTest::mouseClick(child<QPushButton>(checklist, "openButton"), Qt::LeftButton);
    auto* cancel = child<QPushButton>(checklist, "cancelButton");
    waitFor(
        [cancel, checklist] { return !cancel->isEnabled() && checklist->model().answered() == 7; },
        "the list was not answered");
    auto* table = child<QTableView>(checklist, "resultTable");
    table->setCurrentIndex(table->model()->index(3, 0));
    camera.take(checklist, QStringLiteral("check-a-list"));
    return 0;
}
