#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <sys/types.h>

#include <optional>

class QFile;

namespace cc {

// What a file that is not a regular one is, for a sentence ("a named pipe", "a folder"), from
// the st_mode of stat() or lstat() (which names "a symbolic link"); empty for a regular file.
QString describeNonRegularFile(mode_t mode);

// The first maxBytes + 1 bytes of the regular file at path, so a caller sees that a file is too
// large without reading it all. Anything but a regular file is refused, with *error saying what
// it is: opening a named pipe waits for a writer that may never come, and a device may never
// end. The type is checked on the opened file, so nothing can be swapped in between.
// Opens the regular file at path for reading (mode may add QIODevice::Unbuffered), refusing
// anything else as readRegularFile does, with *error saying why.
bool openRegularFile(QFile& file, const QString& path, QIODevice::OpenMode mode, QString* error);

std::optional<QByteArray> readRegularFile(const QString& path, qint64 maxBytes, QString* error);

} // namespace cc
