#include "core/verificationjob.h"

#include "core/catalogvalidation.h"
#include "core/outcomemessages.h"
#include "core/providers/answerparser.h"
#include "core/proxyname.h"
#include "core/replyclassifier.h"
#include "core/retryafter.h"
#include "core/verifier.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <algorithm>

namespace cc {

namespace {
constexpr qint64 readBufferBytes = qint64{64} * 1024;
constexpr qint64 sizeCap = qint64{1024} * 1024; // a real answer is a few kilobytes

// Plain HTTP is allowed only to this machine, where tests run servers without certificates.
bool isAllowedEndpoint(const QUrl& url)
{
    return url.scheme() == QLatin1String("https") ||
           (url.scheme() == QLatin1String("http") && isLoopbackHost(url.host()));
}

// The proxy a request to url goes through; NoProxy when it goes direct.
QNetworkProxy proxyFor(const QNetworkAccessManager& network, const QUrl& url)
{
    QNetworkProxy proxy = network.proxy();
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        const QNetworkProxyQuery query(url);
        proxy = network.proxyFactory() != nullptr
                    ? network.proxyFactory()->queryProxy(query).value(0)
                    : QNetworkProxyFactory::proxyForQuery(query).value(0);
    }
    if (proxy.type() != QNetworkProxy::HttpProxy && proxy.type() != QNetworkProxy::Socks5Proxy) {
        return QNetworkProxy(QNetworkProxy::NoProxy);
    }
    return proxy;
}

QString certificateName(const QStringList& commonNames, const QStringList& organizations)
{
    const QString name = commonNames.join(QStringLiteral(", "));
    return name.isEmpty() ? organizations.join(QStringLiteral(", ")) : name;
}
} // namespace

VerificationJob::VerificationJob(QNetworkAccessManager* network, Provider provider, Region region,
                                 VerifierSettings settings, QObject* parent)
    : QObject(parent), m_network(network), m_provider(std::move(provider)),
      m_region(std::move(region)), m_settings(std::move(settings))
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] { abortFor(AbortReason::Deadline); });
}

VerificationJob::~VerificationJob()
{
    dropReply();
}

void VerificationJob::dropReply()
{
    if (!m_reply) {
        return;
    }
    m_reply->disconnect(this);
    // Deleting the reply stops its request, quietly. abort() would too, but Qt 6.4's network
    // thread may already have sent an answer on its way to the reply, and the reply then
    // warns on stderr that it got a second error after the cancellation.
    m_reply->deleteLater();
    m_reply = nullptr;
}

void VerificationJob::start(const QString& token, std::optional<std::chrono::milliseconds> timeLeft)
{
    if (m_cancelled) {
        return;
    }
    m_verifyUrl = m_provider.verifyUrl(m_region);
    m_verifyUrl.setQuery(verifyQueryFor(m_provider.answerFormat));
    if (!isAllowedEndpoint(m_verifyUrl)) {
        // The catalog loader refuses such addresses already; this guards the token regardless.
        VerificationResult refused;
        describeInvalidInput(
            refused, tr("The address %1 does not use HTTPS.").arg(m_verifyUrl.toDisplayString()));
        QMetaObject::invokeMethod(
            this, [this, refused] { finish(refused); }, Qt::QueuedConnection);
        return;
    }

    // Never follow a redirect: Qt would carry the raw token header to the new host.
    m_request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                           QNetworkRequest::ManualRedirectPolicy);
    m_request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                           QNetworkRequest::AlwaysNetwork);
    m_request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    m_request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    m_request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    m_request.setHeader(QNetworkRequest::UserAgentHeader, Verifier::userAgent());
    m_request.setRawHeader("Accept", "application/json");
    m_request.setRawHeader(m_provider.verify.authHeader,
                           m_provider.verify.authPrefix + token.toLatin1());
    m_tokenEnds = TokenEnds::of(token);

    m_request.setSslConfiguration(m_settings.tls);

    const QNetworkProxy proxy = proxyFor(*m_network, m_verifyUrl);
    if (proxy.type() != QNetworkProxy::NoProxy) {
        m_proxy = proxyHostAndPort(proxy);
        // A user name in the proxy's address (https_proxy=http://user:password@host:port) is
        // the sign-in Qt sends when the proxy asks. Only whether there is one is kept here.
        m_proxySignInInAddress = !proxy.user().isEmpty();
    }
    send(m_verifyUrl);
    m_deadline.start(timeLeft.value_or(m_settings.deadline));
}

void VerificationJob::send(const QUrl& url)
{
    QNetworkRequest request = m_request;
    request.setUrl(url);
    m_abortReason = AbortReason::None;
    m_sslErrors.clear();
    m_reply = m_network->get(request);
    // Qt reads HTTP in a worker thread that, left unbounded, buffers a fast endless body far
    // beyond the cap before this thread sees it. A bounded buffer makes it wait for us instead.
    m_reply->setReadBufferSize(readBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &VerificationJob::checkDeclaredSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &VerificationJob::collectBody);
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &VerificationJob::onFinished);
}

void VerificationJob::pauseDeadline()
{
    if (m_deadline.isActive()) {
        m_deadlineLeft = m_deadline.remainingTimeAsDuration();
        m_deadline.stop();
    }
}

void VerificationJob::resumeDeadline()
{
    if (m_deadlineLeft && !m_cancelled) {
        m_deadline.start(*m_deadlineLeft);
    }
    m_deadlineLeft.reset();
}

void VerificationJob::cancel()
{
    m_cancelled = true;
    m_deadline.stop();
    m_request = QNetworkRequest();
    dropReply();
    deleteLater();
}

void VerificationJob::abortFor(AbortReason reason)
{
    if (m_reply && m_abortReason == AbortReason::None) {
        m_abortReason = reason;
        m_reply->abort(); // emits finished(), which reads m_abortReason
    }
}

void VerificationJob::checkDeclaredSize()
{
    const QVariant declared = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (declared.isValid() && declared.toLongLong() > sizeCap) {
        abortFor(AbortReason::TooLarge);
    }
}

void VerificationJob::collectBody()
{
    // Drain as it arrives, so an endless body is stopped at the cap rather than buffered. Read
    // into the body itself: QIODevice::read(qint64) would make a buffer of its own per chunk.
    const qint64 wanted = std::min(m_reply->bytesAvailable(), sizeCap + 1 - m_body.size());
    if (wanted > 0) {
        const qsizetype had = m_body.size();
        m_body.resize(had + wanted);
        const qint64 got = m_reply->read(m_body.data() + had, wanted);
        m_body.resize(had + std::max<qint64>(got, 0));
    }
    if (m_body.size() > sizeCap) {
        abortFor(AbortReason::TooLarge);
    }
}

void VerificationJob::onFinished()
{
    if (m_abortReason == AbortReason::None && m_reply->bytesAvailable() > 0) {
        collectBody();
    }
    if (m_followUp) {
        onFollowUpAnswer();
    } else {
        onVerifyAnswer();
    }
}

void VerificationJob::onVerifyAnswer()
{
    VerificationResult result = resultFromReply();
    if (result.outcome != Outcome::Verified) {
        finish(result);
        return;
    }
    m_verified = result;
    m_followUps = followUpsFor(m_provider.answerFormat, result.identity, m_tokenEnds);
    if (!m_settings.askAboutTheToken) {
        m_followUps.removeIf(describesTheToken);
    }
    dropReply();
    wipeBody();
    askNextFollowUp();
}

void VerificationJob::askNextFollowUp()
{
    if (m_followUps.isEmpty()) {
        m_followUp.reset();
        finish(m_verified);
        return;
    }
    m_followUp = m_followUps.takeFirst();
    // The verified region's own API host: the path and query are all a follow-up chooses.
    QUrl url = m_region.api;
    url.setPath(m_followUp->path);
    url.setQuery(m_followUp->query);
    send(url);
}

void VerificationJob::onFollowUpAnswer()
{
    QString failure = followUpFailure();
    if (failure.isEmpty()) {
        QList<FollowUp> more;
        failure = m_followUp->read(m_body, m_verified.identity, more);
        m_followUps = more + m_followUps;
    }
    if (!failure.isEmpty()) {
        m_verified.missingDetails.append({m_followUp->id, m_followUp->what, failure});
    }
    if (m_abortReason == AbortReason::Deadline) {
        for (const FollowUp& unasked : std::as_const(m_followUps)) {
            m_verified.missingDetails.append(
                {unasked.id, unasked.what, tr("the time limit ran out before it was asked")});
        }
        m_followUps.clear();
    }
    dropReply();
    wipeBody();
    askNextFollowUp();
}

QString VerificationJob::followUpFailure() const
{
    if (m_abortReason == AbortReason::Deadline) {
        return tr("the time limit ran out");
    }
    if (m_abortReason == AbortReason::TooLarge) {
        return tr("the answer was larger than 1 MiB");
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0 && status != 200) {
        return tr("the server answered with HTTP status %1").arg(status);
    }
    if (m_reply->error() != QNetworkReply::NoError) {
        return tr("the request failed: %1").arg(m_reply->errorString());
    }
    return QString();
}

VerificationResult VerificationJob::resultFromReply()
{
    VerificationResult result;
    result.proxy = m_proxy;
    result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // With a status, the status says it all; Qt's words matter when no answer arrived.
    if (m_reply->error() != QNetworkReply::NoError && result.httpStatus == 0) {
        result.technicalDetail = m_reply->errorString();
    }

    if (m_abortReason == AbortReason::Deadline) {
        result.outcome = Outcome::Timeout;
    } else if (m_abortReason == AbortReason::TooLarge) {
        result.outcome = Outcome::UnexpectedResponse;
        result.cause = Cause::TooLarge;
    } else {
        const bool signInGiven =
            m_proxySignInInAddress ||
            (m_settings.refusedProxySignIns && m_settings.refusedProxySignIns->contains(m_proxy));
        const Classification classification =
            classifyReply(m_reply->error(), result.httpStatus, !m_proxy.isEmpty(), signInGiven);
        result.outcome = classification.outcome;
        result.cause = classification.cause;
    }

    switch (result.outcome) {
    case Outcome::Verified:
        readAnswerBody(result);
        break;
    case Outcome::RateLimited:
    case Outcome::ServerError:
        readRetryAfter(result);
        break;
    case Outcome::TlsError:
        readTlsDetails(result);
        break;
    case Outcome::UnexpectedResponse:
        if (result.cause == Cause::Redirect) {
            const QUrl target = m_reply->url().resolved(
                QUrl::fromEncoded(m_reply->rawHeader("Location").left(2048)));
            // Scheme, host and port: a sign-in page may have put the token into the path or
            // the query of the address it names.
            result.redirectTarget = target.toDisplayString(
                QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        }
        break;
    default:
        break;
    }
    // Any answer but a 200 may say in the service's own words what was wrong.
    if (result.httpStatus > 0 && result.httpStatus != 200) {
        result.vendorMessage = readVendorMessage(m_provider.answerFormat, m_body);
    }
    return result;
}

void VerificationJob::readRetryAfter(VerificationResult& result) const
{
    const QDateTime now = m_settings.clock();
    result.retryAfterSeconds = parseRetryAfter(m_reply->rawHeader("Retry-After"), now);
    if (result.retryAfterSeconds) {
        result.retryAt = now.toUTC().addSecs(*result.retryAfterSeconds);
    } else if (result.outcome == Outcome::RateLimited && m_provider.rateLimit.resetsAtFullHour) {
        result.retryAt = nextFullHour(now);
    }
}

void VerificationJob::readAnswerBody(VerificationResult& result)
{
    const ParsedAnswer answer = parseAnswer(m_provider.answerFormat, m_body);
    switch (answer.status) {
    case ParsedAnswer::Status::Identity:
        result.identity = answer.identity;
        return;
    case ParsedAnswer::Status::NotJson:
        result.outcome = Outcome::UnexpectedResponse;
        result.cause = Cause::NotJson;
        break;
    case ParsedAnswer::Status::WrongShape:
        result.outcome = Outcome::UnexpectedResponse;
        result.cause = Cause::WrongShape;
        break;
    }
    result.technicalDetail = answer.problem;
}

void VerificationJob::readTlsDetails(VerificationResult& result) const
{
    if (m_sslErrors.isEmpty()) {
        return;
    }
    const QSslError& first = m_sslErrors.constFirst();
    result.tls.problem = first.errorString();
    QSslCertificate certificate = first.certificate();
    if (certificate.isNull() && m_reply) {
        const QList<QSslCertificate> chain = m_reply->sslConfiguration().peerCertificateChain();
        if (!chain.isEmpty()) {
            certificate = chain.constFirst();
        }
    }
    if (!certificate.isNull()) {
        result.tls.subject =
            certificateName(certificate.subjectInfo(QSslCertificate::CommonName),
                            certificate.subjectInfo(QSslCertificate::Organization));
        result.tls.issuer = certificateName(certificate.issuerInfo(QSslCertificate::CommonName),
                                            certificate.issuerInfo(QSslCertificate::Organization));
    }
}

void VerificationJob::wipeBody()
{
    m_body.fill('\0');
    m_body.clear();
}

void VerificationJob::finish(VerificationResult result)
{
    m_deadline.stop();
    m_deadlineLeft.reset();
    result.providerId = m_provider.id;
    result.regionId = m_region.id;
    result.endpoint = m_verifyUrl;
    if (result.outcome != Outcome::InvalidInput) {
        describeOutcome(result, m_provider, m_region, m_settings.deadline);
    }
    wipeBody();
    m_request = QNetworkRequest();
    dropReply();
    emit finished(result);
    deleteLater();
}

} // namespace cc
