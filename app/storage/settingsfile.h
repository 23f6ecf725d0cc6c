#pragma once

#include <QString>

namespace cc {

// What QSettings does not say about its file. It reads an unreadable file as an empty one,
// reads and rewrites a file of any size whole, and waits without end for another process's
// lock on it (QLockFile::lock() in QSettings::sync(), Qt 6.4). These checks come first.

// More than the program ever writes there (a few hundred bytes per saved connection).
constexpr qint64 maxSettingsFileBytes = qint64(4) * 1024 * 1024;
// How long a write waits for another window's write to the same file.
constexpr int settingsLockWaitMs = 3000;

// Plain words naming the file when it is there but cannot be read, or is absurdly large; empty
// when it is fine or does not exist yet.
QString settingsFileProblem(const QString& path);
// Waits up to settingsLockWaitMs for no other process to be writing the file. False, and
// *error saying so, when one still is.
bool waitForSettingsLock(const QString& path, QString* error);

} // namespace cc
