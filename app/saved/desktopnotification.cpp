#include "saved/desktopnotification.h"

#include "version.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace cc::saved {

namespace {
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
// A server that takes longer is not there for a person to see the notification either.
constexpr int answerWithinMs = 10000;
// The specification's urgency hint: 0 low, 1 normal, 2 critical (which would never expire).
constexpr uchar normalUrgency = 1;
// -1: the server's own default time on screen.
constexpr int serverDefaultTimeout = -1;

QDBusMessage call(const QString& method)
{
    return QDBusMessage::createMethodCall(service, path, interface, method);
}
} // namespace

DesktopNotification::DesktopNotification(QObject* parent) : QObject(parent) {}

DesktopNotification::~DesktopNotification() = default;

void DesktopNotification::send(const QString& summary, const QString& body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        finish(tr("there is no D-Bus session bus (%1)").arg(bus.lastError().message()));
        return;
    }
    auto* asked = new QDBusPendingCallWatcher(
        bus.asyncCall(call(QStringLiteral("GetCapabilities")), answerWithinMs), this);
    connect(asked, &QDBusPendingCallWatcher::finished, this,
            [this, summary, body](QDBusPendingCallWatcher* watcher) {
                watcher->deleteLater();
                const QDBusPendingReply<QStringList> capabilities = *watcher;
                if (capabilities.isError()) {
                    finish(capabilities.error().message());
                    return;
                }
                const bool readsMarkup =
                    capabilities.value().contains(QStringLiteral("body-markup"));
                notify(summary, readsMarkup ? body.toHtmlEscaped() : body);
            });
}

void DesktopNotification::notify(const QString& summary, const QString& body)
{
    QDBusMessage notify = call(QStringLiteral("Notify"));
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QStringLiteral(CREDENTIAL_CONNECT_APP_ID)},
        {QStringLiteral("urgency"), QVariant::fromValue(normalUrgency)},
    };
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout: the
    // signature susssasa{sv}i. The summary is shown as plain text by every server.
    notify << QStringLiteral("Credential Connect") << uint(0)
           << QStringLiteral(CREDENTIAL_CONNECT_APP_ID) << summary << body << QStringList() << hints
           << serverDefaultTimeout;
    auto* sent = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(notify, answerWithinMs), this);
    connect(sent, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher* watcher) {
                watcher->deleteLater();
                const QDBusPendingReply<uint> id = *watcher;
                finish(id.isError() ? id.error().message() : QString());
            });
}

void DesktopNotification::finish(const QString& problem)
{
    QMetaObject::invokeMethod(
        this, [this, problem] { emit finished(problem); }, Qt::QueuedConnection);
}

} // namespace cc::saved
