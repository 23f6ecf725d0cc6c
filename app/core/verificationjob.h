#pragma once

#include "core/catalog.h"
#include "core/providers/followup.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace cc {

// What every check obeys; set once on the Verifier and copied into each job.
struct VerifierSettings
{
    std::chrono::milliseconds deadline{20000};  // total: connect, TLS, request and body
    QList<QSslCertificate> extraCaCertificates; // trusted besides the system store
    // The TLS settings of every request: the default configuration with extraCaCertificates
    // added, made once by the Verifier and shared by its jobs. One configuration, not a fresh
    // one per request, lets Qt reuse its connection (and its TLS context) to a host.
    QSslConfiguration tls;
    std::function<QDateTime()> clock; // "now", for Retry-After dates
    // Whether a verified token's own details are asked too (its name, this hour's calls: the
    // follow-ups describesTheToken() picks). A list of many tokens leaves them out: they double
    // or triple its requests to the vendor and are not needed to choose or save a connection.
    bool askAboutTheToken = true;
    // The proxies (host:port) that refused the sign-in given during the checks under way, kept
    // by the Verifier: a proxy that still asks after one is refusing it.
    std::shared_ptr<const QSet<QString>> refusedProxySignIns;
};

// Asks one region whether one token works, then, when it does, what more the provider tells
// about it (its follow-ups: the next pages, the token's name, this hour's calls), one request
// after the other on the same host with the same header, all within one deadline. A
// follow-up that fails is noted in the result and changes nothing else. Made by
// Verifier::start(); emits finished() exactly once unless cancelled, then deletes itself.
class VerificationJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerificationJob)

public:
    VerificationJob(QNetworkAccessManager* network, Provider provider, Region region,
                    VerifierSettings settings, QObject* parent);
    ~VerificationJob() override;

    // Sends the verify request; the token is copied into its header, which the follow-ups
    // reuse, and nowhere else. Does nothing once cancelled. timeLeft, when given, ends the
    // request and its follow-ups sooner than the deadline of the settings: what remains of a
    // deadline that began with an earlier request (a retry). The words of a timeout still name
    // the whole deadline.
    void start(const QString& token,
               std::optional<std::chrono::milliseconds> timeLeft = std::nullopt);
    // Stops at once and quietly: no finished() follows, and a start() not made yet never is.
    void cancel();
    // Stops the deadline's clock while the person answers a question the check waits for (a
    // proxy's sign-in), and starts it again with the time that was left.
    void pauseDeadline();
    void resumeDeadline();

    const Provider& provider() const { return m_provider; }
    const Region& region() const { return m_region; }

signals:
    void finished(const cc::VerificationResult& result);

private:
    enum class AbortReason { None, Deadline, TooLarge };

    void send(const QUrl& url);
    void abortFor(AbortReason reason);
    // Lets go of the reply and stops its request, if it still runs.
    void dropReply();
    void collectBody();
    void wipeBody();
    void checkDeclaredSize();
    void onFinished();
    void onVerifyAnswer();
    void askNextFollowUp();
    void onFollowUpAnswer();
    // Why the follow-up's answer cannot be read, in words; empty for a whole 200 answer.
    QString followUpFailure() const;
    void finish(VerificationResult result);
    VerificationResult resultFromReply();
    void readTlsDetails(VerificationResult& result) const;
    void readRetryAfter(VerificationResult& result) const;
    void readAnswerBody(VerificationResult& result);

    QNetworkAccessManager* m_network;
    Provider m_provider;
    Region m_region;
    VerifierSettings m_settings;
    QUrl m_verifyUrl;
    QNetworkRequest m_request;          // everything but the address, the token's header included
    TokenEnds m_tokenEnds;              // to find the token in the vendor's masked list of tokens
    VerificationResult m_verified;      // the verified answer the follow-ups add to
    std::optional<FollowUp> m_followUp; // the follow-up whose answer is awaited
    QList<FollowUp> m_followUps;        // those still to ask
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    std::optional<std::chrono::milliseconds> m_deadlineLeft; // while paused
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    AbortReason m_abortReason = AbortReason::None;
    bool m_cancelled = false;
    QString m_proxy;                     // host:port when the request goes through a proxy
    bool m_proxySignInInAddress = false; // the proxy's address holds a user name
};

} // namespace cc
