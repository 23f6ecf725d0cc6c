#pragma once

#include "core/catalog.h"
#include "core/regiondetector.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace cc {

class Verifier;

// One check asked of a CheckQueue: the same as one --check, from any source (a file's row, a
// saved connection).
struct QueuedCheck
{
    quint64 id = 0; // the caller's own, handed back with the answer
    Provider provider;
    std::optional<Region> region; // none: auto, every region of the provider is asked
    QString token;                // passed checkToken(); the queue wipes what it was given
};

// The answer to one queued check, as --check gives it: one region's result, or a search's.
struct CheckAnswer
{
    VerificationResult result;                // without a detection: the region's answer
    std::optional<DetectionResult> detection; // with region auto
    Outcome outcome() const { return detection ? detection->outcome : result.outcome; }
};

// How hard a queue may press the vendors.
struct CheckLimits
{
    int inFlight = 16; // requests under way at once, in all
    int perHost = 4;   // of those, to one API host
};

// Runs many checks through one Verifier, politely: at most limits.inFlight requests at once and
// limits.perHost to any one host, in the order asked as far as the host limits allow. A region
// search (region auto) asks the regions --check --region auto asks
// (RegionDetector::regionsToBeAsked()), one request each under the same limits, and stops
// asking once one shows the token is at home there (showsHomeRegion(): verified, or a
// per-token rate limit), so no token goes to more hosts than --check sends it to.
// The same provider, region and token asked again while the first is pending, or among the
// last answeredKept answered, are sent once and answered for each. A 429, or a 503, with
// Retry-After is tried once more after the wait, if the wait ends within the check's
// deadline, which runs from its first request. Emits answered() exactly once per enqueue().
class CheckQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckQueue)

public:
    // Answers kept to recognise a twin by: a few megabytes at most, however long the list.
    static constexpr int answeredKept = 1024;
    // Requests sent over one set of connections: after so many, the queue lets the requests in
    // flight end and starts new connections (Verifier::dropConnections()), so that what Qt
    // keeps of every connection it made stays bounded however long the list.
    static constexpr int requestsPerConnectionSet = 256;

    CheckQueue(Verifier& verifier, CheckLimits limits, QObject* parent = nullptr);
    ~CheckQueue() override;

    // Takes the check and wipes the token it was given; the answer comes later, never from
    // inside this call.
    void enqueue(QueuedCheck check);

signals:
    void answered(quint64 id, const cc::CheckAnswer& answer);

private:
    struct Entry;
    using EntryPointer = std::shared_ptr<Entry>;

    QByteArray twinKey(const QueuedCheck& check) const;
    // Runs work on a later turn of the event loop, in the order asked, never inside the call
    // that asks: an answer never arrives inside enqueue().
    void later(std::function<void()> work);
    void runLater();
    void dispatch();
    void send(const EntryPointer& entry, std::size_t probe);
    void onProbeAnswer(const EntryPointer& entry, std::size_t probe,
                       const VerificationResult& result);
    bool retryLater(const EntryPointer& entry, std::size_t probe, const VerificationResult& result);
    void stopOtherProbes(Entry& entry);
    void finish(const EntryPointer& entry);
    void remember(const QByteArray& key, const CheckAnswer& answer);
    std::chrono::milliseconds timeLeft(const Entry& entry) const;

    Verifier& m_verifier;
    CheckLimits m_limits;
    QByteArray m_hashKey; // random per queue: see twinKey()
    QHash<QByteArray, EntryPointer> m_pending;
    QHash<QByteArray, CheckAnswer> m_answered;
    std::deque<QByteArray> m_answeredOrder;                   // oldest first, to forget the oldest
    std::deque<std::pair<EntryPointer, std::size_t>> m_ready; // probes waiting for a slot
    QHash<QString, int> m_perHost;
    QTimer m_laterTimer;
    std::deque<std::function<void()>> m_later;
    int m_inFlight = 0;
    int m_sentSinceFreshConnections = 0;
};

} // namespace cc
