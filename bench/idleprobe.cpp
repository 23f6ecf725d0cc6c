// The idle probe: bench-launch preloads this library (LD_PRELOAD) into the program it times, the
// program under test and the reference alike, where nobody can watch the window from outside
// (QT_QPA_PLATFORM=offscreen). Once the first top-level window has been exposed and the event
// loop is about to wait with nothing left to do, it writes one byte to the file descriptor in
// BENCH_IDLE_FD, and bench-launch stops the clock.
//
// Why a preloaded probe: the time must run from exec, dynamic loading and static initialisers
// included, so a harness that links the GUI library and builds the window itself would time
// something else; and the shipped program must carry no switch for this. The dynamic loader
// brings the probe in, Qt calls it when the application object is made, and the program is
// the one that ships.
//
// It links Qt Core only: credential-connect execs the window program, so the probe is loaded
// into both, and linking Qt Gui would load the whole graphics stack into the command-line
// executable, which never loads it itself. Windows are known by QObject's own means.
#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEvent>
#include <QVariant>

#include <unistd.h>

namespace {

class IdleProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleProbe)

public:
    IdleProbe(int fd, QObject* parent) : QObject(parent), m_fd(fd) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose && !m_exposed) {
            // A QWindow with no parent window (QWindow::setParent sets the QObject parent).
            if (watched->isWindowType() && watched->parent() == nullptr &&
                watched->property("visible").toBool()) {
                m_exposed = true;
                // The exposure is being handled now (the first paint with it); the next time
                // the loop is about to wait, everything it set off is done.
                connect(QAbstractEventDispatcher::instance(),
                        &QAbstractEventDispatcher::aboutToBlock, this, &IdleProbe::sayIdle);
            }
        }
        return false;
    }

private:
    void sayIdle()
    {
        disconnect(QAbstractEventDispatcher::instance(), nullptr, this, nullptr);
        const char idle = 'i';
        if (write(m_fd, &idle, 1) != 1) {
            _exit(3);
        }
    }

    int m_fd;
    bool m_exposed = false;
};

void installIdleProbe()
{
    bool ok = false;
    const int fd = qEnvironmentVariableIntValue("BENCH_IDLE_FD", &ok);
    if (!ok || !QCoreApplication::instance()->inherits("QGuiApplication")) {
        return;
    }
    QCoreApplication::instance()->installEventFilter(
        new IdleProbe(fd, QCoreApplication::instance()));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installIdleProbe)

#include "idleprobe.moc"
