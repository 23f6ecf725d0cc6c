#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace cc {

// Writes content to path in one piece: afterwards the file holds either all of the new content
// or, on failure, whatever it held before (a temporary file beside it, renamed over it at the
// end). The temporary file is created readable by the person alone, on every filesystem, and
// given the permissions asked for before any content goes in, so a secret is never readable by
// others, not even for a moment. Only a missing name or a regular file is replaced: a symbolic
// link, a named pipe, a folder or a device at path is refused, and no link is ever followed.
// On failure *error says why in plain words.
bool writeFileAtomically(const QString& path, const QByteArray& content,
                         QFileDevice::Permissions permissions, QString* error);

} // namespace cc
