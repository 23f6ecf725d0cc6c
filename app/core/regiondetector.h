#pragma once

#include "core/catalog.h"
#include "core/result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <optional>
#include <vector>

namespace cc {

class VerificationJob;
class Verifier;

// One region asked in a search for the token's region.
struct RegionAnswer
{
    Region region;
    // None when the request was stopped because the token's region was found elsewhere first.
    std::optional<VerificationResult> answer;
};

// What a search for the token's region found.
struct DetectionResult
{
    QString providerId;
    QList<RegionAnswer> regions; // every region asked, in catalog order
    // Index in regions of the first answer that shows where the token is at home: verified,
    // or rate limited by a provider that limits per token (see RateLimit::perToken).
    std::optional<qsizetype> winner;

    // The winner's answer, or null when no region showed it is the token's.
    const VerificationResult* found() const;
    // Overall, for the window and the CLI: the winner's outcome (verified or rate limited)
    // when a region was found, otherwise the rule of overallOutcome() in regiondetector.cpp.
    // Words from detectionmessages.h.
    Outcome outcome = Outcome::UnexpectedResponse;
    QString title;
    QString message;
    // The service's own words from the region whose answer decided the outcome, if it gave any.
    QString vendorMessage;
};

// Whether an answer shows that the token is at home in the region that gave it: verified, or
// rate limited by a provider that limits per token (RateLimit::perToken), which refuses a
// token it does not know rather than limit it. A region search, RegionDetector's or the list
// check's (batch/checkqueue), ends at the first such answer.
bool showsHomeRegion(const VerificationResult& answer, const Provider& provider);

// A search's result from each region's answer (none for a region stopped, or never asked,
// because the token's region was found first) and the index of the winner: the overall
// outcome and its words. RegionDetector ends with it, and so does the list check
// (batch/checkqueue), which asks the regions itself to keep within its limits on requests in
// flight.
DetectionResult concludeDetection(const Provider& provider, QList<RegionAnswer> regions,
                                  std::optional<qsizetype> winner);

// Finds the region of a token: asks every region of a provider that a search may ask (see
// regionsToBeAsked()) at once, one request per region through the Verifier, and the first
// answer that shows the token is at home there wins (showsHomeRegion()); the other requests
// are cancelled then. That is a verified answer, or a rate-limited one where the provider
// counts requests per token. Any other answer in one region (refused, rate limited elsewhere,
// TLS, unreachable, timeout...) never stops the others. The Verifier must outlive the
// detector.
class RegionDetector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionDetector)

public:
    explicit RegionDetector(Verifier& verifier, QObject* parent = nullptr);
    ~RegionDetector() override;

    // Sends the token to the API host of every region to be asked (see hostsToBeAsked()):
    // tell the person before calling this. The token must have passed checkToken() already,
    // as for Verifier::start(). A detection under way is cancelled first.
    void start(const Provider& provider, const QString& token);
    // Stops every request at once and quietly: no signal follows.
    void cancel();
    bool isRunning() const { return m_running; }

    // The regions a detection asks, in catalog order: every region the catalog does not keep
    // out of searches (Region::foundBySearch).
    static QList<Region> regionsToBeAsked(const Provider& provider);
    // Their API hosts (names, without port), each once: for telling the person before
    // anything is sent.
    static QStringList hostsToBeAsked(const Provider& provider);

signals:
    // Each region's answer as it arrives, the winner's included; never for a stopped region.
    void regionAnswered(const cc::VerificationResult& result);
    // Exactly once per start(), unless cancelled.
    void finished(const cc::DetectionResult& result);

private:
    struct Probe
    {
        QPointer<VerificationJob> job;
        std::optional<VerificationResult> answer;
    };

    void onAnswer(std::size_t index, const VerificationResult& answer);
    void stopPendingProbes();
    bool allAnswered() const;
    DetectionResult conclude() const;

    Verifier& m_verifier;
    Provider m_provider;
    QList<Region> m_asked;       // regionsToBeAsked(m_provider)
    std::vector<Probe> m_probes; // one per region asked, in the same order
    std::optional<std::size_t> m_winner;
    QTimer m_noRegionsToAsk; // answers start() on the next turn when there is nothing to ask
    bool m_running = false;
    // Counts starts and cancels, so code after an emit can tell that a slot restarted or
    // cancelled the detection.
    quint64 m_generation = 0;
};

} // namespace cc

Q_DECLARE_METATYPE(cc::DetectionResult)
