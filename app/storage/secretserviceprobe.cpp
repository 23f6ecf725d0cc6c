#include "storage/secretserviceprobe.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>

namespace cc {

namespace {
const QString secretServiceName = QStringLiteral("org.freedesktop.secrets");
// The bus daemon answers at once; this only bounds a bus that hangs.
constexpr int busTimeoutMs = 5000;
} // namespace

SecretServiceProbe::SecretServiceProbe(QObject* parent) : QObject(parent) {}

void SecretServiceProbe::start()
{
    if (!QDBusConnection::sessionBus().isConnected()) {
        finish(Finding::NoSessionBus);
        return;
    }
    askBus(QStringLiteral("NameHasOwner"), {secretServiceName}, [this](const QVariant& answer) {
        if (answer.toBool()) {
            finish(Finding::ServicePresent);
            return;
        }
        // Not running now, but the bus may start it on demand (D-Bus activation).
        askBus(QStringLiteral("ListActivatableNames"), {}, [this](const QVariant& names) {
            finish(names.toStringList().contains(secretServiceName) ? Finding::ServicePresent
                                                                    : Finding::NoSecretService);
        });
    });
}

void SecretServiceProbe::askBus(const QString& method, const QVariantList& arguments,
                                std::function<void(const QVariant&)> onAnswer)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), method);
    call.setArguments(arguments);
    auto* watcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(call, busTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, onAnswer = std::move(onAnswer)](QDBusPendingCallWatcher* answered) {
                answered->deleteLater();
                const QDBusMessage reply = answered->reply();
                if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
                    // A bus that cannot answer this cannot carry a Secret Service either.
                    finish(Finding::NoSecretService);
                    return;
                }
                onAnswer(reply.arguments().constFirst());
            });
}

void SecretServiceProbe::finish(Finding finding)
{
    emit finished(finding);
}

} // namespace cc
