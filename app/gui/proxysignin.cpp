#include "gui/proxysignin.h"

#include "core/proxyname.h"
#include "core/verifier.h"
#include "gui/prompts.h"
#include "storage/proxycredentialstore.h"
#include "storage/secretresult.h"

#include <QAuthenticator>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace cc::gui {

ProxySignIn::ProxySignIn(QNetworkAccessManager& network, Verifier& verifier,
                         ProxyCredentialStore& keychain, const Prompts& prompts, QWidget* window)
    : m_network(network), m_verifier(verifier), m_keychain(keychain), m_prompts(prompts),
      m_window(window)
{
    // Qt waits in its network thread for this answer, so it is given before returning: a
    // queued connection would come too late.
    connect(&network, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            &ProxySignIn::answer, Qt::DirectConnection);
    connect(&verifier, &Verifier::checksEnded, this, &ProxySignIn::onChecksEnded);
}

void ProxySignIn::onChecksEnded()
{
    m_given.clear();
    if (m_refused) {
        // Qt keeps every sign-in it was given for this run and tries it first the next time,
        // even one refused: that would be one more failed sign-in at the proxy before the
        // question, and proxies lock accounts after a few. No check is under way, so no
        // connection is lost.
        m_network.clearAccessCache();
        m_refused = false;
    }
}

void ProxySignIn::answer(const QNetworkProxy& proxy, QAuthenticator* authenticator)
{
    const QString name = proxyHostAndPort(proxy);
    // The keychain may ask to be unlocked and the person takes time to type: no check's time
    // limit runs meanwhile.
    m_verifier.pauseDeadlines();
    const auto given = m_given.constFind(name);
    if (given == m_given.cend()) {
        if (!useKept(name, authenticator)) {
            askPerson(name, authenticator);
        }
    } else {
        switch (*given) {
        case Given::Kept:
            // The proxy asks again: the kept sign-in no longer works (a changed password).
            m_keychain.remove(name);
            askPerson(name, authenticator);
            break;
        case Given::TypedAndKept:
            m_keychain.remove(name);
            [[fallthrough]];
        case Given::Typed:
            // Refused. Asking again and again would lock the account at many proxies.
            m_verifier.noteRefusedProxySignIn(name);
            m_refused = true;
            m_given.insert(name, Given::Nothing);
            break;
        case Given::Nothing:
            break;
        }
    }
    m_verifier.resumeDeadlines();
}

bool ProxySignIn::useKept(const QString& proxy, QAuthenticator* authenticator)
{
    // Qt needs the answer before this returns, and the keychain answers from a later turn of
    // the event loop: wait for it here, as a dialog would.
    std::optional<ProxyCredentials> kept;
    QEventLoop wait;
    connect(m_keychain.read(proxy), &SecretJob::finished, &wait,
            [&kept, &wait](const SecretResult& result) {
                kept = ProxyCredentialStore::credentialsFrom(result);
                wait.quit();
            });
    wait.exec();
    if (!kept) {
        return false;
    }
    authenticator->setUser(kept->user);
    authenticator->setPassword(kept->password);
    m_given.insert(proxy, Given::Kept);
    return true;
}

void ProxySignIn::askPerson(const QString& proxy, QAuthenticator* authenticator)
{
    const std::optional<ProxySignInAnswer> answer =
        m_prompts.proxySignIn(m_window, proxy, authenticator->realm());
    if (!answer) {
        m_given.insert(proxy, Given::Nothing);
        return;
    }
    authenticator->setUser(answer->user);
    authenticator->setPassword(answer->password);
    m_given.insert(proxy, answer->keep ? Given::TypedAndKept : Given::Typed);
    if (answer->keep) {
        m_keychain.write(proxy, ProxyCredentials{answer->user, answer->password});
    }
}

} // namespace cc::gui
