#pragma once

#include <QObject>
#include <QString>

namespace cc::saved {

// One desktop notification, over the session bus to the desktop's notification server
// (org.freedesktop.Notifications, Desktop Notifications Specification 1.2): GetCapabilities,
// then Notify, without blocking. The body is plain text; when the server reads markup in bodies
// (the "body-markup" capability) it gets the text escaped, so a name from a service shows as
// written and never as markup or a link.
class DesktopNotification final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotification)

public:
    explicit DesktopNotification(QObject* parent = nullptr);
    ~DesktopNotification() override;

    // finished() follows once, from the event loop.
    void send(const QString& summary, const QString& body);

signals:
    // problem: empty when the server took the notification; otherwise the bus's words.
    void finished(const QString& problem);

private:
    void notify(const QString& summary, const QString& body);
    void finish(const QString& problem);
};

} // namespace cc::saved
