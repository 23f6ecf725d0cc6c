#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace cc {

// The first key that appears twice in one object of a JSON text, decoded ("\u0061" is "a").
// QJsonDocument keeps only the last of two equal keys without a word, so a file that reads
// right at the first would be used with the second. Meant for text QJsonDocument has parsed;
// on any other text it still ends, reading it as far as it can.
std::optional<QString> firstRepeatedKey(const QByteArray& json);

} // namespace cc
