#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <cstdio>

namespace cc::cli {

// Every line for a person is written here, each through escapeForTerminal (core/vendortext.h):
// names from an answer, a list, the catalog, a certificate or an argument are shown, never
// acted on, and only the program ends a line.
void printLines(FILE* stream, const QStringList& lines);
// A text of several lines (--help), each through printLines; its last line break is the
// program's own.
void printText(FILE* stream, QString text);
// One JSON object on its own line on standard output; JSON writes control characters as
// escapes of its own.
void printJson(const QJsonObject& object);
// Bytes the program made itself, written as they are and flushed: the control sequence that
// clears a progress line. Never for text that holds a name.
void writeProgramBytes(FILE* stream, const QByteArray& bytes);

} // namespace cc::cli
