// The connect form driven as a person would, with QTest, against a local HTTPS server.
#include "core/verifier.h"
#include "gui/connectform.h"
#include "gui/resultpanel.h"
#include "support/child.h"
#include "support/darkpalette.h"
#include "support/sampleanswers.h"
#include "support/testcatalog.h"
#include "support/testpki.h"
#include "support/tlstestserver.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <algorithm>

using namespace cc;
using namespace cc::test;

namespace {
const QString token = sampleMistToken;
const QByteArray userBody = sampleMistUserBody;
constexpr int emea02 = 6; // the seventh row of the region table
const QByteArray jumpCloudKey = sampleJumpCloudToken.toLatin1();
const QByteArray jumpCloudBody = sampleJumpCloudBody;
} // namespace

class TestConnectForm final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void providersAndRegionsComeFromTheCatalog();
    void verifiedCheckShowsWhoTheTokenIs();
    void refusedTokenIsMarkedAndFocused();
    void badTokenGetsAMessageAndSendsNothing_data();
    void badTokenGetsAMessageAndSendsNothing();
    void unknownRegionGetsAMessageAndSendsNothing();
    void pastedPortalAddressSelectsTheRegion();
    void federalPortalAddressSelectsTheGovernmentCloud_data();
    void federalPortalAddressSelectsTheGovernmentCloud();
    void serviceWordsComeUnderTheAdviceAsPlainText();
    void enterVerifiesAndSurroundingSpaceIsTrimmed();
    void verifyBecomesCancel();
    void showButtonRevealsTheToken();
    void oneShortcutShowsAndHidesTheToken();
    void keyboardAloneFromStartToResult();
    void findMyRegionTellsWhereTheTokenGoesFirst();
    void findMyRegionSelectsTheRegionThatAccepts();
    void findMyRegionReportsTheRateLimitedRegion();
    void refusedTokenOffersTheSearch();
    void singleRegionProviderHasNothingToSearch();
    void everyInputHasALabelAndAName();
    void darkPaletteIsFollowed();

private:
    template<typename T> T* child(const char* name) const
    {
        return test::child<T>(m_form.get(), name);
    }
    void chooseRegion(int index);
    // JumpCloud's three regions, each on a server of its own: only Europe knows the key.
    void startJumpCloudRegions();
    // The twelve Mist regions a search asks, each on a server of its own: EMEA 02 answers
    // `home`, the others refuse the token. The US Government cloud gets a server that would
    // accept it, the last of m_regionServers.
    void startMistRegions(const CannedReply& home);

    TestPki m_pki;
    std::unique_ptr<TlsTestServer> m_server;
    std::optional<Catalog> m_catalog;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Verifier> m_verifier;
    std::unique_ptr<gui::ConnectForm> m_form;
    std::vector<std::unique_ptr<TlsTestServer>> m_regionServers;
};

void TestConnectForm::initTestCase()
{
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    m_server = std::make_unique<TlsTestServer>(m_pki.trustedServerConfiguration());
    QVERIFY(m_server->listen());
    m_catalog = builtinCatalogWith(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"),
                                   m_server->baseUrl());
}

void TestConnectForm::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_verifier = std::make_unique<Verifier>(m_network.get());
    m_verifier->addCaCertificates(m_pki.caCertificates());
    m_form = std::make_unique<gui::ConnectForm>(*m_catalog, *m_verifier);
    m_form->show();
    QApplication::setActiveWindow(m_form.get());
    QVERIFY(QTest::qWaitForWindowActive(m_form.get()));
}

void TestConnectForm::cleanup()
{
    m_form.reset();
    m_verifier.reset();
    m_network.reset();
    m_regionServers.clear();
}

void TestConnectForm::startJumpCloudRegions()
{
    const QStringList regions{QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("in")};
    QMap<QPair<QString, QString>, QUrl> apiBases{
        {{QStringLiteral("juniper-mist"), QStringLiteral("api.gc3")}, m_server->baseUrl()}};
    for (int index = 0; index < regions.size(); ++index) {
        auto server = std::make_unique<TlsTestServer>(m_pki.trustedServerConfiguration());
        QVERIFY(server->listen(QHostAddress(QStringLiteral("127.0.0.%1").arg(index + 1))));
        server->setReply(regions.at(index) == QLatin1String("eu")
                             ? CannedReply::json(200, jumpCloudBody)
                             : CannedReply::json(401, R"({"message": "Unauthorized"})"));
        apiBases.insert({QStringLiteral("jumpcloud"), regions.at(index)}, server->baseUrl());
        m_regionServers.push_back(std::move(server));
    }
    m_catalog = builtinCatalogWith(apiBases);
    // The form reads the catalog when it is made.
    m_form = std::make_unique<gui::ConnectForm>(*m_catalog, *m_verifier);
    m_form->show();
    QApplication::setActiveWindow(m_form.get());
    QVERIFY(QTest::qWaitForWindowActive(m_form.get()));
    m_form->selectProvider(QStringLiteral("jumpcloud"));
}

void TestConnectForm::startMistRegions(const CannedReply& home)
{
    QMap<QPair<QString, QString>, QUrl> apiBases;
    const QList<Region> regions = m_catalog->provider(QStringLiteral("juniper-mist"))->regions;
    for (int index = 0; index < regions.size(); ++index) {
        auto server = std::make_unique<TlsTestServer>(m_pki.trustedServerConfiguration());
        QVERIFY(server->listen(QHostAddress(QStringLiteral("127.0.0.%1").arg(index + 1))));
        const QString regionId = regions.at(index).id;
        server->setReply(regionId == QLatin1String("api.gc3") ? home
                         : regionId == QLatin1String("gov")
                             ? CannedReply::json(200, userBody)
                             : CannedReply::json(401, R"({"detail": "Invalid token."})"));
        apiBases.insert({QStringLiteral("juniper-mist"), regionId}, server->baseUrl());
        m_regionServers.push_back(std::move(server));
    }
    QCOMPARE(m_catalog->provider(QStringLiteral("juniper-mist"))->regions.constLast().id,
             QStringLiteral("gov"));
    m_catalog = builtinCatalogWith(apiBases);
    m_form = std::make_unique<gui::ConnectForm>(*m_catalog, *m_verifier);
    m_form->show();
    QApplication::setActiveWindow(m_form.get());
    QVERIFY(QTest::qWaitForWindowActive(m_form.get()));
}

namespace {
// Connections and requests together: a search that was not agreed to must not even connect.
int requestsTo(const std::vector<std::unique_ptr<TlsTestServer>>& servers)
{
    int count = 0;
    for (const auto& server : servers) {
        count += int(server->requests().size()) + server->connectionCount();
    }
    return count;
}
} // namespace

void TestConnectForm::chooseRegion(int index)
{
    auto* regions = child<QComboBox>("regionCombo");
    regions->setCurrentIndex(index);
    QCOMPARE(regions->currentIndex(), index);
}

void TestConnectForm::providersAndRegionsComeFromTheCatalog()
{
    auto* providers = child<QComboBox>("providerCombo");
    auto* regions = child<QComboBox>("regionCombo");
    QCOMPARE(providers->count(), 3);
    QCOMPARE(providers->itemText(0), QStringLiteral("Juniper Mist"));
    QCOMPARE(providers->itemText(1), QStringLiteral("Juniper Mist Routing Assurance"));
    QCOMPARE(providers->itemText(2), QStringLiteral("JumpCloud"));
    QCOMPARE(regions->count(), 13);
    QCOMPARE(regions->itemText(0), QStringLiteral("Global 01 \u00b7 api.mist.com"));
    QCOMPARE(regions->itemText(5), QStringLiteral("EMEA 01 \u00b7 api.eu.mist.com"));
    QCOMPARE(regions->itemText(11), QStringLiteral("APAC 03 \u00b7 api.gc7.mist.com"));
    QCOMPARE(regions->itemText(12), QStringLiteral("US Government \u00b7 api.us.mist-federal.com"));
    QCOMPARE(child<QLabel>("regionMessage")->text(), QStringLiteral("Portal: manage.mist.com"));

    providers->setCurrentIndex(2);
    QCOMPARE(regions->count(), 3);
    QCOMPARE(regions->itemText(1), QStringLiteral("Europe \u00b7 console.eu.jumpcloud.com"));
    providers->setCurrentIndex(1);
    QCOMPARE(regions->count(), 1);
    QCOMPARE(regions->itemData(0).toString(), QStringLiteral("routing"));
}

void TestConnectForm::verifiedCheckShowsWhoTheTokenIs()
{
    m_server->setReply(CannedReply::json(200, userBody));
    chooseRegion(emea02);
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), token);
    QSignalSpy finished(m_form.get(), &gui::ConnectForm::verificationFinished);

    QTest::mouseClick(child<QPushButton>("verifyButton"), Qt::LeftButton);

    QCOMPARE(child<QPushButton>("verifyButton")->text(), QStringLiteral("&Cancel"));
    QVERIFY(!child<QLineEdit>("tokenEdit")->isEnabled());
    QTRY_COMPARE(finished.count(), 1);
    auto* panel = child<gui::ResultPanel>("resultPanel");
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->outcomeId(), QStringLiteral("verified"));
    QVERIFY2(panel->identityText().contains(QStringLiteral("Ada Lovelace <ada@example.com>")),
             qPrintable(panel->identityText()));
    QVERIFY(panel->identityText().contains(QStringLiteral("Super User on organization ACME Corp")));
    QCOMPARE(child<QPushButton>("verifyButton")->text(), QStringLiteral("&Verify"));
    QVERIFY(child<QLineEdit>("tokenEdit")->isEnabled());
    QCOMPARE(m_server->requests().constLast().headerValues("Authorization"),
             QList<QByteArray>{"Token " + token.toLatin1()});
}

void TestConnectForm::refusedTokenIsMarkedAndFocused()
{
    m_server->setReply(CannedReply::json(401, R"({"detail": "Invalid token."})"));
    chooseRegion(emea02);
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), token);
    QSignalSpy finished(m_form.get(), &gui::ConnectForm::verificationFinished);

    QTest::mouseClick(child<QPushButton>("verifyButton"), Qt::LeftButton);

    QTRY_COMPARE(finished.count(), 1);
    auto* panel = child<gui::ResultPanel>("resultPanel");
    QCOMPARE(panel->outcomeId(), QStringLiteral("rejected"));
    QVERIFY2(panel->message().contains(QStringLiteral("EMEA 02")), qPrintable(panel->message()));
    QVERIFY(panel->message().contains(QStringLiteral("wrong region")));
    // What else refuses a good token: the 90-day rule, and an organization token's addresses.
    QVERIFY(panel->message().contains(QStringLiteral("personal token unused for 90 days")));
    QVERIFY(panel->message().contains(QStringLiteral("source addresses")));
    QVERIFY(panel->identityText().isEmpty());
    QTRY_VERIFY(child<QLineEdit>("tokenEdit")->hasFocus());
    QVERIFY(child<QLabel>("tokenMessage")->isVisible());
    QVERIFY(!child<QLabel>("tokenMessage")->text().isEmpty());
}

void TestConnectForm::badTokenGetsAMessageAndSendsNothing_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("messagePart");
    QTest::addRow("empty") << QString() << QStringLiteral("empty");
    QTest::addRow("space inside") << QStringLiteral("abcd efgh") << QStringLiteral("space");
    QTest::addRow("non-ASCII") << QStringLiteral("abcd\u201cefgh") << QStringLiteral("character 5");
}

void TestConnectForm::badTokenGetsAMessageAndSendsNothing()
{
    QFETCH(QString, typed);
    QFETCH(QString, messagePart);
    const int connectionsBefore = m_server->connectionCount();
    child<QLineEdit>("tokenEdit")->setText(typed);
    child<QPushButton>("verifyButton")->setFocus();

    QTest::mouseClick(child<QPushButton>("verifyButton"), Qt::LeftButton);

    QVERIFY(!m_form->isChecking());
    auto* message = child<QLabel>("tokenMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(messagePart), qPrintable(message->text()));
    QVERIFY(child<QLineEdit>("tokenEdit")->hasFocus());
    QVERIFY(!child<gui::ResultPanel>("resultPanel")->isVisible());
    QTest::qWait(100);
    QCOMPARE(m_server->connectionCount(), connectionsBefore);
}

void TestConnectForm::unknownRegionGetsAMessageAndSendsNothing()
{
    const int connectionsBefore = m_server->connectionCount();
    auto* regions = child<QComboBox>("regionCombo");
    regions->lineEdit()->selectAll();
    QTest::keyClicks(regions->lineEdit(), QStringLiteral("api.gc99"));
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), token);

    QTest::mouseClick(child<QPushButton>("verifyButton"), Qt::LeftButton);

    QVERIFY(!m_form->isChecking());
    QVERIFY2(child<QLabel>("regionMessage")->text().contains(QStringLiteral("not a region")),
             qPrintable(child<QLabel>("regionMessage")->text()));
    QVERIFY(regions->hasFocus());
    QTest::qWait(100);
    QCOMPARE(m_server->connectionCount(), connectionsBefore);
}

void TestConnectForm::pastedPortalAddressSelectsTheRegion()
{
    auto* regions = child<QComboBox>("regionCombo");
    regions->setFocus();
    regions->lineEdit()->selectAll();
    QTest::keyClicks(regions->lineEdit(),
                     QStringLiteral("https://manage.ac2.mist.com/admin/"
                                    "?org_id=6748cfa6-4e12-11e6-9188-0242ac110007"));
    QTest::keyClick(regions->lineEdit(), Qt::Key_Tab);

    QCOMPARE(regions->currentData().toString(), QStringLiteral("api.ac2"));
    QCOMPARE(regions->currentText(), QStringLiteral("Global 03 \u00b7 api.ac2.mist.com"));
    QCOMPARE(m_form->organizationId(), QStringLiteral("6748cfa6-4e12-11e6-9188-0242ac110007"));
    QVERIFY(child<QLabel>("regionMessage")->text().contains(m_form->organizationId()));
}

void TestConnectForm::federalPortalAddressSelectsTheGovernmentCloud_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addRow("portal address")
        << "https://manage.us.mist-federal.com/admin/?org_id=6748cfa6-4e12-11e6-9188-0242ac110007";
    QTest::addRow("API host") << "api.us.mist-federal.com";
    QTest::addRow("API URL") << "https://api.us.mist-federal.com/api/v1/self";
    QTest::addRow("region name") << "US Government";
}

void TestConnectForm::federalPortalAddressSelectsTheGovernmentCloud()
{
    QFETCH(QString, typed);
    auto* regions = child<QComboBox>("regionCombo");
    regions->setFocus();
    regions->lineEdit()->selectAll();
    QTest::keyClicks(regions->lineEdit(), typed);
    QTest::keyClick(regions->lineEdit(), Qt::Key_Tab);

    QCOMPARE(regions->currentData().toString(), QStringLiteral("gov"));
    QCOMPARE(regions->currentText(),
             QStringLiteral("US Government \u00b7 api.us.mist-federal.com"));
}

void TestConnectForm::serviceWordsComeUnderTheAdviceAsPlainText()
{
    // A server's words are data: markup in them stays visible text, after the advice.
    m_server->setReply(
        CannedReply::json(401, R"({"detail": "<b>Invalid</b> token.<img src=x>\u0007"})"));
    chooseRegion(emea02);
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), token);
    QSignalSpy finished(m_form.get(), &gui::ConnectForm::verificationFinished);
    QTest::mouseClick(child<QPushButton>("verifyButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);

    auto* panel = child<gui::ResultPanel>("resultPanel");
    auto* vendor = child<QLabel>("vendorLabel");
    QCOMPARE(panel->title(), QStringLiteral("Token refused"));
    QCOMPARE(panel->vendorText(),
             QStringLiteral("The service said: \u201c<b>Invalid</b> token.<img src=x>\\x07\u201d"));
    QVERIFY(vendor->isVisible());
    QCOMPARE(vendor->textFormat(), Qt::PlainText);
    QVERIFY(!panel->message().contains(QStringLiteral("<b>")));
    // Beneath the program's own message.
    auto* message = child<QLabel>("messageLabel");
    QVERIFY2(vendor->geometry().top() >= message->geometry().bottom(),
             "the service's words are above the advice");

    // The next answer brings no words of the service's, and the old ones go.
    m_server->setReply(CannedReply::json(200, userBody));
    QTest::mouseClick(child<QPushButton>("verifyButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(panel->title(), QStringLiteral("Verified: the token works"));
    QVERIFY(panel->vendorText().isEmpty());
    QVERIFY(!vendor->isVisible());
}

void TestConnectForm::enterVerifiesAndSurroundingSpaceIsTrimmed()
{
    m_server->setReply(CannedReply::json(200, userBody));
    chooseRegion(emea02);
    auto* tokenEdit = child<QLineEdit>("tokenEdit");
    tokenEdit->setFocus();
    QTest::keyClicks(tokenEdit, QStringLiteral("  ") + token + QStringLiteral(" "));
    QSignalSpy finished(m_form.get(), &gui::ConnectForm::verificationFinished);

    QTest::keyClick(tokenEdit, Qt::Key_Return);

    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(tokenEdit->text(), token);
    QCOMPARE(finished.constFirst().constFirst().value<VerificationResult>().outcome,
             Outcome::Verified);
}

void TestConnectForm::verifyBecomesCancel()
{
    CannedReply silent;
    silent.action = CannedReply::Action::NeverAnswer;
    m_server->setReply(silent);
    chooseRegion(emea02);
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), token);
    auto* button = child<QPushButton>("verifyButton");
    QSignalSpy finished(m_form.get(), &gui::ConnectForm::verificationFinished);

    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_form->isChecking());
    QCOMPARE(button->text(), QStringLiteral("&Cancel"));
    QTest::mouseClick(button, Qt::LeftButton);

    QVERIFY(!m_form->isChecking());
    QCOMPARE(button->text(), QStringLiteral("&Verify"));
    QCOMPARE(child<gui::ResultPanel>("resultPanel")->title(), QStringLiteral("Check cancelled"));
    QVERIFY(child<QLineEdit>("tokenEdit")->isEnabled());
    QTest::qWait(200);
    QCOMPARE(finished.count(), 0);
}

void TestConnectForm::showButtonRevealsTheToken()
{
    auto* tokenEdit = child<QLineEdit>("tokenEdit");
    auto* show = child<QToolButton>("showTokenButton");
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
    QCOMPARE(show->accessibleName(), QStringLiteral("Hide token"));
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
}

void TestConnectForm::oneShortcutShowsAndHidesTheToken()
{
    // The same key both ways, whatever the button says, and the tooltip names it.
    auto* tokenEdit = child<QLineEdit>("tokenEdit");
    auto* show = child<QToolButton>("showTokenButton");
    tokenEdit->setFocus();
    QTRY_VERIFY(tokenEdit->hasFocus());
    QTest::keyClick(tokenEdit, Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Normal);
    QVERIFY(!show->text().contains(QLatin1Char('&')));
    QVERIFY2(show->toolTip().contains(
                 QKeySequence(Qt::CTRL | Qt::Key_H).toString(QKeySequence::NativeText)),
             qPrintable(show->toolTip()));
    QTest::keyClick(tokenEdit, Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);
    QVERIFY(tokenEdit->hasFocus());
}

void TestConnectForm::keyboardAloneFromStartToResult()
{
    m_server->setReply(CannedReply::json(200, userBody));
    QSignalSpy finished(m_form.get(), &gui::ConnectForm::verificationFinished);
    auto typeInto = [](const QString& text) {
        QTest::keyClicks(QApplication::focusWidget(), text);
    };
    auto press = [](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    };

    // Reading order: provider, region, token, show button, Verify.
    child<QComboBox>("providerCombo")->setFocus();
    QTRY_VERIFY(child<QComboBox>("providerCombo")->hasFocus());
    press(Qt::Key_Tab);
    QVERIFY(child<QComboBox>("regionCombo")->hasFocus());
    press(Qt::Key_A, Qt::ControlModifier);
    typeInto(QStringLiteral("api.gc3"));
    press(Qt::Key_Tab);
    QVERIFY(child<QPushButton>("findRegionButton")->hasFocus());
    press(Qt::Key_Tab);
    QVERIFY(child<QLineEdit>("tokenEdit")->hasFocus());
    QCOMPARE(child<QComboBox>("regionCombo")->currentData().toString(), QStringLiteral("api.gc3"));
    typeInto(token);
    press(Qt::Key_Tab);
    QVERIFY(child<QToolButton>("showTokenButton")->hasFocus());
    press(Qt::Key_Tab);
    QVERIFY(child<QPushButton>("verifyButton")->hasFocus());
    press(Qt::Key_Return);

    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(child<gui::ResultPanel>("resultPanel")->outcomeId(), QStringLiteral("verified"));
}

void TestConnectForm::findMyRegionTellsWhereTheTokenGoesFirst()
{
    startJumpCloudRegions();
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), QString::fromLatin1(jumpCloudKey));

    QTest::mouseClick(child<QPushButton>("findRegionButton"), Qt::LeftButton);

    auto* consent = child<QFrame>("detectConsent");
    QVERIFY(consent->isVisible());
    const QString text = child<QLabel>("detectConsentText")->text();
    for (const auto& server : m_regionServers) {
        QVERIFY2(text.contains(server->baseUrl().host()), qPrintable(text));
    }
    QVERIFY(child<QPushButton>("startDetectButton")->hasFocus());
    QTest::qWait(100);
    QCOMPARE(requestsTo(m_regionServers), 0);

    QTest::mouseClick(child<QPushButton>("skipDetectButton"), Qt::LeftButton);
    QVERIFY(!consent->isVisible());
    QTest::qWait(100);
    QCOMPARE(requestsTo(m_regionServers), 0);
}

void TestConnectForm::findMyRegionSelectsTheRegionThatAccepts()
{
    startJumpCloudRegions();
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), QString::fromLatin1(jumpCloudKey));
    QSignalSpy finished(m_form.get(), &gui::ConnectForm::verificationFinished);
    QTest::mouseClick(child<QPushButton>("findRegionButton"), Qt::LeftButton);

    // Enter on the focused button starts the search, as it would in a dialog.
    QTest::keyClick(child<QPushButton>("startDetectButton"), Qt::Key_Return);

    QVERIFY(m_form->isChecking());
    QCOMPARE(child<QPushButton>("verifyButton")->text(), QStringLiteral("&Cancel"));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(child<QComboBox>("regionCombo")->currentData().toString(), QStringLiteral("eu"));
    auto* panel = child<gui::ResultPanel>("resultPanel");
    QVERIFY2(panel->title().contains(QStringLiteral("region"), Qt::CaseInsensitive),
             qPrintable(panel->title()));
    QVERIFY2(panel->message().contains(QStringLiteral("Europe")), qPrintable(panel->message()));
    QVERIFY(panel->identityText().contains(QStringLiteral("ACME")));
    QVERIFY2(panel->detailsText().contains(QStringLiteral("United States")),
             qPrintable(panel->detailsText()));
    QVERIFY(m_form->verifiedCheck().has_value());
    QCOMPARE(m_form->verifiedCheck()->result.regionId, QStringLiteral("eu"));
    QCOMPARE(m_form->verifiedCheck()->token, QString::fromLatin1(jumpCloudKey));
    for (const auto& server : m_regionServers) {
        QVERIFY(server->requests().size() <= 1);
        for (const ReceivedRequest& request : server->requests()) {
            QCOMPARE(request.headerValues("x-api-key"), QList<QByteArray>{jumpCloudKey});
            QVERIFY(!request.target.contains(jumpCloudKey));
        }
    }
}

void TestConnectForm::findMyRegionReportsTheRateLimitedRegion()
{
    // Mist answers 429 only for a token it knows: the search names the region, with when to
    // try again (the full hour, as Mist sends no Retry-After), and asks nothing more.
    startMistRegions(CannedReply::json(429, R"({"detail": "Too Many Request"})"));
    m_verifier->setClock(
        [] { return QDateTime(QDate(2026, 11, 26), QTime(9, 41, 5), QTimeZone::utc()); });
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), token);
    QSignalSpy finished(m_form.get(), &gui::ConnectForm::verificationFinished);
    QTest::mouseClick(child<QPushButton>("findRegionButton"), Qt::LeftButton);
    const QString consent = child<QLabel>("detectConsentText")->text();
    QVERIFY2(consent.contains(QStringLiteral("12 hosts")), qPrintable(consent));
    QVERIFY2(!consent.contains(m_regionServers.back()->baseUrl().host()), qPrintable(consent));

    QTest::mouseClick(child<QPushButton>("startDetectButton"), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(child<QComboBox>("regionCombo")->currentData().toString(), QStringLiteral("api.gc3"));
    auto* panel = child<gui::ResultPanel>("resultPanel");
    QCOMPARE(panel->title(), QStringLiteral("Region found, rate limited"));
    QVERIFY2(panel->message().contains(QStringLiteral("EMEA 02")), qPrintable(panel->message()));
    QVERIFY2(panel->message().contains(QStringLiteral("try again after 10:00 UTC")),
             qPrintable(panel->message()));
    QCOMPARE(panel->vendorText(), QStringLiteral("The service said: \u201cToo Many Request\u201d"));
    QVERIFY(panel->identityText().isEmpty());
    QVERIFY(!m_form->verifiedCheck().has_value()); // the region is known, the token unchecked
    QCOMPARE(m_regionServers.back()->connectionCount(), 0);
}

void TestConnectForm::refusedTokenOffersTheSearch()
{
    startJumpCloudRegions();
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), QString::fromLatin1(jumpCloudKey));
    QSignalSpy finished(m_form.get(), &gui::ConnectForm::verificationFinished);
    QTest::mouseClick(child<QPushButton>("verifyButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(child<gui::ResultPanel>("resultPanel")->outcomeId(), QStringLiteral("rejected"));
    const QString message = child<gui::ResultPanel>("resultPanel")->message();
    QVERIFY2(message.contains(QStringLiteral("jca_ can expire")), qPrintable(message));

    auto* offer = child<QPushButton>("actionButton");
    QVERIFY(offer->isVisible());
    QTest::mouseClick(offer, Qt::LeftButton);

    QVERIFY(child<QFrame>("detectConsent")->isVisible());
    QCOMPARE(m_regionServers.front()->requests().size(), 1);
    QCOMPARE(requestsTo(m_regionServers), 2); // one connection, one request: the check alone
}

void TestConnectForm::singleRegionProviderHasNothingToSearch()
{
    child<QComboBox>("providerCombo")->setCurrentIndex(1);
    QVERIFY(!child<QPushButton>("findRegionButton")->isVisible());
    child<QComboBox>("providerCombo")->setCurrentIndex(0);
    QVERIFY(child<QPushButton>("findRegionButton")->isVisible());
}

void TestConnectForm::everyInputHasALabelAndAName()
{
    const QList<QWidget*> inputs{child<QComboBox>("providerCombo"), child<QComboBox>("regionCombo"),
                                 child<QLineEdit>("tokenEdit")};
    const QList<QLabel*> labels = m_form->findChildren<QLabel*>();
    for (QWidget* input : inputs) {
        QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
        QVERIFY2(!input->accessibleDescription().isEmpty(), qPrintable(input->objectName()));
        // The buddy is the input, or the field around it that hands it the focus.
        const auto buddy = std::find_if(labels.begin(), labels.end(), [input](QLabel* label) {
            return label->buddy() != nullptr &&
                   (label->buddy() == input || label->buddy()->focusProxy() == input);
        });
        QVERIFY2(buddy != labels.end(), qPrintable(input->objectName()));
        QVERIFY2((*buddy)->text().contains(QLatin1Char('&')), qPrintable((*buddy)->text()));
    }
    QVERIFY(!child<QToolButton>("showTokenButton")->accessibleName().isEmpty());
    QVERIFY(!child<gui::ResultPanel>("resultPanel")->accessibleName().isEmpty());
}

void TestConnectForm::darkPaletteIsFollowed()
{
    // No colour is fixed in the forms: with a dark palette, text is drawn in the palette's
    // light text colour, so it stays readable.
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());
    m_server->setReply(CannedReply::json(200, userBody));
    chooseRegion(emea02);
    QTest::keyClicks(child<QLineEdit>("tokenEdit"), token);
    QSignalSpy finished(m_form.get(), &gui::ConnectForm::verificationFinished);
    QTest::mouseClick(child<QPushButton>("verifyButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);

    auto* title = child<QLabel>("titleLabel");
    const QImage image = title->grab().toImage();
    QApplication::setPalette(before);
    int lightPixels = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            lightPixels += qGray(image.pixel(x, y)) > 200 ? 1 : 0;
        }
    }
    QVERIFY2(lightPixels > 20, "the title is not drawn in the palette's light text colour");
    QVERIFY(m_form->styleSheet().isEmpty());
}

QTEST_MAIN(TestConnectForm)
#include "tst_connectform.moc"
