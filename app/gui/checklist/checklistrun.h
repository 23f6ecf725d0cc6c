#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

class QIODevice;

namespace cc {
class Catalog;
class CheckQueue;
class ChecklistReader;
class Verifier;
struct CheckAnswer;
} // namespace cc

namespace cc::gui {

class ChecklistModel;
class HeldTokens;

// Checks a list in the window: reads its rows a batch at a time on turns of the event loop,
// while fewer than readAhead wait for an answer, puts each in the model, hands each usable one
// to a CheckQueue (--check-file's default limits, CheckLimits: 16 requests at once, 4 to a host;
// one Retry-After retry, twins sent once) and each answer to its row. The token of each row sent is
// held (HeldTokens) until the answer: a verified one until saved, any other is wiped then.
class ChecklistRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistRun)

public:
    // Rows sent and not yet answered, at most: as --check-file reads ahead.
    static constexpr int readAhead = 256;

    ChecklistRun(const Catalog& catalog, Verifier& verifier, ChecklistModel& model,
                 HeldTokens& tokens, QObject* parent = nullptr);
    ~ChecklistRun() override;

    // Starts on a device opened read-only and unbuffered (see WipedInput), named shownName in
    // messages. False, with *problem, when it is no list: nothing is sent then.
    bool start(std::unique_ptr<QIODevice> device, const QString& shownName, QString* problem);
    // Stops reading and sending: the rows not answered are cancelled and their tokens wiped.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // Some rows were read or answered.
    void progressed();
    // Every row is answered or cancelled. problem: the list could not be read to its end.
    void finished(const QString& problem);

private:
    void readMore();
    void onAnswered(quint64 id, const CheckAnswer& answer);
    void finishIfDone();
    void stop();

    const Catalog& m_catalog;
    Verifier& m_verifier;
    ChecklistModel& m_model;
    HeldTokens& m_tokens;
    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<ChecklistReader> m_reader;
    std::unique_ptr<CheckQueue> m_queue;
    QTimer m_readTimer;
    QString m_shownName;
    int m_sent = 0;
    int m_sentAnswered = 0;
    bool m_readerDone = false;
    bool m_running = false;
};

} // namespace cc::gui
