#include "support/notificationserver.h"

#include <QDBusConnection>
#include <QDBusError>

namespace cc::test {

namespace {
const QString serviceName = QStringLiteral("org.freedesktop.Notifications");
const QString objectPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

NotificationServer::NotificationServer(QObject* parent) : QObject(parent) {}

NotificationServer::~NotificationServer()
{
    if (m_registered) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterObject(objectPath);
        bus.unregisterService(serviceName);
    }
}

bool NotificationServer::registerOnSessionBus(QString* error)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        *error = QStringLiteral("no session bus: ") + bus.lastError().message();
        return false;
    }
    // The methods are slots only to the bus: exported as scriptable, called by name.
    if (!bus.registerObject(objectPath, this, QDBusConnection::ExportScriptableSlots)) {
        *error = QStringLiteral("cannot register ") + objectPath + QStringLiteral(": ") +
                 bus.lastError().message();
        return false;
    }
    if (!bus.registerService(serviceName)) {
        bus.unregisterObject(objectPath);
        *error = QStringLiteral("cannot own ") + serviceName + QStringLiteral(": ") +
                 bus.lastError().message();
        return false;
    }
    m_registered = true;
    return true;
}

uint NotificationServer::Notify(const QString& appName, uint replacesId, const QString& appIcon,
                                const QString& summary, const QString& body,
                                const QStringList& actions, const QVariantMap& hints,
                                int expireTimeout)
{
    m_received.append(
        Notification{appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout});
    // Ids start at 1; 0 means none in the specification.
    return uint(m_received.size());
}

QStringList NotificationServer::GetCapabilities() const
{
    return m_capabilities;
}

void NotificationServer::CloseNotification(uint) {}

QString NotificationServer::GetServerInformation(QString& vendor, QString& version,
                                                 QString& specVersion) const
{
    vendor = QStringLiteral("Credential Connect tests");
    version = QStringLiteral("1");
    specVersion = QStringLiteral("1.2");
    return QStringLiteral("recording notification server");
}

} // namespace cc::test
