#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkProxy;
class QWidget;

namespace cc {
class ProxyCredentialStore;
class Verifier;
} // namespace cc

namespace cc::gui {

struct Prompts;

// Answers a proxy that asks the window's checks for a sign-in (QNetworkAccessManager::
// proxyAuthenticationRequired; Qt picks the method: Basic, NTLM, Negotiate). For each proxy,
// during the checks under way: the sign-in kept in the keychain, if any; else, or when the
// proxy refuses the kept one (which is then forgotten), one question to the person. A proxy
// that refuses what the person typed is not asked again: the checks end with words that say
// so. The sign-in goes into the keychain only when the person ticks "keep"; Qt remembers it in
// memory for this run.
class ProxySignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxySignIn)

public:
    // Borrows all of them, which must outlive it; window is the parent of the question.
    ProxySignIn(QNetworkAccessManager& network, Verifier& verifier, ProxyCredentialStore& keychain,
                const Prompts& prompts, QWidget* window);

private:
    // What this proxy has been given during the checks under way.
    enum class Given {
        Kept,         // the keychain's sign-in
        Typed,        // the person's
        TypedAndKept, // the person's, written to the keychain as asked
        Nothing,      // no more: the person cancelled, or the proxy refused what was typed
    };

    void answer(const QNetworkProxy& proxy, QAuthenticator* authenticator);
    void onChecksEnded();
    // Fills in the kept sign-in; false when the keychain holds none for this proxy.
    bool useKept(const QString& proxy, QAuthenticator* authenticator);
    void askPerson(const QString& proxy, QAuthenticator* authenticator);

    QNetworkAccessManager& m_network;
    Verifier& m_verifier;
    ProxyCredentialStore& m_keychain;
    const Prompts& m_prompts;
    QWidget* m_window;
    QHash<QString, Given> m_given; // by host:port
    bool m_refused = false;        // a proxy refused what the person typed
};

} // namespace cc::gui
