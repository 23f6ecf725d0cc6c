// The main window with a real Secret Service (tests/run-with-secret-service keyring) and a local
// HTTPS server: the saved connections, re-verify, delete, the choice remembered from last time,
// and the setting that trusts an extra certificate authority.
#include "gui/connectform.h"
#include "gui/mainwindow.h"
#include "gui/resultpanel.h"
#include "gui/savedconnectionsview.h"
#include "gui/settingsdialog.h"
#include "support/child.h"
#include "support/demoanswers.h"
#include "support/sampleanswers.h"
#include "support/storagetesting.h"
#include "support/testcatalog.h"
#include "support/testpki.h"
#include "support/testprompts.h"
#include "support/tlstestserver.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTreeWidget>

#include <sys/stat.h>
#include <unistd.h>

using namespace cc;
using namespace cc::test;

namespace {
const QString token = sampleMistToken;
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void savedConnectionIsListedAndReverified();
    void reverifyOfARefusedTokenRecordsOnlyTheCheck();
    void reverifyWhoseDateCannotBeSavedSaysSo();
    void reverifyAllFillsTheStatusColumn();
    void deleteAsksFirstThenRemovesTokenAndProfile();
    void withoutSavedConnectionsTheListSaysHowToStart();
    void unreadableSettingsAreNamed_data();
    void unreadableSettingsAreNamed();
    void unfinishedChangeIsOfferedToRestoreOrRemove_data();
    void unfinishedChangeIsOfferedToRestoreOrRemove();
    void envFileIsOfferedOnlyWhereAToolCanReadIt();
    void savedConnectionsTabOpensFromTheKeyboard();
    void lastProviderAndRegionAreRemembered();
    void settingTrustsAnExtraCertificateAuthority();
    void settingRefusesAFileWithoutCertificates();
    void settingRefusesANamedPipe();
    void tokenIsInNoSettingsFile();

private:
    void makeWindow();
    // Saves a Mist connection in EMEA 02 for ACME Corp through the keeper, as the wizard does.
    QString saveSampleConnection();
    void selectOnlyConnection();
    // Re-verifies the only saved connection from the list; returns the panel's title.
    QString reverifyOnlyConnection();

    DemoService m_demo;
    std::unique_ptr<KeeperFixture> m_store;
    TestPrompts m_answers;
    std::unique_ptr<gui::MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    quietOffscreenSizeHints();
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
}

void TestMainWindow::init()
{
    m_store = std::make_unique<KeeperFixture>(&*m_demo.catalog);
    m_answers.reset();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_store.reset();
}

void TestMainWindow::makeWindow()
{
    // As in the program, the window and the keeper share one verifier.
    m_window = std::make_unique<gui::MainWindow>(*m_demo.catalog, m_store->verifier,
                                                 m_store->keeper, m_store->appSettings,
                                                 m_answers.prompts, m_demo.pki.caCertificates());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QString TestMainWindow::saveSampleConnection()
{
    const KeeperResult saved = resultOf(m_store->keeper.save(sampleMistProfile(), token));
    if (!saved.ok()) {
        qWarning("not saved: %s", qPrintable(saved.message));
    }
    return saved.key;
}

void TestMainWindow::selectOnlyConnection()
{
    auto* list = child<QTreeWidget>(m_window->savedConnections(), "connectionList");
    QCOMPARE(list->topLevelItemCount(), 1);
    list->setCurrentItem(list->topLevelItem(0));
    QVERIFY(list->topLevelItem(0)->isSelected());
}

QString TestMainWindow::reverifyOnlyConnection()
{
    m_window->showSavedConnections();
    selectOnlyConnection();
    auto* panel = child<gui::ResultPanel>(m_window->savedConnections(), "statusPanel");
    QTest::mouseClick(child<QPushButton>(m_window->savedConnections(), "reverifyButton"),
                      Qt::LeftButton);
    const bool answered = QTest::qWaitFor(
        [panel] { return panel->isVisible() && panel->status() != gui::StatusKind::Busy; }, 20000);
    return answered ? panel->outcomeId() : QStringLiteral("(no answer in time)");
}

void TestMainWindow::savedConnectionIsListedAndReverified()
{
    const QString key = saveSampleConnection();
    QVERIFY(!key.isEmpty());
    const QDateTime before = m_store->profiles.profile(key)->verifiedAt;
    makeWindow();
    m_window->showSavedConnections();
    auto* list = child<QTreeWidget>(m_window->savedConnections(), "connectionList");
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Juniper Mist \u00b7 EMEA 02"));
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("ACME Corp"));
    auto* reverify = child<QPushButton>(m_window->savedConnections(), "reverifyButton");
    QVERIFY(!reverify->isEnabled());
    selectOnlyConnection();
    const int requestsBefore = int(m_demo.server->requests().size());

    QTest::mouseClick(reverify, Qt::LeftButton);

    auto* panel = child<gui::ResultPanel>(m_window->savedConnections(), "statusPanel");
    QTRY_COMPARE_WITH_TIMEOUT(panel->outcomeId(), QStringLiteral("verified"), 20000);
    QCOMPARE(m_demo.server->requests().size(), requestsBefore + mistUserRequests);
    QCOMPARE(m_demo.server->requests().constLast().headerValues("Authorization"),
             QList<QByteArray>{"Token " + token.toLatin1()});
    QVERIFY(m_store->profiles.profile(key)->verifiedAt > before);
    // The stored token is never shown.
    for (const QLabel* label : m_window->findChildren<QLabel*>()) {
        QVERIFY(!label->text().contains(token));
    }
}

void TestMainWindow::reverifyOfARefusedTokenRecordsOnlyTheCheck()
{
    ConnectionProfile profile = sampleMistProfile();
    const KeeperResult saved =
        resultOf(m_store->keeper.save(profile, QStringLiteral("bad") + token.mid(3)));
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    const ConnectionProfile before = *m_store->profiles.profile(saved.key);
    makeWindow();

    QCOMPARE(reverifyOnlyConnection(), QStringLiteral("rejected"));
    ConnectionProfile after = *m_store->profiles.profile(saved.key);
    QCOMPARE(after.lastOutcome, QStringLiteral("rejected"));
    QVERIFY(after.failingSince.isValid());
    QCOMPARE(after.failingSince, after.lastCheckedAt);
    // Only the check is recorded: who the token is and when it last verified stay.
    after.lastCheckedAt = before.lastCheckedAt;
    after.lastOutcome = before.lastOutcome;
    after.lastMessage = before.lastMessage;
    after.failingSince = before.failingSince;
    QCOMPARE(after, before);
}

void TestMainWindow::reverifyWhoseDateCannotBeSavedSaysSo()
{
    const QString key = saveSampleConnection();
    QVERIFY(!key.isEmpty());
    const ConnectionProfile before = *m_store->profiles.profile(key);
    makeWindow();

    QString outcome;
    {
        // The settings file cannot grow, as on a full disk: the new check date is not saved.
        const FileSizeLimit limit(16);
        outcome = reverifyOnlyConnection();
    }

    // The person learns both: the token works, and its new check date was not kept.
    QCOMPARE(outcome, QStringLiteral("verified"));
    const auto* panel = child<gui::ResultPanel>(m_window->savedConnections(), "statusPanel");
    QCOMPARE(panel->status(), gui::StatusKind::Warning);
    QCOMPARE(panel->message(),
             QStringLiteral("The stored token still works, but the new check date could not be "
                            "saved: the settings file %1 could not be written.")
                 .arg(m_store->settingsPath()));
    QVERIFY2(panel->identityText().contains(QStringLiteral("Ada Lovelace")),
             qPrintable(panel->identityText()));
    QCOMPARE(*m_store->profiles.profile(key), before);
}

void TestMainWindow::reverifyAllFillsTheStatusColumn()
{
    ConnectionProfile refused = sampleMistProfile();
    refused.organizationId = QStringLiteral("0b4d0000-0000-4000-8000-000000000000");
    refused.organizationName = QStringLiteral("Old Corp");
    QVERIFY(resultOf(m_store->keeper.save(sampleMistProfile(), token)).ok());
    QVERIFY(resultOf(m_store->keeper.save(refused, QStringLiteral("bad") + token.mid(3))).ok());
    makeWindow();
    m_window->showSavedConnections();
    auto* list = child<QTreeWidget>(m_window->savedConnections(), "connectionList");
    constexpr int statusColumn = 4;
    QCOMPARE(list->topLevelItem(0)->text(statusColumn),
             QStringLiteral("Not checked since it was saved"));

    QTest::mouseClick(child<QPushButton>(m_window->savedConnections(), "reverifyAllButton"),
                      Qt::LeftButton);
    auto* panel = child<gui::ResultPanel>(m_window->savedConnections(), "statusPanel");
    QTRY_VERIFY_WITH_TIMEOUT(panel->status() != gui::StatusKind::Busy, 20000);
    QCOMPARE(panel->status(), gui::StatusKind::Warning);
    QCOMPARE(panel->message(), QStringLiteral("Connections that did not verify: 1 of 2. The "
                                              "Status column says since when and why."));

    // In the store's order (ACME Corp, then Old Corp) until sorted by status: failing first.
    QCOMPARE(list->topLevelItemCount(), 2);
    QVERIFY2(list->topLevelItem(0)->text(statusColumn).startsWith(QStringLiteral("Verified ")),
             qPrintable(list->topLevelItem(0)->text(statusColumn)));
    const QString failing = list->topLevelItem(1)->text(statusColumn);
    QVERIFY2(failing.startsWith(QStringLiteral("Failing since ")), qPrintable(failing));
    QVERIFY(failing.endsWith(m_store->profiles.profile(refused.key())->lastMessage));
    list->sortByColumn(statusColumn, Qt::AscendingOrder);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Old Corp"));
    list->sortByColumn(statusColumn, Qt::DescendingOrder);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("ACME Corp"));
}

void TestMainWindow::deleteAsksFirstThenRemovesTokenAndProfile()
{
    const QString key = saveSampleConnection();
    makeWindow();
    m_window->showSavedConnections();
    selectOnlyConnection();
    auto* remove = child<QPushButton>(m_window->savedConnections(), "deleteButton");

    m_answers.agree = false;
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_answers.questions.size(), 1);
    QVERIFY(m_answers.questions.constFirst().contains(QStringLiteral("EMEA 02")));
    QTest::qWait(100);
    QVERIFY(m_store->profiles.profile(key));

    m_answers.agree = true;
    QTest::mouseClick(remove, Qt::LeftButton);
    auto* panel = child<gui::ResultPanel>(m_window->savedConnections(), "statusPanel");
    QTRY_COMPARE_WITH_TIMEOUT(panel->title(), QStringLiteral("Deleted"), 20000);
    QVERIFY(!m_store->profiles.profile(key));
    QCOMPARE(resultOf(m_store->secrets.read(key)).status, SecretResult::Status::NotFound);
    QCOMPARE(
        child<QTreeWidget>(m_window->savedConnections(), "connectionList")->topLevelItemCount(), 0);
}

void TestMainWindow::withoutSavedConnectionsTheListSaysHowToStart()
{
    makeWindow();
    auto* saved = m_window->savedConnections();
    QVERIFY(child<QLabel>(saved, "introLabel")->text().contains(QStringLiteral("Connect")));
    QVERIFY(!child<QPushButton>(saved, "reverifyButton")->isEnabled());
    QVERIFY(!child<QPushButton>(saved, "deleteButton")->isEnabled());
    QVERIFY(child<QPushButton>(saved, "connectButton")->isEnabled());
}

void TestMainWindow::unreadableSettingsAreNamed_data()
{
    QTest::addColumn<bool>("folder");
    QTest::addRow("no permission to read") << false;
    QTest::addRow("a folder in its place") << true;
}

void TestMainWindow::unreadableSettingsAreNamed()
{
    QFETCH(bool, folder);
    const QString path = m_store->settingsPath();
    if (folder) {
        QVERIFY(QDir().mkpath(path));
    } else {
        if (::geteuid() == 0) {
            QSKIP("root reads any file whatever its permissions");
        }
        QVERIFY(!saveSampleConnection().isEmpty());
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    }
    makeWindow();
    m_window->showSavedConnections();
    const QString intro = child<QLabel>(m_window->savedConnections(), "introLabel")->text();
    QVERIFY2(intro.startsWith(QStringLiteral("The saved connections cannot be shown: the "
                                             "settings file %1 cannot be read")
                                  .arg(path)),
             qPrintable(intro));
}

void TestMainWindow::unfinishedChangeIsOfferedToRestoreOrRemove_data()
{
    QTest::addColumn<int>("choice");
    QTest::addRow("restore") << 0;
    QTest::addRow("remove") << 1;
    QTest::addRow("later") << 2;
}

void TestMainWindow::unfinishedChangeIsOfferedToRestoreOrRemove()
{
    QFETCH(int, choice);
    // What a save killed between the keychain and the settings leaves (tst_keychain makes it
    // happen): its note, and its token without a profile.
    const ConnectionProfile profile = sampleMistProfile();
    QString error;
    QVERIFY(m_store->profiles.beginChange(profile, &error));
    QVERIFY(resultOf(m_store->secrets.write(profile.key(), token)).ok());
    m_answers.choice = choice;
    makeWindow();
    m_window->showSavedConnections();
    QTRY_COMPARE(m_answers.questions.size(), 1);
    QVERIFY2(m_answers.questions.constFirst().contains(QStringLiteral("ACME Corp")),
             qPrintable(m_answers.questions.constFirst()));
    auto* list = child<QTreeWidget>(m_window->savedConnections(), "connectionList");
    auto* panel = child<gui::ResultPanel>(m_window->savedConnections(), "statusPanel");
    if (choice == 2) {
        QCOMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(m_store->keeper.unfinished().size(), 1);
        QVERIFY(resultOf(m_store->secrets.remove(profile.key())).ok());
        return;
    }
    QTRY_VERIFY(panel->isVisible() && panel->status() != gui::StatusKind::Busy);
    QVERIFY(m_store->keeper.unfinished().isEmpty());
    const SecretResult held = resultOf(m_store->secrets.read(profile.key()));
    if (choice == 0) {
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("ACME Corp"));
        QCOMPARE(held.secret, token);
        QCOMPARE(reverifyOnlyConnection(), QStringLiteral("verified"));
    } else {
        QCOMPARE(list->topLevelItemCount(), 0);
        QCOMPARE(held.status, SecretResult::Status::NotFound);
    }
    // Asked once: opening the list again does not ask again.
    m_window->showSavedConnections();
    QTest::qWait(50);
    QCOMPARE(m_answers.questions.size(), 1);
}

void TestMainWindow::envFileIsOfferedOnlyWhereAToolCanReadIt()
{
    QVERIFY(resultOf(m_store->keeper.save(sampleRoutingAssuranceProfile(), token)).ok());
    QVERIFY(!saveSampleConnection().isEmpty());
    makeWindow();
    m_window->showSavedConnections();
    auto* saved = m_window->savedConnections();
    auto* list = child<QTreeWidget>(saved, "connectionList");
    auto* exportEnv = child<QPushButton>(saved, "exportEnvButton");
    auto* note = child<QLabel>(saved, "envNote");
    QCOMPARE(list->topLevelItemCount(), 2);
    QVERIFY(!note->isVisible());

    for (int row = 0; row < list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = list->topLevelItem(row);
        list->setCurrentItem(item);
        QVERIFY(child<QPushButton>(saved, "exportProfileButton")->isEnabled());
        if (item->text(0).startsWith(QStringLiteral("Juniper Mist Routing Assurance"))) {
            // mistapi and Terraform accept only the Mist clouds they list: no file is offered.
            QVERIFY(!exportEnv->isEnabled());
            QVERIFY(note->isVisible());
            QVERIFY2(note->text().startsWith(QStringLiteral(
                         "No .env file is offered for this connection: mistapi and Juniper's "
                         "Terraform provider for Mist")),
                     qPrintable(note->text()));
            QCOMPARE(QTextDocumentFragment::fromHtml(exportEnv->toolTip()).toPlainText(),
                     note->text());
            QTest::mouseClick(exportEnv, Qt::LeftButton);
            QVERIFY(m_answers.questions.isEmpty());
        } else {
            QVERIFY(exportEnv->isEnabled());
            QVERIFY(!note->isVisible());
            QVERIFY(exportEnv->toolTip().isEmpty());
        }
    }
}

void TestMainWindow::savedConnectionsTabOpensFromTheKeyboard()
{
    const QString key = saveSampleConnection();
    QVERIFY(!key.isEmpty());
    makeWindow();
    // Made only when first opened, and then complete: the list is filled.
    QVERIFY(m_window->findChild<gui::SavedConnectionsView*>() == nullptr);

    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::AltModifier);

    auto* view = m_window->findChild<gui::SavedConnectionsView*>();
    QVERIFY(view != nullptr);
    QTRY_VERIFY(view->isVisible());
    QCOMPARE(child<QTreeWidget>(view, "connectionList")->topLevelItemCount(), 1);
    QCOMPARE(m_window->savedConnections(), view);
}

void TestMainWindow::lastProviderAndRegionAreRemembered()
{
    makeWindow();
    gui::ConnectForm* form = m_window->connectForm();
    QCOMPARE(form->currentRegion()->id, QStringLiteral("api"));
    form->selectRegion(QStringLiteral("api.gc3"));
    QTest::keyClicks(child<QLineEdit>(form, "tokenEdit"), token);
    QSignalSpy finished(form, &gui::ConnectForm::verificationFinished);
    QTest::mouseClick(child<QPushButton>(form, "verifyButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    m_window.reset();

    makeWindow();
    QCOMPARE(m_window->connectForm()->currentProvider()->id, QStringLiteral("juniper-mist"));
    QCOMPARE(m_window->connectForm()->currentRegion()->id, QStringLiteral("api.gc3"));
    // The token is not remembered.
    QVERIFY(child<QLineEdit>(m_window->connectForm(), "tokenEdit")->text().isEmpty());
}

void TestMainWindow::settingTrustsAnExtraCertificateAuthority()
{
    // No authority from the command line this time: without the setting, TLS fails.
    m_window =
        std::make_unique<gui::MainWindow>(*m_demo.catalog, m_store->verifier, m_store->keeper,
                                          m_store->appSettings, m_answers.prompts);
    m_window->show();
    gui::ConnectForm* form = m_window->connectForm();
    form->selectRegion(QStringLiteral("api.gc3"));
    QTest::keyClicks(child<QLineEdit>(form, "tokenEdit"), token);
    QSignalSpy finished(form, &gui::ConnectForm::verificationFinished);
    QTest::mouseClick(child<QPushButton>(form, "verifyButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.constLast().constFirst().value<VerificationResult>().outcome,
             Outcome::TlsError);

    {
        gui::SettingsDialog dialog(m_store->appSettings, m_window.get());
        dialog.show();
        auto* path = child<QLineEdit>(&dialog, "caBundleEdit");
        QVERIFY(path->text().isEmpty());
        QTest::keyClicks(path, m_demo.pki.caFile());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_store->appSettings.extraCaBundle(), m_demo.pki.caFile());
    }
    m_window.reset();

    // The setting is read when the window opens.
    m_window =
        std::make_unique<gui::MainWindow>(*m_demo.catalog, m_store->verifier, m_store->keeper,
                                          m_store->appSettings, m_answers.prompts);
    m_window->show();
    form = m_window->connectForm();
    form->selectRegion(QStringLiteral("api.gc3"));
    QTest::keyClicks(child<QLineEdit>(form, "tokenEdit"), token);
    QSignalSpy again(form, &gui::ConnectForm::verificationFinished);
    QTest::mouseClick(child<QPushButton>(form, "verifyButton"), Qt::LeftButton);
    QTRY_COMPARE(again.count(), 1);
    QCOMPARE(again.constLast().constFirst().value<VerificationResult>().outcome, Outcome::Verified);
}

void TestMainWindow::settingRefusesAFileWithoutCertificates()
{
    QTemporaryDir dir;
    const QString notPem = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notPem);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a certificate\n");
    file.close();
    makeWindow();
    gui::SettingsDialog dialog(m_store->appSettings, m_window.get());
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "caBundleEdit"), notPem);

    dialog.accept();

    QVERIFY(dialog.isVisible());
    QVERIFY(child<QLabel>(&dialog, "messageLabel")->isVisible());
    QVERIFY(!child<QLabel>(&dialog, "messageLabel")->text().isEmpty());
    QVERIFY(m_store->appSettings.extraCaBundle().isEmpty());
}

void TestMainWindow::settingRefusesANamedPipe()
{
    // Reading a named pipe no one writes to would wait forever, and the window with it.
    QTemporaryDir dir;
    const QString pipe = dir.filePath(QStringLiteral("authorities.pem"));
    QCOMPARE(mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    makeWindow();
    gui::SettingsDialog dialog(m_store->appSettings, m_window.get());
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "caBundleEdit"), pipe);

    dialog.accept();

    QVERIFY(dialog.isVisible());
    const QString message = child<QLabel>(&dialog, "messageLabel")->text();
    QVERIFY2(message.contains(QStringLiteral("named pipe")), qPrintable(message));
    QVERIFY(m_store->appSettings.extraCaBundle().isEmpty());
}

void TestMainWindow::tokenIsInNoSettingsFile()
{
    saveSampleConnection();
    makeWindow();
    QCOMPARE(reverifyOnlyConnection(), QStringLiteral("verified"));
    m_window.reset();

    m_store->settings.sync();
    const QByteArray settings = readFile(m_store->settingsPath());
    QVERIFY(settings.contains("api.gc3"));
    QVERIFY(!settings.contains(token.toLatin1()));
    QVERIFY(!settings.contains(token.left(8).toLatin1()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
