#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdio>

namespace cc::cli {

// Writes the text as UTF-8 and flushes, so that lines reach a pipe as they are made.
void print(FILE* stream, const QString& text);
// One JSON object on its own line on standard output.
void printJson(const QJsonObject& object);
// Text from a file or a server is made safe for a terminal with cc::printableText()
// (core/vendortext.h).

} // namespace cc::cli
