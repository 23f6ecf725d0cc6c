#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace cc::saved {

// Written and flushed at once, so a runbook reading the pipe sees each row as it comes.
void print(FILE* stream, const QString& text);
// One compact JSON object on a line of its own (JSON Lines).
void printJson(const QJsonObject& object);
// A sentence for the person on standard error, on a line of its own.
void tell(const QString& sentence);

} // namespace cc::saved
