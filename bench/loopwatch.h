#pragma once

// What the benchmark's window programs (bench-responsiveness, bench-list-window) watch the
// event loop with: a precise 1 ms timer whose longest gap is the longest the loop could not
// answer a key or a paint, and the slowest single event handed out.
#include <QApplication>
#include <QElapsedTimer>
#include <QMetaEnum>
#include <QThread>
#include <QTimer>

namespace cc::bench {

inline constexpr int tickMs = 1;

// Watches the event loop: the longest time between two ticks of a 1 ms timer.
class LoopWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopWatch)

public:
    LoopWatch()
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(tickMs);
        connect(&m_tick, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (now - m_lastTick > m_longestNs) {
                m_longestNs = now - m_lastTick;
                m_longestEndedNs = now;
            }
            m_lastTick = now;
        });
    }

    void start()
    {
        m_clock.start();
        m_lastTick = 0;
        m_tick.start();
    }
    // Forgets the longest gap so far, from this moment on.
    void reset()
    {
        m_longestNs = 0;
        m_origin = m_clock.nsecsElapsed();
    }
    double longestBlockMs() const { return static_cast<double>(m_longestNs) / 1e6 - tickMs; }
    double longestEndedMs() const { return static_cast<double>(m_longestEndedNs - m_origin) / 1e6; }
    double sinceResetMs() const
    {
        return static_cast<double>(m_clock.nsecsElapsed() - m_origin) / 1e6;
    }

private:
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    qint64 m_longestNs = 0;
    qint64 m_longestEndedNs = 0;
    qint64 m_origin = 0;
};

// Times every event the window's loop hands out (not the ones sent from inside a handler): the
// slowest since the last reset, named by its receiver and type.
class TimedApplication final : public QApplication
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimedApplication)

public:
    using QApplication::QApplication;
    ~TimedApplication() override = default;

    bool notify(QObject* receiver, QEvent* event) override
    {
        // Only the window's thread: the network access manager's thread has events too.
        if (QThread::currentThread() != thread()) {
            return QApplication::notify(receiver, event);
        }
        if (m_depth > 0 || !m_watching) {
            ++m_depth;
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        const QString what = QStringLiteral("%1/%2").arg(
            QString::fromLatin1(receiver->metaObject()->className()),
            QString::fromLatin1(QMetaEnum::fromType<QEvent::Type>().valueToKey(event->type())));
        QElapsedTimer clock;
        clock.start();
        ++m_depth;
        const bool handled = QApplication::notify(receiver, event);
        --m_depth;
        if (clock.nsecsElapsed() > m_slowestNs) {
            m_slowestNs = clock.nsecsElapsed();
            m_slowest = what;
        }
        return handled;
    }
    void startWatching() { m_watching = true; }
    QString slowest() const
    {
        return QStringLiteral("%1:%2").arg(m_slowest).arg(static_cast<double>(m_slowestNs) / 1e6, 0,
                                                          'f', 1);
    }

private:
    int m_depth = 0;
    bool m_watching = false;
    qint64 m_slowestNs = 0;
    QString m_slowest;
};

} // namespace cc::bench
