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
// since QSettings reads "/" as a group separator). [unfinished] holds, the same way, the
// profile of each change to a connection that has begun and not yet ended (see beginChange).
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

    // A change to a connection touches two stores, the keychain and the settings, and the
    // program may be killed between them. The keeper writes the profile here before it touches
    // the keychain and ends the change once both agree; a change found unfinished at the next
    // start tells what the keychain may hold without a profile, and how to rebuild it.
    bool beginChange(const ConnectionProfile& profile, QString* error);
    void endChange(const QString& key);
    QList<ConnectionProfile> unfinishedChanges() const;
    std::optional<ConnectionProfile> unfinishedChange(const QString& key) const;

    // Reads the file again: another window may have changed it since.
    void reload();

    // Why the settings file cannot be read, naming it; empty when it can. An unreadable file
    // reads as one without connections, which the list must not claim.
    QString readProblem() const;
    QString fileName() const;

private:
    QSettings* m_settings;
};

} // namespace cc
