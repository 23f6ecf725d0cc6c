#pragma once

#include <QString>

class QSettings;

namespace cc {

struct VerificationResult;

// The program's own settings, apart from the saved connections (ProfileStore) though in the
// same QSettings: the provider and region chosen last, the extra certificate authorities and
// Watch my connections. Layout: [last] provider and region; [tls] extra_ca_bundle; [watch]
// enabled.
//
// Each change is written to disk before it returns. On failure the settings keep what they
// held before and *error (if given) says why in plain words.
class AppSettings final
{
public:
    // Borrows settings, which must outlive this. The application passes its QSettings; tests
    // pass one on a file of their own.
    explicit AppSettings(QSettings* settings);

    // The provider and region the person chose last, for the next time; empty until set.
    QString lastProviderId() const;
    QString lastRegionId() const;
    bool setLastProviderId(const QString& providerId, QString* error = nullptr);
    bool setLastRegionId(const QString& regionId, QString* error = nullptr);
    // Keeps the provider and region of a check the service answered: only such a choice is
    // worth offering next time.
    void rememberChoice(const VerificationResult& result);

    // A PEM file of certificate authorities this program trusts besides the system's store
    // (cabundle.h reads it); empty for none.
    QString extraCaBundle() const;
    bool setExtraCaBundle(const QString& path, QString* error = nullptr);

    // Whether the person turned Watch my connections on (the daily check's timer, see
    // gui/watchschedule.h); off until they do.
    bool watchConnections() const;
    bool setWatchConnections(bool on, QString* error = nullptr);

private:
    QSettings* m_settings;
};

} // namespace cc
