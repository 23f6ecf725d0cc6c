#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace cc::test {

// A desktop's notification server, for tests: org.freedesktop.Notifications on the session bus
// (tests/run-with-secret-service gives each test a private one), with the methods of the
// Desktop Notifications Specification 1.2. It shows nothing; it records every Notify call as it
// arrived, so a test can read what a person would have seen.
class NotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_DISABLE_COPY_MOVE(NotificationServer)

public:
    struct Notification
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
    };

    explicit NotificationServer(QObject* parent = nullptr);
    ~NotificationServer() override;

    // Takes the service's name on the session bus; false with the bus's words when it cannot.
    bool registerOnSessionBus(QString* error);

    // What GetCapabilities answers: "body" alone by default, the least a server offers.
    void setCapabilities(const QStringList& capabilities) { m_capabilities = capabilities; }
    const QList<Notification>& received() const { return m_received; }
    void clear() { m_received.clear(); }

public slots:
    // The specification's methods, exported to the bus under these names.
    Q_SCRIPTABLE uint Notify(const QString& appName, uint replacesId, const QString& appIcon,
                             const QString& summary, const QString& body,
                             const QStringList& actions, const QVariantMap& hints,
                             int expireTimeout);
    Q_SCRIPTABLE QStringList GetCapabilities() const;
    Q_SCRIPTABLE void CloseNotification(uint id);
    Q_SCRIPTABLE QString GetServerInformation(QString& vendor, QString& version,
                                              QString& specVersion) const;

private:
    QStringList m_capabilities{QStringLiteral("body")};
    QList<Notification> m_received;
    bool m_registered = false;
};

} // namespace cc::test
