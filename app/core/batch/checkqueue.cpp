#include "core/batch/checkqueue.h"

#include "core/credential.h"
#include "core/outcomemessages.h"
#include "core/verifier.h"

#include <QElapsedTimer>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <vector>

namespace cc {

namespace {
constexpr int hashKeyBytes = 32;

QByteArray randomKey()
{
    QByteArray key(hashKeyBytes, '\0');
    QRandomGenerator::system()->generate(key.begin(), key.end());
    return key;
}

bool asksToWaitAndRetry(const VerificationResult& result)
{
    return result.retryAfterSeconds && (result.httpStatus == 429 || result.httpStatus == 503);
}

// One region asked for an entry.
struct Probe
{
    enum class State { Waiting, Running, WaitingToRetry, Done };

    Region region;
    State state = State::Waiting;
    QPointer<VerificationJob> job;
    std::optional<VerificationResult> answer; // none when stopped: the region was found elsewhere
    bool retried = false;
};
} // namespace

// One distinct provider, region and token, and every check that asked for it.
struct CheckQueue::Entry
{
    QByteArray key;
    Provider provider;
    bool detect = false;
    // Kept until the answer is in: a retry and the regions still waiting for a slot need it.
    // One copy per distinct token, whatever the number of twins.
    QString token;
    QList<quint64> ids;
    std::vector<Probe> probes;
    QElapsedTimer sinceFirstRequest; // the deadline runs from the first request
    std::optional<std::size_t> winner;
};

CheckQueue::CheckQueue(Verifier& verifier, CheckLimits limits, QObject* parent)
    : QObject(parent), m_verifier(verifier), m_limits(limits), m_hashKey(randomKey())
{
    m_limits.inFlight = std::max(1, m_limits.inFlight);
    m_limits.perHost = std::clamp(m_limits.perHost, 1, m_limits.inFlight);
    m_laterTimer.setSingleShot(true);
    connect(&m_laterTimer, &QTimer::timeout, this, [this] { runLater(); });
}

CheckQueue::~CheckQueue()
{
    for (const EntryPointer& entry : std::as_const(m_pending)) {
        for (Probe& probe : entry->probes) {
            if (probe.job) {
                probe.job->disconnect(this);
                probe.job->cancel();
            }
        }
        wipeSecret(entry->token);
    }
}

// Twins are recognised by a keyed hash of the token, not the token: an answered entry keeps no
// copy of it. The key is random and lives in this object only, so the hash says nothing
// outside this process, nor in another run.
QByteArray CheckQueue::twinKey(const QueuedCheck& check) const
{
    QByteArray tokenBytes = check.token.toLatin1();
    QByteArray key =
        check.provider.id.toUtf8() + '\n' +
        (check.region ? check.region->id.toUtf8() : QByteArrayLiteral("\n*auto")) + '\n' +
        QMessageAuthenticationCode::hash(tokenBytes, m_hashKey, QCryptographicHash::Sha256);
    tokenBytes.fill('\0');
    return key;
}

void CheckQueue::enqueue(QueuedCheck check)
{
    const QByteArray key = twinKey(check);
    if (const auto pending = m_pending.constFind(key); pending != m_pending.cend()) {
        (*pending)->ids.append(check.id);
        wipeSecret(check.token);
        return;
    }
    if (const auto known = m_answered.constFind(key); known != m_answered.cend()) {
        wipeSecret(check.token);
        later([this, id = check.id, answer = *known] { emit answered(id, answer); });
        return;
    }

    auto entry = std::make_shared<Entry>();
    entry->key = key;
    entry->provider = std::move(check.provider);
    entry->detect = !check.region;
    entry->token = std::move(check.token);
    entry->ids.append(check.id);
    // A search asks what --check --region auto asks: never a region kept out of searches.
    const QList<Region> regions = check.region ? QList<Region>{*check.region}
                                               : RegionDetector::regionsToBeAsked(entry->provider);
    for (const Region& region : regions) {
        Probe probe;
        probe.region = region;
        entry->probes.push_back(std::move(probe));
    }
    m_pending.insert(key, entry);
    for (std::size_t index = 0; index < entry->probes.size(); ++index) {
        m_ready.emplace_back(entry, index);
    }
    if (entry->probes.empty()) {
        // Nothing to ask (no region the catalog lets a search ask); still answer once.
        later([this, entry] { finish(entry); });
        return;
    }
    // From the next turn of the event loop, so that an answer never arrives inside enqueue().
    later([this] { dispatch(); });
}

void CheckQueue::later(std::function<void()> work)
{
    m_later.push_back(std::move(work));
    if (!m_laterTimer.isActive()) {
        m_laterTimer.start(0);
    }
}

void CheckQueue::runLater()
{
    // What runs now may ask for more: that runs on a later turn.
    std::deque<std::function<void()>> now;
    now.swap(m_later);
    for (const std::function<void()>& work : now) {
        work();
    }
}

// Starts waiting probes, oldest first, while the limits allow; a probe whose host is busy
// lets younger ones for other hosts go first.
void CheckQueue::dispatch()
{
    if (m_sentSinceFreshConnections >= requestsPerConnectionSet) {
        if (m_inFlight > 0) {
            return; // the last answer dispatches again
        }
        m_verifier.dropConnections();
        m_sentSinceFreshConnections = 0;
    }
    for (auto it = m_ready.begin(); it != m_ready.end() && m_inFlight < m_limits.inFlight &&
                                    m_sentSinceFreshConnections < requestsPerConnectionSet;) {
        const auto [entry, index] = *it;
        const Probe& probe = entry->probes[index];
        if (probe.state != Probe::State::Waiting) {
            it = m_ready.erase(it); // stopped while it waited
            continue;
        }
        if (m_perHost.value(probe.region.api.host()) >= m_limits.perHost) {
            ++it;
            continue;
        }
        it = m_ready.erase(it);
        send(entry, index); // answers only from a later turn of the event loop
    }
}

std::chrono::milliseconds CheckQueue::timeLeft(const Entry& entry) const
{
    return m_verifier.deadline() - std::chrono::milliseconds(entry.sinceFirstRequest.elapsed());
}

void CheckQueue::send(const EntryPointer& entry, std::size_t index)
{
    Probe& probe = entry->probes[index];
    if (!entry->sinceFirstRequest.isValid()) {
        entry->sinceFirstRequest.start();
    }
    const std::chrono::milliseconds left = timeLeft(*entry);
    if (left.count() <= 0) {
        // A region that waited for its host past the check's deadline is not asked at all.
        VerificationResult late;
        late.outcome = Outcome::Timeout;
        late.providerId = entry->provider.id;
        late.regionId = probe.region.id;
        late.endpoint = entry->provider.verifyUrl(probe.region);
        describeOutcome(late, entry->provider, probe.region, m_verifier.deadline());
        probe.state = Probe::State::Running;
        ++m_inFlight;
        ++m_perHost[probe.region.api.host()];
        later([this, entry, index, late] { onProbeAnswer(entry, index, late); });
        return;
    }
    probe.state = Probe::State::Running;
    ++m_inFlight;
    ++m_perHost[probe.region.api.host()];
    ++m_sentSinceFreshConnections;
    probe.job = m_verifier.start(entry->provider, probe.region, entry->token, left);
    connect(probe.job, &VerificationJob::finished, this,
            [this, entry, index](const VerificationResult& result) {
                onProbeAnswer(entry, index, result);
            });
}

void CheckQueue::onProbeAnswer(const EntryPointer& entry, std::size_t index,
                               const VerificationResult& result)
{
    Probe& probe = entry->probes[index];
    if (probe.state != Probe::State::Running) {
        return; // stopped meanwhile: the token's region was found elsewhere
    }
    probe.job.clear(); // it deletes itself after this
    --m_inFlight;
    --m_perHost[probe.region.api.host()];
    // As RegionDetector does: the first answer that shows the token's region (verified, or a
    // provider's per-token rate limit) ends the search at once, before a retry of that answer,
    // so no other region is asked meanwhile.
    if (entry->detect && !entry->winner && showsHomeRegion(result, entry->provider)) {
        entry->winner = index;
        probe.answer = result; // kept should a retry of it tell less
        stopOtherProbes(*entry);
    }
    if (!retryLater(entry, index, result)) {
        probe.state = Probe::State::Done;
        // A retry of the winner that no longer shows the region (a timeout, say) does not undo
        // what the search found: the first answer stays.
        if (entry->winner != index || showsHomeRegion(result, entry->provider)) {
            probe.answer = result;
        }
        if (std::all_of(entry->probes.cbegin(), entry->probes.cend(),
                        [](const Probe& each) { return each.state == Probe::State::Done; })) {
            finish(entry);
        }
    }
    dispatch();
}

// Once, and only when the wait the service asked for ends before the check's deadline.
bool CheckQueue::retryLater(const EntryPointer& entry, std::size_t index,
                            const VerificationResult& result)
{
    Probe& probe = entry->probes[index];
    if (probe.retried || !asksToWaitAndRetry(result)) {
        return false;
    }
    const std::chrono::milliseconds wait = std::chrono::seconds(*result.retryAfterSeconds);
    if (wait >= timeLeft(*entry)) {
        return false;
    }
    probe.retried = true;
    probe.state = Probe::State::WaitingToRetry;
    QTimer::singleShot(wait, this, [this, entry, index] {
        Probe& waiting = entry->probes[index];
        if (waiting.state == Probe::State::WaitingToRetry) {
            waiting.state = Probe::State::Waiting;
            // It has waited its turn already.
            m_ready.emplace_front(entry, index);
            dispatch();
        }
    });
    return true;
}

void CheckQueue::stopOtherProbes(Entry& entry)
{
    for (std::size_t index = 0; index < entry.probes.size(); ++index) {
        Probe& probe = entry.probes[index];
        if (probe.state == Probe::State::Done || index == entry.winner) {
            continue;
        }
        if (probe.state == Probe::State::Running) {
            if (probe.job) {
                probe.job->disconnect(this);
                probe.job->cancel();
                probe.job.clear();
            }
            --m_inFlight;
            --m_perHost[probe.region.api.host()];
        }
        probe.state = Probe::State::Done; // without an answer: stopped
    }
}

void CheckQueue::finish(const EntryPointer& entry)
{
    wipeSecret(entry->token);
    CheckAnswer answer;
    if (entry->detect) {
        QList<RegionAnswer> regions;
        for (const Probe& probe : entry->probes) {
            regions.append(RegionAnswer{probe.region, probe.answer});
        }
        std::optional<qsizetype> winner;
        if (entry->winner) {
            winner = static_cast<qsizetype>(*entry->winner);
        }
        answer.detection = concludeDetection(entry->provider, std::move(regions), winner);
    } else {
        answer.result = *entry->probes.front().answer;
    }
    m_pending.remove(entry->key);
    remember(entry->key, answer);
    for (const quint64 id : std::as_const(entry->ids)) {
        emit answered(id, answer);
    }
}

void CheckQueue::remember(const QByteArray& key, const CheckAnswer& answer)
{
    m_answered.insert(key, answer);
    m_answeredOrder.push_back(key);
    if (m_answeredOrder.size() > static_cast<std::size_t>(answeredKept)) {
        m_answered.remove(m_answeredOrder.front());
        m_answeredOrder.pop_front();
    }
}

} // namespace cc
