#include "core/regiondetector.h"

#include "core/detectionmessages.h"
#include "core/verifier.h"

#include <algorithm>
#include <array>

namespace cc {

namespace {
// Outcomes of regions that could not say yes or no, most useful first: what the person can
// fix on this computer or its network (proxy, certificate, network, time-outs), then an
// answer something else gave in the service's place (a captive portal), then what only
// waiting fixes (rate limits, server errors). Invalid input last: it means nothing was sent.
constexpr std::array<Outcome, 8> undecidedByUsefulness{
    Outcome::ProxyError,         Outcome::TlsError,    Outcome::NetworkError, Outcome::Timeout,
    Outcome::UnexpectedResponse, Outcome::RateLimited, Outcome::ServerError,  Outcome::InvalidInput,
};

// The overall outcome of a detection, from the answers of every region asked:
//  - the winner's when a region showed the token is at home there (the first to answer so
//    wins): verified, or rate limited, when the region is known but the check must wait;
//  - rejected when every region refused it: the token itself is wrong, not the region;
//  - forbidden when no region accepted it but one recognised it and denied access to its
//    details: that region is the token's, and what is missing is a permission;
//  - otherwise some regions could not say yes or no, and the token may belong to one of them,
//    even when all the others refused it. The answer is not certain, so the outcome is one of
//    those regions' (exit code 3, "could not tell"): where they failed in different ways, the
//    first in undecidedByUsefulness, the one that best tells the person what to do.
Outcome overallOutcome(const DetectionResult& result)
{
    if (result.winner) {
        return result.regions.at(*result.winner).answer->outcome;
    }
    const auto answered = [&result](Outcome outcome) {
        return std::any_of(result.regions.cbegin(), result.regions.cend(),
                           [outcome](const RegionAnswer& region) {
                               return region.answer && region.answer->outcome == outcome;
                           });
    };
    if (answered(Outcome::Forbidden)) {
        return Outcome::Forbidden;
    }
    for (const Outcome outcome : undecidedByUsefulness) {
        if (answered(outcome)) {
            return outcome;
        }
    }
    // Every region refused the token; with no region at all, nothing was sent.
    return result.regions.isEmpty() ? Outcome::InvalidInput : Outcome::Rejected;
}
} // namespace

bool showsHomeRegion(const VerificationResult& answer, const Provider& provider)
{
    return answer.outcome == Outcome::Verified ||
           (answer.outcome == Outcome::RateLimited && provider.rateLimit.perToken);
}

const VerificationResult* DetectionResult::found() const
{
    return winner ? &*regions.at(*winner).answer : nullptr;
}

RegionDetector::RegionDetector(Verifier& verifier, QObject* parent)
    : QObject(parent), m_verifier(verifier)
{
    m_noRegionsToAsk.setSingleShot(true);
    connect(&m_noRegionsToAsk, &QTimer::timeout, this, [this] {
        m_running = false;
        emit finished(conclude());
    });
}

RegionDetector::~RegionDetector()
{
    cancel();
}

QList<Region> RegionDetector::regionsToBeAsked(const Provider& provider)
{
    QList<Region> asked;
    for (const Region& region : provider.regions) {
        if (region.foundBySearch) {
            asked.append(region);
        }
    }
    return asked;
}

QStringList RegionDetector::hostsToBeAsked(const Provider& provider)
{
    QStringList hosts;
    for (const Region& region : regionsToBeAsked(provider)) {
        const QString host = region.api.host();
        if (!hosts.contains(host)) {
            hosts.append(host);
        }
    }
    return hosts;
}

void RegionDetector::start(const Provider& provider, const QString& token)
{
    cancel();
    ++m_generation;
    m_running = true;
    m_provider = provider;
    m_asked = regionsToBeAsked(m_provider);
    m_probes.resize(static_cast<std::size_t>(m_asked.size()));
    for (std::size_t index = 0; index < m_probes.size(); ++index) {
        VerificationJob* job =
            m_verifier.start(m_provider, m_asked.at(static_cast<qsizetype>(index)), token);
        m_probes[index].job = job;
        connect(job, &VerificationJob::finished, this,
                [this, index](const VerificationResult& answer) { onAnswer(index, answer); });
    }
    if (m_probes.empty()) {
        // Nothing to ask (no region the catalog lets a search ask); still answer once.
        m_noRegionsToAsk.start(0);
    }
}

void RegionDetector::cancel()
{
    ++m_generation;
    m_noRegionsToAsk.stop();
    for (Probe& probe : m_probes) {
        if (probe.job) {
            probe.job->disconnect(this);
            probe.job->cancel();
        }
    }
    m_probes.clear();
    m_winner.reset();
    m_running = false;
}

void RegionDetector::onAnswer(std::size_t index, const VerificationResult& answer)
{
    m_probes[index].job.clear(); // it deletes itself after this
    m_probes[index].answer = answer;
    if (showsHomeRegion(answer, m_provider) && !m_winner) {
        m_winner = index;
        stopPendingProbes(); // at once, before anyone hears of the answer
    }

    const quint64 generation = m_generation;
    const QPointer<RegionDetector> alive(this);
    emit regionAnswered(answer);
    if (!alive || generation != m_generation) {
        return; // a slot cancelled, restarted or deleted the detection
    }
    if (m_winner || allAnswered()) {
        m_running = false;
        const DetectionResult result = conclude();
        emit finished(result);
    }
}

void RegionDetector::stopPendingProbes()
{
    for (Probe& probe : m_probes) {
        if (probe.job) {
            probe.job->disconnect(this);
            probe.job->cancel();
            probe.job.clear();
        }
    }
}

bool RegionDetector::allAnswered() const
{
    return std::all_of(m_probes.cbegin(), m_probes.cend(),
                       [](const Probe& probe) { return probe.answer.has_value(); });
}

DetectionResult RegionDetector::conclude() const
{
    // Every probe has answered or was stopped by now: a region without an answer was stopped.
    QList<RegionAnswer> regions;
    for (std::size_t index = 0; index < m_probes.size(); ++index) {
        regions.append(
            RegionAnswer{m_asked.at(static_cast<qsizetype>(index)), m_probes[index].answer});
    }
    std::optional<qsizetype> winner;
    if (m_winner) {
        winner = static_cast<qsizetype>(*m_winner);
    }
    return concludeDetection(m_provider, std::move(regions), winner);
}

DetectionResult concludeDetection(const Provider& provider, QList<RegionAnswer> regions,
                                  std::optional<qsizetype> winner)
{
    DetectionResult result;
    result.providerId = provider.id;
    result.regions = std::move(regions);
    result.winner = winner;
    result.outcome = overallOutcome(result);
    describeDetection(result, provider);
    return result;
}

} // namespace cc
