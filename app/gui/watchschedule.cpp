#include "gui/watchschedule.h"

#include <QProcess>
#include <QTimer>

namespace cc::gui {

namespace {
// systemctl --user answers in well under a second; one that hangs (a user manager that does not
// answer) must not keep the settings waiting.
constexpr int deadlineMs = 30000;
// What systemctl said, for the person: its first lines, within a sentence's length.
QString said(QProcess& process)
{
    QString text = QString::fromLocal8Bit(process.readAllStandardError()).simplified();
    if (text.isEmpty()) {
        text = QString::fromLocal8Bit(process.readAllStandardOutput()).simplified();
    }
    constexpr int longest = 300;
    return text.size() > longest ? text.left(longest) + QStringLiteral("\u2026") : text;
}
} // namespace

WatchSchedule::WatchSchedule(QString systemctl, QObject* parent)
    : QObject(parent), m_systemctl(std::move(systemctl)), m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(deadlineMs);
    connect(m_deadline, &QTimer::timeout, this, &WatchSchedule::onTimedOut);
}

WatchSchedule::~WatchSchedule() = default;

QString WatchSchedule::timerUnit()
{
    // From CMake, which installs the unit under this name.
    return QStringLiteral(CC_WATCH_TIMER_UNIT);
}

void WatchSchedule::change(bool on)
{
    if (isBusy()) {
        return;
    }
    m_on = on;
    m_process = new QProcess(this);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                onFinished(status == QProcess::NormalExit ? exitCode : -1);
            });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            onFailedToStart();
        }
    });
    m_deadline->start();
    m_process->start(m_systemctl, {QStringLiteral("--user"),
                                   on ? QStringLiteral("enable") : QStringLiteral("disable"),
                                   QStringLiteral("--now"), timerUnit()});
}

void WatchSchedule::onFinished(int exitCode)
{
    if (exitCode == 0) {
        finish(QString());
        return;
    }
    const QString words = said(*m_process);
    const QString what = m_on ? tr("systemctl could not turn the daily check on")
                              : tr("systemctl could not turn the daily check off");
    finish(words.isEmpty() ? tr("%1 (exit code %2).").arg(what).arg(exitCode)
                           : tr("%1: %2").arg(what, words) + QLatin1Char(' ') +
                                 tr("The daily check needs systemd's user session, which a "
                                    "login through su, ssh or a container may not have."));
}

void WatchSchedule::onFailedToStart()
{
    finish(tr("systemctl could not be started (%1), so the daily check cannot be scheduled on "
              "this system. Any scheduler can run credential-connect --check-saved --notify "
              "instead.")
               .arg(m_process->errorString()));
}

void WatchSchedule::onTimedOut()
{
    m_process->kill();
    finish(tr("systemctl did not answer within %n second(s); the daily check was not changed.",
              nullptr, deadlineMs / 1000));
}

void WatchSchedule::finish(const QString& problem)
{
    m_deadline->stop();
    // Deleted later, not here: this may be called from one of the process's own signals, or
    // from inside start() when the program cannot be run at all; changed() waits for the event
    // loop for the same reason, so that it always comes after change() has returned.
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    QMetaObject::invokeMethod(
        this, [this, on = m_on, problem] { emit changed(on, problem); }, Qt::QueuedConnection);
}

} // namespace cc::gui
