// The window behind a proxy that asks for a sign-in: a local HTTPS server, a local proxy that
// tunnels only for one user name and password (Basic), and a real Secret Service
// (tests/run-with-secret-service keyring) for the sign-in kept when the person asks.
#include "gui/connectform.h"
#include "gui/mainwindow.h"
#include "gui/proxysignin.h"
#include "gui/proxysignindialog.h"
#include "gui/proxyuserlogfilter.h"
#include "gui/resultpanel.h"
#include "storage/proxycredentialstore.h"
#include "support/child.h"
#include "support/connectproxy.h"
#include "support/demoanswers.h"
#include "support/messagelog.h"
#include "support/sampleanswers.h"
#include "support/storagetesting.h"
#include "support/testcatalog.h"
#include "support/testpki.h"
#include "support/testprompts.h"
#include "support/tlstestserver.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace cc;
using namespace cc::test;

namespace {
const QString token = sampleMistToken;
const QString proxyUser = QStringLiteral("ada.proxy");
const QString proxyPassword = QStringLiteral("Pr0xy pass:w@rd/7");
// Words from the proxy: shown as they are, never as markup.
const QByteArray proxyRealm = "Head <b>Office</b>";

// The keychain service of this test's proxy sign-ins, apart from its connection tokens.
QString proxyServiceName()
{
    return testServiceName() + QStringLiteral(".proxy");
}

// What `secret-tool search --all server SERVICE` lists (attributes and secrets), empty when
// it finds nothing.
QString secretToolSearch(const QString& service)
{
    QProcess search;
    search.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                 QStringLiteral("server"), service});
    if (!search.waitForFinished(30000)) {
        return QStringLiteral("(secret-tool did not finish)");
    }
    return QString::fromUtf8(search.readAllStandardOutput() + search.readAllStandardError());
}
} // namespace

class TestProxySignIn final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signInAskedForVerifiesThroughTheProxy();
    void cancelledSignInSaysOneIsNeeded();
    void refusedSignInIsSaidOnceAndNotKept();
    void keptSignInIsUsedNextTimeWithoutAsking();
    void refusedKeptSignInIsForgottenAndAskedAgain();
    void timeLimitWaitsWhileThePersonSignsIn();
    void dialogShowsTheProxyAsPlainTextAndKeepsNothingByDefault();
    // Last: what every test above logged, Qt's debug messages included.
    void noMessageNamedTheSignIn();

private:
    // A window as the program makes one, on a network access manager of its own (so with no
    // sign-in remembered in memory), going through the proxy.
    void makeWindow();
    // Verifies the token in the quick check; returns the outcome shown.
    QString verify();
    QString shownMessage() const;
    // The kept sign-in for the test proxy, as the keychain holds it; empty when none.
    QString keptEntry() const;
    QByteArray expectedAuthorization() const;

    TestPki m_pki;
    std::unique_ptr<TlsTestServer> m_server;
    std::unique_ptr<ConnectProxy> m_proxy;
    std::optional<Catalog> m_catalog;
    std::unique_ptr<KeeperFixture> m_store;
    std::unique_ptr<ProxyCredentialStore> m_proxyCredentials;
    TestPrompts m_answers;
    std::unique_ptr<gui::MainWindow> m_window;
    std::unique_ptr<gui::ProxySignIn> m_signIn;
};

void TestProxySignIn::initTestCase()
{
    quietOffscreenSizeHints();
    startRecordingMessages();
    // As the program does at start-up, after the recorder so that it filters what reaches it.
    gui::installProxyUserLogFilter();
    QString error;
    QVERIFY2(m_pki.create(&error), qPrintable(error));
    m_server = std::make_unique<TlsTestServer>(m_pki.trustedServerConfiguration());
    m_server->setResponder(demoAnswerFor);
    QVERIFY(m_server->listen());
    m_proxy = std::make_unique<ConnectProxy>(ConnectProxy::Mode::Tunnel);
    m_proxy->requireSignIn(proxyUser.toUtf8(), proxyPassword.toUtf8(), proxyRealm);
    QVERIFY(m_proxy->listen(QHostAddress(QStringLiteral("127.0.0.4"))));
    // A name only the proxy reaches: Qt never asks a proxy about loopback addresses.
    QUrl apiBase = m_server->baseUrl();
    apiBase.setHost(QLatin1String(proxiedHostName));
    m_catalog =
        builtinCatalogWith(QStringLiteral("juniper-mist"), QStringLiteral("api.gc3"), apiBase);
}

void TestProxySignIn::init()
{
    m_answers.reset();
    m_proxyCredentials = std::make_unique<ProxyCredentialStore>(proxyServiceName());
    makeWindow();
}

void TestProxySignIn::cleanup()
{
    m_signIn.reset();
    m_window.reset();
    m_store.reset();
    QVERIFY(resultOf(m_proxyCredentials->remove(m_proxy->hostAndPort())).ok());
    m_proxyCredentials.reset();
}

void TestProxySignIn::makeWindow()
{
    m_signIn.reset();
    m_window.reset();
    m_store = std::make_unique<KeeperFixture>(&*m_catalog);
    m_store->network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, m_proxy->url().host(),
                                            quint16(m_proxy->url().port())));
    m_window = std::make_unique<gui::MainWindow>(*m_catalog, m_store->verifier, m_store->keeper,
                                                 m_store->appSettings, m_answers.prompts,
                                                 m_pki.caCertificates());
    m_signIn =
        std::make_unique<gui::ProxySignIn>(m_store->network, m_store->verifier, *m_proxyCredentials,
                                           m_answers.prompts, m_window.get());
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

QString TestProxySignIn::verify()
{
    gui::ConnectForm* form = m_window->connectForm();
    form->selectProvider(QStringLiteral("juniper-mist"));
    form->selectRegion(QStringLiteral("api.gc3"));
    auto* tokenEdit = child<QLineEdit>(form, "tokenEdit");
    tokenEdit->clear();
    QTest::keyClicks(tokenEdit, token);
    QSignalSpy finished(form, &gui::ConnectForm::verificationFinished);
    QTest::mouseClick(child<QPushButton>(form, "verifyButton"), Qt::LeftButton);
    if (!finished.wait(20000)) {
        return QStringLiteral("(no answer in time)");
    }
    return child<gui::ResultPanel>(form, "resultPanel")->outcomeId();
}

QString TestProxySignIn::shownMessage() const
{
    return child<gui::ResultPanel>(m_window->connectForm(), "resultPanel")->message();
}

QString TestProxySignIn::keptEntry() const
{
    const SecretResult kept = resultOf(m_proxyCredentials->read(m_proxy->hostAndPort()));
    return kept.ok() ? kept.secret : QString();
}

QByteArray TestProxySignIn::expectedAuthorization() const
{
    return "Basic " + (proxyUser + QLatin1Char(':') + proxyPassword).toUtf8().toBase64();
}

void TestProxySignIn::signInAskedForVerifiesThroughTheProxy()
{
    m_answers.proxyAnswer = gui::ProxySignInAnswer{proxyUser, proxyPassword, false};
    const qsizetype requestsBefore = m_server->requests().size();

    QCOMPARE(verify(), QStringLiteral("verified"));

    // Asked once, naming the proxy and what it calls itself.
    QCOMPARE(m_answers.proxiesAsked, QStringList{m_proxy->hostAndPort()});
    QCOMPARE(m_answers.realmsAsked, QStringList{QString::fromLatin1(proxyRealm)});
    QCOMPARE(m_proxy->authorizations().constLast(), expectedAuthorization());
    QCOMPARE(m_server->requests().size(), requestsBefore + mistUserRequests);
    // Not kept: neither in the keychain nor anywhere a new window would find it.
    QVERIFY(keptEntry().isEmpty());
    QVERIFY2(!secretToolSearch(proxyServiceName()).contains(proxyPassword),
             qPrintable(secretToolSearch(proxyServiceName())));
    QVERIFY(!m_store->settings.allKeys().join(QLatin1Char(' ')).contains(proxyUser));
    QVERIFY(!readFile(m_store->settingsPath()).contains(proxyPassword.toUtf8()));

    makeWindow();
    QCOMPARE(verify(), QStringLiteral("verified"));
    QCOMPARE(m_answers.proxiesAsked.size(), 2);
}

void TestProxySignIn::cancelledSignInSaysOneIsNeeded()
{
    m_answers.proxyAnswer.reset();
    const qsizetype requestsBefore = m_server->requests().size();

    QCOMPARE(verify(), QStringLiteral("proxy_error"));

    QCOMPARE(m_answers.proxiesAsked.size(), 1);
    QVERIFY2(shownMessage().contains(QStringLiteral("asks for a sign-in")),
             qPrintable(shownMessage()));
    QVERIFY2(shownMessage().contains(m_proxy->hostAndPort()), qPrintable(shownMessage()));
    QCOMPARE(m_server->requests().size(), requestsBefore);
    QVERIFY(keptEntry().isEmpty());
}

void TestProxySignIn::refusedSignInIsSaidOnceAndNotKept()
{
    m_answers.proxyAnswer = gui::ProxySignInAnswer{proxyUser, QStringLiteral("wrong"), true};
    const int challengesBefore = m_proxy->challengeCount();
    const qsizetype requestsBefore = m_server->requests().size();

    QCOMPARE(verify(), QStringLiteral("proxy_error"));

    // One question, one try with its answer, then the words: no second prompt, no loop.
    QCOMPARE(m_answers.proxiesAsked.size(), 1);
    QCOMPARE(m_proxy->challengeCount() - challengesBefore, 2);
    QVERIFY2(shownMessage().contains(QStringLiteral("refused the user name or password")),
             qPrintable(shownMessage()));
    QVERIFY2(!shownMessage().contains(QStringLiteral("wrong")), qPrintable(shownMessage()));
    QCOMPARE(m_server->requests().size(), requestsBefore);
    // Asked to keep, but refused: nothing stays in the keychain.
    QVERIFY(keptEntry().isEmpty());

    // The next check asks again, without trying the refused password once more first: each
    // refusal counts towards locking the account.
    m_answers.proxyAnswer = gui::ProxySignInAnswer{proxyUser, proxyPassword, false};
    const qsizetype triedBefore = m_proxy->authorizations().size();
    QCOMPARE(verify(), QStringLiteral("verified"));
    QCOMPARE(m_answers.proxiesAsked.size(), 2);
    const QByteArray refused = "Basic " + QByteArray(proxyUser.toUtf8() + ":wrong").toBase64();
    QVERIFY(!m_proxy->authorizations().mid(triedBefore).contains(refused));
}

void TestProxySignIn::keptSignInIsUsedNextTimeWithoutAsking()
{
    m_answers.proxyAnswer = gui::ProxySignInAnswer{proxyUser, proxyPassword, true};

    QCOMPARE(verify(), QStringLiteral("verified"));

    QCOMPARE(m_answers.proxiesAsked.size(), 1);
    // Kept in an entry of its own, under the proxy's service and keyed by host:port.
    const QString listing = secretToolSearch(proxyServiceName());
    QVERIFY2(listing.contains(QStringLiteral("attribute.user = ") + m_proxy->hostAndPort()),
             qPrintable(listing));
    QVERIFY(keptEntry().contains(proxyPassword));
    // Nothing of it among the connection tokens.
    QVERIFY(!secretToolSearch(testServiceName()).contains(m_proxy->hostAndPort()));
    QVERIFY(!secretToolSearch(testServiceName()).contains(proxyPassword));

    // A new window, with nothing in memory: the kept sign-in, no question.
    makeWindow();
    const int challengesBefore = m_proxy->challengeCount();
    QCOMPARE(verify(), QStringLiteral("verified"));
    QCOMPARE(m_answers.proxiesAsked.size(), 1);
    QVERIFY(m_proxy->challengeCount() > challengesBefore);
    QCOMPARE(m_proxy->authorizations().constLast(), expectedAuthorization());
}

void TestProxySignIn::refusedKeptSignInIsForgottenAndAskedAgain()
{
    QVERIFY(resultOf(m_proxyCredentials->write(m_proxy->hostAndPort(),
                                               {proxyUser, QStringLiteral("an old password")}))
                .ok());
    QVERIFY(!keptEntry().isEmpty());
    m_answers.proxyAnswer = gui::ProxySignInAnswer{proxyUser, proxyPassword, false};

    QCOMPARE(verify(), QStringLiteral("verified"));

    QCOMPARE(m_answers.proxiesAsked.size(), 1);
    QVERIFY(keptEntry().isEmpty());
}

void TestProxySignIn::timeLimitWaitsWhileThePersonSignsIn()
{
    m_store->verifier.setDeadline(std::chrono::milliseconds(1500));
    m_answers.proxyAnswer = gui::ProxySignInAnswer{proxyUser, proxyPassword, false};
    m_answers.proxyAnswerDelayMs = 2500;

    QCOMPARE(verify(), QStringLiteral("verified"));
    QCOMPARE(m_answers.proxiesAsked.size(), 1);
}

void TestProxySignIn::dialogShowsTheProxyAsPlainTextAndKeepsNothingByDefault()
{
    gui::ProxySignInDialog dialog(QStringLiteral("proxy.example.com:3128"),
                                  QString::fromLatin1(proxyRealm), nullptr);
    auto* question = child<QLabel>(&dialog, "questionLabel");
    QCOMPARE(question->textFormat(), Qt::PlainText);
    QVERIFY2(question->text().contains(QStringLiteral("proxy.example.com:3128")),
             qPrintable(question->text()));
    QVERIFY2(question->text().contains(QString::fromLatin1(proxyRealm)),
             qPrintable(question->text()));
    QCOMPARE(child<QLineEdit>(&dialog, "passwordEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(!child<QCheckBox>(&dialog, "keepCheckBox")->isChecked());

    QTest::keyClicks(child<QLineEdit>(&dialog, "userEdit"), proxyUser);
    QTest::keyClicks(child<QLineEdit>(&dialog, "passwordEdit"), proxyPassword);
    const gui::ProxySignInAnswer answer = dialog.answer();
    QCOMPARE(answer.user, proxyUser);
    QCOMPARE(answer.password, proxyPassword);
    QVERIFY(!answer.keep);
}

void TestProxySignIn::noMessageNamedTheSignIn()
{
    const QStringList messages = stopRecordingMessages();
    QVERIFY(!messages.isEmpty());
    for (const QString& message : messages) {
        QVERIFY2(!message.contains(proxyUser), qPrintable(message));
        QVERIFY2(!message.contains(proxyPassword), qPrintable(message));
        QVERIFY2(!message.contains(QString::fromLatin1(QUrl::toPercentEncoding(proxyPassword))),
                 qPrintable(message));
    }
}

QTEST_MAIN(TestProxySignIn)
#include "tst_proxysignin.moc"
