#pragma once

#include <QObject>
#include <QVariant>

#include <functional>

namespace cc {

// Finds out, after the keychain failed on Linux, why: no D-Bus session bus at all, a session bus
// on which nothing provides the Secret Service (org.freedesktop.secrets), or a Secret Service
// that is there, or can be started, but failed for a reason of its own (locked, no keyring).
// libsecret's errors do not tell these apart in a form the program could show; the bus does.
class SecretServiceProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretServiceProbe)

public:
    enum class Finding { NoSessionBus, NoSecretService, ServicePresent };
    Q_ENUM(Finding)

    explicit SecretServiceProbe(QObject* parent = nullptr);

    // Asks the session bus without blocking. finished() comes exactly once: at once when there is
    // no session bus, otherwise from a later turn of the event loop. Connect to it first.
    void start();

signals:
    void finished(cc::SecretServiceProbe::Finding finding);

private:
    void askBus(const QString& method, const QVariantList& arguments,
                std::function<void(const QVariant&)> onAnswer);
    void finish(Finding finding);
};

} // namespace cc
