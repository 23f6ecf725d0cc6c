#pragma once

#include "core/verificationjob.h"

#include <QList>
#include <QObject>

#include <memory>

class QNetworkAccessManager;
class QThread;

namespace cc {

// Starts checks. The application owns one QNetworkAccessManager and hands it in, so tests
// drive the same request flow against their own local servers.
class Verifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Verifier)

public:
    explicit Verifier(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~Verifier() override;

    void setDeadline(std::chrono::milliseconds deadline) { m_settings.deadline = deadline; }
    // Trusts these certificate authorities too, for this program only (--ca-bundle).
    void addCaCertificates(const QList<QSslCertificate>& certificates);
    // Trusts exactly these besides the system's store, from the next check on: the window
    // replaces them when the setting changes.
    void setCaCertificates(const QList<QSslCertificate>& certificates);
    void setClock(std::function<QDateTime()> clock) { m_settings.clock = std::move(clock); }
    // See VerifierSettings::askAboutTheToken.
    void setAskAboutTheToken(bool ask) { m_settings.askAboutTheToken = ask; }

    // Loads the TLS library in a thread of its own, once per process, so that the first check
    // does not spend the window's time on it: call it when a check becomes likely, such as
    // when a token is typed. A check started meanwhile waits for it inside Qt.
    void prepareTls();

    // Starts one check. Connect to the job's finished() right away; it runs from the next
    // turn of the event loop.
    // timeLeft: see VerificationJob::start().
    VerificationJob* start(const Provider& provider, const Region& region, const QString& token,
                           std::optional<std::chrono::milliseconds> timeLeft = std::nullopt);
    std::chrono::milliseconds deadline() const { return m_settings.deadline; }
    // Closes and forgets every connection kept for reuse; call it with no check under way.
    // Qt 6.4 keeps, inside a connection it holds for reuse, the socket and TLS state (with the
    // server's certificate) of every earlier connection to that host, and with them the
    // requests sent over them; against servers that close the connection after each answer, a
    // long run of checks grows by about 10 KB per request until these are dropped.
    void dropConnections();

    // Says that the proxy (host:port) refused the sign-in given for the checks under way: their
    // answer 407 then reads as Cause::ProxySignInRefused. Forgotten once no check is under way.
    void noteRefusedProxySignIn(const QString& proxy);
    // While the person answers a question the checks under way wait for (a proxy's sign-in),
    // their deadlines stand still: the time limit is for the network, not for typing.
    void pauseDeadlines();
    void resumeDeadlines();

    // "CredentialConnect/<version> (Qt <version>; <os>)": honest, and free of anything personal.
    static QByteArray userAgent();

signals:
    // The last check under way has ended, answered or cancelled: the next one starts afresh.
    void checksEnded();

private:
    void onCheckEnded();
    QList<VerificationJob*> jobsUnderWay() const;

    QNetworkAccessManager* m_network;
    VerifierSettings m_settings;
    bool m_tlsMade = false; // m_settings.tls is made for the certificates trusted now
    std::unique_ptr<QThread> m_tlsLoader;
    std::shared_ptr<QSet<QString>> m_refusedProxySignIns; // shared with the jobs' settings
    int m_checksUnderWay = 0;
};

} // namespace cc
