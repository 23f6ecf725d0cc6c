#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace cc {

// Writes content to path in one piece: afterwards the file holds either all of the new content
// or, on failure, whatever it held before (QSaveFile: a temporary file beside it, renamed over
// it at the end). The permissions are set on the temporary file before any content goes in,
// so a secret is never readable by others, not even for a moment. On failure *error says why
// in plain words.
bool writeFileAtomically(const QString& path, const QByteArray& content,
                         QFileDevice::Permissions permissions, QString* error);

} // namespace cc
