#pragma once

#include <QString>

#include <functional>

class QSettings;

namespace cc {

// Applies change to the settings and writes it to disk at once. When writing fails, applies
// undo so that nothing half-written stays behind to be written by a later sync, and *error (if
// given) says why in plain words. What ProfileStore and AppSettings write goes through here.
bool commitSettings(const QSettings& settings, const std::function<void(QSettings&)>& change,
                    const std::function<void(QSettings&)>& undo, QString* error);

// Sets one value that way; on failure the previous value (or its absence) stays.
bool commitSetting(const QSettings& settings, const QString& key, const QString& value,
                   QString* error);

} // namespace cc
