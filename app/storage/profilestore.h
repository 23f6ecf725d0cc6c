#pragma once

#include "storage/connectionprofile.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace cc {

// The saved connections' profiles, in QSettings. Never a token: that lives only in the keychain
// (SecretStore). The program's own settings share the file but not this class (AppSettings).
//
// Layout: [connections] holds one group per connection, named by its key (percent-encoded,
// since QSettings reads "/" as a group separator).
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

private:
    QSettings* m_settings;
};

} // namespace cc
