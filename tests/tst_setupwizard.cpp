// The setup wizard driven as a person would, page by page, against a local HTTPS server.
#include "core/verifier.h"
#include "gui/connectform.h"
#include "gui/resultpanel.h"
#include "gui/wizard/credentialspage.h"
#include "gui/wizard/setupwizard.h"
#include "support/child.h"
#include "support/demoanswers.h"
#include "support/sampleanswers.h"
#include "support/storagetesting.h"
#include "support/testcatalog.h"
#include "support/testpki.h"
#include "support/testprompts.h"
#include "support/tlstestserver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace cc;
using namespace cc::test;
using cc::gui::SetupWizard;

// Qt turns Alt+letter mnemonics on in the platform plugins of real desktops; the offscreen
// plugin the tests run on leaves them off.
Q_GUI_EXPORT void qt_set_sequence_auto_mnemonic(bool enable);

namespace {
const QString mistToken = sampleMistToken;
const QString jumpCloudKey = QStringLiteral("jca_8Gq2xYt5Wn1Rk7Lm3Pz9Vb4Hs6Dc0Fa2Je5U");

QStringList words(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts) {
        list.append(QString::fromUtf8(text));
    }
    return list;
}
} // namespace

// Catches the URLs the program asks the desktop to open, so no browser starts in a test.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl& url) { opened.append(url); }
};

class TestSetupWizard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void walksThroughEveryPage();
    void guidesSayWhatMattersForEachProvider_data();
    void guidesSayWhatMattersForEachProvider();
    void nothingTypedIsLostGoingBackAndForth();
    void anotherRegionForgetsTheVerifiedCheck();
    void mistTokenInSeveralOrganizationsAsksForOne();
    void portalAddressPastedOnTheFormPicksItsOrganization();
    void keyboardAloneThroughTheWizard();
    void everyPageHasLabelsAndNames();
    void keepPageSavesTheTokenInTheKeychain();
    void keepPageExportsAndCopies();
    void keepPageOffersNoEnvFileForRoutingAssurance();

private:
    // On the page shown now.
    template<typename T> T* child(const char* name) const
    {
        return test::child<T>(m_wizard->currentPage(), name);
    }
    QAbstractButton* next() const { return m_wizard->button(QWizard::NextButton); }
    QAbstractButton* back() const { return m_wizard->button(QWizard::BackButton); }
    void chooseProvider(const QString& providerId);
    void verifyToken(const QString& token);
    void verifiedMistTokenInEmea02();
    // From a verified Mist token in EMEA 02 to the last page, for organization ACME Corp.
    void onToTheKeepPage();
    // Whether this run has a Secret Service (see tests/run-with-secret-service).
    static bool hasKeychain()
    {
        return qEnvironmentVariable("CC_TEST_SECRET_SERVICE") == QLatin1String("keyring");
    }

    DemoService m_demo;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Verifier> m_verifier;
    std::unique_ptr<KeeperFixture> m_store;
    TestPrompts m_answers;
    std::unique_ptr<SetupWizard> m_wizard;
    UrlCatcher m_urls;
    QTemporaryDir m_exports;
};

void TestSetupWizard::initTestCase()
{
    qt_set_sequence_auto_mnemonic(true);
    quietOffscreenSizeHints();
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_urls, "open");
}

void TestSetupWizard::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void TestSetupWizard::init()
{
    m_urls.opened.clear();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_verifier = std::make_unique<Verifier>(m_network.get());
    m_verifier->addCaCertificates(m_demo.pki.caCertificates());
    m_store = std::make_unique<KeeperFixture>(&*m_demo.catalog);
    m_answers.reset();
    m_wizard = std::make_unique<SetupWizard>(*m_demo.catalog, *m_verifier, m_store->keeper,
                                             m_store->appSettings, m_answers.prompts);
    m_wizard->show();
    QApplication::setActiveWindow(m_wizard.get());
    QVERIFY(QTest::qWaitForWindowActive(m_wizard.get()));
}

void TestSetupWizard::cleanup()
{
    m_wizard.reset();
    m_verifier.reset();
    m_network.reset();
    m_store.reset();
}

void TestSetupWizard::chooseProvider(const QString& providerId)
{
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::ProviderPageId));
    const QByteArray name = "provider-" + providerId.toLatin1();
    QTest::mouseClick(child<QRadioButton>(name.constData()), Qt::LeftButton, {},
                      QPoint(4, child<QRadioButton>(name.constData())->height() / 2));
    QVERIFY(child<QRadioButton>(name.constData())->isChecked());
}

void TestSetupWizard::verifyToken(const QString& token)
{
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::CredentialsPageId));
    auto* tokenEdit = child<QLineEdit>("tokenEdit");
    tokenEdit->clear();
    QTest::keyClicks(tokenEdit, token);
    QVERIFY(!next()->isEnabled());
    QSignalSpy finished(m_wizard->credentialsPage()->connectForm(),
                        &gui::ConnectForm::verificationFinished);
    QTest::mouseClick(child<QPushButton>("verifyButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
}

// From the start to a verified Mist token in EMEA 02 (api.gc3), chosen on the guide page.
void TestSetupWizard::verifiedMistTokenInEmea02()
{
    chooseProvider(QStringLiteral("juniper-mist"));
    QTest::mouseClick(next(), Qt::LeftButton);
    auto* portals = child<QComboBox>("portalCombo");
    portals->setCurrentIndex(portals->findData(QStringLiteral("api.gc3")));
    QTest::mouseClick(next(), Qt::LeftButton);
    verifyToken(mistToken);
    QTRY_VERIFY(next()->isEnabled());
}

void TestSetupWizard::walksThroughEveryPage()
{
    chooseProvider(QStringLiteral("jumpcloud"));
    QVERIFY(next()->isEnabled());
    QTest::mouseClick(next(), Qt::LeftButton);

    // Get a token: the guide for JumpCloud, and the portal of the region chosen here.
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::TokenGuidePageId));
    QVERIFY(m_wizard->currentPage()->title().contains(QStringLiteral("JumpCloud")));
    QVERIFY(child<QTextBrowser>("guideView")->toPlainText().contains(QStringLiteral("revokes")));
    auto* portals = child<QComboBox>("portalCombo");
    QCOMPARE(portals->count(), 3);
    portals->setCurrentIndex(portals->findData(QStringLiteral("eu")));
    QTest::mouseClick(child<QPushButton>("openPortalButton"), Qt::LeftButton);
    QCOMPARE(m_urls.opened, QList<QUrl>{QUrl(QStringLiteral("https://console.eu.jumpcloud.com"))});
    QTest::mouseClick(next(), Qt::LeftButton);

    // Credentials: the region comes from the guide page; Next waits for a verified check.
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::CredentialsPageId));
    QCOMPARE(child<QComboBox>("regionCombo")->currentData().toString(), QStringLiteral("eu"));
    QVERIFY(!child<QComboBox>("providerCombo")->isVisible());
    verifyToken(jumpCloudKey);
    QTRY_VERIFY(next()->isEnabled());
    QCOMPARE(m_demo.server->requests().constLast().headerValues("x-api-key"),
             QList<QByteArray>{jumpCloudKey.toLatin1()});
    QTest::mouseClick(next(), Qt::LeftButton);

    // Result: a multi-tenant key: the person picks the organization before going on.
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::ResultPageId));
    QVERIFY(child<QLabel>("identityLabel")->text().contains(QStringLiteral("Multi-tenant")));
    auto* organizations = child<QListWidget>("organizationList");
    QCOMPARE(organizations->count(), 2);
    QVERIFY(child<QLabel>("organizationNote")->text().contains(QStringLiteral("x-org-id")));
    QVERIFY(!m_wizard->currentPage()->isComplete());
    organizations->setCurrentRow(1);
    QCOMPARE(m_wizard->draft().organization.id, QString::fromLatin1(demoJumpCloudSecondOrgId));
    QCOMPARE(m_wizard->draft().organization.name, QStringLiteral("ACME Asia Pacific"));
    QCOMPARE(m_wizard->draft().token, jumpCloudKey);
    QTest::mouseClick(next(), Qt::LeftButton);

    // Keep it: the summary names what will be kept, never the token.
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::KeepPageId));
    const QString summary = child<QLabel>("summaryLabel")->text();
    QVERIFY2(summary.contains(QStringLiteral("ACME Asia Pacific")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("Europe")));
    QVERIFY(!summary.contains(jumpCloudKey));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
}

void TestSetupWizard::onToTheKeepPage()
{
    verifiedMistTokenInEmea02();
    QTest::mouseClick(next(), Qt::LeftButton);
    child<QListWidget>("organizationList")->setCurrentRow(0);
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::KeepPageId));
}

void TestSetupWizard::keepPageSavesTheTokenInTheKeychain()
{
    onToTheKeepPage();
    QSignalSpy saved(m_wizard.get(), &SetupWizard::connectionSaved);
    auto* panel = child<gui::ResultPanel>("statusPanel");

    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(panel->title().endsWith(QStringLiteral("aved")), 20000);
    const QString key = connectionKey(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"),
                                      QString::fromLatin1(demoMistOrgId));
    if (!hasKeychain()) {
        // No Secret Service: said plainly, and nothing kept anywhere.
        QCOMPARE(panel->title(), QStringLiteral("Not saved"));
        QVERIFY2(panel->message().contains(QStringLiteral("not saved")),
                 qPrintable(panel->message()));
        QVERIFY(child<QPushButton>("saveButton")->isEnabled());
        QCOMPARE(saved.count(), 0);
        QVERIFY(m_store->profiles.profiles().isEmpty());
        QVERIFY(!readFile(m_store->settingsPath()).contains(mistToken.toLatin1()));
        return;
    }
    QCOMPARE(panel->title(), QStringLiteral("Saved"));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.constFirst().constFirst().toString(), key);
    const std::optional<ConnectionProfile> profile = m_store->profiles.profile(key);
    QVERIFY(profile);
    QCOMPARE(profile->organizationName, QStringLiteral("ACME Corp"));
    QCOMPARE(profile->regionName, QStringLiteral("EMEA 02"));
    QVERIFY(profile->verifiedAt.isValid());
    QCOMPARE(resultOf(m_store->secrets.read(key)).secret, mistToken);
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    QVERIFY(!readFile(m_store->settingsPath()).contains(mistToken.toLatin1()));
}

void TestSetupWizard::keepPageExportsAndCopies()
{
    onToTheKeepPage();
    auto* panel = child<gui::ResultPanel>("statusPanel");

    QTest::mouseClick(child<QPushButton>("copySummaryButton"), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("Ada Lovelace")), qPrintable(copied));
    QVERIFY(!copied.contains(mistToken));

    m_answers.savePath = m_exports.filePath(QStringLiteral("profile.json"));
    QTest::mouseClick(child<QPushButton>("exportProfileButton"), Qt::LeftButton);
    const QByteArray json = readFile(m_answers.savePath);
    QVERIFY(json.contains("ACME Corp"));
    QVERIFY(!json.contains(mistToken.toLatin1()));
    QVERIFY(panel->message().contains(QStringLiteral("profile.json")));

    // The .env file holds the token: nothing is written until the person agrees.
    m_answers.savePath = m_exports.filePath(QStringLiteral("mist.env"));
    m_answers.agree = false;
    QTest::mouseClick(child<QPushButton>("exportEnvButton"), Qt::LeftButton);
    QCOMPARE(m_answers.questions.size(), 1);
    QVERIFY(m_answers.questions.constFirst().contains(QStringLiteral("plain text")));
    QVERIFY(!QFile::exists(m_answers.savePath));
    m_answers.agree = true;
    QTest::mouseClick(child<QPushButton>("exportEnvButton"), Qt::LeftButton);
    QTRY_COMPARE(panel->title(), QStringLiteral("Exported"));
    QVERIFY2(panel->message().contains(QStringLiteral("readable by you only")),
             qPrintable(panel->message()));
    const QByteArray env = readFile(m_answers.savePath);
    QVERIFY2(env.contains(QByteArray("MIST_APITOKEN='" + mistToken.toLatin1() + "'")),
             env.constData());
    QVERIFY(env.contains("MIST_HOST="));
    QCOMPARE(fileMode(m_answers.savePath), 0600);
}

void TestSetupWizard::keepPageOffersNoEnvFileForRoutingAssurance()
{
    chooseProvider(QStringLiteral("juniper-routing-assurance"));
    QTest::mouseClick(next(), Qt::LeftButton);
    QTest::mouseClick(next(), Qt::LeftButton);
    verifyToken(mistToken);
    QTRY_VERIFY(next()->isEnabled());
    QTest::mouseClick(next(), Qt::LeftButton);
    child<QListWidget>("organizationList")->setCurrentRow(0);
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(m_wizard->currentId(), int(SetupWizard::KeepPageId));

    // No tool that reads a .env file accepts the Routing Assurance host: the page says so
    // instead of offering a file that cannot work.
    auto* exportEnv = child<QPushButton>("exportEnvButton");
    QVERIFY(!exportEnv->isEnabled());
    auto* note = child<QLabel>("envNote");
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().startsWith(QStringLiteral("No .env file is offered for this "
                                                    "connection: mistapi and Juniper's "
                                                    "Terraform provider")),
             qPrintable(note->text()));
    QCOMPARE(exportEnv->toolTip(), note->text());
    QTest::mouseClick(exportEnv, Qt::LeftButton);
    QVERIFY(m_answers.questions.isEmpty());
    QVERIFY(child<QPushButton>("exportProfileButton")->isEnabled());
    QVERIFY(child<QPushButton>("copySummaryButton")->isEnabled());

    // Back to Juniper Mist: the file is offered again.
    while (m_wizard->currentId() != int(SetupWizard::ProviderPageId)) {
        QTest::mouseClick(back(), Qt::LeftButton);
    }
    chooseProvider(QStringLiteral("juniper-mist"));
    QTest::mouseClick(next(), Qt::LeftButton);
    auto* portals = child<QComboBox>("portalCombo");
    portals->setCurrentIndex(portals->findData(QStringLiteral("api.gc3")));
    QTest::mouseClick(next(), Qt::LeftButton);
    verifyToken(mistToken);
    QTRY_VERIFY(next()->isEnabled());
    QTest::mouseClick(next(), Qt::LeftButton);
    child<QListWidget>("organizationList")->setCurrentRow(0);
    QTest::mouseClick(next(), Qt::LeftButton);
    QVERIFY(child<QPushButton>("exportEnvButton")->isEnabled());
    QVERIFY(!child<QLabel>("envNote")->isVisible());
    QVERIFY(child<QPushButton>("exportEnvButton")->toolTip().isEmpty());
}

void TestSetupWizard::guidesSayWhatMattersForEachProvider_data()
{
    QTest::addColumn<QString>("providerId");
    QTest::addColumn<QStringList>("mustSay");
    QTest::addColumn<QString>("portal");
    QTest::addRow("Juniper Mist") << "juniper-mist"
                                  << words({"personal token", "organization token",
                                            "single sign-on", "only once",
                                            "personal token that has not been used for 90 days",
                                            "source addresses", "5,000"})
                                  << "https://manage.mist.com";
    QTest::addRow("Routing Assurance")
        << "juniper-routing-assurance" << words({"Create Token", "Observer"})
        << "https://routing.ai.juniper.net";
    QTest::addRow("JumpCloud") << "jumpcloud"
                               << words({"account menu (your initials)", "My API Key",
                                         "only when it is made", "Billing role",
                                         "revokes the old one", "jca_", "may simply have expired",
                                         "multi-tenant"})
                               << "https://console.jumpcloud.com";
}

void TestSetupWizard::guidesSayWhatMattersForEachProvider()
{
    QFETCH(QString, providerId);
    QFETCH(QStringList, mustSay);
    QFETCH(QString, portal);
    chooseProvider(providerId);
    QTest::mouseClick(next(), Qt::LeftButton);

    const QString guide = child<QTextBrowser>("guideView")->toPlainText();
    for (const QString& words : mustSay) {
        QVERIFY2(guide.contains(words, Qt::CaseInsensitive), qPrintable(words));
    }
    QTest::mouseClick(child<QPushButton>("openPortalButton"), Qt::LeftButton);
    QCOMPARE(m_urls.opened, QList<QUrl>{QUrl(portal)});
}

void TestSetupWizard::nothingTypedIsLostGoingBackAndForth()
{
    verifiedMistTokenInEmea02();
    QTest::mouseClick(next(), Qt::LeftButton);
    child<QListWidget>("organizationList")->setCurrentRow(1);

    // All the way back to the start and forward again.
    QTest::mouseClick(back(), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>("tokenEdit")->text(), mistToken);
    QTest::mouseClick(back(), Qt::LeftButton);
    QCOMPARE(child<QComboBox>("portalCombo")->currentData().toString(), QStringLiteral("api.gc3"));
    QTest::mouseClick(back(), Qt::LeftButton);
    QVERIFY(child<QRadioButton>("provider-juniper-mist")->isChecked());
    QTest::mouseClick(next(), Qt::LeftButton);
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>("tokenEdit")->text(), mistToken);
    QCOMPARE(child<QComboBox>("regionCombo")->currentData().toString(), QStringLiteral("api.gc3"));
    QVERIFY(next()->isEnabled());
    const int requestsBefore = int(m_demo.server->requests().size());
    QTest::mouseClick(next(), Qt::LeftButton);
    QCOMPARE(child<QListWidget>("organizationList")->selectedItems().value(0),
             child<QListWidget>("organizationList")->item(1));
    QCOMPARE(m_demo.server->requests().size(), requestsBefore);
}

void TestSetupWizard::anotherRegionForgetsTheVerifiedCheck()
{
    verifiedMistTokenInEmea02();

    QTest::mouseClick(back(), Qt::LeftButton);
    child<QComboBox>("portalCombo")->setCurrentIndex(0);
    QTest::mouseClick(next(), Qt::LeftButton);

    QCOMPARE(child<QComboBox>("regionCombo")->currentData().toString(), QStringLiteral("api"));
    QCOMPARE(child<QLineEdit>("tokenEdit")->text(), mistToken);
    QVERIFY(!next()->isEnabled());
    QVERIFY(!m_wizard->draft().verified);
    QVERIFY(m_wizard->draft().token.isEmpty());
}

void TestSetupWizard::mistTokenInSeveralOrganizationsAsksForOne()
{
    verifiedMistTokenInEmea02();
    QTest::mouseClick(next(), Qt::LeftButton);

    const QString identity = child<QLabel>("identityLabel")->text();
    QVERIFY2(identity.contains(QStringLiteral("Super User on organization ACME Corp")),
             qPrintable(identity));
    QVERIFY(identity.contains(QStringLiteral("Helpdesk on organization ACME Labs")));
    auto* organizations = child<QListWidget>("organizationList");
    QCOMPARE(organizations->count(), 2);
    QVERIFY(organizations->item(0)->text().contains(QStringLiteral("ACME Corp")));
    QVERIFY(organizations->item(1)->text().contains(QString::fromLatin1(demoMistSecondOrgId)));
    QVERIFY(organizations->selectedItems().isEmpty());
    QVERIFY(!m_wizard->currentPage()->isComplete());
    organizations->setCurrentRow(0, QItemSelectionModel::ClearAndSelect);
    QVERIFY(m_wizard->currentPage()->isComplete());
    QCOMPARE(m_wizard->draft().organization.id, QString::fromLatin1(demoMistOrgId));
}

void TestSetupWizard::portalAddressPastedOnTheFormPicksItsOrganization()
{
    chooseProvider(QStringLiteral("juniper-mist"));
    QTest::mouseClick(next(), Qt::LeftButton);
    QTest::mouseClick(next(), Qt::LeftButton);
    auto* regions = child<QComboBox>("regionCombo");
    regions->setFocus();
    regions->lineEdit()->selectAll();
    QTest::keyClicks(regions->lineEdit(),
                     QStringLiteral("https://manage.gc3.mist.com/admin/?org_id=") +
                         QString::fromLatin1(demoMistSecondOrgId));
    QTest::keyClick(regions->lineEdit(), Qt::Key_Tab);
    QCOMPARE(regions->currentData().toString(), QStringLiteral("api.gc3"));
    verifyToken(mistToken);
    QTRY_VERIFY(next()->isEnabled());
    QTest::mouseClick(next(), Qt::LeftButton);

    QCOMPARE(child<QListWidget>("organizationList")->selectedItems(),
             QList<QListWidgetItem*>{child<QListWidget>("organizationList")->item(1)});
    QCOMPARE(m_wizard->draft().organization.id, QString::fromLatin1(demoMistSecondOrgId));
    QCOMPARE(m_wizard->draft().regionId, QStringLiteral("api.gc3"));
}

void TestSetupWizard::keyboardAloneThroughTheWizard()
{
    auto press = [](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
    };
    // Provider: the arrow keys move between the choices; Alt+N is Next.
    QTRY_VERIFY(QApplication::focusWidget() != nullptr);
    QVERIFY(qobject_cast<QRadioButton*>(QApplication::focusWidget()) != nullptr);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    QVERIFY(child<QRadioButton>("provider-jumpcloud")->isChecked());
    press(Qt::Key_N, Qt::AltModifier);
    // A mnemonic clicks its button after a short animation.
    QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::TokenGuidePageId));

    // Guide: Alt+P reaches the portal choice.
    press(Qt::Key_P, Qt::AltModifier);
    QVERIFY(child<QComboBox>("portalCombo")->hasFocus());
    press(Qt::Key_Down);
    QCOMPARE(child<QComboBox>("portalCombo")->currentData().toString(), QStringLiteral("eu"));
    press(Qt::Key_N, Qt::AltModifier);

    // Credentials: the cursor waits in the token field; Enter verifies.
    QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::CredentialsPageId));
    QTRY_VERIFY(child<QLineEdit>("tokenEdit")->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), jumpCloudKey);
    QSignalSpy finished(m_wizard->credentialsPage()->connectForm(),
                        &gui::ConnectForm::verificationFinished);
    press(Qt::Key_Return);
    QTRY_COMPARE(finished.count(), 1);
    QTRY_VERIFY(next()->isEnabled());
    press(Qt::Key_N, Qt::AltModifier);

    // Result: Alt+O reaches the organizations; the arrow keys pick one.
    QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::ResultPageId));
    press(Qt::Key_O, Qt::AltModifier);
    QVERIFY(child<QListWidget>("organizationList")->hasFocus());
    press(Qt::Key_Down);
    QVERIFY(m_wizard->currentPage()->isComplete());
    QVERIFY(!m_wizard->draft().organization.id.isEmpty());
    press(Qt::Key_N, Qt::AltModifier);

    // Keep: the cursor waits on Save.
    QTRY_COMPARE(m_wizard->currentId(), int(SetupWizard::KeepPageId));
    QVERIFY(child<QPushButton>("saveButton")->hasFocus());
}

void TestSetupWizard::everyPageHasLabelsAndNames()
{
    verifiedMistTokenInEmea02();
    QTest::mouseClick(next(), Qt::LeftButton);

    for (int id : m_wizard->pageIds()) {
        const QWizardPage* page = m_wizard->page(id);
        QVERIFY2(!page->title().isEmpty(), qPrintable(page->objectName()));
        const QList<QLabel*> labels = page->findChildren<QLabel*>();
        for (QWidget* input : page->findChildren<QWidget*>()) {
            const bool takesInput = qobject_cast<QComboBox*>(input) != nullptr ||
                                    qobject_cast<QLineEdit*>(input) != nullptr ||
                                    qobject_cast<QListWidget*>(input) != nullptr;
            if (!takesInput || qobject_cast<QComboBox*>(input->parentWidget()) != nullptr ||
                !input->isVisibleTo(page)) {
                continue;
            }
            QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
            QVERIFY2(!input->accessibleDescription().isEmpty(), qPrintable(input->objectName()));
            const bool labelled =
                std::any_of(labels.cbegin(), labels.cend(), [input](const QLabel* label) {
                    // The buddy is the input, or the field around it that hands it the focus.
                    return label->buddy() != nullptr &&
                           (label->buddy() == input || label->buddy()->focusProxy() == input) &&
                           label->text().contains(QLatin1Char('&'));
                });
            QVERIFY2(labelled, qPrintable(input->objectName()));
        }
    }
}

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
