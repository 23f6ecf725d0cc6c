#pragma once

#include <QObject>
#include <QString>

class QProcess;
class QTimer;

namespace cc::gui {

// Watch my connections: the systemd user timer installed with the program
// (credential-connect-watch.timer, once a day), which runs `credential-connect --check-saved
// --notify`. It is off until the person turns it on; this turns it on or off with
// `systemctl --user enable --now` or `disable --now`, without blocking the window.
class WatchSchedule final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchSchedule)

public:
    // systemctl: the program to run, found in PATH when it holds no slash; tests give another.
    explicit WatchSchedule(QString systemctl = QStringLiteral("systemctl"),
                           QObject* parent = nullptr);
    ~WatchSchedule() override;

    // Turns the timer on or off; changed() follows once, from the event loop. One change at a
    // time: a second while one runs is ignored.
    void change(bool on);
    bool isBusy() const { return m_process != nullptr; }

    // The timer's name, as installed.
    static QString timerUnit();

signals:
    // problem: empty when systemctl did it; otherwise why not, in words for the person. When it
    // failed, the timer is as it was.
    void changed(bool on, const QString& problem);

private:
    void onFinished(int exitCode);
    void onFailedToStart();
    void onTimedOut();
    void finish(const QString& problem);

    QString m_systemctl;
    QProcess* m_process = nullptr;
    QTimer* m_deadline;
    bool m_on = false;
};

} // namespace cc::gui
