#pragma once

#include "storage/connectionprofile.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QSettings;

namespace cc {

// The saved connections' profiles, the last provider and region chosen, and the program's own
// settings, in QSettings. Never a token: that lives only in the keychain (SecretStore).
//
// Layout: [connections] holds one group per connection, named by its key (percent-encoded,
// since QSettings reads "/" as a group separator); [last] holds provider and region.
class ProfileStore final
{
public:
    // Borrows settings, which must outlive the store. The application passes its QSettings;
    // tests pass one on a file of their own.
    explicit ProfileStore(QSettings* settings);

    // Sorted for a list: by provider, region and organization name.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString& key) const;

    // Each change is written to disk before it returns. On failure the settings, on disk and
    // in memory, keep what they held before and *error says why in plain words.
    bool store(const ConnectionProfile& profile, QString* error);
    bool remove(const QString& key, QString* error);

    // The provider and region the person chose last, for the next time; empty until set.
    QString lastProviderId() const;
    QString lastRegionId() const;
    bool setLastProviderId(const QString& providerId, QString* error = nullptr);
    bool setLastRegionId(const QString& regionId, QString* error = nullptr);

    // A PEM file of certificate authorities this program trusts besides the system's store
    // (cabundle.h reads it); empty for none.
    QString extraCaBundle() const;
    bool setExtraCaBundle(const QString& path, QString* error = nullptr);

private:
    bool setValue(const QString& key, const QString& value, QString* error);
    // Applies change and writes it to disk; when writing fails, applies undo so that nothing
    // half-written stays behind to be written by a later sync.
    bool commit(const std::function<void(QSettings&)>& change,
                const std::function<void(QSettings&)>& undo, QString* error);

    QSettings* m_settings;
};

} // namespace cc
